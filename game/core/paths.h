// Static analysis of an encounter's dialogue graph: which outcomes can be
// reached by some sequence of choices (ignoring time), whether its beats
// loop, and which response opens the path with the best end result. Each beat and response is visited once, carrying the set of totals
// that can still follow as a bit set (a few machine words for a real
// conversation), so the cost grows with the size of the graph, never with the
// number of paths through it. Used by the venue loader (cycles), the linter
// and the content tests.
#pragma once
#include "venue.h"

#include <array>
#include <limits>
#include <memory>
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

// [SECTION] The best path ------------------------------------------------------------
// "Best" is the end result of the whole rest of the encounter, not the step that
// pleases most now. Each beat keeps the few ways its rest can go that some
// customer could prefer (more satisfaction, fewer seconds, less money, fewer
// rules broken, no broken promise), at most 16 (the shipped venues need 8), so
// one pass over the graph, linear in its answers, serves every beat; then a
// decision weighs only its own beat's ways. Figures: `moments-lint --bench`
// (the tells judge every beat) and `moments-sim --bench` (the best bot).

constexpr int kNoDeadline = std::numeric_limits<int>::max();

// Where the customer at the counter stands when a decision opens.
struct Standing {
    int Satisfaction = 0;
    int ExchangeSeconds = 0;  // at the counter so far
    int ExchangeDrains = 0;   // already lost to a long exchange
    int BudgetLeft = 0;       // of the shift's budget (negative once overspent)
    int PromiseSlackTicks = kNoDeadline; // until the earliest open promise made to this customer falls due
    Expectation Expects = Expectation::Standard;
    bool Returning = false;
    bool operator==(const Standing&) const = default;
};

// The end result of a path through the rest of an encounter.
struct PathValue {
    bool Ends = false;        // some path from this choice reaches the end at all
    int RulesBroken = 0;      // rules bent that protect the customer (BreaksProtectiveRule)
    Outcome Result = Outcome::Misery; // a promise that falls due before the customer leaves makes it misery
    bool WithinBudget = true; // spends no more than the shift has left
    int Satisfaction = 0;     // at the end
    int Cost = 0, Seconds = 0;
};

// True if `a` is the better end result: one that ends, then fewer protective
// rules broken, a better outcome, within budget, then happier, cheaper, quicker.
bool IsBetter(const PathValue& a, const PathValue& b);

// What the rest of a path adds from a beat on.
struct Tail {
    int Satisfaction = 0, Seconds = 0, Cost = 0, Rules = 0;
    bool PromiseBroken = false; // a promise made on it falls due before the customer leaves
};

// From each beat, the ways the rest can go that some customer could prefer,
// for a returning regular or not: mapped once, then any standing is judged on it.
struct Ways {
    bool Returning = false;
    std::vector<std::vector<Tail>> From; // per beat
    std::vector<std::vector<std::vector<Tail>>> Through; // per beat and response: the ways on once it is chosen, its own step
                                                         // included; filled only for ways kept and judged again and again (MappedWaysOf)
    std::vector<bool> Known;             // false for a beat only a loop leads back to (never in a loaded venue)
};
Ways MapWays(const Encounter& encounter, bool returning);

// The venue's encounter `encounter` mapped for a returning regular or not:
// mapped on first use and kept in venue.MappedWays, so a shift pays for it once per venue.
std::shared_ptr<const Ways> MappedWaysOf(const Venue& venue, int encounter, bool returning);

struct BestPath {
    int Response = -1;             // the first step of the best path; -1 if no response leads to the end
    std::vector<PathValue> Values; // per response of the beat, the best end result it leads to
};

// The best path from beat `beat` for a customer standing as `at`, on the
// encounter's ways (mapped for at.Returning), or mapping them first.
BestPath BestPathFrom(const Venue& venue, const Encounter& encounter, const Ways& ways, int beat, const Standing& at);
BestPath BestPathFrom(const Venue& venue, const Encounter& encounter, int beat, const Standing& at);

// Per beat, the response that opens the best path, the beat judged as reached
// by a fresh customer (as on a first visit) the way there that ends best; -1
// where two responses tie or none ends. The linter's "best answer".
std::vector<int> BestResponses(const Venue& venue, const Encounter& encounter);

// A response that bends a rule in a beat where another response holds the line
// (hold_line marks the rule as one that protects the customer).
bool BreaksProtectiveRule(const Beat& beat, const Response& response);

} // namespace moments
