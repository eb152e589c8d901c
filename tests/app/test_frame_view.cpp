// The frame view as the platform builds it, frame after frame: ripples come
// from the core's events and always match the reputation change shown; controls
// carry ids that do what the screen's buttons do.
#include "app/app.h"
#include "app/bot.h"
#include "app/frame_view.h"

#include "frame_loop.h"
#include "staged_config.h"

#include <doctest/doctest.h>

#include <utility>

using namespace moments;

namespace {

AppConfig Config() { return StagedConfig(23); }

} // namespace

TEST_CASE("every ripple on day 1 and day 2 is the reputation change the meter shows") {
    App app;
    AppInit(app, Config());
    REQUIRE(app.Problems.empty());
    Frames frames;
    Rng rng{7};
    int ripples_seen = 0;
    for (int day = 1; day <= 2; ++day) {
        FrameView view = frames.Look(app);
        REQUIRE(Press(app, view, day == 1 ? "title.start" : "debrief.next"));
        view = frames.Look(app);
        REQUIRE(view.Now == Screen::Briefing);
        REQUIRE(Press(app, view, "briefing.open"));
        view = frames.Look(app, 5.0); // long after any ripple of the day before
        REQUIRE(view.Now == Screen::Counter);
        CHECK_MESSAGE(view.Hud->Ripples.empty(), "a new day opens without word of mouth on show");
        CHECK(view.Facts->Day == day);
        int shown = view.Facts->Reputation;
        for (int guard = 0; view.Now != Screen::Debrief && guard < 500; ++guard) {
            if (view.Now == Screen::Counter) AppApply(app, {AppCommandKind::Choose, BotChoose(BotKind::Random, *app.Play, rng)});
            else REQUIRE(Press(app, view, "feedback.continue"));
            view = frames.Look(app, 2.0); // each ripple fades before the next frame
            if (!view.Hud) continue;
            int started = 0;
            for (const RippleView& r : view.Hud->Ripples) {
                CHECK(r.Age == doctest::Approx(0.0));
                started += r.Change;
                ++ripples_seen;
            }
            CHECK_MESSAGE(started == view.Facts->Reputation - shown, "day ", day, ": ripples ", started, " for a change of ",
                          view.Facts->Reputation - shown);
            shown = view.Facts->Reputation;
        }
        REQUIRE(view.Now == Screen::Debrief);
    }
    CHECK(ripples_seen > 0);
}

TEST_CASE("a ripple fades after its time and is gone from the next view") {
    App app;
    AppInit(app, Config());
    Frames frames;
    Press(app, frames.Look(app), "title.start");
    Press(app, frames.Look(app), "briefing.open");
    FrameView view = frames.Look(app);
    Rng rng{3};
    for (int guard = 0; view.Now == Screen::Counter && guard < 50; ++guard) {
        AppApply(app, {AppCommandKind::Choose, BotChoose(BotKind::Worst, *app.Play, rng)});
        view = frames.Look(app);
    }
    REQUIRE(view.Now == Screen::Feedback);
    REQUIRE(view.Hud->Ripples.size() == 1);
    CHECK(view.Hud->Ripples[0].Change == view.Feedback.Result.ReachPeople);
    view = frames.Look(app, kRippleSeconds / 2);
    REQUIRE(view.Hud->Ripples.size() == 1);
    CHECK(view.Hud->Ripples[0].Age == doctest::Approx(0.5));
    view = frames.Look(app, kRippleSeconds);
    CHECK(view.Hud->Ripples.empty());
}

TEST_CASE("controls have stable ids across languages and do what their screen's buttons do") {
    App app;
    AppInit(app, Config());
    Frames frames;
    FrameView english = frames.Look(app);
    REQUIRE(Press(app, english, "language.it"));
    FrameView italian = frames.Look(app);
    REQUIRE(Controls(english).size() == Controls(italian).size());
    for (size_t i = 0; i < Controls(english).size(); ++i) CHECK(Controls(english)[i]->Id == Controls(italian)[i]->Id);
    CHECK(FindControl(italian, "title.start")->Label != FindControl(english, "title.start")->Label);
    CHECK(FindControl(italian, "language.it")->Checked);
    CHECK_FALSE(Press(app, italian, "no.such.control"));
    REQUIRE(Press(app, italian, "mode.1"));
    CHECK(app.Options.Play == Mode::Assessment);
    Press(app, frames.Look(app), "title.start");
    Press(app, frames.Look(app), "briefing.open");
    FrameView counter = frames.Look(app);
    REQUIRE(counter.Now == Screen::Counter);
    CHECK_FALSE(counter.Counter.HintButton); // assessments give no hints
    const Control& second = counter.Counter.Choices.at(1);
    CHECK(second.Shortcut == "2");
    REQUIRE(Press(app, counter, second.Id));
    CHECK(app.Play->Customers[0].Path.at(0).Response == second.Command.Arg);
}

TEST_CASE("the title's settings come back at the next launch, as far as the package allows") {
    App chosen;
    AppInit(chosen, Config());
    Frames frames;
    REQUIRE(chosen.Venues.size() >= 2);
    const std::string second_venue = "venue." + chosen.Venues[1].Id;
    for (const char* id : {second_venue.c_str(), "mode.1", "timer.2", "text_size.1", "reduced_motion", "sound"})
        REQUIRE_MESSAGE(Press(chosen, frames.Look(chosen), id), id);
    const std::string remembered = AppSettingsText(chosen);
    CHECK(remembered.find("venue=" + chosen.Venues[1].Id) != std::string::npos);

    App next; // a new launch with what the page remembered
    AppInit(next, Config());
    CHECK(AppSettingsText(next) != remembered);
    AppRememberSettings(next, remembered);
    CHECK(AppSettingsText(next) == remembered);
    const FrameView view = frames.Look(next);
    CHECK(FindControl(view, second_venue)->Checked);
    CHECK(FindControl(view, "mode.1")->Checked);
    CHECK(FindControl(view, "timer.2")->Checked);
    CHECK(FindControl(view, "reduced_motion")->Checked);
    CHECK_FALSE(FindControl(view, "sound")->Checked); // pressed once: the sound is off

    AppConfig fixed = Config(); // a package that fixed training keeps it
    fixed.ModeFixed = true;
    App packaged;
    AppInit(packaged, fixed);
    AppRememberSettings(packaged, remembered + ";venue=nowhere;timer=9;junk");
    CHECK(packaged.Options.Play == Mode::Training);
    CHECK(packaged.VenueIndex == 1);
    CHECK(packaged.Options.Timer == TimerMode::Off);
}

TEST_CASE("a view kept across a restart of the game shows the restarted game, not the one before") {
    App app;
    AppInit(app, Config());
    FrameMemory memory;
    FrameView kept;
    UpdateFrameView(kept, app, {}, 0.0, memory);
    AppConfig italian = Config();
    italian.Language = "it";
    AppInit(app, italian); // the same number of changes since its start as the English game had
    REQUIRE(app.Text.Get("title.start") != kept.Title.Start.Label);
    UpdateFrameView(kept, app, {}, 0.1, memory);
    FrameMemory fresh_memory;
    CHECK(FrameViewJson(kept) == FrameViewJson(BuildFrameView(app, {}, 0.1, fresh_memory)));
}

TEST_CASE("a view kept from frame to frame shows what a view built afresh shows, on every frame of two days") {
    App app;
    AppInit(app, Config());
    REQUIRE(app.Problems.empty());
    FrameMemory kept_memory, fresh_memory;
    FrameView kept;
    double seconds = 0.0;
    int kept_frames = 0, kept_at_counter = 0, kept_with_line = 0, kept_with_promises = 0; // frames where the kept view was only moved on
    const auto frame = [&](double step) {
        seconds += step;
        const std::vector<Event> events = std::exchange(app.Recent, {});
        const bool same_app = kept_memory.ViewOf == app.Revision;
        const std::vector<int> shown_before = kept_memory.ShownTime;
        UpdateFrameView(kept, app, events, seconds, kept_memory);
        if (events.empty() && same_app && kept_memory.ShownTime == shown_before) { // the kept view was moved on
            ++kept_frames;
            kept_at_counter += app.Now == Screen::Counter;
            kept_with_line += !kept.Counter.Queue.empty();
            kept_with_promises += !kept.Promises.empty();
        }
        FrameView fresh = BuildFrameView(app, events, seconds, fresh_memory);
        CHECK(FrameViewJson(kept) == FrameViewJson(fresh));
        CHECK(kept.NextChange == fresh.NextChange);
        CHECK(kept.Title.Notice == fresh.Title.Notice);
        CHECK(kept.Title.Rows.size() == fresh.Title.Rows.size());
        return fresh;
    };
    // The title's settings, a notice from the page and one from the game, the sound.
    REQUIRE(Press(app, frame(0.1), "language.it"));
    frame(0.1);
    AppSetPageNotice(app, "lrs", "offline");
    frame(0.1);
    AppSetNotice(app, Message{"notice.bad_save", {{"reason", MessageArg::Nested({"error.save.unreadable", {}})}}});
    frame(0.1);
    AppApply(app, {AppCommandKind::SetMuted, 1});
    frame(0.1);
    REQUIRE(app.Options.Timer != TimerMode::Off); // the clock runs at the counter: patience, the queue, follow-ups
    Rng rng{5};
    for (int day = 1; day <= 2; ++day) {
        REQUIRE(Press(app, frame(0.1), day == 1 ? "title.start" : "debrief.next"));
        REQUIRE(Press(app, frame(0.1), "briefing.open"));
        FrameView view = frame(0.1);
        for (int guard = 0; view.Now != Screen::Debrief && guard < 500; ++guard) {
            for (int still = 0; still < 8; ++still) view = frame(0.05); // a customer walks up, a ripple spreads
            if (view.Now == Screen::Counter) {
                // The clock runs a frame at a time, across whole seconds; a long wait lets the line grow and drains patience.
                const int waits = 4 + rng.Below(40);
                for (int wait = 0; wait < waits && view.Now == Screen::Counter; ++wait) {
                    AppTick(app, wait == 0 && rng.Below(2) == 0 ? 40 * kTicksPerSecond : 1 + rng.Below(kTicksPerSecond / 3));
                    view = frame(0.05);
                }
                const BotKind bot = day == 1 ? BotKind::Best : BotKind::Random; // the best play makes promises
                if (view.Now == Screen::Counter) AppApply(app, {AppCommandKind::Choose, BotChoose(bot, *app.Play, rng)});
            } else if (view.Now == Screen::Feedback) {
                for (int fading = 0; fading < 40; ++fading) frame(0.05); // the ripple ends: the announcement changes
                REQUIRE(Press(app, frame(0.05), "feedback.continue"));
            }
            view = frame(0.05);
        }
        REQUIRE(view.Now == Screen::Debrief);
    }
    CHECK(kept_frames > 200);
    CHECK(kept_at_counter > 100); // with the clock running
    CHECK(kept_with_line > 20);     // people waiting in line
    CHECK(kept_with_promises > 20); // follow-ups counting down
}
