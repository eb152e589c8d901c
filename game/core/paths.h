// Static analysis of an encounter's dialogue graph: which outcomes can be
// reached by some sequence of choices (ignoring time). Used by content tests
// and the linter to prove every encounter can end in magic and in misery.
#pragma once
#include "venue.h"

#include <array>

namespace moments {

constexpr int kMaxPathDepth = 16; // longer (or cyclic) paths are not followed further

// Indexed by Outcome: true if some path from the first beat ends that way.
std::array<bool, 3> ReachableOutcomes(const Venue& venue, const Encounter& encounter);

} // namespace moments
