// The stage's facts in the frame view (StageView, WaitingView::Joined), built
// frame by frame as the platform does: each customer steps up once, reacts to
// each answer with the core's verdict, and leaves when served; the line keeps
// the time each waiting customer joined it.
#include "app/app.h"
#include "app/bot.h"
#include "app/frame_view.h"

#include "frame_loop.h"
#include "staged_config.h"

#include <doctest/doctest.h>

#include <map>
#include <utility>

using namespace moments;

namespace {

// The reaction a verdict shows on the stage: 0 harmful, 1 fair, 2 the best.
int ReactionOf(Verdict v) { return v == Verdict::Best ? 2 : v == Verdict::Fair ? 1 : 0; }

} // namespace

TEST_CASE("each customer steps up once, reacts to every answer as judged, and leaves when served, on day 1 and day 2") {
    App app;
    AppInit(app, StagedConfig(23));
    REQUIRE(app.Problems.empty());
    Frames frames;
    Rng rng{11};
    int arrivals = 0, reactions = 0, departures = 0;
    for (int day = 1; day <= 2; ++day) {
        FrameView view = frames.Look(app, 0.1);
        REQUIRE(Press(app, view, day == 1 ? "title.start" : "debrief.next"));
        view = frames.Look(app, 0.1);
        REQUIRE(Press(app, view, "briefing.open"));
        view = frames.Look(app, 0.1);
        int at_counter = -1;
        for (int guard = 0; view.Now != Screen::Debrief && guard < 500; ++guard) {
            REQUIRE(view.Hud);
            if (view.Now == Screen::Counter) {
                if (view.Counter.CustomerIndex != at_counter) { // a new customer: their arrival starts now
                    CHECK_MESSAGE(view.Stage.Arrived == doctest::Approx(0.0), "day ", day, ", customer ", view.Counter.CustomerIndex);
                    CHECK(view.Stage.Reaction == -1);
                    at_counter = view.Counter.CustomerIndex;
                    ++arrivals;
                }
                const FrameView later = frames.Look(app, 0.3); // the same customer: the arrival keeps its time
                CHECK(later.Stage.Arrived == doctest::Approx(view.Stage.Arrived + 0.3));
                const int customer = app.Play->Current;
                AppApply(app, {AppCommandKind::Choose, BotChoose(BotKind::Random, *app.Play, rng)});
                view = frames.Look(app, 0.1);
                CHECK(view.Stage.Reacted == doctest::Approx(0.0));
                CHECK(view.Stage.Reaction == ReactionOf(app.Play->Customers[static_cast<size_t>(customer)].Path.back().Judged));
                ++reactions;
                if (view.Now == Screen::Feedback) {
                    CHECK(view.Stage.Left == doctest::Approx(0.0));
                    const Customer& served = app.Play->Customers[static_cast<size_t>(customer)];
                    CHECK(view.Feedback.Result.Outcome == static_cast<int>(served.Result));
                    CHECK(view.Feedback.Result.ReachPeople == served.Reach);
                    CHECK(frames.Look(app, 0.5).Stage.Left == doctest::Approx(0.5));
                    ++departures;
                    view = frames.Look(app, 0.1);
                }
            } else {
                REQUIRE(Press(app, view, "feedback.continue"));
                view = frames.Look(app, 0.1);
            }
        }
        REQUIRE(view.Now == Screen::Debrief);
        CHECK(view.Stage.Arrived == doctest::Approx(kLongAgo)); // off the counter, the stage is cleared
    }
    CHECK(arrivals == departures);
    CHECK(arrivals >= 2 * 5);
    CHECK(reactions >= arrivals);
}

TEST_CASE("a waiting customer keeps the time they joined the line until they step up") {
    App app;
    AppInit(app, StagedConfig(23));
    Frames frames;
    FrameView view = frames.Look(app, 0.1);
    REQUIRE(Press(app, view, "title.start"));
    view = frames.Look(app, 0.1);
    REQUIRE(Press(app, view, "briefing.open"));
    std::map<std::string, double> joined_at; // name -> the frame time they were first seen waiting
    bool waited = false;
    for (int frame = 0; frame < 400 && !waited; ++frame) {
        AppTick(app, kTicksPerSecond / 2);
        view = frames.Look(app, 0.5);
        for (const WaitingView& w : view.Counter.Queue) {
            const auto [seen, fresh] = joined_at.emplace(w.Name, frames.Seconds);
            CHECK_MESSAGE(w.Joined == doctest::Approx(std::min(frames.Seconds - seen->second, static_cast<double>(kLongAgo))), w.Name);
            if (fresh) CHECK(w.Joined == doctest::Approx(0.0));
            waited |= !fresh && w.Joined >= 1.0f;
        }
    }
    CHECK_MESSAGE(waited, "someone waited in line for at least a second");
}
