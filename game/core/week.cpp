#include "week.h"

#include <algorithm>

namespace moments {

Week StartWeek(const Venue& venue, uint64_t seed, Mode mode, int form) {
    Week w;
    w.Form = form % AssessmentFormCount(venue);
    w.Place = &venue;
    w.Seed = seed;
    w.Play = mode;
    return w;
}

int WeekLength(const Week& w) { return w.Play == Mode::Assessment ? 1 : static_cast<int>(w.Place->Week.size()); }

bool WeekComplete(const Week& w) { return static_cast<int>(w.Days.size()) >= WeekLength(w); }

// Each day gets its own seed, derived from the week's, so days differ but replay alike.
uint64_t NextSeed(const Week& w) { return w.Seed + 0x9E37ull * w.Days.size(); }

ShiftPlan NextPlan(const Week& w) {
    if (w.Play == Mode::Assessment) return PlanAssessment(*w.Place, w.Seed, w.Form);
    return PlanDay(*w.Place, static_cast<int>(w.Days.size()), w.Loyal, NextSeed(w));
}

Shift StartNextShift(const Week& w, Settings options) {
    options.Play = w.Play;
    return StartShift(*w.Place, NextPlan(w), NextSeed(w), options);
}

void RecordDay(Week& w, const Shift& s) {
    DayResult d;
    d.Day = s.Plan.Day;
    d.Options = s.Options;
    d.Log = s.Log;
    d.Reputation = s.Reputation;
    d.Outcomes = s.Outcomes;
    d.Spent = s.Spent;
    d.PromisesMade = static_cast<int>(s.Promises.size());
    d.PromisesKept = static_cast<int>(std::count_if(s.Promises.begin(), s.Promises.end(), [](const PromiseState& p) { return p.Kept; }));
    d.Result = ScoreShift(s);
    w.Days.push_back(std::move(d));
    for (const Customer& c : s.Customers)
        if (c.Done && c.Result == Outcome::Magic && std::find(w.Loyal.begin(), w.Loyal.end(), c.Encounter) == w.Loyal.end())
            w.Loyal.push_back(c.Encounter);
}

int WeekScore(const Week& w) {
    if (w.Days.empty()) return 0;
    int total = 0;
    for (const DayResult& d : w.Days) total += d.Result.Total;
    return total / static_cast<int>(w.Days.size());
}

Stage StageReached(const Week& w, int pass_mark) {
    Stage reached = Stage::Uncertainty;
    for (const DayResult& d : w.Days)
        if (d.Result.Total >= pass_mark) reached = w.Place->Week[static_cast<size_t>(d.Day)].WeekStage;
    return reached;
}

} // namespace moments
