// libFuzzer target: any bytes given to the venue loader are either refused with
// errors or become a venue the core can lint, analyse and play without fault.
#include "app/bot.h"
#include "content/lint.h"
#include "content/venue_loader.h"
#include "core/paths.h"
#include "core/week.h"

#include <algorithm>
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
    Week week = StartWeek(*venue, size, Mode::Training);
    Rng rng{size};
    for (int guard = 0; !WeekComplete(week) && guard < 8; ++guard) {
        Shift s = StartNextShift(week, {});
        for (int step = 0; s.Now != Phase::Ended && step < 2000; ++step) {
            Advance(s, 90);
            const int pick = BotChoose(BotKind::Random, s, rng);
            Apply(s, {0, pick >= 0 ? CommandKind::Choose : CommandKind::Next, std::max(pick, 0)});
        }
        if (s.Now != Phase::Ended) return 0; // a dialogue that loops forever: fine, just not ended
        RecordDay(week, s);
    }
    return 0;
}
