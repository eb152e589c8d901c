// moments-sim: plays whole weeks headlessly with a bot and reports the
// balance of a venue (GAME.md §5). Built from the core and content libraries only.
//   moments-sim --venue FILE [--bot NAME] [--shifts N] [--seed S] [--think SECONDS]
//               [--json] [--check] [--by-encounter] [--bench]
//   moments-sim --venue FILE --table [--seeds N] [--check]
//   moments-sim --cohort DIR …   (a synthetic cohort for the HR report: sim_cohort.h)
//   moments-sim --catalogue FILE [--assets DIR]   (the HR report's venue content, judged by the core: sim_catalogue.h)
#include "app/bot.h"
#include "content/json.h"
#include "content/venue_loader.h"
#include "sim_catalogue.h"
#include "sim_cohort.h"
#include "sim_table.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using namespace moments;

struct Options {
    std::string VenueFile;
    BotKind Bot = BotKind::Best;
    int Shifts = 100;
    int Seeds = 200;
    uint64_t Seed = 1;
    int ThinkSeconds = 3;
    bool Json = false, Check = false, Bench = false, ByEncounter = false, Table = false;
};

// [SECTION] Reporting one bot --------------------------------------------------------

void Print(const Venue& venue, const Options& o, const Tally& t) {
    const double shifts = static_cast<double>(t.Reputations.size());
    if (o.Json) {
        // Rounded as the text report rounds, so runs diff cleanly.
        const auto rounded = [](double value, double places) { return std::round(value * places) / places; };
        json::Writer w;
        w.BeginObject().String("venue", venue.Id).String("bot", BotName(o.Bot)).Int("shifts", static_cast<int64_t>(t.Reputations.size()));
        w.Int("encounters", t.Encounters);
        w.BeginObject("outcomes").Int("misery", t.Outcomes[0]).Int("mediocrity", t.Outcomes[1]).Int("magic", t.Outcomes[2]).EndObject();
        w.BeginObject("rates").Double("misery", rounded(Rate(t.Outcomes, Outcome::Misery), 1e4));
        w.Double("mediocrity", rounded(Rate(t.Outcomes, Outcome::Mediocrity), 1e4)).Double("magic", rounded(Rate(t.Outcomes, Outcome::Magic), 1e4)).EndObject();
        w.BeginObject("hurried").Int("misery", t.Hurried[0]).Int("mediocrity", t.Hurried[1]).Int("magic", t.Hurried[2]).EndObject();
        w.BeginObject("reputation").Double("mean", rounded(Mean(t.Reputations), 100)).Double("spread", rounded(Spread(t.Reputations), 100)).EndObject();
        w.Double("score", rounded(static_cast<double>(t.Score) / shifts, 100)).Double("spend", rounded(static_cast<double>(t.Spent) / shifts, 100));
        w.BeginObject("promises").Int("made", t.PromisesMade).Int("kept", t.PromisesKept).EndObject().EndObject();
        std::printf("%s\n", w.Text().c_str());
        return;
    }
    std::printf("%s, bot %s, %zu shifts, %lld customers\n", venue.Id.c_str(), BotName(o.Bot), t.Reputations.size(), t.Encounters);
    std::printf("  misery %5.1f%%  mediocrity %5.1f%%  magic %5.1f%%\n", 100 * Rate(t.Outcomes, Outcome::Misery),
                100 * Rate(t.Outcomes, Outcome::Mediocrity), 100 * Rate(t.Outcomes, Outcome::Magic));
    std::printf("  hurried customers: misery %lld, mediocrity %lld, magic %lld\n", t.Hurried[0], t.Hurried[1], t.Hurried[2]);
    std::printf("  reputation per shift: mean %.1f, spread %.1f\n", Mean(t.Reputations), Spread(t.Reputations));
    std::printf("  score %.1f, spend %.1f of %d, promises kept %lld of %lld\n", static_cast<double>(t.Score) / shifts,
                static_cast<double>(t.Spent) / shifts, venue.Budget, t.PromisesKept, t.PromisesMade);
    if (!o.ByEncounter) return;
    for (size_t e = 0; e < t.PerEncounter.size(); ++e) {
        const auto& c = t.PerEncounter[e];
        std::printf("  %-24s misery %5lld  mediocrity %5lld  magic %5lld\n", venue.Encounters[e].Id.c_str(), c[0], c[1], c[2]);
    }
}

// Times the simulation of many encounters; a figure, not a pass/fail.
void Bench(const Venue& venue, const Options& o) {
    const auto start = std::chrono::steady_clock::now();
    const Tally t = SimulateShifts(venue, o.Bot, 20000, o.Seed, o.ThinkSeconds);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bench: %lld encounters in %.3f s = %.0f encounters per second\n", t.Encounters, seconds,
                static_cast<double>(t.Encounters) / seconds);
}

int Usage(const char* problem) {
    std::fprintf(stderr, "moments-sim: %s\nusage: moments-sim --venue FILE [--bot best|worst|random|first|last|longest|"
                         "shortest|bend|quote|overserve] [--shifts N] [--seed S] [--think SECONDS] [--json] [--check] "
                         "[--by-encounter] [--bench]\n       moments-sim --venue FILE --table [--seeds N] [--check]\n", problem);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--cohort") return CohortMain(argc, argv);
    if (argc > 1 && std::string(argv[1]) == "--catalogue") return CatalogueMain(argc, argv);
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--venue" && has_value) o.VenueFile = argv[++i];
        else if (arg == "--bot" && has_value) {
            const auto bot = BotFromName(argv[++i]);
            if (!bot) return Usage("unknown bot");
            o.Bot = *bot;
        } else if (arg == "--shifts" && has_value) o.Shifts = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--seeds" && has_value) o.Seeds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--seed" && has_value) o.Seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--think" && has_value) o.ThinkSeconds = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--json") o.Json = true;
        else if (arg == "--check") o.Check = true;
        else if (arg == "--bench") o.Bench = true;
        else if (arg == "--table") o.Table = true;
        else if (arg == "--by-encounter") o.ByEncounter = true;
        else return Usage(("unknown argument " + arg).c_str());
    }
    if (o.VenueFile.empty()) return Usage("--venue is required");
    std::vector<ContentError> errors;
    const auto venue = LoadVenue(o.VenueFile, errors);
    if (!venue) {
        std::fprintf(stderr, "%s", Describe(errors).c_str());
        return 1;
    }
    if (o.Bench) {
        Bench(*venue, o);
        return 0;
    }
    if (o.Table) {
        const BalanceTable table = PlayTable(*venue, o.Seeds, o.ThinkSeconds);
        std::printf("%s", FormatTable(*venue, table).c_str());
        const std::vector<std::string> broken = BrokenRules(*venue, table);
        for (const std::string& b : broken) std::printf("BROKEN: %s\n", b.c_str());
        if (broken.empty()) std::printf("every balance rule holds\n");
        return o.Check && !broken.empty() ? 1 : 0;
    }
    const Tally t = SimulateShifts(*venue, o.Bot, o.Shifts, o.Seed, o.ThinkSeconds);
    Print(*venue, o, t);
    if (!o.Check) return 0;
    const std::string broken = BotRuleBroken(o.Bot, t);
    std::printf("balance rule for %s: %s\n", BotName(o.Bot), broken.empty() ? "holds" : ("BROKEN: " + broken).c_str());
    return broken.empty() ? 0 : 1;
}
