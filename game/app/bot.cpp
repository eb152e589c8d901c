#include "bot.h"

#include <array>

namespace moments {

namespace {

constexpr std::array<const char*, kBotKindCount> kNames = {"best", "worst", "random", "policy", "overserve"};

// Picks the index that `better(a, b)` prefers over all others.
template <typename Better>
int Pick(const Beat& beat, Better better) {
    int pick = 0;
    for (int i = 1; i < static_cast<int>(beat.Responses.size()); ++i)
        if (better(beat.Responses[static_cast<size_t>(i)], beat.Responses[static_cast<size_t>(pick)])) pick = i;
    return pick;
}

// How eager a response is: over-service and extras count as eagerness.
int Eagerness(const Response& r) { return r.Seconds * 2 + (r.Tags.Any(IsOverService) ? 1 : 0); }

} // namespace

std::optional<BotKind> BotFromName(const std::string& name) {
    for (int i = 0; i < kBotKindCount; ++i)
        if (name == kNames[static_cast<size_t>(i)]) return static_cast<BotKind>(i);
    return std::nullopt;
}

const char* BotName(BotKind kind) { return kNames[static_cast<size_t>(kind)]; }

int BotChoose(BotKind kind, const Shift& shift, Rng& rng) {
    const Beat* beat = CurrentBeat(shift);
    if (!beat) return -1;
    switch (kind) {
    case BotKind::Best: return BestResponse(shift);
    case BotKind::Worst:
        return Pick(*beat, [](const Response& a, const Response& b) {
            return a.Satisfaction != b.Satisfaction ? a.Satisfaction < b.Satisfaction : a.Seconds > b.Seconds;
        });
    case BotKind::Random: return rng.Below(static_cast<int>(beat->Responses.size()));
    case BotKind::Policy:
        return Pick(*beat, [](const Response& a, const Response& b) {
            const bool pa = a.Tags.Has(Tag::QuotePolicy), pb = b.Tags.Has(Tag::QuotePolicy);
            if (pa != pb) return pa;
            const bool ma = a.Tags.Any(IsMagicBehaviour), mb = b.Tags.Any(IsMagicBehaviour);
            if (ma != mb) return !ma; // goes by the book: no extras, no favours
            return a.Seconds < b.Seconds;
        });
    case BotKind::Overserve:
        return Pick(*beat, [](const Response& a, const Response& b) { return Eagerness(a) > Eagerness(b); });
    }
    return 0;
}

int BotKeepPromise(BotKind kind, const Shift& shift, Rng& rng) {
    if (kind == BotKind::Worst) return -1;
    for (int i = 0; i < static_cast<int>(shift.Promises.size()); ++i) {
        if (!CanKeepPromise(shift, i)) continue;
        if (kind == BotKind::Random && rng.Below(2) == 0) return -1;
        return i;
    }
    return -1;
}

} // namespace moments
