// Static analysis of an encounter's dialogue graph: which outcomes can be
// reached by some sequence of choices (ignoring time), and whether its beats
// loop. Each beat and response is visited once, carrying the set of totals
// that can still follow as a bit set (a few machine words for a real
// conversation), so the cost grows with the size of the graph, never with the
// number of paths through it. Used by the venue loader (cycles), the linter
// and the content tests.
#pragma once
#include "venue.h"

#include <array>
#include <vector>

namespace moments {

// Indexed by Outcome: true if some sequence of choices from the first beat
// ends that way. A response that would close a cycle is not followed (the
// venue loader refuses cycles, so loaded venues have none).
std::array<bool, 3> ReachableOutcomes(const Venue& venue, const Encounter& encounter);

// A loop among the beats, as beat indices from the beat where it starts back
// to that beat (so the first index is repeated last); empty if the beats
// always lead to "end". The loop found first from the first beat is returned.
std::vector<int> FindBeatCycle(const Encounter& encounter);

// Which beats the first beat leads to (itself included), by index.
std::vector<bool> ReachableBeats(const Encounter& encounter);

} // namespace moments
