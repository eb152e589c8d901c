#include "paths.h"

#include "shift.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <tuple>

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


// [SECTION] Ways the rest of an encounter can go ------------------------------------------

constexpr size_t kMaxWays = 16; // ways kept per beat: exact up to here (shipped venues need at most 8)

// True if every customer would end at least as well on `a` as on `b`.
bool Dominates(const Tail& a, const Tail& b) {
    return a.Rules <= b.Rules && (!a.PromiseBroken || b.PromiseBroken) && a.Cost <= b.Cost && a.Seconds <= b.Seconds && a.Satisfaction >= b.Satisfaction;
}

// Keeps, among tails alike in rules, promises and money, only those no slower
// tail beats on satisfaction: nobody could prefer the others; then every tail
// another one dominates outright. Past kMaxWays (only
// in long machine-made chains, where every length of path is a way of its
// own) the search keeps the most satisfying ways free of broken rules and
// promises, so a beat costs at most kMaxWays × its answers: linear in the graph.
void Prune(std::vector<Tail>& front) {
    std::sort(front.begin(), front.end(), [](const Tail& a, const Tail& b) {
        return std::tie(a.Rules, a.PromiseBroken, a.Cost, a.Seconds, b.Satisfaction) <
               std::tie(b.Rules, b.PromiseBroken, b.Cost, b.Seconds, a.Satisfaction);
    });
    size_t kept = 0;
    for (const Tail& t : front) {
        const Tail* last = kept ? &front[kept - 1] : nullptr;
        const bool alike = last && last->Rules == t.Rules && last->PromiseBroken == t.PromiseBroken && last->Cost == t.Cost;
        if (!alike || t.Satisfaction > last->Satisfaction) front[kept++] = t;
    }
    front.resize(kept);
    if (front.size() > kMaxWays) {
        std::nth_element(front.begin(), front.begin() + kMaxWays, front.end(), [](const Tail& a, const Tail& b) {
            return std::tuple(a.Rules, a.PromiseBroken, -a.Satisfaction, a.Cost, a.Seconds) < std::tuple(b.Rules, b.PromiseBroken, -b.Satisfaction, b.Cost, b.Seconds);
        });
        front.resize(kMaxWays);
    }
    std::vector<Tail> undominated;
    for (size_t i = 0; i < front.size(); ++i) {
        const auto beats_it = [&](size_t j) { return j != i && Dominates(front[j], front[i]) && (j < i || !Dominates(front[i], front[j])); };
        bool dominated = false;
        for (size_t j = 0; j < front.size() && !dominated; ++j) dominated = beats_it(j);
        if (!dominated) undominated.push_back(front[i]);
    }
    front.swap(undominated);
}

// Calls `visit` with each tail that choosing `r` in beat `b` opens.
template <typename Visit>
void ForEachTail(const Encounter& e, const Beat& b, const Response& r, const Ways& ways, Visit visit) {
    static const std::vector<Tail> kEnd{Tail{}};
    const std::vector<Tail>* after = r.Next == kEndBeat ? &kEnd : nullptr;
    if (IsBeat(e, r.Next) && ways.Known[static_cast<size_t>(r.Next)]) after = &ways.From[static_cast<size_t>(r.Next)];
    if (!after) return;
    const int effect = ResponseEffect(e, ways.Returning, r), rules = BreaksProtectiveRule(b, r) ? 1 : 0;
    for (const Tail& t : *after) {
        const bool late = r.Pledge && r.Seconds + t.Seconds >= r.Pledge->DeadlineSeconds;
        visit(Tail{t.Satisfaction + effect, t.Seconds + r.Seconds, t.Cost + r.Cost, t.Rules + rules, t.PromiseBroken || late});
    }
}

// Calls `visit` with each tail that choosing response `i` of beat `beat` opens:
// read from ways.Through when mapped there, else worked out now (a beat judged once).
template <typename Visit>
void ForEachTailThrough(const Encounter& e, int beat, size_t i, const Ways& ways, Visit visit) {
    const size_t at = static_cast<size_t>(beat);
    if (ways.Through.empty()) return ForEachTail(e, e.Beats[at], e.Beats[at].Responses[i], ways, visit);
    for (const Tail& t : ways.Through[at][i]) visit(t);
}

// The end result of a tail for a customer standing as `at`.
PathValue Evaluate(const Venue& v, const Encounter& e, const Standing& at, const Tail& t) {
    PathValue value;
    value.Ends = true;
    value.RulesBroken = t.Rules;
    value.Satisfaction = at.Satisfaction + t.Satisfaction - (ExchangeDrains(e.Temper, at.ExchangeSeconds + t.Seconds) - at.ExchangeDrains);
    const bool promise_broken = t.PromiseBroken || static_cast<long long>(t.Seconds) * kTicksPerSecond >= at.PromiseSlackTicks;
    value.Result = promise_broken ? Outcome::Misery : Classify(value.Satisfaction, at.Expects, v.MagicMargin);
    value.WithinBudget = t.Cost == 0 || t.Cost <= at.BudgetLeft;
    value.Cost = t.Cost;
    value.Seconds = t.Seconds;
    return value;
}

// Per response of beat `beat`, the best end result it leads to, and the best of them.
BestPath Judge(const Venue& v, const Encounter& e, int beat, const Standing& at, const Ways& ways) {
    BestPath best;
    const Beat& b = e.Beats[static_cast<size_t>(beat)];
    best.Values.reserve(b.Responses.size());
    for (size_t i = 0; i < b.Responses.size(); ++i) {
        PathValue value;
        ForEachTailThrough(e, beat, i, ways, [&](const Tail& t) {
            if (const PathValue candidate = Evaluate(v, e, at, t); IsBetter(candidate, value)) value = candidate;
        });
        best.Values.push_back(value);
        if (value.Ends && (best.Response < 0 || IsBetter(value, best.Values[static_cast<size_t>(best.Response)]))) best.Response = static_cast<int>(i);
    }
    return best;
}

// The best end result over a beat's ways for a customer standing as `at`.
PathValue BestValueAt(const Venue& v, const Encounter& e, const Standing& at, const std::vector<Tail>& ways) {
    PathValue best;
    for (const Tail& t : ways)
        if (const PathValue candidate = Evaluate(v, e, at, t); IsBetter(candidate, best)) best = candidate;
    return best;
}

// Where the customer stands after `r`, from `at`.
Standing After(const Encounter& e, const Standing& at, const Response& r) {
    Standing next = at;
    next.Satisfaction += ResponseEffect(e, at.Returning, r);
    next.ExchangeSeconds += r.Seconds;
    next.ExchangeDrains = ExchangeDrains(e.Temper, next.ExchangeSeconds);
    next.Satisfaction -= next.ExchangeDrains - at.ExchangeDrains;
    next.BudgetLeft -= r.Cost;
    const int elapsed = r.Seconds * kTicksPerSecond;
    if (at.PromiseSlackTicks != kNoDeadline) next.PromiseSlackTicks -= elapsed;
    if (r.Pledge) next.PromiseSlackTicks = std::min(next.PromiseSlackTicks, r.Pledge->DeadlineSeconds * kTicksPerSecond - elapsed);
    return next;
}

// Between two ways to a beat that end equally well: the happier, richer, quicker one with more time left on its promises.
bool IsKinderWay(const Standing& a, const Standing& b) {
    return std::tuple(a.Satisfaction, a.BudgetLeft, -a.ExchangeSeconds, a.PromiseSlackTicks) >
           std::tuple(b.Satisfaction, b.BudgetLeft, -b.ExchangeSeconds, b.PromiseSlackTicks);
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

// [SECTION] The best path ------------------------------------------------------------

bool BreaksProtectiveRule(const Beat& beat, const Response& response) {
    if (!response.Tags.Has(Tag::BendRule) || response.Tags.Has(Tag::HoldLine)) return false;
    return std::any_of(beat.Responses.begin(), beat.Responses.end(), [](const Response& r) { return r.Tags.Has(Tag::HoldLine); });
}

bool IsBetter(const PathValue& a, const PathValue& b) {
    return std::tuple(a.Ends, -a.RulesBroken, static_cast<int>(a.Result), a.WithinBudget, a.Satisfaction, -a.Cost, -a.Seconds) >
           std::tuple(b.Ends, -b.RulesBroken, static_cast<int>(b.Result), b.WithinBudget, b.Satisfaction, -b.Cost, -b.Seconds);
}

Ways MapWays(const Encounter& encounter, bool returning) {
    Ways ways;
    ways.Returning = returning;
    ways.From.resize(encounter.Beats.size());
    ways.Known.assign(encounter.Beats.size(), false);
    for (int beat : Explore(encounter, true).PostOrder) { // every beat after all it leads to
        const Beat& b = encounter.Beats[static_cast<size_t>(beat)];
        std::vector<Tail>& front = ways.From[static_cast<size_t>(beat)];
        for (const Response& r : b.Responses) ForEachTail(encounter, b, r, ways, [&](const Tail& t) { front.push_back(t); });
        Prune(front);
        ways.Known[static_cast<size_t>(beat)] = true;
    }
    return ways;
}

std::shared_ptr<const Ways> MappedWaysOf(const Venue& venue, int encounter, bool returning) {
    std::vector<std::shared_ptr<const Ways>>& mapped = venue.MappedWays.Of;
    mapped.resize(venue.Encounters.size() * 2);
    std::shared_ptr<const Ways>& ways = mapped[static_cast<size_t>(encounter) * 2 + (returning ? 1 : 0)];
    if (ways) return ways;
    const Encounter& e = venue.Encounters[static_cast<size_t>(encounter)];
    Ways mapped_now = MapWays(e, returning);
    // Every decision of every shift weighs these: what each response opens is worked out once, here.
    std::vector<std::vector<std::vector<Tail>>> through(e.Beats.size());
    for (size_t beat = 0; beat < e.Beats.size(); ++beat)
        for (size_t i = 0; i < e.Beats[beat].Responses.size(); ++i)
            ForEachTailThrough(e, static_cast<int>(beat), i, mapped_now, [&, &to = through[beat].emplace_back()](const Tail& t) { to.push_back(t); });
    mapped_now.Through = std::move(through);
    ways = std::make_shared<const Ways>(std::move(mapped_now));
    return ways;
}

BestPath BestPathFrom(const Venue& venue, const Encounter& encounter, const Ways& ways, int beat, const Standing& at) {
    if (!IsBeat(encounter, beat)) return {};
    return Judge(venue, encounter, beat, at, ways);
}

BestPath BestPathFrom(const Venue& venue, const Encounter& encounter, int beat, const Standing& at) {
    return BestPathFrom(venue, encounter, MapWays(encounter, at.Returning), beat, at);
}

// Beats in an order where each comes after every beat that leads to it; each
// is judged from the way there whose best path ends best.
std::vector<int> BestResponses(const Venue& venue, const Encounter& encounter) {
    const Ways ways = MapWays(encounter, false);
    std::vector<int> order = Explore(encounter, true).PostOrder;
    std::reverse(order.begin(), order.end());
    Standing fresh;
    fresh.Satisfaction = StartingSatisfaction(encounter.Arrival);
    fresh.BudgetLeft = venue.Budget;
    fresh.Expects = encounter.Expects;
    std::vector<Standing> entry(encounter.Beats.size(), fresh);
    std::vector<PathValue> entry_value(encounter.Beats.size());
    std::vector<bool> reached(encounter.Beats.size(), false);
    if (!reached.empty()) reached[0] = true;
    std::vector<int> best(encounter.Beats.size(), -1);
    for (int beat_index : order) {
        const size_t beat = static_cast<size_t>(beat_index);
        const BestPath path = Judge(venue, encounter, beat_index, entry[beat], ways);
        const auto ties = [&](const PathValue& v) { return v.Ends && !IsBetter(path.Values[static_cast<size_t>(path.Response)], v); };
        if (path.Response >= 0 && std::count_if(path.Values.begin(), path.Values.end(), ties) == 1) best[beat] = path.Response;
        if (!reached[beat]) continue;
        for (const Response& r : encounter.Beats[beat].Responses) {
            if (!IsBeat(encounter, r.Next) || !ways.Known[static_cast<size_t>(r.Next)]) continue;
            const size_t next = static_cast<size_t>(r.Next);
            const Standing way = After(encounter, entry[beat], r);
            const PathValue value = BestValueAt(venue, encounter, way, ways.From[next]);
            const bool better = !reached[next] || IsBetter(value, entry_value[next]) ||
                                (!IsBetter(entry_value[next], value) && IsKinderWay(way, entry[next]));
            if (better) entry[next] = way, entry_value[next] = value, reached[next] = true;
        }
    }
    return best;
}

} // namespace moments
