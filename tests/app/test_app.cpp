// The game flow between screens, driven by commands as the UI would send them.
#include "app/app.h"
#include "app/bot.h"
#include "app/state_json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace moments;

namespace {

AppConfig Config() {
    AppConfig c;
    c.AssetsDir = std::string(MOMENTS_SOURCE_DIR) + "/assets";
    c.Seed = 11;
    return c;
}

nlohmann::json State(const App& app) { return nlohmann::json::parse(StateJson(app)); }

// Plays the selected venue's first day with a bot, through AppCommands only.
void PlayShift(App& app, BotKind bot) {
    Rng rng{5};
    AppApply(app, {AppCommandKind::StartShift, 0});
    for (int guard = 0; app.Now != Screen::Debrief && guard < 10000; ++guard) {
        if (app.Now == Screen::Counter) {
            const int pick = BotChoose(bot, *app.Play, rng);
            if (pick >= 0) AppApply(app, {AppCommandKind::Choose, pick});
            else AppTick(app, 60);
        } else if (app.Now == Screen::Feedback) {
            CHECK(State(app)["feedback"]["principle"] != "");
            AppApply(app, {AppCommandKind::Continue, 0});
        }
    }
}

} // namespace

TEST_CASE("a whole shift from title to debrief, as the UI drives it") {
    App app;
    AppInit(app, Config());
    REQUIRE_MESSAGE(app.Problems.empty(), app.Problems.front());
    CHECK(State(app)["screen"] == "title");

    PlayShift(app, BotKind::Best);
    const auto state = State(app);
    CHECK(state["screen"] == "debrief");
    const int magic = state["outcomes"]["magic"], misery = state["outcomes"]["misery"];
    CHECK(state["reputation"] == 10 * magic - 20 * misery);
    CHECK(state["served"] == state["customers"]);
    CHECK(magic > misery);

    AppApply(app, {AppCommandKind::BackToTitle, 0});
    CHECK(app.Now == Screen::Title);
}

TEST_CASE("the worst player ends the day with a negative reputation") {
    App app;
    AppInit(app, Config());
    PlayShift(app, BotKind::Worst);
    CHECK(State(app)["reputation"] < 0);
}

TEST_CASE("the counter view lists the customer's line and the choices in order") {
    App app;
    AppInit(app, Config());
    AppApply(app, {AppCommandKind::StartShift, 0});
    const auto state = State(app);
    CHECK(state["screen"] == "counter");
    CHECK(state["customer"]["name"] != "");
    CHECK(state["customer"]["line"] != "");
    const Beat* beat = CurrentBeat(*app.Play);
    REQUIRE(beat);
    REQUIRE(state["choices"].size() == beat->Responses.size());
    CHECK(state["choices"][0] == beat->Responses[0].Text);
}

TEST_CASE("a broken venue opens the error screen listing file, place and problem") {
    const std::string path = "/tmp/moments_broken_venue.json";
    std::ofstream(path) << R"({"id": "x", "version": 1, "week": [], "encounters": [{"id": 5}]})";
    AppConfig config = Config();
    config.VenueFile = path;
    App app;
    AppInit(app, config);
    CHECK(app.Now == Screen::Error);
    const auto state = State(app);
    CHECK(state["screen"] == "error");
    REQUIRE(!state["errors"].empty());
    CHECK(state["errors"][0].get<std::string>().find(path + ":/") == 0);
    // Commands cannot leave the error screen into a broken game.
    AppApply(app, {AppCommandKind::StartShift, 0});
    CHECK(app.Now == Screen::Error);
}

TEST_CASE("commands that do not belong to the screen are ignored") {
    App app;
    AppInit(app, Config());
    AppApply(app, {AppCommandKind::Choose, 0});
    AppApply(app, {AppCommandKind::Continue, 0});
    CHECK(app.Now == Screen::Title);
    AppApply(app, {AppCommandKind::StartShift, 99}); // no such day
    CHECK(app.Now == Screen::Title);
}
