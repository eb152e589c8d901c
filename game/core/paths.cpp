#include "paths.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace moments {

namespace {

// [SECTION] Depth-first walk over beats --------------------------------------------

enum class Visit : uint8_t { Unseen, Open, Done };

struct Walk {
    std::vector<int> PostOrder; // each beat after every beat its responses lead to
    std::vector<int> Cycle;     // the first loop met, closed (first beat repeated), or empty
    std::vector<Visit> State;   // Done for every beat the walk reached
};

bool IsBeat(const Encounter& e, int next) { return next >= 0 && static_cast<size_t>(next) < e.Beats.size(); }

// Iterative (a 10,000-beat chain must not overflow the stack); each response is followed once.
Walk Explore(const Encounter& e, bool from_every_beat) {
    const size_t count = e.Beats.size();
    Walk w;
    w.State.assign(count, Visit::Unseen);
    std::vector<std::pair<int, size_t>> stack; // beat, next response to follow
    for (size_t root = 0; root < (from_every_beat ? count : std::min<size_t>(count, 1)); ++root) {
        if (w.State[root] != Visit::Unseen) continue;
        w.State[root] = Visit::Open;
        stack.push_back({static_cast<int>(root), 0});
        while (!stack.empty()) {
            const int beat = stack.back().first;
            const std::vector<Response>& responses = e.Beats[static_cast<size_t>(beat)].Responses;
            if (stack.back().second == responses.size()) {
                w.State[static_cast<size_t>(beat)] = Visit::Done;
                w.PostOrder.push_back(beat);
                stack.pop_back();
                continue;
            }
            const int next = responses[stack.back().second++].Next;
            if (!IsBeat(e, next)) continue;
            const Visit seen = w.State[static_cast<size_t>(next)];
            if (seen == Visit::Open && w.Cycle.empty()) {
                const auto from = std::find_if(stack.begin(), stack.end(), [&](const auto& frame) { return frame.first == next; });
                for (auto it = from; it != stack.end(); ++it) w.Cycle.push_back(it->first);
                w.Cycle.push_back(next);
            } else if (seen == Visit::Unseen) {
                w.State[static_cast<size_t>(next)] = Visit::Open;
                stack.push_back({next, 0});
            }
        }
    }
    return w;
}

// [SECTION] Sets of satisfaction totals ----------------------------------------------

// The totals that some path from a beat to "end" adds up to: bit i means Low + i.
struct Totals {
    int Low = 0, High = -1;     // the lowest and highest total; High < Low: no path from here ends
    std::vector<uint64_t> Bits; // (High - Low) / 64 + 1 words
    bool Has(int total) const {
        const int i = total - Low;
        return total >= Low && total <= High && ((Bits[static_cast<size_t>(i) / 64] >> (i % 64)) & 1u);
    }
};

// ORs `from`, moved up by `shift`, into `into` (whose range already covers it).
void AddShifted(Totals& into, const Totals& from, int shift) {
    const int offset = from.Low + shift - into.Low;
    const size_t words = static_cast<size_t>(offset) / 64, bits = static_cast<size_t>(offset) % 64;
    for (size_t i = 0; i < from.Bits.size(); ++i) {
        into.Bits[i + words] |= from.Bits[i] << bits;
        if (bits != 0 && i + words + 1 < into.Bits.size()) into.Bits[i + words + 1] |= from.Bits[i] >> (64 - bits);
    }
}

// A beat's totals from its responses' (already known) totals: one pass for the range, one to fill it.
Totals BeatTotals(const Beat& b, const std::vector<Totals>& known, const std::vector<Visit>& state, const Encounter& e) {
    static const Totals kEnd{0, 0, {1}};
    auto after = [&](const Response& r) -> const Totals* {
        if (r.Next == kEndBeat) return &kEnd;
        if (!IsBeat(e, r.Next) || state[static_cast<size_t>(r.Next)] != Visit::Done) return nullptr;
        const Totals& t = known[static_cast<size_t>(r.Next)];
        return t.High < t.Low ? nullptr : &t;
    };
    int low = std::numeric_limits<int>::max(), high = std::numeric_limits<int>::min();
    for (const Response& r : b.Responses)
        if (const Totals* t = after(r)) low = std::min(low, t->Low + r.Satisfaction), high = std::max(high, t->High + r.Satisfaction);
    Totals out;
    if (low > high) return out;
    out.Low = low;
    out.High = high;
    out.Bits.assign(static_cast<size_t>(high - low) / 64 + 1, 0);
    for (const Response& r : b.Responses)
        if (const Totals* t = after(r)) AddShifted(out, *t, r.Satisfaction);
    return out;
}

} // namespace

// [SECTION] Queries --------------------------------------------------------------------

std::array<bool, 3> ReachableOutcomes(const Venue& venue, const Encounter& encounter) {
    std::array<bool, 3> found{};
    if (encounter.Beats.empty()) return found;
    const Walk w = Explore(encounter, false);
    std::vector<Totals> totals(encounter.Beats.size());
    // Post-order, but a beat counts as known only once finished, so a loop's closing response is skipped.
    std::vector<Visit> finished(encounter.Beats.size(), Visit::Unseen);
    for (int beat : w.PostOrder) {
        totals[static_cast<size_t>(beat)] = BeatTotals(encounter.Beats[static_cast<size_t>(beat)], totals, finished, encounter);
        finished[static_cast<size_t>(beat)] = Visit::Done;
    }
    const Totals& first = totals[0];
    const int start = StartingSatisfaction(encounter.Arrival);
    for (int total = first.Low; total <= first.High; ++total)
        if (first.Has(total)) found[static_cast<size_t>(Classify(start + total, encounter.Expects, venue.MagicMargin))] = true;
    return found;
}

std::vector<int> FindBeatCycle(const Encounter& encounter) { return Explore(encounter, true).Cycle; }

std::vector<bool> ReachableBeats(const Encounter& encounter) {
    const Walk w = Explore(encounter, false);
    std::vector<bool> reached(encounter.Beats.size());
    for (size_t b = 0; b < reached.size(); ++b) reached[b] = w.State[b] == Visit::Done;
    return reached;
}

} // namespace moments
