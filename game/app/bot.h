// Players made of rules, for autoplay, the simulator and balance tests.
// A bot only reads the shift and picks; it never changes state.
#pragma once
#include "core/rng.h"
#include "core/shift.h"

#include <optional>
#include <string>

namespace moments {

enum class BotKind : uint8_t {
    Best,      // the response that pleases most (ties: the quicker one); keeps every promise
    Worst,     // the response that pleases least; never follows up
    Random,    // any response, uniformly; follows up half the time
    Policy,    // operations-driven: quotes the rule when it can, else the plainest, quickest answer
    Overserve, // the longest, most eager response every time
};
constexpr int kBotKindCount = 5;

std::optional<BotKind> BotFromName(const std::string& name); // "best", "worst", "random", "policy", "overserve"
const char* BotName(BotKind kind);

// The index of the response the bot picks in the current beat; -1 if no decision is open.
int BotChoose(BotKind kind, const Shift& shift, Rng& rng);

// The promise the bot follows up on now, or -1.
int BotKeepPromise(BotKind kind, const Shift& shift, Rng& rng);

} // namespace moments
