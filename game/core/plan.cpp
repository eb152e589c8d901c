// Who comes in during a shift: a training day (with the regulars who come
// back) or an assessment form.
#include "shift.h"

#include <algorithm>

namespace moments {

// A regular who had a moment of magic comes back, with new lines when the venue wrote a return visit.
int ComebackOf(const Venue& venue, int encounter) {
    const int back = venue.Encounters[static_cast<size_t>(encounter)].ReturnVisit;
    return back >= 0 ? back : encounter;
}

ShiftPlan PlanDay(const Venue& venue, int day, const std::vector<int>& loyal, uint64_t seed) {
    const Day& d = venue.Week[static_cast<size_t>(day)];
    ShiftPlan plan{day, d.WeekStage, d.Encounters, std::vector<bool>(d.Encounters.size(), false), d.ArrivalGapSeconds};
    Rng rng{seed ^ 0x5EEDu};
    std::vector<int> candidates;
    for (int e : loyal) {
        const int back = ComebackOf(venue, e);
        if (std::find(plan.Encounters.begin(), plan.Encounters.end(), back) == plan.Encounters.end() &&
            std::find(candidates.begin(), candidates.end(), back) == candidates.end())
            candidates.push_back(back);
    }
    for (int n = 0; n < kMaxReturningPerDay && !candidates.empty(); ++n) {
        const int pick = rng.Below(static_cast<int>(candidates.size()));
        const int at = rng.Between(1, static_cast<int>(plan.Encounters.size()));
        plan.Encounters.insert(plan.Encounters.begin() + at, candidates[static_cast<size_t>(pick)]);
        plan.Returning.insert(plan.Returning.begin() + at, true);
        candidates.erase(candidates.begin() + pick);
    }
    return plan;
}

int AssessmentFormCount(const Venue& venue) { return std::max(1, static_cast<int>(venue.Assessment.size())); }

// The form's customers in an order drawn by the seed; older venue files without
// forms draw kAssessmentCustomers from every encounter.
ShiftPlan PlanAssessment(const Venue& venue, uint64_t seed, int form) {
    std::vector<int> pool;
    if (venue.Assessment.empty()) {
        for (size_t i = 0; i < venue.Encounters.size(); ++i) pool.push_back(static_cast<int>(i));
    } else {
        pool = venue.Assessment[static_cast<size_t>(form % AssessmentFormCount(venue))].Encounters;
    }
    Rng rng{seed ^ 0xA55E55u};
    rng.Shuffle(pool);
    pool.resize(std::min(pool.size(), static_cast<size_t>(kAssessmentCustomers)));
    const int gap = venue.Week.empty() ? 60 : venue.Week[venue.Week.size() / 2].ArrivalGapSeconds;
    return {0, Stage::Experience, pool, std::vector<bool>(pool.size(), false), gap};
}

} // namespace moments
