// The build stages content with tools/assets.py: venue translations compactly (each
// language's texts as a list, the keys once per venue; both forms must read the same)
// and a manifest naming the venues and languages offered.
#include "content/localise.h"
#include "content/manifest.h"
#include "content/pack.h"
#include "content/venue_loader.h"
#include "content/packs.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

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
    CHECK(Describe(errors[0]) == "mem/it/v.json:/: the number of texts (1) differs from the number of keys in mem/v.keys.json (2)");
    UnmountPacks();
}

TEST_CASE("GIVEN the shipped content WHEN the build stages it THEN its manifest names every venue file and every language they all have") {
    namespace fs = std::filesystem;
    std::vector<ContentError> errors;
    const auto manifest = LoadManifest(MOMENTS_STAGED_ASSETS, errors);
    REQUIRE_MESSAGE(manifest, Describe(errors));
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(std::string(MOMENTS_SOURCE_DIR) + "/assets/venues")) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    REQUIRE(manifest->Venues.size() == files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        const auto venue = LoadVenue(files[i], errors);
        REQUIRE_MESSAGE(venue, Describe(errors));
        CHECK(manifest->Venues[i].Id == venue->Id);
        CHECK(manifest->Venues[i].Title == venue->Title);
        CHECK(manifest->Venues[i].File == "venues/" + venue->Id + ".json");
        for (const std::string& language : manifest->Languages) { // offered only where every venue has it
            CAPTURE(language);
            CHECK(std::find(venue->Locales.begin(), venue->Locales.end(), language) != venue->Locales.end());
            CHECK(fs::exists(std::string(MOMENTS_SOURCE_DIR) + "/assets/locales/" + language + "/ui.json"));
        }
    }
    CHECK(manifest->Languages.front() == "en"); // the venues' first locale, the language of their files
    REQUIRE(manifest->Names.size() == manifest->Languages.size()); // each named in itself, for the title before its texts arrive
    for (size_t i = 0; i < manifest->Languages.size(); ++i) {
        const auto text = LoadStrings(std::string(MOMENTS_STAGED_ASSETS) + "/locales", manifest->Languages[i], errors);
        REQUIRE_MESSAGE(text, Describe(errors));
        CHECK(manifest->Names[i] == text->Get("language.name"));
    }
}

TEST_CASE("GIVEN a malformed manifest WHEN loaded THEN each problem names the manifest and the place") {
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"manifest.json", R"({"venues": [{"id": "Bad Id", "file": 3, "title": "x", "locales": []}], "languages": []})"}}), "mem"));
    std::vector<ContentError> errors;
    CHECK_FALSE(LoadManifest("mem", errors));
    const std::string all = Describe(errors);
    CHECK(all.find("mem/manifest.json:/venues/0/id") != std::string::npos);
    CHECK(all.find("mem/manifest.json:/venues/0/file") != std::string::npos);
    CHECK(all.find("mem/manifest.json:/languages: names no language") == std::string::npos); // reported only when nothing else is wrong
    UnmountPacks();
}
