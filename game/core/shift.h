// One shift at the counter: the simulation's state, the commands that change
// it, the ticks that move it, and the events and views it gives back.
//
// Time is counted in integer ticks (60 per game second). The platform turns
// wall-clock frame time into ticks; responses jump the clock forward by the
// game seconds the exchange takes. Nothing here reads a clock or calls out:
// a shift is fully determined by (venue, day, seed, settings, stamped commands).
#pragma once
#include "rng.h"
#include "venue.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace moments {

constexpr int kTicksPerSecond = 60;
constexpr int kDrainIntervalSeconds = 5; // after the timer runs out, -1 this often
constexpr int kMaxDrainsPerDecision = 4; // a customer left waiting bottoms out here

// [SECTION] Settings, commands, events ------------------------------------------

enum class TimerMode : uint8_t { Normal, Relaxed, Off }; // Off: WCAG 2.2.1 "no time limit"

struct Settings {
    TimerMode Timer = TimerMode::Normal;
};

enum class CommandKind : uint8_t {
    Choose, // Arg: index of the response in the current beat
    Next,   // leave the feedback for the next customer (Arg unused)
};

struct Command {
    int Tick = 0; // when it was applied, in shift ticks (filled in by Apply)
    CommandKind Kind = CommandKind::Choose;
    int Arg = 0;
};

enum class EventKind : uint8_t {
    ChoiceMade,        // Customer, Beat, Response, Latency
    PatienceDrained,   // Customer: the decision timer ran out again
    EncounterResolved, // Customer, Outcome, Reach
    ShiftEnded,
};

struct Event {
    EventKind Kind = EventKind::ShiftEnded;
    int Tick = 0;
    int Customer = -1;    // index into Shift::Customers
    int Beat = -1;        // beat index within the customer's encounter
    int Response = -1;    // response index within that beat
    int LatencyTicks = 0; // how long the player took to decide
    Outcome Result = Outcome::Mediocrity;
    int Reach = 0;        // people who hear of it (signed)
};

// [SECTION] State ------------------------------------------------------------------

enum class Phase : uint8_t {
    Serving,  // a customer is at the counter and a decision is open (idle time
              // before an arrival passes at once: nobody is kept waiting by it)
    Resolved, // the customer has gone; the clock is paused until Next
    Ended,    // every customer of the day has been served
};

struct Step {
    int Beat = 0, Response = 0; // what was chosen
    int LatencyTicks = 0;       // how long the decision took
};

struct Customer {
    int Encounter = 0;    // index into Venue::Encounters
    int ArrivalTick = 0;  // when they join the queue
    int Satisfaction = 0; // running total
    int Beat = 0;         // current beat while being served
    std::vector<Step> Path;
    bool Done = false;
    Outcome Result = Outcome::Mediocrity;
    int Reach = 0;
};

struct Shift {
    const Venue* Place = nullptr;
    int Day = 0;             // index into Venue::Week
    uint64_t Seed = 0;
    Settings Options;
    Rng Random;              // all randomness of the shift comes from here
    int Tick = 0;            // shift clock
    Phase Now = Phase::Serving;
    std::vector<Customer> Customers; // the day's customers in arrival order
    int Current = 0;         // index of the customer at the counter (or next up)
    int DecisionStartTick = 0;
    int DrainsThisDecision = 0;
    int Reputation = 0;      // net people reached
    std::array<int, 3> Outcomes{}; // counts indexed by Outcome
    int Spent = 0;           // budget used
    std::vector<Command> Log;     // accepted commands, for snapshots and replays
    std::vector<Event> Events;    // produced since the last DrainEvents
};

// [SECTION] Operations -------------------------------------------------------------

// Starts the given day of the venue's week. `venue` must outlive the shift and
// day must index venue.Week.
Shift StartShift(const Venue& venue, int day, uint64_t seed, Settings options);

// Advances the clock by `ticks` (>= 0): patience timers and drains.
void Advance(Shift& shift, int ticks);

// Applies a player command at the current tick. Returns false, changing
// nothing, if the command does not fit the moment (wrong phase, bad index).
bool Apply(Shift& shift, Command command);

// Hands over the events produced since the last call.
std::vector<Event> DrainEvents(Shift& shift);

// Ticks the current decision may take before patience starts to drain;
// 0 when the timer is off.
int DecisionTicks(const Shift& shift);

// A stable hash of everything that matters in the state (golden tests, replays).
uint64_t StateHash(const Shift& shift);

// [SECTION] Views --------------------------------------------------------------------

// What the feedback card says about one resolved customer.
struct Lesson {
    const Response* Principle = nullptr; // the choice that mattered most
    const Response* BetterMove = nullptr; // the best answer where the player fell shortest; null if none
};

// Derives the feedback for a resolved customer from the path they took.
Lesson LessonFor(const Shift& shift, int customer);

// Customer mood in five steps, furious (0) to delighted (4), from satisfaction
// vs expectation: calm arrivals look neutral (2), upset ones annoyed (1).
int MoodStep(const Shift& shift, const Customer& customer);

// The encounter and beat at the counter, or null when nobody is being served.
const Encounter* CurrentEncounter(const Shift& shift);
const Beat* CurrentBeat(const Shift& shift);

// Ticks left before the current decision starts draining patience (0 if draining or off).
int DecisionTicksLeft(const Shift& shift);

// Customers who have arrived and wait behind the one being served.
std::vector<int> WaitingCustomers(const Shift& shift);

} // namespace moments
