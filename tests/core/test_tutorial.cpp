// A narrated first test that doubles as the tour of the core's API.
#include "core/shift.h"
#include "fixture.h"

#include <doctest/doctest.h>

using namespace moments;

TEST_CASE("tutorial: one shift at the counter, start to finish") {
    // A venue is immutable data, normally loaded from JSON by moments_content.
    const Venue venue = fixture::SmallCafe();

    // A shift is a plain struct. It starts from (venue, plan, seed, settings)
    // and nothing else: no clock, no global randomness. The plan says who comes
    // in; PlanDay makes it from the venue's week (and any returning regulars).
    const ShiftPlan plan = PlanDay(venue, /*day*/ 0, /*loyal*/ {}, /*seed*/ 42);
    Shift shift = StartShift(venue, plan, /*seed*/ 42, Settings{});

    // The first customer arrives at tick 0, so the counter is open straight away.
    REQUIRE(shift.Now == Phase::Serving);
    REQUIRE(CurrentEncounter(shift)->Name == "ana");
    CHECK(CurrentBeat(shift)->Line == "Hello");

    // The platform turns frame time into ticks (60 a second) and advances the clock.
    Advance(shift, 3 * kTicksPerSecond);
    CHECK(shift.Tick == 180);

    // Input arrives as commands. Choosing "warm" (+3) delights a calm customer
    // with standard expectations: satisfaction 3 >= level 1 + margin 2.
    REQUIRE(Apply(shift, {0, CommandKind::Choose, 0}));
    CHECK(shift.Now == Phase::Resolved);
    CHECK(shift.Customers[0].Result == Outcome::Magic);

    // Word of mouth: ten people hear about a moment of magic.
    CHECK(shift.Reputation == 10);

    // What happened comes back as events, for the UI, the LMS bridge and tests.
    const std::vector<Event> events = DrainEvents(shift);
    REQUIRE(events.size() == 2);
    CHECK(events[0].Kind == EventKind::ChoiceMade);
    CHECK(events[0].LatencyTicks == 180); // the player thought for three seconds
    CHECK(events[1].Kind == EventKind::EncounterResolved);
    CHECK(events[1].Reach == 10);

    // The clock stays paused on the feedback card until the player moves on.
    Advance(shift, 600);
    CHECK(shift.Now == Phase::Resolved);
    REQUIRE(Apply(shift, {0, CommandKind::Next, 0}));

    // Serve the other two: Ben gets the cold shoulder (misery, twenty people
    // hear of it), Cleo a merely adequate answer (mediocrity, nobody talks).
    REQUIRE(CurrentEncounter(shift)->Name == "ben");
    Apply(shift, {0, CommandKind::Choose, 2});
    Apply(shift, {0, CommandKind::Next, 0});
    Apply(shift, {0, CommandKind::Choose, 1});
    Apply(shift, {0, CommandKind::Next, 0});

    // The day is over: one of each outcome, and misery outweighs magic.
    CHECK(shift.Now == Phase::Ended);
    CHECK(shift.Outcomes == std::array<int, 3>{1, 1, 1});
    CHECK(shift.Reputation == 10 - 20);
}
