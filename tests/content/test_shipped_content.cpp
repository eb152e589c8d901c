// The venues and locales we ship load cleanly and keep GAME.md's promises.
#include "content/strings.h"
#include "content/venue_loader.h"
#include "core/paths.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

const std::string kAssets = std::string(MOMENTS_SOURCE_DIR) + "/assets";

Venue LoadShipped(const std::string& id) {
    std::vector<ContentError> errors;
    auto venue = LoadVenue(kAssets + "/venues/" + id + ".json", errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    return std::move(*venue);
}

} // namespace

TEST_CASE("the café counter loads and its first day serves at least six customers") {
    const Venue v = LoadShipped("cafe_counter");
    CHECK(v.Id == "cafe_counter");
    CHECK(v.Reach.Misery == -20);
    CHECK(v.Reach.Magic == 10);
    REQUIRE_FALSE(v.Week.empty());
    CHECK(v.Week[0].Encounters.size() >= 6);
}

TEST_CASE("every shipped encounter has a path to magic and a path to misery") {
    for (const char* id : {"cafe_counter", "hotel_concierge"}) {
        const Venue v = LoadShipped(id);
        for (const Encounter& e : v.Encounters) {
            CAPTURE(e.Id);
            const auto reachable = ReachableOutcomes(v, e);
            CHECK(reachable[static_cast<size_t>(Outcome::Magic)]);
            CHECK(reachable[static_cast<size_t>(Outcome::Misery)]);
        }
    }
}

TEST_CASE("the English interface text loads") {
    std::vector<ContentError> errors;
    const auto en = LoadStrings(kAssets + "/locales", "en", errors);
    REQUIRE_MESSAGE(en, Describe(errors));
    CHECK(en->Text.size() > 10);
}
