// The rules of GAME.md §2 that the first shift needs, one at a time.
#include "core/paths.h"
#include "core/shift.h"
#include "core/week.h"
#include "fixture.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

// Serves the current customer with one choice and moves on; returns the outcome.
Outcome ServeWith(Shift& s, int choice) {
    const int who = s.Current;
    REQUIRE(Apply(s, {0, CommandKind::Choose, choice}));
    REQUIRE(s.Now == Phase::Resolved);
    Apply(s, {0, CommandKind::Next, 0});
    return s.Customers[static_cast<size_t>(who)].Result;
}

} // namespace

TEST_CASE("outcome boundaries: below expectation is misery, beyond the margin is magic") {
    struct Row { Expectation e; int misery_below, magic_from; };
    for (const Row row : {Row{Expectation::Low, 0, 2}, Row{Expectation::Standard, 1, 3},
                          Row{Expectation::High, 2, 4}, Row{Expectation::Premium, 3, 5}}) {
        CAPTURE(static_cast<int>(row.e));
        CHECK(Classify(row.misery_below - 1, row.e, 2) == Outcome::Misery);
        CHECK(Classify(row.misery_below, row.e, 2) == Outcome::Mediocrity);
        CHECK(Classify(row.magic_from - 1, row.e, 2) == Outcome::Mediocrity);
        CHECK(Classify(row.magic_from, row.e, 2) == Outcome::Magic);
    }
    // A wider margin makes magic harder to earn.
    CHECK(Classify(3, Expectation::Standard, 3) == Outcome::Mediocrity);
}

TEST_CASE("upset customers start below zero and need more to be won back") {
    CHECK(StartingSatisfaction(Mood::Calm) == 0);
    CHECK(StartingSatisfaction(Mood::Upset) < 0);
    Venue v = fixture::SmallCafe();
    v.Encounters[0].Arrival = Mood::Upset;
    Shift s = fixture::Start(v, 1, {});
    CHECK(ServeWith(s, 0) == Outcome::Mediocrity); // +3 from -2 is only 1
}

TEST_CASE("word of mouth: one misery and two magic moments net zero") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 9, {});
    CHECK(ServeWith(s, 0) == Outcome::Magic);
    CHECK(ServeWith(s, 2) == Outcome::Misery);
    CHECK(ServeWith(s, 0) == Outcome::Magic);
    CHECK(s.Reputation == 0);
    CHECK(ReputationTrail(s) == std::vector<int>{10, -10, 0});
    CHECK(s.Now == Phase::Ended);
}

TEST_CASE("word of mouth: the reach of each outcome comes from the venue") {
    Venue v = fixture::SmallCafe();
    v.Reach = {-7, 1, 3};
    Shift s = fixture::Start(v, 9, {});
    ServeWith(s, 0);
    ServeWith(s, 1);
    ServeWith(s, 2);
    CHECK(s.Reputation == 3 + 1 - 7);
}

TEST_CASE("patience: the timer drains the customer and never chooses for the player") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 1, {});
    const int limit = DecisionTicks(s);
    CHECK(limit == 15 * kTicksPerSecond); // a normal customer gives about 15 s

    Advance(s, limit - 1);
    CHECK(s.Customers[0].Satisfaction == 0);
    CHECK(DecisionTicksLeft(s) == 1);
    Advance(s, 1);
    CHECK(s.Customers[0].Satisfaction == -1); // time ran out: patience drains
    Advance(s, kDrainIntervalSeconds * kTicksPerSecond);
    CHECK(s.Customers[0].Satisfaction == -2); // and keeps draining

    // Nothing was chosen: the same beat is still open and no choice was logged.
    CHECK(s.Now == Phase::Serving);
    CHECK(s.Customers[0].Path.empty());
    for (const Event& e : DrainEvents(s)) CHECK(e.Kind == EventKind::PatienceDrained);

    // Left alone for ages, the customer bottoms out instead of falling forever.
    Advance(s, 3600 * kTicksPerSecond);
    CHECK(s.Customers[0].Satisfaction == -kMaxDrainsPerDecision);

    // A new decision restarts the timer.
    REQUIRE(Apply(s, {0, CommandKind::Choose, 0}));
}

TEST_CASE("patience: hurried customers wait less; relaxed and off settings give time") {
    const Venue v = fixture::SmallCafe();
    Shift hurried = fixture::Start(v, 1, {});
    ServeWith(hurried, 0);
    CHECK(DecisionTicks(hurried) == 10 * kTicksPerSecond);

    Shift relaxed = fixture::Start(v, 1, {TimerMode::Relaxed});
    CHECK(DecisionTicks(relaxed) == 30 * kTicksPerSecond);

    Shift off = fixture::Start(v, 1, {TimerMode::Off});
    Advance(off, 3600 * kTicksPerSecond);
    CHECK(off.Customers[0].Satisfaction == 0);
    CHECK(DecisionTicks(off) == 0);
}

TEST_CASE("responses take game time, budget, and lead through the dialogue") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 5, {});
    ServeWith(s, 0);
    ServeWith(s, 0);
    const int before = s.Tick;
    REQUIRE(Apply(s, {0, CommandKind::Choose, 3})); // Cleo: "ask" leads to a second beat
    CHECK(s.Now == Phase::Serving);
    CHECK(s.Tick == before + 20 * kTicksPerSecond);
    CHECK(CurrentBeat(s)->Line == "Tell me more");
    REQUIRE(Apply(s, {0, CommandKind::Choose, 0})); // +1 +2 = 3: magic
    CHECK(s.Customers[2].Result == Outcome::Magic);
}

TEST_CASE("commands that do not fit the moment change nothing") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 5, {});
    const uint64_t before = StateHash(s);
    CHECK_FALSE(Apply(s, {0, CommandKind::Choose, 7}));
    CHECK_FALSE(Apply(s, {0, CommandKind::Choose, -1}));
    CHECK_FALSE(Apply(s, {0, CommandKind::Next, 0})); // nobody to say goodbye to yet
    CHECK(StateHash(s) == before);
    CHECK(s.Log.empty());
}

TEST_CASE("arrivals: later customers arrive on a seeded, jittered schedule") {
    const Venue v = fixture::SmallCafe();
    const Shift a = fixture::Start(v, 100, {});
    const Shift b = fixture::Start(v, 100, {});
    const Shift c = fixture::Start(v, 101, {});
    CHECK(a.Customers[1].ArrivalTick == b.Customers[1].ArrivalTick);
    CHECK(a.Customers[0].ArrivalTick == 0);
    for (const Shift* s : {&a, &c}) {
        const int gap = s->Customers[1].ArrivalTick - s->Customers[0].ArrivalTick;
        CHECK(gap >= 45 * kTicksPerSecond);
        CHECK(gap <= 75 * kTicksPerSecond);
    }
    bool any_differs = false;
    for (uint64_t seed = 0; seed < 8; ++seed)
        any_differs |= fixture::Start(v, seed, {}).Customers[1].ArrivalTick != a.Customers[1].ArrivalTick;
    CHECK(any_differs);
}

TEST_CASE("idle time passes at once: the clock jumps to the next arrival") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 3, {});
    Apply(s, {0, CommandKind::Choose, 0});
    REQUIRE(s.Tick < s.Customers[1].ArrivalTick);
    Apply(s, {0, CommandKind::Next, 0});
    CHECK(s.Now == Phase::Serving);
    CHECK(s.Tick == s.Customers[1].ArrivalTick);
    CHECK(DecisionTicksLeft(s) == DecisionTicks(s)); // their timer starts when they reach the counter
}

TEST_CASE("feedback: the principle and the better move come from the path taken") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 5, {});
    ServeWith(s, 2); // "cold" when "warm" was there
    const Lesson lesson = LessonFor(s, 0);
    REQUIRE(lesson.Principle);
    CHECK(lesson.Principle->Id == "cold");
    REQUIRE(lesson.BetterMove);
    CHECK(lesson.BetterMove->Id == "warm");

    ServeWith(s, 0); // the best answer leaves nothing better to suggest
    CHECK(LessonFor(s, 1).BetterMove == nullptr);
}

TEST_CASE("the debrief's lessons: the better moves missed first, then principles followed, each once") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 5, {});
    const int first = s.Current;
    ServeWith(s, 2); // "cold" where "warm" was open: a better move missed
    const int second = s.Current;
    ServeWith(s, 0); // the best answer: a principle followed
    const int third = s.Current;
    ServeWith(s, 2); // missed again
    const std::vector<const Response*> top = TopLessons(s);
    REQUIRE(top.size() == 3);
    CHECK(top[0] == LessonFor(s, first).BetterMove); // weight 3, the earlier customer first
    CHECK(top[1] == LessonFor(s, third).BetterMove);
    CHECK(top[2] == LessonFor(s, second).Principle); // weight 1
    CHECK(TopLessons(s, 2).size() == 2);
}

TEST_CASE("the stage reached is the last day's stage that scored at the pass mark") {
    Venue v = fixture::SmallCafe();
    v.Week = {{Stage::Uncertainty, {0}, 60}, {Stage::Alignment, {1}, 60}, {Stage::Experience, {2}, 60}};
    Week w = StartWeek(v, 1, Mode::Training);
    CHECK(StageReached(w, 70) == Stage::Uncertainty); // nothing played yet
    for (int score : {90, 75, 40}) {
        DayResult d;
        d.Day = static_cast<int>(w.Days.size());
        d.Result.Total = score;
        w.Days.push_back(d);
    }
    CHECK(StageReached(w, 70) == Stage::Alignment); // day 3 fell short
    CHECK(StageReached(w, 80) == Stage::Uncertainty);
    CHECK(StageReached(w, 40) == Stage::Experience);
}

TEST_CASE("mood follows satisfaction against expectation, furious to delighted") {
    Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 5, {});
    Customer& c = s.Customers[0];
    int last = -1;
    CHECK(MoodStep(s, c) == 2); // a calm customer arrives neutral
    for (int sat : {-3, -1, 0, 2, 3}) {
        c.Satisfaction = sat;
        const int step = MoodStep(s, c);
        CHECK(step > last);
        last = step;
    }
    CHECK(last == 4);
    v.Encounters[0].Arrival = Mood::Upset;
    const Shift upset = fixture::Start(v, 5, {});
    CHECK(MoodStep(upset, upset.Customers[0]) == 1); // an upset one arrives annoyed
}

TEST_CASE("path analysis finds which outcomes an encounter can reach") {
    const Venue v = fixture::SmallCafe();
    CHECK(ReachableOutcomes(v, v.Encounters[0]) == std::array<bool, 3>{true, true, true});
    Encounter only_nice = v.Encounters[0];
    only_nice.Beats[0].Responses.pop_back(); // remove "cold"
    CHECK(ReachableOutcomes(v, only_nice) == std::array<bool, 3>{false, true, true});
}
