// The venue file's "scene": which counter kit is drawn and in what colours.
// Mistakes are content errors with the file and the JSON pointer, never a guess.
#include "content/venue_loader.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

// A minimal venue with `scene_fields` spliced in at the top level.
std::string VenueWith(const std::string& scene_fields) {
    return R"({ "format": 2, "id": "tiny", "version": 1, "title": "Tiny", )" + scene_fields + R"(
  "week": [{"stage": "uncertainty", "encounters": ["ana"]}],
  "encounters": [{"id": "ana", "name": "Ana", "request": "Tea", "beats": [
    {"id": "hello", "line": "Tea, please.", "responses": [
      {"id": "sure", "text": "Right away.", "why": "Speed.", "satisfaction": 2, "seconds": 10, "next": "end"},
      {"id": "no", "text": "No.", "why": "Rude.", "satisfaction": -2, "seconds": 5, "next": "end"}]}]}]})";
}

// Parses that venue as the file venues/tiny.json, collecting its errors.
std::optional<Venue> Load(const std::string& scene_fields, std::vector<ContentError>& errors) {
    return ParseVenue(VenueWith(scene_fields), "venues/tiny.json", errors);
}

// The one error a broken scene gives, as "file:pointer: message".
std::string ErrorFor(const std::string& scene_fields) {
    std::vector<ContentError> errors;
    CHECK_FALSE(Load(scene_fields, errors).has_value());
    REQUIRE(errors.size() == 1);
    return Describe(errors[0]);
}

} // namespace

TEST_CASE("a venue without a scene gets the neutral counter in its own colours") {
    std::vector<ContentError> errors;
    const auto venue = Load("", errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    CHECK(venue->Setting.Kit == "counter");
    CHECK_FALSE(venue->Setting.Wall.has_value());
    CHECK_FALSE(venue->Setting.Counter.has_value());
    CHECK_FALSE(venue->Setting.Accent.has_value());
}

TEST_CASE("every kit can be chosen, and colours override the kit's one by one") {
    for (const char* kit : {"counter", "cafe", "hotel", "bank", "shop", "pharmacy", "helpdesk"}) {
        std::vector<ContentError> errors;
        const auto venue = Load(std::string(R"("scene": {"kit": ")") + kit + R"("},)", errors);
        REQUIRE_MESSAGE(venue, Describe(errors));
        CHECK(venue->Setting.Kit == kit);
    }
    std::vector<ContentError> errors;
    const auto venue = Load(R"("scene": {"kit": "bank", "colours": {"wall": "#2F6b4f", "accent": "#c0ffee"}},)", errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    CHECK(venue->Setting.Wall == 0x2f6b4fu);
    CHECK_FALSE(venue->Setting.Counter.has_value());
    CHECK(venue->Setting.Accent == 0xc0ffeeu);
}

TEST_CASE("the earlier \"setting\" field still chooses the café or the hotel") {
    std::vector<ContentError> errors;
    const auto venue = Load(R"("setting": "hotel",)", errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    CHECK(venue->Setting.Kit == "hotel");
    CHECK(ErrorFor(R"("setting": "hotel", "scene": {"kit": "hotel"},)").find("venues/tiny.json:/setting: \"setting\" is the earlier name") == 0);
}

TEST_CASE("an unknown kit or a bad colour is a content error with file and pointer") {
    CHECK(ErrorFor(R"("scene": {"kit": "bakery"},)") ==
          "venues/tiny.json:/scene/kit: must be one of counter, cafe, hotel, bank, shop, pharmacy or helpdesk");
    CHECK(ErrorFor(R"("scene": {"kit": "shop", "colours": {"counter": "red"}},)").find("venues/tiny.json:/scene/colours/counter: expected a colour") == 0);
    CHECK(ErrorFor(R"("scene": {"kit": "shop", "colours": {"wall": "#12345g"}},)").find("venues/tiny.json:/scene/colours/wall:") == 0);
    CHECK(ErrorFor(R"("scene": {"kit": "shop", "colours": {"wall": "#123"}},)").find("venues/tiny.json:/scene/colours/wall:") == 0);
    CHECK(ErrorFor(R"("scene": {"kit": "shop", "colours": {"floor": "#123456"}},)").find("venues/tiny.json:/scene/colours/floor:") == 0);
    CHECK(ErrorFor(R"("scene": "cafe",)").find("venues/tiny.json:/scene:") == 0);
}
