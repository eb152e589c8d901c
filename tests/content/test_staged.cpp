// The web build stages venue translations compactly (tools/assets.py): each
// language's texts as a list, the keys once per venue. Both forms must read the same.
#include "content/localise.h"
#include "content/pack.h"
#include "content/packs.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

std::optional<Strings> Load(const std::string& locales, const std::string& language, const std::string& venue,
                            std::vector<ContentError>& errors) {
    return LoadVenueTranslation(locales, language, venue, errors);
}

} // namespace

TEST_CASE("GIVEN the build's staged translations WHEN loaded THEN every language reads exactly as its source file") {
    const std::string source = std::string(MOMENTS_SOURCE_DIR) + "/assets/locales";
    const std::string staged = std::string(MOMENTS_STAGED_ASSETS) + "/locales";
    for (const char* venue : {"cafe_counter", "hotel_concierge"})
        for (const char* language : {"it", "ru", "el", "ro"}) {
            CAPTURE(venue);
            CAPTURE(language);
            std::vector<ContentError> errors;
            const auto from_source = Load(source, language, venue, errors);
            const auto from_staged = Load(staged, language, venue, errors);
            REQUIRE_MESSAGE(errors.empty(), Describe(errors));
            CHECK(from_staged->Text == from_source->Text);
            CHECK(from_staged->Language == language);
        }
}

TEST_CASE("GIVEN a compact translation WHEN a key has no text THEN it is left out, so the English shows") {
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"v.keys.json", R"(["title","x.name"])"}, {"it/v.json", R"(["Caffè",null])"}}), "mem"));
    std::vector<ContentError> errors;
    const auto it = Load("mem", "it", "v", errors);
    REQUIRE_MESSAGE(it, Describe(errors));
    CHECK(it->Text == std::map<std::string, std::string>{{"title", "Caffè"}});
    UnmountPacks();
}

TEST_CASE("GIVEN a compact translation that does not match its key list WHEN loaded THEN the error names both files") {
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"v.keys.json", R"(["a","b",1])"}, {"it/v.json", R"(["A","B","C"])"}}), "mem"));
    std::vector<ContentError> errors;
    CHECK_FALSE(Load("mem", "it", "v", errors));
    REQUIRE(errors.size() == 1);
    CHECK(Describe(errors[0]) == "mem/v.keys.json:/2: expected text");
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"v.keys.json", R"(["a","b","c"])"}, {"it/v.json", R"(["A","B",3])"}}), "mem"));
    errors.clear();
    CHECK_FALSE(Load("mem", "it", "v", errors));
    REQUIRE(errors.size() == 1);
    CHECK(Describe(errors[0]) == "mem/it/v.json:/2: expected text");
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"v.keys.json", R"(["a","b"])"}, {"it/v.json", R"(["A"])"}}), "mem"));
    errors.clear();
    CHECK_FALSE(Load("mem", "it", "v", errors));
    REQUIRE(errors.size() == 1);
    CHECK(Describe(errors[0]) == "mem/it/v.json:/: has 1 texts but mem/v.keys.json lists 2 keys");
    UnmountPacks();
}
