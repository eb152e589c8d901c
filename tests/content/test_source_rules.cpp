// The layering the architecture promises, read from the source tree: screens
// draw what the app hands them (no core headers in game/ui), the game's state
// reaches the page, the native build and the tests through one serialiser, and
// nothing uses Dear ImGui's private members, which change between ImGui versions.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// "file:line: text" for every line of the C++ files under `folder` that matches `pattern`.
std::vector<std::string> LinesMatching(const fs::path& folder, const std::regex& pattern) {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".cpp" && ext != ".h") continue;
        std::ifstream file(entry.path());
        int number = 0;
        for (std::string line; std::getline(file, line);)
            if (++number, std::regex_search(line, pattern))
                found.push_back(fs::relative(entry.path(), MOMENTS_SOURCE_DIR).string() + ":" + std::to_string(number) + ": " + line);
    }
    return found;
}

// The list as one message, a line each.
std::string Listed(const std::vector<std::string>& lines) {
    std::ostringstream out;
    for (const std::string& line : lines) out << "\n  " << line;
    return out.str();
}

} // namespace

// The UI draws the FrameView: its types (the scene, portraits) come through app/frame_view.h.
TEST_CASE("screens include no core headers") {
    const auto found = LinesMatching(fs::path(MOMENTS_SOURCE_DIR) / "game/ui", std::regex(R"(#\s*include\s*["<]core/)"));
    CHECK_MESSAGE(found.empty(), Listed(found));
}

TEST_CASE("nothing in game/ touches Dear ImGui's private members") {
    // ImGui's internals: imgui_internal.h, and its "_"-prefixed members (ImDrawList::_VtxWritePtr, _CmdHeader, ...).
    const std::regex private_use(R"(imgui_internal\.h|->\s*_[A-Za-z]|\._[A-Z][A-Za-z]*)");
    const auto found = LinesMatching(fs::path(MOMENTS_SOURCE_DIR) / "game", private_use);
    CHECK_MESSAGE(found.empty(), Listed(found));
    // The check itself finds such a use: one written here is caught.
    CHECK(std::regex_search("dl->_VtxWritePtr[0] = v;", private_use));
    CHECK(std::regex_search("#include <imgui_internal.h>", private_use));
}

TEST_CASE("one serialiser writes the game's state: the frame view's") {
    // Every state view starts with its screen: only FrameViewJson writes one (comments aside).
    const auto writers = LinesMatching(fs::path(MOMENTS_SOURCE_DIR) / "game", std::regex(R"(^\s*[^/\s].*\.String\("screen")"));
    REQUIRE_MESSAGE(writers.size() == 1, Listed(writers));
    CHECK(writers[0].rfind("game/app/frame_view_json.cpp:", 0) == 0);
    // The page's window.moments.state() and the native --quit-after-shift print it.
    const auto users = LinesMatching(fs::path(MOMENTS_SOURCE_DIR) / "game/platform", std::regex(R"(FrameViewJson\()"));
    CHECK_MESSAGE(users.size() == 2, Listed(users));
}
