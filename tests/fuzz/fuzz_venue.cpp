// libFuzzer target: any bytes given to the venue loader are either refused with
// errors or become a venue the core can lint, analyse and play to the end (a
// loaded venue's conversations never loop, so every shift must end).
#include "../content/play_to_end.h"
#include "content/lint.h"
#include "content/venue_loader.h"
#include "core/paths.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace moments;
    std::vector<ContentError> errors;
    auto venue = ParseVenue(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json", errors);
    if (!venue) {
        if (errors.empty()) __builtin_trap(); // a refusal must always say why
        return 0;
    }
    for (const Encounter& e : venue->Encounters) ReachableOutcomes(*venue, e);
    LintVenues({{"fuzz.json", *venue}}, "");
    if (!testing::PlaysToTheEnd(*venue, BotKind::Random, size)) __builtin_trap(); // a shift that would never end
    return 0;
}
