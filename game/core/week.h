// The training week: five shifts, one per stage, with loyal customers who had
// a moment of magic coming back on later days expecting more. An assessment
// is a "week" of one seeded shift drawn from the whole pool.
#pragma once
#include "score.h"
#include "shift.h"

#include <array>
#include <vector>

namespace moments {

struct DayResult {
    int Day = 0;
    Settings Options;              // as played (for replays)
    std::vector<Command> Log;      // the day's accepted commands (for replays)
    int Reputation = 0;
    std::array<int, 3> Outcomes{};
    int Spent = 0;
    int PromisesMade = 0, PromisesKept = 0;
    Score Result;
};

struct Week {
    const Venue* Place = nullptr;
    Mode Play = Mode::Training;
    uint64_t Seed = 0;
    int Form = 0;                // the assessment's parallel form (unused in training)
    std::vector<DayResult> Days; // finished shifts, in order
    std::vector<int> Loyal;      // encounters that ended in magic, in order of first magic
};

// `form` picks the assessment's parallel form (modulo their number).
Week StartWeek(const Venue& venue, uint64_t seed, Mode mode, int form = 0);

// Number of shifts the week has: the venue's days in training, one in assessment.
int WeekLength(const Week& week);
bool WeekComplete(const Week& week);

// The seed and plan of the next shift to play. Requires !WeekComplete(week).
uint64_t NextSeed(const Week& week);
ShiftPlan NextPlan(const Week& week);

// Starts the next shift of the week with the given settings (mode comes from the week).
Shift StartNextShift(const Week& week, Settings options);

// Files an ended shift into the week: its result, its log, and its new regulars.
void RecordDay(Week& week, const Shift& shift);

// Mean of the day scores so far (0 if none).
int WeekScore(const Week& week);

// How far the learner got: the stage of the last day that scored at the pass mark
// (the first stage if none did).
Stage StageReached(const Week& week, int pass_mark);

} // namespace moments
