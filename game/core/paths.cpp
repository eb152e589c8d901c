#include "paths.h"

namespace moments {

namespace {

void Walk(const Venue& v, const Encounter& e, int beat, int satisfaction, int depth, std::array<bool, 3>& found) {
    if (depth > kMaxPathDepth) return;
    for (const Response& r : e.Beats[static_cast<size_t>(beat)].Responses) {
        const int total = satisfaction + r.Satisfaction;
        if (r.Next == kEndBeat) found[static_cast<size_t>(Classify(total, e.Expects, v.MagicMargin))] = true;
        else Walk(v, e, r.Next, total, depth + 1, found);
    }
}

} // namespace

std::array<bool, 3> ReachableOutcomes(const Venue& venue, const Encounter& encounter) {
    std::array<bool, 3> found{};
    if (!encounter.Beats.empty()) Walk(venue, encounter, 0, StartingSatisfaction(encounter.Arrival), 0, found);
    return found;
}

} // namespace moments
