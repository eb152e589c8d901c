// The venue studio's engine: the C functions moments-studio.wasm exports to studio/engine.js.
// Strings cross as UTF-8, NUL-terminated; an answer lives until the next call.
#include "studio_check.h"

#include <string>

namespace {
std::string g_answer; // the last answer, read by the page before its next call
}

// Checks a venue with its translations (a JSON object {lang: file text}); `seeds` 0 plays the default.
extern "C" const char* moments_studio_check(const char* venue_text, const char* translations_json, int seeds) {
    g_answer = moments::StudioCheckJson(venue_text, translations_json, seeds > 0 ? seeds : moments::kStudioSeeds);
    return g_answer.c_str();
}

// The engine's version, for the page's about line and exported files.
extern "C" const char* moments_studio_version() {
    g_answer = moments::StudioVersion();
    return g_answer.c_str();
}
