// moments-lint: checks venues against GAME.md §4 and the structure the game
// relies on. Prints "file:/json/pointer: message" per problem; exit 1 if any.
// The venues named together form a package: coverage rules count over all of them.
// Translations are read from DIR when given (and the interface text's ui.json
// there), else from a locales/ folder beside each venue file or beside its
// folder, as tools/assets.py finds them (my/bank.json -> my/locales/it/bank.json).
//   moments-lint [--locales DIR] VENUE.json...
//   moments-lint --bench    (times load + lint of long made-up dialogue graphs)
#include "content/lint.h"
#include "content/venue_loader.h"
#include "lint_bench.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

// Where a venue file's translations are when no --locales is given: locales/ beside it, else beside its folder.
static std::string LocalesBeside(const std::string& venue_file) {
    namespace fs = std::filesystem;
    const fs::path here = fs::absolute(venue_file).parent_path();
    for (const fs::path& candidate : {here / "locales", here.parent_path() / "locales"})
        if (fs::is_directory(candidate)) return candidate.string();
    return (here / "locales").string(); // none yet: a listed language is reported missing there
}

// Wrong arguments: say how to call the tool, and exit 2.
static int Usage() {
    std::fprintf(stderr, "usage: moments-lint [--locales DIR] VENUE.json... | moments-lint --bench\n");
    return 2;
}

int main(int argc, char** argv) {
    using namespace moments;
    std::string locales;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--locales" && i + 1 < argc) locales = argv[++i];
        else if (arg == "--bench") return RunLintBench();
        else if (!arg.empty() && arg[0] == '-') return Usage();
        else files.push_back(arg);
    }
    if (files.empty()) return Usage();
    std::vector<ContentError> problems;
    std::vector<LintInput> venues;
    std::vector<std::string> languages;
    for (const std::string& file : files) {
        if (auto venue = LoadVenue(file, problems)) {
            for (const std::string& lang : venue->Locales)
                if (std::find(languages.begin(), languages.end(), lang) == languages.end()) languages.push_back(lang);
            venues.push_back({file, std::move(*venue), LocalesBeside(file)});
        }
    }
    for (ContentError& e : LintVenues(venues, locales)) problems.push_back(std::move(e));
    if (!locales.empty())
        for (ContentError& e : LintInterfaceText(locales, languages)) problems.push_back(std::move(e));
    for (const ContentError& e : problems) std::printf("%s\n", Describe(e).c_str());
    std::fprintf(stderr, "moments-lint: %zu venue(s), %zu problem(s)\n", files.size(), problems.size());
    return problems.empty() ? 0 : 1;
}
