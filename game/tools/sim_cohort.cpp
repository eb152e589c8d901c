#include "sim_cohort.h"

#include "app/app.h"
#include "app/reports.h"
#include "content/json.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace moments {

namespace {

constexpr int kMinThinkSeconds = 2, kMaxThinkSeconds = 20; // whole seconds: the CSV keeps whole seconds
constexpr int kStepGuard = 100000;

// What one learner's bot did, as it did it (not as any export reports it).
struct Learner {
    std::string Name;
    BotKind Bot = BotKind::Random;
    uint64_t Seed = 0;
    json::Writer Truth;     // what the bot did: its answers as it gives them, then its result
    std::string LmsLines;   // what the LMS bridge was handed, one JSON object per line
    bool HintForCustomer = false;
};

// Hands this step's events to the "bridge" as the platform's ReportToLms does.
void ReportStep(App& app, Learner& l) {
    for (const Event& e : app.Recent) {
        if (const auto choice = ReportChoice(app, e)) l.LmsLines += "{\"choice\":" + ToJson(*choice) + "}\n";
        if (e.Kind != EventKind::ShiftEnded) continue;
        if (const auto r = ReportResult(app)) {
            json::Writer w;
            w.BeginObject().BeginObject("result").Int("score", r->Score).Bool("passed", r->Passed).Bool("completed", r->Completed);
            l.LmsLines += w.EndObject().EndObject().Text() + "\n";
        }
    }
    app.Recent.clear();
}

// Sends one command as the UI would, then hands its events over as the platform would.
void Apply(App& app, Learner& l, AppCommandKind kind, int arg = 0) {
    AppApply(app, {kind, arg});
    ReportStep(app, l);
}

// One decision at the counter: maybe a hint first (training, before the
// customer's first answer), some thinking time, then the bot's pick.
void Decide(App& app, Learner& l, const CohortOptions& o, Rng& rng) {
    Shift& s = *app.Play;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    if (c.Path.empty()) l.HintForCustomer = !o.Assessment && rng.Below(100) < o.HintPercent;
    if (c.Path.empty() && l.HintForCustomer) Apply(app, l, AppCommandKind::Hint);
    const int think = rng.Between(kMinThinkSeconds, kMaxThinkSeconds);
    AppTick(app, think * kTicksPerSecond);
    ReportStep(app, l);
    const int pick = BotChoose(l.Bot, s, rng);
    const int who = s.Current;
    const Encounter& enc = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
    const Beat* beat = CurrentBeat(s);
    l.Truth.BeginObject().Int("day", s.Plan.Day + 1).Int("customer", s.Current + 1).String("encounter", enc.Id);
    l.Truth.String("beat", beat->Id).String("response", ResponseId(*s.Place, enc, *beat, beat->Responses[static_cast<size_t>(pick)]));
    AppApply(app, {AppCommandKind::Choose, pick});
    // The time to decide as the core measured it (thinking, plus any wait the shift added).
    const auto made = std::find_if(app.Recent.begin(), app.Recent.end(), [](const Event& e) { return e.Kind == EventKind::ChoiceMade; });
    const int latency = made == app.Recent.end() ? 0 : made->LatencyTicks;
    // The core's verdict as it judged the choice (a tie with the best answer is as good as it): what every export reports.
    const bool best = s.Customers[static_cast<size_t>(who)].Path.back().Judged == Verdict::Best;
    l.Truth.Bool("best", best).Bool("hint", l.HintForCustomer).Int("thought", think).Double("seconds", static_cast<double>(latency) / kTicksPerSecond).EndObject();
    ReportStep(app, l);
}

// Writes bytes as they are (the CSV keeps its byte-order mark and line ends).
bool WriteFile(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

// Plays one learner's week (or assessment) to its summary and writes their three files.
std::string PlayLearner(const CohortOptions& o, Learner& l) {
    AppConfig config;
    config.AssetsDir = o.AssetsDir;
    config.Seed = l.Seed;
    config.Attempt = o.Attempt;
    config.Options = {o.Assessment ? TimerMode::Normal : TimerMode::Relaxed, o.Assessment ? Mode::Assessment : Mode::Training};
    config.ModeFixed = true;
    App app;
    AppInit(app, config);
    if (!app.Problems.empty()) return Describe(app.Problems.front());
    int venue = -1;
    for (size_t i = 0; i < app.Venues.size(); ++i)
        if (app.Venues[i].Id == o.VenueId) venue = static_cast<int>(i);
    if (venue < 0) return "no venue " + o.VenueId + " in " + o.AssetsDir;
    Rng rng{l.Seed * 7919u + static_cast<uint64_t>(o.Attempt)};
    l.Truth.BeginObject().BeginArray("choices");
    Apply(app, l, AppCommandKind::SelectVenue, venue);
    Apply(app, l, AppCommandKind::Begin);
    for (int guard = 0; app.Now != Screen::WeekSummary; ++guard) {
        if (guard > kStepGuard) return l.Name + ": the week did not end";
        const bool serving = app.Now == Screen::Counter || app.Now == Screen::Feedback;
        if (const int keep = serving ? BotKeepPromise(l.Bot, *app.Play, rng) : -1; keep >= 0) Apply(app, l, AppCommandKind::KeepPromise, keep);
        else if (app.Now == Screen::Briefing) Apply(app, l, AppCommandKind::StartShift);
        else if (app.Now == Screen::Counter) Decide(app, l, o, rng);
        else Apply(app, l, AppCommandKind::Continue);
    }
    AppApply(app, {AppCommandKind::ExportChoices, 0});
    if (app.Outbox.empty()) return l.Name + ": no CSV export at the week summary";
    const auto result = ReportResult(app);
    json::Writer& truth = l.Truth.EndArray();
    truth.String("learner", l.Name).String("bot", BotName(l.Bot)).Int("seed", static_cast<int64_t>(l.Seed));
    truth.String("venue", o.VenueId).String("mode", o.Assessment ? "assessment" : "training").Int("attempt", o.Attempt);
    truth.Int("form", app.Progress->Form + 1).Int("score", WeekScore(*app.Progress)).Bool("passed", result && result->Passed).EndObject();
    const std::filesystem::path dir(o.OutDir);
    if (!WriteFile(dir / (l.Name + ".csv"), app.Outbox.back().Content) || !WriteFile(dir / (l.Name + ".lms.jsonl"), l.LmsLines) ||
        !WriteFile(dir / (l.Name + ".truth.json"), truth.Text() + "\n"))
        return "cannot write into " + o.OutDir;
    return "";
}

} // namespace

// Learner i gets its own seed and the i-th bot of the list, round robin.
std::string WriteCohort(const CohortOptions& o) {
    std::error_code ec;
    std::filesystem::create_directories(o.OutDir, ec);
    if (ec) return "cannot create " + o.OutDir + ": " + ec.message();
    for (int i = 0; i < o.Learners; ++i) {
        Learner l;
        char name[32];
        std::snprintf(name, sizeof name, "-%02d", i + 1);
        l.Name = o.NamePrefix + name;
        l.Bot = o.Bots[static_cast<size_t>(i) % o.Bots.size()];
        l.Seed = o.Seed + static_cast<uint64_t>(i);
        if (std::string problem = PlayLearner(o, l); !problem.empty()) return problem;
    }
    return "";
}

namespace {

// Says what was wrong with the command line and how it goes; 2, as the other modes do.
int CohortUsage(const std::string& problem) {
    std::fprintf(stderr, "moments-sim: %s\nusage: moments-sim --cohort DIR [--assets DIR] [--venue-id ID] [--bots a,b,...] "
                         "[--learners N] [--names PREFIX] [--seed S] [--attempt N] [--mode training|assessment] [--hints PERCENT]\n", problem.c_str());
    return 2;
}

} // namespace

// Reads --cohort and its options (each takes a value) and writes the cohort.
int CohortMain(int argc, char** argv) {
    CohortOptions o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i], value = argv[i + 1];
        if (arg == "--cohort") o.OutDir = value;
        else if (arg == "--assets") o.AssetsDir = value;
        else if (arg == "--venue-id") o.VenueId = value;
        else if (arg == "--names") o.NamePrefix = value;
        else if (arg == "--learners") o.Learners = std::max(1, std::atoi(value.c_str()));
        else if (arg == "--seed") o.Seed = std::strtoull(value.c_str(), nullptr, 10);
        else if (arg == "--attempt") o.Attempt = std::max(0, std::atoi(value.c_str()));
        else if (arg == "--hints") o.HintPercent = std::clamp(std::atoi(value.c_str()), 0, 100);
        else if (arg == "--mode" && (value == "training" || value == "assessment")) o.Assessment = value == "assessment";
        else if (arg == "--bots") {
            o.Bots.clear();
            for (size_t start = 0; start <= value.size();) {
                const size_t comma = std::min(value.find(',', start), value.size());
                const auto bot = BotFromName(value.substr(start, comma - start));
                if (!bot) return CohortUsage("unknown bot in " + value);
                o.Bots.push_back(*bot);
                start = comma + 1;
            }
        } else return CohortUsage("unknown argument " + arg);
    }
    if (argc % 2 == 0) return CohortUsage(std::string("no value for ") + argv[argc - 1]);
    if (o.OutDir.empty()) return CohortUsage("--cohort needs a folder");
    const std::string problem = WriteCohort(o);
    if (!problem.empty()) std::fprintf(stderr, "moments-sim: %s\n", problem.c_str());
    return problem.empty() ? 0 : 1;
}

} // namespace moments
