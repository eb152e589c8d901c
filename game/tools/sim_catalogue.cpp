// The catalogue the HR report falls back on when its input carries no verdict
// (Moodle's default download): per venue, each decision's best answer and each
// answer's verdict, as the core judges them for a customer arriving fresh, plus
// the tag families from the core's tag table. Nothing here judges anything itself:
// every verdict is the one a played choice records (Step::Judged, Step::Best).
#include "sim_catalogue.h"

#include "app/app.h"
#include "content/json.h"
#include "content/manifest.h"
#include "content/venue_loader.h"

#include <cstdio>
#include <deque>
#include <fstream>
#include <string>
#include <vector>

namespace moments {

namespace {

constexpr int kArrivalGuardTicks = 1000000;

// What the core said of one decision: its best answer and each answer's verdict.
struct Judged {
    bool Reached = false;
    int Best = -1;
    std::vector<Verdict> Verdicts;
};

// A shift with one fresh customer of encounter `e` at the counter, the timer off so no time weighs on them.
Shift FreshCustomer(const Venue& venue, int e) {
    ShiftPlan plan;
    plan.Encounters = {e};
    plan.Returning = {false};
    Shift s = StartShift(venue, plan, 1, {TimerMode::Off, Mode::Training});
    for (int tick = 0; s.Now != Phase::Serving && tick < kArrivalGuardTicks; ++tick) Advance(s, 1);
    return s;
}

// Plays every answer of every beat the customer can reach (each beat judged the first
// time a walk that follows best answers first reaches it) and keeps the core's verdicts.
std::vector<Judged> JudgeEncounter(const Venue& venue, int e) {
    const Encounter& enc = venue.Encounters[static_cast<size_t>(e)];
    std::vector<Judged> beats(enc.Beats.size());
    std::deque<Shift> open{FreshCustomer(venue, e)};
    while (!open.empty()) {
        const Shift s = std::move(open.front());
        open.pop_front();
        if (s.Now != Phase::Serving) continue;
        const int beat = s.Customers[0].Beat;
        Judged& j = beats[static_cast<size_t>(beat)];
        if (j.Reached) continue;
        j.Reached = true;
        const size_t count = enc.Beats[static_cast<size_t>(beat)].Responses.size();
        j.Verdicts.assign(count, Verdict::Fair);
        std::vector<Shift> after;
        for (size_t r = 0; r < count; ++r) {
            Shift next = s;
            Apply(next, {0, CommandKind::Choose, static_cast<int>(r)});
            const Step& step = next.Customers[0].Path.back();
            j.Best = step.Best;
            j.Verdicts[r] = step.Judged;
            after.push_back(std::move(next));
        }
        open.push_back(std::move(after[static_cast<size_t>(j.Best)]));
        for (size_t r = 0; r < after.size(); ++r)
            if (static_cast<int>(r) != j.Best) open.push_back(std::move(after[r]));
    }
    return beats;
}

// The names of the tags a family of the core's tag table holds, in tag order.
void TagFamily(json::Writer& w, const char* key, bool (*in_family)(Tag)) {
    w.BeginArray(key);
    for (int t = 0; t < kTagCount; ++t)
        if (in_family(static_cast<Tag>(t))) w.String(kTagNames[static_cast<size_t>(t)]);
    w.EndArray();
}

// One answer: its words, its tags and the core's verdict (null where no walk reaches the beat).
void WriteResponse(json::Writer& w, const Response& r, const Judged& j, size_t index) {
    w.BeginObject().String("id", r.Id).String("text", r.Text).String("why", r.Why).Int("satisfaction", r.Satisfaction);
    w.BeginArray("tags");
    for (int t = 0; t < kTagCount; ++t)
        if (r.Tags.Has(static_cast<Tag>(t))) w.String(kTagNames[static_cast<size_t>(t)]);
    w.EndArray();
    if (j.Reached) w.String("result", VerdictWord(j.Verdicts[index])).Bool("best", static_cast<int>(index) == j.Best);
    else w.Null("result").Bool("best", false);
    w.EndObject();
}

// One venue: its week's length, assessment forms and every encounter's decisions.
void WriteVenue(json::Writer& w, const Venue& v) {
    w.BeginObject().String("id", v.Id).Int("version", v.Version).String("title", v.Title).Int("days", static_cast<int64_t>(v.Week.size()));
    w.BeginArray("forms");
    for (const AssessmentForm& f : v.Assessment) {
        w.BeginObject().String("id", f.Id).BeginArray("encounters");
        for (int e : f.Encounters) w.String(v.Encounters[static_cast<size_t>(e)].Id);
        w.EndArray().EndObject();
    }
    w.EndArray().BeginArray("encounters");
    for (size_t e = 0; e < v.Encounters.size(); ++e) {
        const Encounter& enc = v.Encounters[e];
        bool returning = false; // another encounter is this customer's return visit
        for (const Encounter& other : v.Encounters) returning = returning || other.ReturnVisit == static_cast<int>(e);
        w.BeginObject().String("id", enc.Id).String("name", enc.Name).Bool("returning", returning).BeginArray("beats");
        const std::vector<Judged> judged = JudgeEncounter(v, static_cast<int>(e));
        for (size_t b = 0; b < enc.Beats.size(); ++b) {
            const Beat& beat = enc.Beats[b];
            w.BeginObject().String("id", beat.Id).String("line", beat.Line).BeginArray("responses");
            for (size_t r = 0; r < beat.Responses.size(); ++r) WriteResponse(w, beat.Responses[r], judged[b], r);
            w.EndArray().EndObject();
        }
        w.EndArray().EndObject();
    }
    w.EndArray().EndObject();
}

// Says what was wrong with the command line; 2, as the other modes do.
int CatalogueUsage(const std::string& problem) {
    std::fprintf(stderr, "moments-sim: %s\nusage: moments-sim --catalogue FILE [--assets DIR]\n", problem.c_str());
    return 2;
}

} // namespace

// Reads the manifest's venues with the core's loader and writes them, judged, as one JSON file.
int CatalogueMain(int argc, char** argv) {
    std::string out, assets = "assets";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--catalogue") out = argv[i + 1];
        else if (arg == "--assets") assets = argv[i + 1];
        else return CatalogueUsage("unknown argument " + arg);
    }
    if (argc % 2 == 0 || out.empty()) return CatalogueUsage("--catalogue needs a file");
    std::vector<ContentError> errors;
    const auto manifest = LoadManifest(assets, errors);
    if (!manifest) return std::fprintf(stderr, "%s", Describe(errors).c_str()), 1;
    json::Writer w;
    w.BeginObject().BeginArray("languages");
    for (const std::string& lang : manifest->Languages) w.String(lang);
    w.EndArray().BeginArray("venues");
    for (const ManifestVenue& mv : manifest->Venues) {
        const auto venue = LoadVenue(assets + "/" + mv.File, errors);
        if (!venue) return std::fprintf(stderr, "%s", Describe(errors).c_str()), 1;
        WriteVenue(w, *venue);
    }
    w.EndArray().BeginObject("tags");
    TagFamily(w, "misery", IsMiseryTrigger);
    TagFamily(w, "overService", IsOverService);
    TagFamily(w, "magic", IsMagicBehaviour);
    w.EndObject().EndObject();
    std::ofstream file(out, std::ios::binary);
    file << w.Text() << "\n";
    if (!file) return std::fprintf(stderr, "moments-sim: cannot write %s\n", out.c_str()), 1;
    return 0;
}

} // namespace moments
