// `moments --replay`: a save played back decision by decision gives the
// choices and the score the learner got.
#include "app/app.h"
#include "app/bot.h"
#include "app/replay.h"
#include "content/json.h"
#include "core/score.h"

#include "staged_config.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <memory>

using namespace moments;

namespace {

AppConfig Config() { return StagedConfig(23); }

// What the learner did, noted as the UI sends it: each choice's stable id, and each day's score.
struct Played {
    std::vector<std::string> ChoiceIds;
    std::vector<int> DayScores;
};

// Plays `days` shifts of the training week with `bot`, through AppCommands only.
Played PlayDays(App& app, BotKind bot, int days) {
    Played played;
    Rng rng{3};
    for (int day = 0; day < days; ++day) {
        AppApply(app, {app.Now == Screen::Title ? AppCommandKind::Begin : AppCommandKind::Continue, 0});
        REQUIRE(app.Now == Screen::Briefing);
        AppApply(app, {AppCommandKind::StartShift, 0});
        for (int guard = 0; app.Now != Screen::Debrief && guard < 10000; ++guard) {
            if (const int keep = BotKeepPromise(bot, *app.Play, rng); keep >= 0) {
                AppApply(app, {AppCommandKind::KeepPromise, keep});
            } else if (app.Now == Screen::Counter) {
                const int choice = BotChoose(bot, *app.Play, rng);
                const Beat& beat = *CurrentBeat(*app.Play);
                played.ChoiceIds.push_back(ResponseId(*app.Play->Place, *CurrentEncounter(*app.Play), beat, beat.Responses[static_cast<size_t>(choice)]));
                AppApply(app, {AppCommandKind::Choose, choice});
            } else {
                AppApply(app, {AppCommandKind::Continue, 0});
            }
        }
        REQUIRE(app.Now == Screen::Debrief);
        played.DayScores.push_back(ScoreShift(*app.Play).Total);
    }
    return played;
}

} // namespace

TEST_CASE("a bot's three days replay to the same choices, day scores and week score") {
    App app;
    AppInit(app, Config());
    const Played played = PlayDays(app, BotKind::Random, 3);
    Message error;
    const auto trace = TraceSave(app.Venues, AppSave(app), error);
    REQUIRE_MESSAGE(trace, Render(app.Text, error));

    std::vector<std::string> replayed;
    for (const ReplayDecision& d : trace->Decisions) replayed.push_back(d.ChoiceId);
    CHECK(replayed == played.ChoiceIds);
    REQUIRE(trace->Days.size() == 3);
    for (size_t d = 0; d < 3; ++d) {
        CHECK(trace->Days[d].Finished);
        CHECK(trace->Days[d].Score == played.DayScores[d]);
        CHECK(trace->Days[d].Reputation == app.Progress->Days[d].Reputation);
    }
    CHECK(trace->WeekScore == WeekScore(*app.Progress));
    // Each decision's state: the day's last one shows the day's final reputation, and every customer was resolved once.
    CHECK(trace->Decisions.back().Reputation == app.Progress->Days[2].Reputation);
    int resolved = 0;
    for (const ReplayDecision& d : trace->Decisions)
        for (const Event& e : d.Events) resolved += e.Kind == EventKind::EncounterResolved;
    int customers = 0;
    for (const ReplayDay& d : trace->Days) customers += d.Outcomes[0] + d.Outcomes[1] + d.Outcomes[2];
    CHECK(resolved == customers);

    // The JSON trace says the same, and parses.
    json::Value doc;
    REQUIRE_FALSE(json::Parse(TraceJson(*trace), doc));
    CHECK(doc["venue"].Text == app.Venues[0].Id);
    CHECK(doc["decisions"].Items.size() == played.ChoiceIds.size());
    CHECK(doc["decisions"].Items.front()["choice"].Text == played.ChoiceIds.front());
    CHECK(doc["week_score"].Integer == WeekScore(*app.Progress));
}

TEST_CASE("a shift left half way replays up to where the learner stopped") {
    App app;
    AppInit(app, Config());
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    Rng rng{9};
    const int choice = BotChoose(BotKind::Best, *app.Play, rng);
    AppApply(app, {AppCommandKind::Choose, choice});
    Message error;
    const auto trace = TraceSave(app.Venues, AppSave(app), error);
    REQUIRE(trace);
    REQUIRE(trace->Decisions.size() == 1);
    CHECK(trace->Decisions[0].Day == 1);
    CHECK(trace->Decisions[0].Satisfaction == app.Play->Customers[0].Satisfaction);
    REQUIRE(trace->Days.size() == 1);
    CHECK_FALSE(trace->Days[0].Finished);
}

TEST_CASE("the terminal steps forward and back with n and p, and stops at q") {
    App app;
    AppInit(app, Config());
    PlayDays(app, BotKind::Best, 1);
    Message error;
    const auto trace = TraceSave(app.Venues, AppSave(app), error);
    REQUIRE(trace);
    REQUIRE(trace->Decisions.size() >= 3);
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::tmpfile(), &std::fclose), out(std::tmpfile(), &std::fclose);
    std::fputs("n\nn\np\nq\nn\n", in.get());
    std::rewind(in.get());
    StepThrough(*trace, in.get(), out.get());
    std::rewind(out.get());
    std::string shown;
    for (char chunk[4096]; const size_t got = std::fread(chunk, 1, sizeof chunk, out.get());) shown.append(chunk, got);
    std::vector<size_t> order;
    for (size_t at = shown.find("decision "); at != std::string::npos; at = shown.find("\ndecision ", at + 1))
        order.push_back(std::stoul(shown.substr(shown.find_first_of("0123456789", at))));
    CHECK(order == std::vector<size_t>{1, 2, 3, 2}); // q ends it: the last n is never read
    CHECK(shown.find("chose " + trace->Decisions[0].ChoiceId) != std::string::npos);
}

TEST_CASE("a save the game would refuse is refused with the same reason") {
    App app;
    AppInit(app, Config());
    Message error;
    CHECK_FALSE(TraceSave(app.Venues, "not a save", error));
    CHECK(error.Key == "error.save.not_a_save");
    CHECK_FALSE(TraceSave(app.Venues, "mot3|nowhere|1|t|1|0|", error));
    CHECK(error.Key == "error.save.unknown_venue");
}
