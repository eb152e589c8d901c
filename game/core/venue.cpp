#include "venue.h"

#include <bit>

namespace moments {

const std::array<const char*, kTagCount> kTagNames = {
    "no_before_can", "quote_policy", "no_follow_up", "make_repeat", "accuse",
    "deflect_blame", "no_apology", "customer_wrong", "cut_off",
    "too_many_questions", "scripted_praise", "push_extras", "hovering",
    "anticipate_need", "personalise", "own_problem", "follow_up", "bend_rule",
    "apologise", "little_extra", "hold_line",
};

// Venue files name tags in snake_case; the core works with the enum.
std::optional<Tag> TagFromName(const std::string& name) {
    for (int i = 0; i < kTagCount; ++i)
        if (name == kTagNames[i]) return static_cast<Tag>(i);
    return std::nullopt;
}

// The nine triggers come first in the enum, so a range check names them.
bool IsMiseryTrigger(Tag tag) { return static_cast<int>(tag) < kMiseryTriggerCount; }

// Over-service patterns follow the misery triggers.
bool IsOverService(Tag tag) { return tag >= Tag::TooManyQuestions && tag <= Tag::Hovering; }

// Everything after over-service is a behaviour that makes magic.
bool IsMagicBehaviour(Tag tag) { return tag >= Tag::AnticipateNeed && tag < Tag::Count; }

// Lets callers ask "does this response show any over-service?" in one call.
// Visits only the members (the search of the best path asks this for every response it weighs).
bool TagSet::Any(bool (*pred)(Tag)) const {
    for (uint32_t rest = Bits; rest != 0; rest &= rest - 1)
        if (pred(static_cast<Tag>(std::countr_zero(rest)))) return true;
    return false;
}

// The venue decides how far each outcome travels (GAME.md: -20 / 0 / +10 by default).
int WordOfMouth::For(Outcome o) const {
    switch (o) {
    case Outcome::Misery: return Misery;
    case Outcome::Mediocrity: return Mediocrity;
    case Outcome::Magic: return Magic;
    }
    return 0;
}

std::string ResponseId(const Venue& v, const Encounter& e, const Beat& b, const Response& r) {
    return v.Id + "." + e.Id + "." + b.Id + "." + r.Id;
}

// Higher expectations need more satisfaction before they are even met.
int ExpectationLevel(Expectation e) { return static_cast<int>(e); }

// An upset customer starts in a hole the player must dig them out of.
int StartingSatisfaction(Mood m) { return m == Mood::Upset ? -2 : 0; }

// GAME.md §2 Resolution: below -> misery, up to the margin -> mediocrity, beyond -> magic.
Outcome Classify(int satisfaction, Expectation e, int magic_margin) {
    const int level = ExpectationLevel(e);
    if (satisfaction < level) return Outcome::Misery;
    if (satisfaction < level + magic_margin) return Outcome::Mediocrity;
    return Outcome::Magic;
}

} // namespace moments
