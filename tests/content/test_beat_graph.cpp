// The dialogue graph: outcomes found over beats (not by walking every path, so
// long and wide conversations lint at once), loops refused, and every venue the
// loader accepts plays to the end.
#include "content/venue_loader.h"
#include "core/paths.h"
#include "play_to_end.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace moments;

namespace {

const std::string kSource = MOMENTS_SOURCE_DIR;

// A conversation of `beats` beats where beat i's responses lead `1, 2, …` beats on, the last response ending it.
Encounter Lattice(int beats, const std::vector<int>& satisfaction_by_branch) {
    Encounter e;
    e.Id = "lattice";
    for (int b = 0; b < beats; ++b) {
        Beat beat{"b" + std::to_string(b), "Line.", {}};
        for (size_t branch = 0; branch < satisfaction_by_branch.size(); ++branch) {
            const int ahead = b + static_cast<int>(branch) + 1;
            const bool ends = branch + 1 == satisfaction_by_branch.size() || ahead >= beats;
            Response r;
            r.Id = "r" + std::to_string(branch);
            r.Satisfaction = satisfaction_by_branch[branch];
            r.Next = ends ? kEndBeat : ahead;
            beat.Responses.push_back(r);
        }
        e.Beats.push_back(beat);
    }
    return e;
}

// A conversation of `beats` beats where both answers lead to the next beat (the last ones end it).
Encounter Chain(int beats, int up, int down) {
    Encounter e = Lattice(beats, {up, down, 0});
    for (size_t b = 0; b < e.Beats.size(); ++b) {
        e.Beats[b].Responses.pop_back();
        for (Response& r : e.Beats[b].Responses) r.Next = b + 1 < e.Beats.size() ? static_cast<int>(b + 1) : kEndBeat;
    }
    return e;
}

// A venue file that must load.
Venue Loaded(const std::string& path) {
    std::vector<ContentError> errors;
    auto venue = LoadVenue(path, errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    return std::move(*venue);
}

// The expected answer of ReachableOutcomes, in Outcome order.
std::array<bool, 3> Outcomes(bool misery, bool mediocrity, bool magic) { return {misery, mediocrity, magic}; }

} // namespace

TEST_CASE("a 200-beat chain: magic found at its far end, and totals it can never reach are not reported") {
    Venue v; // standard expectation, calm: misery below 1, magic from 3
    // Two answers per beat, both to the next beat: +4 or -4. Every total is a multiple of 8, so never 1 or 2 (mediocrity).
    Encounter chain = Chain(200, 4, -4);
    CHECK(ReachableOutcomes(v, chain) == Outcomes(true, false, true));
    // 0 or -1 at each beat, +3 only at the very last: magic lies 200 beats deep.
    for (Beat& b : chain.Beats) b.Responses[0].Satisfaction = 0, b.Responses[1].Satisfaction = -1;
    chain.Beats.back().Responses[0].Satisfaction = 3;
    CHECK(ReachableOutcomes(v, chain) == Outcomes(true, true, true));
    chain.Beats.back().Responses[0].Satisfaction = 2; // now 2 at best: mediocrity, never magic
    CHECK(ReachableOutcomes(v, chain) == Outcomes(true, true, false));
    v.MagicMargin = 1; // ...unless the venue's margin is smaller
    CHECK(ReachableOutcomes(v, chain) == Outcomes(true, true, true));
}

TEST_CASE("a wide 200-beat lattice (paths beyond counting) is analysed, and an upset arrival shifts the totals") {
    Venue v;
    Encounter wide = Lattice(200, {1, -1, 2, -2}); // 1, 2 or 3 beats on, or the end
    CHECK(ReachableOutcomes(v, wide) == Outcomes(true, true, true));
    Encounter kind = Lattice(200, {1, 1, 1, 1}); // every answer pleases: never misery
    CHECK(ReachableOutcomes(v, kind) == Outcomes(false, true, true));
    kind.Arrival = Mood::Upset; // starts at -2: reaching 1 now needs 3 in total
    CHECK(ReachableOutcomes(v, kind) == Outcomes(true, true, true));
}

TEST_CASE("beat cycles and reachable beats") {
    Encounter e = Lattice(4, {1, -1}); // b0 -> b1 -> b2 -> b3 -> end, each also able to end
    CHECK(FindBeatCycle(e).empty());
    CHECK(ReachableBeats(e) == std::vector<bool>{true, true, true, true});
    e.Beats[3].Responses[0].Next = 1; // b1 -> b2 -> b3 -> b1
    CHECK(FindBeatCycle(e) == std::vector<int>{1, 2, 3, 1});
    // Analysis still ends, and does not count the loop's closing answer as a way to finish.
    CHECK(ReachableOutcomes(Venue{}, e) == Outcomes(true, true, false));
    e.Beats[0].Responses[0].Next = kEndBeat; // now only b0 is reachable; the loop among the rest is still found
    CHECK(ReachableBeats(e) == std::vector<bool>{true, false, false, false});
    CHECK(FindBeatCycle(e) == std::vector<int>{1, 2, 3, 1});
}

TEST_CASE("every venue the loader accepts plays to the end, with every bot kind, in training and each assessment form") {
    std::vector<std::string> files;
    for (const char* dir : {"/assets/venues", "/tests/fuzz/corpus/venue"})
        for (const auto& entry : std::filesystem::directory_iterator(kSource + dir)) files.push_back(entry.path().string());
    int played = 0;
    for (const std::string& file : files) {
        CAPTURE(file);
        std::vector<ContentError> errors;
        const auto venue = LoadVenue(file, errors);
        if (!venue) continue;
        for (int bot = 0; bot < kBotKindCount; ++bot) CHECK(testing::PlaysToTheEnd(*venue, static_cast<BotKind>(bot), 11));
        ++played;
    }
    CHECK(played >= 3);
    // A long, wide conversation in a real venue: still a handful of answers per customer, never a hang.
    Venue cafe = Loaded(kSource + "/assets/venues/cafe_counter.json");
    Encounter& first = cafe.Encounters[static_cast<size_t>(cafe.Week[0].Encounters[0])];
    const Encounter wide = Lattice(60, {1, -1, 2, -2});
    first.Beats = wide.Beats;
    for (int bot = 0; bot < kBotKindCount; ++bot) CHECK(testing::PlaysToTheEnd(cafe, static_cast<BotKind>(bot), 5));
}
