#include "shift.h"

#include <algorithm>
#include <cstdlib>

namespace moments {

namespace {

// [SECTION] Tempers --------------------------------------------------------------
// How each kind of customer experiences time, in game seconds.

struct Temperament {
    int DecisionSeconds;  // per decision before patience drains (GAME.md: ~15 s)
    int QueueGrace;       // waiting in line this long costs nothing
    int QueueInterval;    // then -1 this often, up to kMaxQueueDrains
    int ExchangeTolerance; // time at the counter before a long exchange starts to grate
};

Temperament TemperOf(Patience p) {
    switch (p) {
    case Patience::Hurried: return {10, 45, 45, 50};
    case Patience::Normal: return {15, 90, 60, 120};
    case Patience::Relaxed: return {20, 150, 90, 240};
    }
    return {15, 90, 60, 120};
}

Customer& Current(Shift& s) { return s.Customers[static_cast<size_t>(s.Current)]; }
const Encounter& EncounterOf(const Shift& s, const Customer& c) {
    return s.Place->Encounters[static_cast<size_t>(c.Encounter)];
}
Temperament TemperOf(const Shift& s, const Customer& c) { return TemperOf(EncounterOf(s, c).Temper); }

void Emit(Shift& s, Event e) {
    e.Tick = s.Tick;
    s.Events.push_back(e);
}

Event Ev(EventKind kind, int customer) {
    Event e;
    e.Kind = kind;
    e.Customer = customer;
    return e;
}

// [SECTION] Drains -------------------------------------------------------------
// Each drain is computed from elapsed time, so advancing by many ticks at once
// gives exactly what advancing one tick at a time would.

// How many drains are due after `elapsed` ticks of an open decision.
int DecisionDrainsDue(int elapsed, int decision_ticks) {
    if (decision_ticks <= 0 || elapsed < decision_ticks) return 0;
    const int due = 1 + (elapsed - decision_ticks) / (kDrainIntervalSeconds * kTicksPerSecond);
    return std::min(due, kMaxDrainsPerDecision);
}

int QueueDrainsDue(const Temperament& t, int waited_ticks) {
    const int waited = WholeSeconds(waited_ticks);
    if (waited < t.QueueGrace) return 0;
    return std::min(kMaxQueueDrains, 1 + (waited - t.QueueGrace) / t.QueueInterval);
}

void SettleDecision(Shift& s) {
    const int due = DecisionDrainsDue(s.Tick - s.DecisionStartTick, DecisionTicks(s));
    for (; s.DrainsThisDecision < due; ++s.DrainsThisDecision) {
        Current(s).Satisfaction -= 1;
        Emit(s, Ev(EventKind::PatienceDrained, s.Current));
    }
}

// Everyone who has arrived and waits behind the counter loses patience in line.
void SettleQueue(Shift& s) {
    for (int i = s.Current + 1; i < static_cast<int>(s.Customers.size()); ++i) {
        Customer& c = s.Customers[static_cast<size_t>(i)];
        if (c.ArrivalTick > s.Tick) break;
        const int due = QueueDrainsDue(TemperOf(s, c), s.Tick - c.ArrivalTick);
        for (; c.QueueDrains < due; ++c.QueueDrains) {
            c.Satisfaction -= 1;
            Emit(s, Ev(EventKind::QueueDrained, i));
        }
    }
}

// A promise is broken after the fact: that customer's moment becomes misery.
void BreakPromise(Shift& s, PromiseState& p) {
    p.Broken = true;
    Customer& c = s.Customers[static_cast<size_t>(p.Customer)];
    Event e = Ev(EventKind::PromiseBroken, p.Customer);
    e.Arg = static_cast<int>(&p - s.Promises.data());
    e.Result = Outcome::Misery;
    if (c.Done && c.Result != Outcome::Misery) {
        const int misery_reach = s.Place->Reach.For(Outcome::Misery);
        e.Reach = misery_reach - c.Reach;
        s.Reputation += e.Reach;
        s.Outcomes[static_cast<size_t>(c.Result)] -= 1;
        s.Outcomes[static_cast<size_t>(Outcome::Misery)] += 1;
        c.Result = Outcome::Misery;
        c.Reach = misery_reach;
    }
    Emit(s, e);
}

void SettlePromises(Shift& s) {
    for (PromiseState& p : s.Promises)
        if (!p.Kept && !p.Broken && s.Tick >= p.DeadlineTick) BreakPromise(s, p);
}

// Brings everything time-driven up to the current tick.
void Settle(Shift& s) {
    if (s.Now == Phase::Serving) SettleDecision(s);
    SettleQueue(s);
    SettlePromises(s);
}

// [SECTION] Flow -----------------------------------------------------------------

// Opens a fresh decision: the patience timer starts now and any hint goes away.
void OpenDecision(Shift& s) {
    s.DecisionStartTick = s.Tick;
    s.DrainsThisDecision = 0;
    s.HintShown = false;
}

// Brings the next customer to the counter (skipping idle time until they
// arrive), or ends the day, breaking the promises nobody kept.
void CallNext(Shift& s) {
    if (s.Current >= static_cast<int>(s.Customers.size())) {
        for (PromiseState& p : s.Promises)
            if (!p.Kept && !p.Broken) BreakPromise(s, p);
        s.Now = Phase::Ended;
        Emit(s, Ev(EventKind::ShiftEnded, -1));
        return;
    }
    s.Tick = std::max(s.Tick, Current(s).ArrivalTick);
    s.Now = Phase::Serving;
    OpenDecision(s);
}

bool HasBrokenPromise(const Shift& s, int customer) {
    return std::any_of(s.Promises.begin(), s.Promises.end(),
                       [&](const PromiseState& p) { return p.Customer == customer && p.Broken; });
}

// Ends the current encounter: classify it and let word of mouth travel.
void Resolve(Shift& s) {
    Customer& c = Current(s);
    c.Done = true;
    c.Result = HasBrokenPromise(s, s.Current) ? Outcome::Misery : Classify(c.Satisfaction, c.Expects, s.Place->MagicMargin);
    c.Reach = s.Place->Reach.For(c.Result);
    s.Reputation += c.Reach;
    s.Outcomes[static_cast<size_t>(c.Result)] += 1;
    s.Now = Phase::Resolved;
    Event e = Ev(EventKind::EncounterResolved, s.Current);
    e.Result = c.Result;
    e.Reach = c.Reach;
    Emit(s, e);
}

// Where the customer at the counter stands, for the search of the best path.
Standing StandingOf(const Shift& s, const Customer& c) {
    Standing at;
    at.Satisfaction = c.Satisfaction;
    at.ExchangeSeconds = c.ExchangeSeconds;
    at.ExchangeDrains = c.ExchangeDrains;
    at.BudgetLeft = s.Place->Budget - s.Spent;
    at.Expects = c.Expects;
    at.Returning = c.Returning;
    for (const PromiseState& p : s.Promises)
        if (p.Customer == s.Current && !p.Kept && !p.Broken) at.PromiseSlackTicks = std::min(at.PromiseSlackTicks, p.DeadlineTick - s.Tick);
    return at;
}

// The best path from the open decision of the customer at the counter, judged
// once: the search depends only on the customer, the beat and where they stand.
const BestPath& BestPathNow(const Shift& s) {
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    const Standing at = StandingOf(s, c);
    JudgedDecision& last = s.LastJudged;
    if (last.Customer != s.Current || last.Beat != c.Beat || !(last.At == at))
        last = {s.Current, c.Beat, at, BestPathFrom(*s.Place, EncounterOf(s, c), *s.WaysOf[static_cast<size_t>(s.Current)], c.Beat, at)};
    return last.Path;
}

// How a choice compares with the best path open when it was made.
Verdict JudgeChoice(const BestPath& best, const Beat& beat, int chosen) {
    if (best.Response < 0) return Verdict::Best;
    const PathValue& mine = best.Values[static_cast<size_t>(chosen)];
    const PathValue& top = best.Values[static_cast<size_t>(best.Response)];
    if (!IsBetter(top, mine)) return Verdict::Best; // as good as the best: a tie
    const Response& said = beat.Responses[static_cast<size_t>(chosen)];
    const bool hurt = said.Satisfaction < 0 || !mine.Ends || mine.RulesBroken > top.RulesBroken || mine.Result < top.Result ||
                      (top.WithinBudget && !mine.WithinBudget);
    return hurt ? Verdict::Harmful : Verdict::Fair;
}

// [SECTION] Commands -------------------------------------------------------------

bool ApplyChoose(Shift& s, int index) {
    if (s.Now != Phase::Serving) return false;
    Customer& c = Current(s);
    const Beat& beat = EncounterOf(s, c).Beats[static_cast<size_t>(c.Beat)];
    if (index < 0 || index >= static_cast<int>(beat.Responses.size())) return false;
    const Response& r = beat.Responses[static_cast<size_t>(index)];
    const int latency = s.Tick - s.DecisionStartTick;
    const BestPath& best = BestPathNow(s); // read before anything below moves the shift on
    const int best_index = best.Response < 0 ? index : best.Response; // no way on ends (never in a loaded venue): nothing was better
    c.Path.push_back({c.Beat, index, latency, best_index, JudgeChoice(best, beat, index)});
    Event chosen = Ev(EventKind::ChoiceMade, s.Current);
    chosen.Beat = c.Beat;
    chosen.Response = index;
    chosen.LatencyTicks = latency;
    Emit(s, chosen);

    c.Satisfaction += ResponseEffect(EncounterOf(s, c), c.Returning, r);
    s.Spent += r.Cost;
    c.ExchangeSeconds += r.Seconds;
    const int exchange_due = ExchangeDrains(EncounterOf(s, c).Temper, c.ExchangeSeconds);
    c.Satisfaction -= exchange_due - c.ExchangeDrains;
    c.ExchangeDrains = exchange_due;
    if (r.RevealsNeed && !c.NeedFound) {
        c.NeedFound = true;
        Emit(s, Ev(EventKind::NeedRevealed, s.Current));
    }
    if (r.Pledge) {
        s.Promises.push_back({s.Current, &*r.Pledge, s.Tick + r.Pledge->DeadlineSeconds * kTicksPerSecond});
        Event made = Ev(EventKind::PromiseMade, s.Current);
        made.Arg = static_cast<int>(s.Promises.size()) - 1;
        Emit(s, made);
    }

    s.Tick += r.Seconds * kTicksPerSecond; // the exchange takes game time
    if (r.Next == kEndBeat) {
        Resolve(s);
    } else {
        c.Beat = r.Next;
        OpenDecision(s);
    }
    Settle(s);
    return true;
}

bool ApplyNext(Shift& s) {
    if (s.Now != Phase::Resolved) return false;
    s.Current += 1;
    CallNext(s);
    return true;
}

bool ApplyKeepPromise(Shift& s, int index) {
    if (!CanKeepPromise(s, index)) return false;
    PromiseState& p = s.Promises[static_cast<size_t>(index)];
    p.Kept = true;
    Event kept = Ev(EventKind::PromiseKept, p.Customer);
    kept.Arg = index;
    Emit(s, kept);
    s.Tick += kKeepPromiseSeconds * kTicksPerSecond; // the follow-up call takes time
    Settle(s);
    return true;
}

bool ApplyHint(Shift& s) {
    if (s.Now != Phase::Serving || s.Options.Play != Mode::Training || s.HintShown) return false;
    s.HintShown = true;
    Current(s).HintUsed = true;
    return true;
}

// FNV-1a over 64-bit words: simple, portable, good enough for golden tests.
struct Hasher {
    uint64_t H = 1469598103934665603ull;
    void Add(int64_t value) {
        const auto v = static_cast<uint64_t>(value);
        for (int i = 0; i < 8; ++i) {
            H ^= (v >> (8 * i)) & 0xFF;
            H *= 1099511628211ull;
        }
    }
};

} // namespace

// [SECTION] Public operations -----------------------------------------------------

// The game and the search of the best path add the same circumstances to an answer's face value.
int ResponseEffect(const Encounter& e, bool returning, const Response& r) {
    int effect = r.Satisfaction;
    // Over-service costs a hurried customer more than it costs anyone else.
    if (e.Temper == Patience::Hurried && r.Tags.Any(IsOverService)) effect -= 1;
    // A returning regular expects more, and being recognised is what amazes them.
    if (returning && r.Tags.Any(IsMagicBehaviour)) effect += 1;
    return effect;
}

// Each kExchangeStepSeconds (or part) over the temper's tolerance costs 1.
int ExchangeDrains(Patience temper, int seconds) {
    const int over = seconds - TemperOf(temper).ExchangeTolerance;
    return over <= 0 ? 0 : (over + kExchangeStepSeconds - 1) / kExchangeStepSeconds;
}

// Lays out the plan's customers with arrival times jittered by the seed.
Shift StartShift(const Venue& venue, const ShiftPlan& plan, uint64_t seed, Settings options) {
    Shift s;
    s.Place = &venue;
    s.Plan = plan;
    s.Seed = seed;
    s.Options = options;
    s.Random.State = seed;
    const int gap = plan.ArrivalGapSeconds * kTicksPerSecond;
    int arrival = 0;
    for (size_t i = 0; i < plan.Encounters.size(); ++i) {
        const Encounter& e = venue.Encounters[static_cast<size_t>(plan.Encounters[i])];
        Customer c;
        c.Encounter = plan.Encounters[i];
        c.Returning = i < plan.Returning.size() && plan.Returning[i];
        c.Expects = c.Returning ? static_cast<Expectation>(std::min(3, static_cast<int>(e.Expects) + 1)) : e.Expects;
        c.ArrivalTick = arrival;
        c.Satisfaction = StartingSatisfaction(e.Arrival);
        s.Customers.push_back(c);
        s.WaysOf.push_back(MappedWaysOf(venue, c.Encounter, c.Returning));
        arrival += gap + s.Random.Between(-gap / 4, gap / 4);
    }
    CallNext(s);
    return s;
}

void Advance(Shift& s, int ticks) {
    if (s.Now != Phase::Serving || ticks <= 0) return;
    s.Tick += ticks;
    Settle(s);
}

bool Apply(Shift& s, Command cmd) {
    cmd.Tick = s.Tick;
    bool accepted = false;
    switch (cmd.Kind) {
    case CommandKind::Choose: accepted = ApplyChoose(s, cmd.Arg); break;
    case CommandKind::Next: accepted = ApplyNext(s); break;
    case CommandKind::KeepPromise: accepted = ApplyKeepPromise(s, cmd.Arg); break;
    case CommandKind::Hint: accepted = ApplyHint(s); break;
    }
    if (accepted) s.Log.push_back(cmd);
    return accepted;
}

std::vector<Event> DrainEvents(Shift& s) {
    std::vector<Event> out;
    out.swap(s.Events);
    return out;
}

// Hurried customers give less time; relaxed settings double it; off disables it.
int DecisionTicks(const Shift& s) {
    if (s.Options.Timer == TimerMode::Off || s.Now != Phase::Serving) return 0;
    int seconds = TemperOf(s, s.Customers[static_cast<size_t>(s.Current)]).DecisionSeconds;
    if (s.Options.Timer == TimerMode::Relaxed) seconds *= 2;
    return seconds * kTicksPerSecond;
}

uint64_t StateHash(const Shift& s) {
    Hasher h;
    h.Add(static_cast<int64_t>(s.Seed));
    for (int v : {s.Tick, static_cast<int>(s.Now), s.Current, s.Reputation, s.Spent}) h.Add(v);
    for (const Customer& c : s.Customers) {
        for (int v : {c.Encounter, c.Satisfaction, c.ArrivalTick, c.QueueDrains, c.ExchangeDrains,
                      static_cast<int>(c.Expects), c.Done ? 1 + static_cast<int>(c.Result) : 0, c.NeedFound ? 1 : 0})
            h.Add(v);
        for (const Step& st : c.Path)
            for (int v : {st.Beat, st.Response, st.LatencyTicks}) h.Add(v);
    }
    for (const PromiseState& p : s.Promises)
        for (int v : {p.Customer, p.DeadlineTick, p.Kept ? 1 : 0, p.Broken ? 1 : 0}) h.Add(v);
    return h.H;
}

// [SECTION] Views --------------------------------------------------------------------

int MoodStep(const Shift& s, const Customer& c) {
    const int level = ExpectationLevel(c.Expects);
    if (c.Satisfaction < level - 3) return 0;
    if (c.Satisfaction < level - 1) return 1;
    if (c.Satisfaction < level + 1) return 2; // a calm customer arrives looking neutral
    if (c.Satisfaction < level + s.Place->MagicMargin) return 3;
    return 4;
}

const Encounter* CurrentEncounter(const Shift& s) {
    if (s.Now == Phase::Ended) return nullptr;
    return &EncounterOf(s, s.Customers[static_cast<size_t>(s.Current)]);
}

const Beat* CurrentBeat(const Shift& s) {
    if (s.Now != Phase::Serving) return nullptr;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    return &EncounterOf(s, c).Beats[static_cast<size_t>(c.Beat)];
}

int DecisionTicksLeft(const Shift& s) {
    const int total = DecisionTicks(s);
    if (total == 0) return 0;
    return std::max(0, total - (s.Tick - s.DecisionStartTick));
}

std::vector<int> ReputationTrail(const Shift& s) {
    std::vector<int> trail;
    int reputation = 0;
    for (const Customer& c : s.Customers)
        if (c.Done) trail.push_back(reputation += c.Reach);
    return trail;
}

bool Waiting(const Shift& s, int customer) {
    return customer > s.Current && customer < static_cast<int>(s.Customers.size()) && s.Customers[static_cast<size_t>(customer)].ArrivalTick <= s.Tick;
}

std::vector<int> WaitingCustomers(const Shift& s) {
    std::vector<int> out;
    for (int i = s.Current + 1; i < static_cast<int>(s.Customers.size()); ++i)
        if (Waiting(s, i)) out.push_back(i);
    return out;
}

float QueuePatience(const Shift& s, const Customer& c) {
    const Temperament t = TemperOf(s, c);
    if (c.QueueDrains >= kMaxQueueDrains) return 0.0f;
    const int waited = WholeSeconds(s.Tick - c.ArrivalTick);
    const int next_drain_at = t.QueueGrace + c.QueueDrains * t.QueueInterval;
    const int span = c.QueueDrains == 0 ? t.QueueGrace : t.QueueInterval;
    return std::clamp(static_cast<float>(next_drain_at - waited) / static_cast<float>(span), 0.0f, 1.0f);
}

// A permutation drawn from the shift's seed, the customer and the beat alone
// (not the shift's running Rng), so it is the same on every resume and replay.
std::vector<int> ResponseOrder(const Shift& s) {
    const Beat* beat = CurrentBeat(s);
    if (!beat) return {};
    std::vector<int> order(beat->Responses.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    Rng rng{s.Seed ^ (0x0D3Bull * static_cast<uint64_t>(s.Current + 1)) ^ (0xB3A7ull << 20) * static_cast<uint64_t>(c.Beat + 1)};
    rng.Shuffle(order);
    return order;
}

int BestResponse(const Shift& s) { return s.Now == Phase::Serving ? BestPathNow(s).Response : -1; }

std::optional<Tag> HintPrinciple(const Shift& s) {
    const Beat* beat = CurrentBeat(s);
    if (!beat) return std::nullopt;
    const TagSet tags = beat->Responses[static_cast<size_t>(BestResponse(s))].Tags;
    for (int t = 0; t < kTagCount; ++t)
        if (IsMagicBehaviour(static_cast<Tag>(t)) && tags.Has(static_cast<Tag>(t))) return static_cast<Tag>(t);
    return std::nullopt;
}

int HintsUsed(const Shift& s) {
    return static_cast<int>(std::count_if(s.Customers.begin(), s.Customers.end(), [](const Customer& c) { return c.HintUsed; }));
}

// A promise can be kept once the encounter that made it is over: the feedback
// card counts, as does any moment serving someone else.
bool CanKeepPromise(const Shift& s, int index) {
    if (index < 0 || index >= static_cast<int>(s.Promises.size())) return false;
    const PromiseState& p = s.Promises[static_cast<size_t>(index)];
    if (p.Kept || p.Broken) return false;
    if (s.Now == Phase::Resolved) return true;
    return s.Now == Phase::Serving && p.Customer != s.Current;
}

} // namespace moments
