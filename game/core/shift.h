// One shift at the counter: the simulation's state, the commands that change
// it, the ticks that move it, and the events and views it gives back.
//
// Time is counted in integer ticks (60 per game second). The platform turns
// wall-clock frame time into ticks; responses jump the clock forward by the
// game seconds the exchange takes, and the queue feels every second of it.
// Nothing here reads a clock or calls out: a shift is fully determined by
// (venue, plan, seed, settings, stamped commands).
#pragma once
#include "paths.h"
#include "rng.h"
#include "venue.h"

#include <array>
#include <memory>
#include <optional>
#include <cstdint>
#include <string>
#include <vector>

namespace moments {

constexpr int kTicksPerSecond = 60;
// Whole seconds gone in `ticks`: how the shift counts waits, latencies and the clock.
constexpr int WholeSeconds(int ticks) { return ticks / kTicksPerSecond; }
constexpr int kDrainIntervalSeconds = 5;  // after the decision timer runs out, -1 this often
constexpr int kMaxDrainsPerDecision = 4;  // a customer left waiting bottoms out here
constexpr int kMaxQueueDrains = 2;        // waiting in line costs at most this much
constexpr int kExchangeStepSeconds = 30;  // each 30 s over a customer's tolerance costs 1
constexpr int kKeepPromiseSeconds = 20;   // following up takes a moment of the shift
constexpr int kAssessmentCustomers = 8;   // customers drawn for an assessment shift
constexpr int kMaxReturningPerDay = 2;    // loyal customers who come back on one day

// [SECTION] Settings, plans, commands, events -----------------------------------

enum class TimerMode : uint8_t { Normal, Relaxed, Off }; // Off: WCAG 2.2.1 "no time limit"
enum class Mode : uint8_t { Training, Assessment };

struct Settings {
    TimerMode Timer = TimerMode::Normal;
    Mode Play = Mode::Training; // hints only in training
};

// Who comes in during one shift, in arrival order.
struct ShiftPlan {
    int Day = 0;                     // index into Venue::Week (0 for an assessment)
    Stage WeekStage = Stage::Uncertainty;
    std::vector<int> Encounters;     // indices into Venue::Encounters
    std::vector<bool> Returning;     // parallel: a loyal customer back for more
    int ArrivalGapSeconds = 60;
};

enum class CommandKind : uint8_t {
    Choose,      // Arg: the response's index in the venue file's beat (its stable id), never its place on screen
    Next,        // leave the feedback for the next customer (Arg unused)
    KeepPromise, // Arg: index into Shift::Promises
    Hint,        // training only: show the principle of the best answer (Arg unused)
};
constexpr int kCommandKindCount = 4;

struct Command {
    int Tick = 0; // when it was applied, in shift ticks (filled in by Apply)
    CommandKind Kind = CommandKind::Choose;
    int Arg = 0;
};

enum class EventKind : uint8_t {
    ChoiceMade,        // Customer, Beat, Response, LatencyTicks
    PatienceDrained,   // Customer: the decision timer ran out again
    QueueDrained,      // Customer: waited too long in line
    NeedRevealed,      // Customer: the hidden need came out
    PromiseMade,       // Customer, Response: Arg = promise index
    PromiseKept,       // Customer: Arg = promise index
    PromiseBroken,     // Customer, Result (now misery), Reach (change to reputation)
    EncounterResolved, // Customer, Result, Reach
    ShiftEnded,
};

// The names exports, traces and the state JSON use: "choice_made", ...; "misery", "mediocrity", "magic".
const char* EventName(EventKind kind);
const char* OutcomeName(Outcome outcome);

struct Event {
    EventKind Kind = EventKind::ShiftEnded;
    int Tick = 0;
    int Customer = -1;    // index into Shift::Customers
    int Beat = -1;        // beat index within the customer's encounter
    int Response = -1;    // response index within that beat
    int LatencyTicks = 0; // how long the player took to decide
    Outcome Result = Outcome::Mediocrity;
    int Reach = 0;        // people who hear of it (signed)
    int Arg = 0;
};

// [SECTION] State ------------------------------------------------------------------

enum class Phase : uint8_t {
    Serving,  // a customer is at the counter and a decision is open (idle time
              // before an arrival passes at once: nobody is kept waiting by it)
    Resolved, // the customer has gone; the clock is paused until Next
    Ended,    // every customer of the day has been served
};

// How a choice compares with the best one open at that moment (see paths.h).
enum class Verdict : uint8_t {
    Best,    // the response on the path with the best end result
    Fair,    // not the best, but it neither hurt nor lowered the end result within reach
    Harmful, // it hurt now, broke a rule that protects the customer, or lowered the best outcome within reach
};

struct Step {
    int Beat = 0, Response = 0; // what was chosen
    int LatencyTicks = 0;       // how long the decision took
    int Best = 0;               // the best response at that moment (derived: replays recompute it)
    Verdict Judged = Verdict::Best;
};

struct Customer {
    int Encounter = 0;        // index into Venue::Encounters
    Expectation Expects = Expectation::Standard; // raised for returning regulars
    bool Returning = false;   // came back after a moment of magic on an earlier day
    int ArrivalTick = 0;      // when they join the queue
    int Satisfaction = 0;     // running total
    int Beat = 0;             // current beat while being served
    int QueueDrains = 0;      // satisfaction lost waiting in line
    int ExchangeSeconds = 0;  // game time spent on them at the counter
    int ExchangeDrains = 0;   // satisfaction lost to a long exchange
    bool NeedFound = false;   // the hidden need was uncovered
    bool HintUsed = false;    // the player asked for a hint while serving them
    std::vector<Step> Path;
    bool Done = false;
    Outcome Result = Outcome::Mediocrity;
    int Reach = 0;
};

struct PromiseState {
    int Customer = 0;          // who was promised
    const Promise* What = nullptr;
    int DeadlineTick = 0;
    bool Kept = false;
    bool Broken = false;
};

// The open decision's best path with what it was judged from, so the bot, the
// hint and the choice itself judge a decision once (see BestPathNow in shift.cpp).
struct JudgedDecision {
    int Customer = -1, Beat = -1;
    Standing At;
    BestPath Path;
};

struct Shift {
    const Venue* Place = nullptr;
    ShiftPlan Plan;
    uint64_t Seed = 0;
    Settings Options;
    Rng Random;              // all randomness of the shift comes from here
    int Tick = 0;            // shift clock
    Phase Now = Phase::Serving;
    std::vector<Customer> Customers; // the day's customers in arrival order
    std::vector<std::shared_ptr<const Ways>> WaysOf; // per customer: their encounter's ways (MappedWaysOf), for the search of the best path
    mutable JudgedDecision LastJudged; // a cache: recomputed whenever the customer, beat or standing differs
    int Current = 0;         // index of the customer at the counter
    int DecisionStartTick = 0;
    int DrainsThisDecision = 0;
    bool HintShown = false;  // a hint is showing for the open decision
    int Reputation = 0;      // net people reached
    std::array<int, 3> Outcomes{}; // counts indexed by Outcome
    int Spent = 0;           // budget used
    std::vector<PromiseState> Promises;
    std::vector<Command> Log;     // accepted commands, for snapshots and replays
    std::vector<Event> Events;    // produced since the last DrainEvents
};

// [SECTION] Operations -------------------------------------------------------------

// Starts a shift from a plan. `venue` must outlive the shift.
Shift StartShift(const Venue& venue, const ShiftPlan& plan, uint64_t seed, Settings options);

// The plan for day `day` of the week: the venue's list plus up to
// kMaxReturningPerDay loyal customers (encounter indices) chosen by the seed.
ShiftPlan PlanDay(const Venue& venue, int day, const std::vector<int>& loyal, uint64_t seed);

// The plan for an assessment: the customers of parallel form `form` (modulo the
// number of forms), in an order drawn by the seed.
ShiftPlan PlanAssessment(const Venue& venue, uint64_t seed, int form);

// How many parallel assessment forms the venue has (at least 1).
int AssessmentFormCount(const Venue& venue);

// Advances the clock by `ticks` (>= 0) while a decision is open: patience
// timers, the queue, promise deadlines.
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
    const Response* Principle = nullptr;  // the choice that mattered most
    const Response* BetterMove = nullptr; // the best answer where the player fell shortest; null if none
    const Response* Said = nullptr;       // what the player said there instead; null if no better move
};

// Derives the feedback for a resolved customer from the path they took.
Lesson LessonFor(const Shift& shift, int customer);

// The shift's most telling lessons for the debrief: the better moves the player
// missed, then the principles they followed, each response once, at most `count`.
std::vector<const Response*> TopLessons(const Shift& shift, size_t count = 3);

// Customer mood in five steps, furious (0) to delighted (4), from satisfaction
// vs expectation: calm arrivals look neutral (2), upset ones annoyed (1).
int MoodStep(const Shift& shift, const Customer& customer);

// The encounter and beat at the counter, or null when nobody is being served.
const Encounter* CurrentEncounter(const Shift& shift);
const Beat* CurrentBeat(const Shift& shift);

// Ticks left before the current decision starts draining patience (0 if draining or off).
int DecisionTicksLeft(const Shift& shift);

// Net reputation after each customer served, in serving order (a broken
// promise counts from the customer it was made to): the debrief's chart.
std::vector<int> ReputationTrail(const Shift& shift);

// Whether a customer has arrived and waits behind the one being served.
bool Waiting(const Shift& shift, int customer);

// Customers who have arrived and wait behind the one being served, in order.
std::vector<int> WaitingCustomers(const Shift& shift);

// The customer's patience in line, 1 (fresh) to 0 (about to lose satisfaction again).
float QueuePatience(const Shift& shift, const Customer& customer);

// The order in which the current beat's responses are shown (indices into the
// beat), drawn from the seed: position on screen carries no meaning. Empty if no decision is open.
std::vector<int> ResponseOrder(const Shift& shift);

// Index of the best response of the current beat: the first step of the path
// through the rest of the encounter with the best end result (BestPathFrom in
// paths.h); the hint's subject. -1 if no decision is open.
int BestResponse(const Shift& shift);

// What a response does to a customer's satisfaction beyond its face value: a
// hurried customer minds over-service more; a returning regular is amazed by magic.
int ResponseEffect(const Encounter& encounter, bool returning, const Response& response);

// Satisfaction a customer of this temper has lost, in all, to `seconds` at the counter.
int ExchangeDrains(Patience temper, int seconds);

// The behaviour the current best answer shows (a magic-behaviour tag), which a
// hint names without quoting the answer; nullopt if it shows none or no decision is open.
std::optional<Tag> HintPrinciple(const Shift& shift);

// How many customers of the shift the player asked a hint for.
int HintsUsed(const Shift& shift);

// Whether KeepPromise(index) would be accepted now.
bool CanKeepPromise(const Shift& shift, int index);

} // namespace moments
