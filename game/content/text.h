// Small text measures shared by the linter's tell rules and the surface-strategy
// bots: both must see a response the way a skimming reader does.
#pragma once
#include <string>

namespace moments {

// Length as a reader sees it: characters, not UTF-8 bytes.
int CharacterCount(const std::string& text);

// Cuts UTF-8 text to at most `limit` bytes (limit > 3) without splitting a
// character, marking the cut with "...".
std::string CutUtf8(const std::string& text, size_t limit);

// ASCII lower case, with the typographic apostrophe read as "'", for matching cue words.
std::string CueText(std::string text);

} // namespace moments
