#include "bot.h"

namespace moments {

std::optional<BotKind> BotFromName(const std::string& name) {
    if (name == "best") return BotKind::Best;
    if (name == "worst") return BotKind::Worst;
    if (name == "random") return BotKind::Random;
    return std::nullopt;
}

// Orders responses by satisfaction, then by the time they cost the queue.
static bool Better(const Response& a, const Response& b) {
    if (a.Satisfaction != b.Satisfaction) return a.Satisfaction > b.Satisfaction;
    return a.Seconds < b.Seconds;
}

int BotChoose(BotKind kind, const Shift& shift, Rng& rng) {
    const Beat* beat = CurrentBeat(shift);
    if (!beat) return -1;
    const int n = static_cast<int>(beat->Responses.size());
    if (kind == BotKind::Random) return rng.Below(n);
    int pick = 0;
    for (int i = 1; i < n; ++i) {
        const Response& r = beat->Responses[static_cast<size_t>(i)];
        const Response& p = beat->Responses[static_cast<size_t>(pick)];
        if (kind == BotKind::Best ? Better(r, p) : Better(p, r)) pick = i;
    }
    return pick;
}

} // namespace moments
