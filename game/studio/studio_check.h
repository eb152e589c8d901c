// The venue studio's check of one venue as the author types: the loader, the linter and
// the GAME.md §5 balance table in one call, answered as JSON for studio/engine.js.
#pragma once
#include <string>

namespace moments {

// The seeds the studio's balance table plays by default: fewer than moments-sim --table's 200, so a
// check answers within a second as the author types (the table's first line says how many).
constexpr int kStudioSeeds = 100;

// Checks `venue_text` with its translations (`translations_json`: {"it": "<translation file text>", ...})
// and returns {venue, errors, problems, missing, balance} as studio/engine.js documents it.
std::string StudioCheckJson(const std::string& venue_text, const std::string& translations_json, int seeds);

// What the engine is: its own version and the venue format it reads.
std::string StudioVersion();

} // namespace moments
