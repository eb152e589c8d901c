// Players made of rules, for autoplay, the simulator and balance tests.
// A bot only reads the shift and picks; it never changes state. Besides the
// reference players (best, worst, random) there are the surface strategies of
// GAME.md §5 and §6, which a learner who does not read might use.
#pragma once
#include "core/rng.h"
#include "core/shift.h"

#include <optional>
#include <string>

namespace moments {

enum class BotKind : uint8_t {
    Best,      // the first step of the path with the best end result (core BestResponse); keeps every promise
    Worst,     // the response that pleases least; never follows up
    Random,    // any response, uniformly; follows up half the time
    First,     // the first response on screen ("always press 1")
    Last,      // the last response on screen
    Longest,   // the longest text
    Shortest,  // the shortest text
    Bend,      // always bends the rule when a response does, otherwise the plainest answer
    Quote,     // always cites the rule when a response does, otherwise the plainest answer
    Overserve, // the longest, most eager response every time
    Cues,      // reads for surface cues, not meaning: the customer's name, "I'll", numbers,
               // words echoed from the customer's line; avoids apologies, rules and sales talk
};
constexpr int kBotKindCount = 11;

// "best", "worst", "random", "first", "last", "longest", "shortest", "bend", "quote", "overserve", "cues"
std::optional<BotKind> BotFromName(const std::string& name);
const char* BotName(BotKind kind);
// Surface strategies must fail the pass mark and stay near random play (GAME.md §5).
bool IsSurfaceBot(BotKind kind);

// The index (in the venue's beat, not on screen) of the response the bot picks
// in the current beat; -1 if no decision is open.
int BotChoose(BotKind kind, const Shift& shift, Rng& rng);

// The promise the bot follows up on now, or -1.
int BotKeepPromise(BotKind kind, const Shift& shift, Rng& rng);

} // namespace moments
