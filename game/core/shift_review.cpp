// What a shift teaches (the feedback card's lesson, the debrief's top lessons)
// and the names its events and outcomes go by in exports and traces.
#include "shift.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace moments {

// [SECTION] Names ---------------------------------------------------------------------

const char* EventName(EventKind kind) {
    switch (kind) {
    case EventKind::ChoiceMade: return "choice_made";
    case EventKind::PatienceDrained: return "patience_drained";
    case EventKind::QueueDrained: return "queue_drained";
    case EventKind::NeedRevealed: return "need_revealed";
    case EventKind::PromiseMade: return "promise_made";
    case EventKind::PromiseKept: return "promise_kept";
    case EventKind::PromiseBroken: return "promise_broken";
    case EventKind::EncounterResolved: return "encounter_resolved";
    case EventKind::ShiftEnded: return "shift_ended";
    }
    return "";
}

const char* OutcomeName(Outcome outcome) {
    return outcome == Outcome::Misery ? "misery" : outcome == Outcome::Magic ? "magic" : "mediocrity";
}

// [SECTION] Lessons -----------------------------------------------------------------

// The principle is the choice that moved satisfaction most; the better move is
// the best answer (by search, recorded when the choice was made) where the
// player strayed worst: a harmful choice before a fair one, then the widest
// gap in satisfaction, then the earliest.
Lesson LessonFor(const Shift& s, int customer) {
    Lesson lesson;
    const Customer& c = s.Customers[static_cast<size_t>(customer)];
    const Encounter& e = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
    int strongest = -1;
    std::pair<int, int> worst{-1, 0}; // verdict, satisfaction gap of the better move so far
    for (const Step& st : c.Path) {
        const Beat& beat = e.Beats[static_cast<size_t>(st.Beat)];
        const Response& chosen = beat.Responses[static_cast<size_t>(st.Response)];
        if (std::abs(chosen.Satisfaction) >= strongest) {
            strongest = std::abs(chosen.Satisfaction);
            lesson.Principle = &chosen;
        }
        if (st.Judged == Verdict::Best) continue;
        const Response& best = beat.Responses[static_cast<size_t>(st.Best)];
        const std::pair<int, int> stray{static_cast<int>(st.Judged), best.Satisfaction - chosen.Satisfaction};
        if (stray > worst) {
            worst = stray;
            lesson.BetterMove = &best;
            lesson.Said = &chosen;
        }
    }
    return lesson;
}

// What the player missed teaches most (weight 3), a principle they followed a little (1);
// each response counted once, heaviest first, ties in customer order.
std::vector<const Response*> TopLessons(const Shift& s, size_t count) {
    std::map<const Response*, int> weight;
    std::vector<const Response*> order; // first appearance, for stable ties
    for (size_t i = 0; i < s.Customers.size(); ++i) {
        const Lesson lesson = LessonFor(s, static_cast<int>(i));
        const Response* r = lesson.BetterMove ? lesson.BetterMove : lesson.Principle;
        if (!r) continue;
        if (!weight.count(r)) order.push_back(r);
        weight[r] += lesson.BetterMove ? 3 : 1;
    }
    std::stable_sort(order.begin(), order.end(), [&](const Response* a, const Response* b) { return weight[a] > weight[b]; });
    if (order.size() > count) order.resize(count);
    return order;
}

} // namespace moments
