#include "shift.h"

#include <algorithm>
#include <cstdlib>

namespace moments {

namespace {

// [SECTION] Timing helpers ------------------------------------------------------

// Seconds a customer of this temper gives the player per decision (GAME.md: ~15 s).
int PatienceSeconds(Patience p) {
    switch (p) {
    case Patience::Hurried: return 10;
    case Patience::Normal: return 15;
    case Patience::Relaxed: return 20;
    }
    return 15;
}

// How many drains are due after `elapsed` ticks of an open decision.
int DrainsDue(int elapsed, int decision_ticks) {
    if (decision_ticks <= 0 || elapsed < decision_ticks) return 0;
    const int due = 1 + (elapsed - decision_ticks) / (kDrainIntervalSeconds * kTicksPerSecond);
    return std::min(due, kMaxDrainsPerDecision);
}

Customer& Current(Shift& s) { return s.Customers[static_cast<size_t>(s.Current)]; }
const Encounter& EncounterOf(const Shift& s, const Customer& c) {
    return s.Place->Encounters[static_cast<size_t>(c.Encounter)];
}

void Emit(Shift& s, Event e) {
    e.Tick = s.Tick;
    s.Events.push_back(e);
}

// Opens a fresh decision: the patience timer starts now.
void OpenDecision(Shift& s) {
    s.DecisionStartTick = s.Tick;
    s.DrainsThisDecision = 0;
}

// Brings the next customer to the counter (skipping idle time until they
// arrive), or ends the day.
void CallNext(Shift& s) {
    if (s.Current >= static_cast<int>(s.Customers.size())) {
        s.Now = Phase::Ended;
        Emit(s, {EventKind::ShiftEnded});
        return;
    }
    s.Tick = std::max(s.Tick, Current(s).ArrivalTick);
    s.Now = Phase::Serving;
    OpenDecision(s);
}

// Applies whatever drains the open decision owes at the current tick.
void SettleDrains(Shift& s) {
    const int due = DrainsDue(s.Tick - s.DecisionStartTick, DecisionTicks(s));
    for (; s.DrainsThisDecision < due; ++s.DrainsThisDecision) {
        Current(s).Satisfaction -= 1;
        Emit(s, {EventKind::PatienceDrained, 0, s.Current});
    }
}

// Ends the current encounter: classify it and let word of mouth travel.
void Resolve(Shift& s) {
    Customer& c = Current(s);
    const Encounter& e = EncounterOf(s, c);
    c.Done = true;
    c.Result = Classify(c.Satisfaction, e.Expects, s.Place->MagicMargin);
    c.Reach = s.Place->Reach.For(c.Result);
    s.Reputation += c.Reach;
    s.Outcomes[static_cast<size_t>(c.Result)] += 1;
    s.Now = Phase::Resolved;
    Event ev{EventKind::EncounterResolved, 0, s.Current};
    ev.Result = c.Result;
    ev.Reach = c.Reach;
    Emit(s, ev);
}

// [SECTION] Commands -------------------------------------------------------------

bool ApplyChoose(Shift& s, int index) {
    if (s.Now != Phase::Serving) return false;
    Customer& c = Current(s);
    const Beat& beat = EncounterOf(s, c).Beats[static_cast<size_t>(c.Beat)];
    if (index < 0 || index >= static_cast<int>(beat.Responses.size())) return false;
    const Response& r = beat.Responses[static_cast<size_t>(index)];
    const int latency = s.Tick - s.DecisionStartTick;
    c.Path.push_back({c.Beat, index, latency});
    c.Satisfaction += r.Satisfaction;
    s.Spent += r.Cost;
    Event ev{EventKind::ChoiceMade, 0, s.Current, c.Beat, index, latency};
    Emit(s, ev);
    s.Tick += r.Seconds * kTicksPerSecond; // the exchange takes game time
    if (r.Next == kEndBeat) {
        Resolve(s);
    } else {
        c.Beat = r.Next;
        OpenDecision(s);
    }
    return true;
}

bool ApplyNext(Shift& s) {
    if (s.Now != Phase::Resolved) return false;
    s.Current += 1;
    CallNext(s);
    return true;
}

// FNV-1a over 64-bit words: simple, portable, good enough for golden tests.
struct Hasher {
    uint64_t H = 1469598103934665603ull;
    void Add(uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            H ^= (v >> (8 * i)) & 0xFF;
            H *= 1099511628211ull;
        }
    }
};

} // namespace

// [SECTION] Public operations -----------------------------------------------------

// Lays out the day's customers with arrival times jittered by the seed.
Shift StartShift(const Venue& venue, int day, uint64_t seed, Settings options) {
    Shift s;
    s.Place = &venue;
    s.Day = day;
    s.Seed = seed;
    s.Options = options;
    s.Random.State = seed;
    const Day& plan = venue.Week[static_cast<size_t>(day)];
    const int gap = plan.ArrivalGapSeconds * kTicksPerSecond;
    int arrival = 0;
    for (int index : plan.Encounters) {
        Customer c;
        c.Encounter = index;
        c.ArrivalTick = arrival;
        c.Satisfaction = StartingSatisfaction(venue.Encounters[static_cast<size_t>(index)].Arrival);
        s.Customers.push_back(c);
        arrival += gap + s.Random.Between(-gap / 4, gap / 4);
    }
    CallNext(s);
    return s;
}

// Moves time on while a decision is open; overdue decisions drain patience.
void Advance(Shift& s, int ticks) {
    if (s.Now != Phase::Serving || ticks <= 0) return;
    s.Tick += ticks;
    SettleDrains(s);
}

bool Apply(Shift& s, Command cmd) {
    cmd.Tick = s.Tick;
    bool accepted = false;
    switch (cmd.Kind) {
    case CommandKind::Choose: accepted = ApplyChoose(s, cmd.Arg); break;
    case CommandKind::Next: accepted = ApplyNext(s); break;
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
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    int seconds = PatienceSeconds(EncounterOf(s, c).Temper);
    if (s.Options.Timer == TimerMode::Relaxed) seconds *= 2;
    return seconds * kTicksPerSecond;
}

int DecisionTicksLeft(const Shift& s) {
    const int total = DecisionTicks(s);
    if (total == 0) return 0;
    return std::max(0, total - (s.Tick - s.DecisionStartTick));
}

uint64_t StateHash(const Shift& s) {
    Hasher h;
    h.Add(s.Seed);
    h.Add(static_cast<uint64_t>(s.Tick));
    h.Add(static_cast<uint64_t>(s.Now));
    h.Add(static_cast<uint64_t>(s.Current));
    h.Add(static_cast<uint64_t>(s.Reputation));
    h.Add(static_cast<uint64_t>(s.Spent));
    for (const Customer& c : s.Customers) {
        h.Add(static_cast<uint64_t>(c.Satisfaction));
        h.Add(static_cast<uint64_t>(c.ArrivalTick));
        h.Add(static_cast<uint64_t>(c.Done ? 1 + static_cast<int>(c.Result) : 0));
        for (const Step& st : c.Path) {
            h.Add(static_cast<uint64_t>(st.Beat));
            h.Add(static_cast<uint64_t>(st.Response));
            h.Add(static_cast<uint64_t>(st.LatencyTicks));
        }
    }
    return h.H;
}

// [SECTION] Views --------------------------------------------------------------------

// The principle is the choice that moved satisfaction most; the better move is
// the best answer at the beat where the choice fell furthest below it.
Lesson LessonFor(const Shift& s, int customer) {
    Lesson lesson;
    const Customer& c = s.Customers[static_cast<size_t>(customer)];
    const Encounter& e = EncounterOf(s, c);
    int strongest = -1, widest_gap = 0;
    for (const Step& st : c.Path) {
        const Beat& beat = e.Beats[static_cast<size_t>(st.Beat)];
        const Response& chosen = beat.Responses[static_cast<size_t>(st.Response)];
        if (std::abs(chosen.Satisfaction) >= strongest) {
            strongest = std::abs(chosen.Satisfaction);
            lesson.Principle = &chosen;
        }
        const auto best = std::max_element(beat.Responses.begin(), beat.Responses.end(),
            [](const Response& a, const Response& b) { return a.Satisfaction < b.Satisfaction; });
        if (best->Satisfaction - chosen.Satisfaction > widest_gap) {
            widest_gap = best->Satisfaction - chosen.Satisfaction;
            lesson.BetterMove = &*best;
        }
    }
    return lesson;
}

int MoodStep(const Shift& s, const Customer& c) {
    const Encounter& e = EncounterOf(s, c);
    const int level = ExpectationLevel(e.Expects);
    if (c.Satisfaction < level - 3) return 0;
    if (c.Satisfaction < level - 1) return 1;
    if (c.Satisfaction < level + 1) return 2; // a calm customer arrives looking neutral
    if (c.Satisfaction < level + s.Place->MagicMargin) return 3;
    return 4;
}

const Encounter* CurrentEncounter(const Shift& s) {
    if (s.Now != Phase::Serving && s.Now != Phase::Resolved) return nullptr;
    return &EncounterOf(s, s.Customers[static_cast<size_t>(s.Current)]);
}

const Beat* CurrentBeat(const Shift& s) {
    if (s.Now != Phase::Serving) return nullptr;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    return &EncounterOf(s, c).Beats[static_cast<size_t>(c.Beat)];
}

std::vector<int> WaitingCustomers(const Shift& s) {
    std::vector<int> out;
    for (int i = s.Current + 1; i < static_cast<int>(s.Customers.size()); ++i)
        if (s.Customers[static_cast<size_t>(i)].ArrivalTick <= s.Tick) out.push_back(i);
    return out;
}

} // namespace moments
