// Players made of rules, for autoplay, the simulator and balance tests.
// A bot only reads the shift and picks a response index; it never changes state.
#pragma once
#include "core/rng.h"
#include "core/shift.h"

#include <optional>
#include <string>

namespace moments {

enum class BotKind : uint8_t {
    Best,   // the response that pleases most (ties: the quicker one)
    Worst,  // the response that pleases least
    Random, // any response, uniformly
};

std::optional<BotKind> BotFromName(const std::string& name); // "best", "worst", "random"

// The index of the response the bot picks in the current beat; -1 if no decision is open.
int BotChoose(BotKind kind, const Shift& shift, Rng& rng);

} // namespace moments
