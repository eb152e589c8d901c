// The 0-100 score of a shift (GAME.md §2 Score), from outcomes, word of mouth,
// promises and budget. Integer arithmetic only, so every platform agrees.
//
//   outcomes   50 × magic share + 20 × mediocrity share   (at most 50)
//   reputation 20 × where net word of mouth falls between all-misery and all-magic
//   promises   15 × kept / made (15 when none were made)
//   budget     15, less in proportion to overspending (0 at double the budget)
//   misery     −10 for each moment of misery
//   total      rounded, clamped to 0..100; pass at the package's mark (default 70)
#pragma once
#include "shift.h"

namespace moments {

constexpr int kDefaultPassMark = 70;

struct Score {
    int Outcomes = 0, Reputation = 0, Promises = 0, Budget = 0, MiseryPenalty = 0; // parts, in points
    int Total = 0;                                                               // 0..100
};

// Scores a shift (normally an ended one; a shift in progress scores what is resolved).
Score ScoreShift(const Shift& shift);

} // namespace moments
