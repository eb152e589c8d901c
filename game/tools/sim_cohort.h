// A synthetic cohort for the HR report (report/): bots play whole weeks or
// assessments through the App, as the UI would drive it, and each learner's
// records are written the way the real game produces them.
#pragma once
#include "app/bot.h"

#include <string>
#include <vector>

namespace moments {

struct CohortOptions {
    std::string OutDir;                 // where the files go (created if missing)
    std::string AssetsDir = "assets";   // manifest.json, venues/ and locales/ as the build stages them, as for the game
    std::string VenueId = "cafe_counter";
    std::vector<BotKind> Bots{BotKind::Random}; // learner i plays bot i mod size
    std::string NamePrefix = "learner";  // learners are <prefix>-01, <prefix>-02, …: the same names pair attempts
    int Learners = 10;
    uint64_t Seed = 1;                  // learner i plays seed Seed + i
    int Attempt = 0;                    // the LMS's attempt count: picks the assessment form
    bool Assessment = false;
    int HintPercent = 0;                // training: share of customers a learner asks a hint for
};

// Writes, per learner L (named "<prefix>-NN"): L.csv, the game's own CSV export
// (the App's ExportChoices request); L.lms.jsonl, what the page's LMS bridge is
// handed (one {"choice":…} per answer, {"result":…} when a shift ends); and
// L.truth.json, what the bot itself did (its picks, hints, thinking time, score),
// for tests to check a report against. Returns "" or what went wrong.
std::string WriteCohort(const CohortOptions& options);

// The command line: moments-sim --cohort DIR [--assets DIR] [--venue-id ID]
// [--bots a,b,…] [--learners N] [--names PREFIX] [--seed S] [--attempt N] [--mode training|assessment]
// [--hints PERCENT]. Returns the process's exit code.
int CohortMain(int argc, char** argv);

} // namespace moments
