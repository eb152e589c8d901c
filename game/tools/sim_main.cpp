// moments-sim: plays whole weeks headlessly with a bot and reports the
// balance of a venue (GAME.md §5). Built from the core and content libraries only.
//   moments-sim --venue FILE [--bot best|worst|random|policy|overserve] [--shifts N]
//               [--seed S] [--think SECONDS] [--json] [--check] [--by-encounter] [--bench]
#include "app/bot.h"
#include "content/venue_loader.h"
#include "core/week.h"

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
    uint64_t Seed = 1;
    int ThinkSeconds = 3;
    bool Json = false, Check = false, Bench = false, ByEncounter = false;
};

struct Tally {
    std::array<long long, 3> Outcomes{}, Hurried{};
    std::vector<std::array<long long, 3>> PerEncounter; // outcomes by encounter index
    std::vector<int> Reputations; // one per shift
    long long Score = 0, Spent = 0, PromisesMade = 0, PromisesKept = 0, Encounters = 0;
};

// [SECTION] Playing ------------------------------------------------------------------

// Plays one shift to the end: the bot thinks, answers, and follows up when it would.
void PlayShift(Shift& s, const Options& o, Rng& rng) {
    const int think = o.ThinkSeconds * kTicksPerSecond;
    while (s.Now != Phase::Ended) {
        if (const int keep = BotKeepPromise(o.Bot, s, rng); keep >= 0) {
            Apply(s, {0, CommandKind::KeepPromise, keep});
        } else if (s.Now == Phase::Serving) {
            Advance(s, think);
            Apply(s, {0, CommandKind::Choose, BotChoose(o.Bot, s, rng)});
        } else {
            Apply(s, {0, CommandKind::Next, 0});
        }
        s.Events.clear();
    }
}

void Record(const Shift& s, Tally& t) {
    for (int o = 0; o < 3; ++o) t.Outcomes[static_cast<size_t>(o)] += s.Outcomes[static_cast<size_t>(o)];
    t.PerEncounter.resize(s.Place->Encounters.size());
    for (const Customer& c : s.Customers) {
        if (s.Place->Encounters[static_cast<size_t>(c.Encounter)].Temper == Patience::Hurried) t.Hurried[static_cast<size_t>(c.Result)] += 1;
        t.PerEncounter[static_cast<size_t>(c.Encounter)][static_cast<size_t>(c.Result)] += 1;
    }
    t.Reputations.push_back(s.Reputation);
    t.Spent += s.Spent;
    t.PromisesMade += static_cast<long long>(s.Promises.size());
    for (const PromiseState& p : s.Promises) t.PromisesKept += p.Kept;
    t.Encounters += static_cast<long long>(s.Customers.size());
}

// Plays `o.Shifts` shifts as consecutive weeks, so regulars return as in the game.
Tally Simulate(const Venue& venue, const Options& o) {
    Tally t;
    Rng rng{o.Seed * 7919 + 1};
    for (uint64_t w = 0; static_cast<int>(t.Reputations.size()) < o.Shifts; ++w) {
        Week week = StartWeek(venue, o.Seed + w * 101, Mode::Training);
        while (!WeekComplete(week) && static_cast<int>(t.Reputations.size()) < o.Shifts) {
            Shift s = StartNextShift(week, {TimerMode::Normal, Mode::Training});
            PlayShift(s, o, rng);
            Record(s, t);
            RecordDay(week, s);
            t.Score += week.Days.back().Result.Total;
        }
    }
    return t;
}

// [SECTION] Reporting -----------------------------------------------------------------

double Mean(const std::vector<int>& v) {
    double sum = 0;
    for (int x : v) sum += x;
    return v.empty() ? 0 : sum / static_cast<double>(v.size());
}

double Spread(const std::vector<int>& v) {
    const double m = Mean(v);
    double sum = 0;
    for (int x : v) sum += (x - m) * (x - m);
    return v.size() < 2 ? 0 : std::sqrt(sum / static_cast<double>(v.size() - 1));
}

double Rate(const std::array<long long, 3>& counts, Outcome o) {
    const long long total = counts[0] + counts[1] + counts[2];
    return total ? static_cast<double>(counts[static_cast<size_t>(o)]) / static_cast<double>(total) : 0.0;
}

void Print(const Venue& venue, const Options& o, const Tally& t) {
    const double shifts = static_cast<double>(t.Reputations.size());
    if (o.Json) {
        std::printf("{\"venue\":\"%s\",\"bot\":\"%s\",\"shifts\":%zu,\"encounters\":%lld,"
                    "\"outcomes\":{\"misery\":%lld,\"mediocrity\":%lld,\"magic\":%lld},"
                    "\"rates\":{\"misery\":%.4f,\"mediocrity\":%.4f,\"magic\":%.4f},"
                    "\"hurried\":{\"misery\":%lld,\"mediocrity\":%lld,\"magic\":%lld},"
                    "\"reputation\":{\"mean\":%.2f,\"spread\":%.2f},\"score\":%.2f,\"spend\":%.2f,"
                    "\"promises\":{\"made\":%lld,\"kept\":%lld}}\n",
                    venue.Id.c_str(), BotName(o.Bot), t.Reputations.size(), t.Encounters, t.Outcomes[0], t.Outcomes[1],
                    t.Outcomes[2], Rate(t.Outcomes, Outcome::Misery), Rate(t.Outcomes, Outcome::Mediocrity),
                    Rate(t.Outcomes, Outcome::Magic), t.Hurried[0], t.Hurried[1], t.Hurried[2], Mean(t.Reputations),
                    Spread(t.Reputations), static_cast<double>(t.Score) / shifts, static_cast<double>(t.Spent) / shifts,
                    t.PromisesMade, t.PromisesKept);
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

// GAME.md §5: what each bot's results must show. Returns false and says why if broken.
bool CheckBalance(const Options& o, const Tally& t) {
    bool ok = true;
    std::string rule;
    switch (o.Bot) {
    case BotKind::Best:
        rule = "best play: at least 80% magic and no misery";
        ok = Rate(t.Outcomes, Outcome::Magic) >= 0.80 && t.Outcomes[0] == 0;
        break;
    case BotKind::Worst:
        rule = "worst play: at least 60% misery";
        ok = Rate(t.Outcomes, Outcome::Misery) >= 0.60;
        break;
    case BotKind::Random:
        rule = "random play: mean reputation below zero";
        ok = Mean(t.Reputations) < 0;
        break;
    case BotKind::Policy:
        rule = "always quoting policy: mean reputation below zero";
        ok = Mean(t.Reputations) < 0;
        break;
    case BotKind::Overserve:
        rule = "over-serving everyone: hurried customers end no better than mediocrity";
        ok = t.Hurried[static_cast<size_t>(Outcome::Magic)] == 0;
        break;
    }
    std::printf("balance rule %s: %s\n", ok ? "holds" : "BROKEN", rule.c_str());
    return ok;
}

// Times the simulation of many encounters; a figure, not a pass/fail.
void Bench(const Venue& venue, Options o) {
    o.Shifts = 20000;
    const auto start = std::chrono::steady_clock::now();
    const Tally t = Simulate(venue, o);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bench: %lld encounters in %.3f s = %.0f encounters per second\n", t.Encounters, seconds,
                static_cast<double>(t.Encounters) / seconds);
}

int Usage(const char* problem) {
    std::fprintf(stderr, "moments-sim: %s\nusage: moments-sim --venue FILE [--bot best|worst|random|policy|overserve] "
                         "[--shifts N] [--seed S] [--think SECONDS] [--json] [--check] [--by-encounter] [--bench]\n", problem);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
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
        else if (arg == "--seed" && has_value) o.Seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--think" && has_value) o.ThinkSeconds = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--json") o.Json = true;
        else if (arg == "--check") o.Check = true;
        else if (arg == "--bench") o.Bench = true;
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
    const Tally t = Simulate(*venue, o);
    Print(*venue, o, t);
    return o.Check && !CheckBalance(o, t) ? 1 : 0;
}
