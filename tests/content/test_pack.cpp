// The asset pack the web build loads instead of a file system: its files read
// like files on disk, and a damaged pack is refused whole with a reason.
#include "content/content_error.h"
#include "content/pack.h"
#include "content/packs.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

std::string Read(const std::string& path) {
    std::vector<ContentError> errors;
    std::string text;
    return ReadTextFile(path, text, errors) ? text : "<" + (errors.empty() ? "?" : Render(EnglishText(), errors[0].What)) + ">";
}

} // namespace

TEST_CASE("GIVEN a mounted pack WHEN the loaders read its files THEN they get the packed bytes") {
    UnmountPacks();
    const std::string font("\0\1\2\n\xff", 5); // binary content survives, newlines included
    REQUIRE_FALSE(MountPack(MakePack({{"locales/it/ui.json", "{\"a\":\"b\"}"}, {"fonts/x.ttf", font}, {"empty.txt", ""}}), "assets"));
    CHECK(Read("assets/locales/it/ui.json") == "{\"a\":\"b\"}");
    CHECK(Read("assets/fonts/x.ttf") == font);
    CHECK(Read("assets/empty.txt").empty());
    CHECK(Read("assets/locales/xx/ui.json") == "<cannot open the file>"); // not in the pack, not on disk
    UnmountPacks();
}

TEST_CASE("GIVEN packs only (the web build) WHEN a file is in no pack THEN it cannot be opened, even if it is on disk") {
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"a.json", "packed"}}), "assets"));
    const std::string on_disk = MOMENTS_SOURCE_DIR "/assets/locales/en/ui.json";
    REQUIRE(Read(on_disk).front() == '{');
    UsePacksOnly();
    CHECK(Read("assets/a.json") == "packed");
    CHECK(Read(on_disk) == "<cannot open the file>");
    UnmountPacks();
    CHECK(Read(on_disk).front() == '{');
}

TEST_CASE("GIVEN a second pack WHEN it holds the same path THEN the newer file wins and the others stay") {
    UnmountPacks();
    REQUIRE_FALSE(MountPack(MakePack({{"a.json", "old"}, {"b.json", "kept"}}), "assets"));
    REQUIRE_FALSE(MountPack(MakePack({{"a.json", "new"}}), "assets"));
    CHECK(Read("assets/a.json") == "new");
    CHECK(Read("assets/b.json") == "kept");
    UnmountPacks();
}

TEST_CASE("GIVEN a damaged pack WHEN it is mounted THEN it is refused with a reason and nothing of it is readable") {
    const std::string good = MakePack({{"a.json", "12345"}, {"b.json", "678"}});
    const struct {
        std::string Bytes, Reason;
    } cases[] = {
        {"", "its first line is wrong"},
        {"PK\x03\x04 a zip, not a pack", "its first line is wrong"},
        {"MOTPACK1 x\n", "its first line is wrong"},
        {"MOTPACK1 99999999\n0 a\n", "lists more files than it could hold"},
        {"MOTPACK1 1\nfive a.json\n12345", "entry 1 of the pack's index is damaged"},
        {"MOTPACK1 1\n5\n12345", "entry 1 of the pack's index is damaged"},
        {good.substr(0, good.size() - 1), "assets/b.json is cut short in the pack"},
        {good + "!", "extra bytes after its last file"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.Bytes);
        UnmountPacks();
        const auto problem = MountPack(c.Bytes, "assets");
        REQUIRE(problem);
        CHECK(Render(EnglishText(), *problem).find(c.Reason) != std::string::npos);
        CHECK(PackedFile("assets/a.json") == nullptr);
    }
    UnmountPacks();
}
