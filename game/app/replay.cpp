#include "replay.h"

#include "content/json.h"
#include "core/score.h"

#include <algorithm>

namespace moments {

namespace {

// [SECTION] Playing the save back


// The decision a Choose command makes, read before it is applied (the customer and beat at the counter).
ReplayDecision DecisionAt(const Shift& shift, const Command& command) {
    const Customer& customer = shift.Customers[static_cast<size_t>(shift.Current)];
    const Encounter& encounter = shift.Place->Encounters[static_cast<size_t>(customer.Encounter)];
    const Beat& beat = encounter.Beats[static_cast<size_t>(customer.Beat)];
    const Response& response = beat.Responses[static_cast<size_t>(command.Arg)];
    ReplayDecision d;
    d.Day = shift.Plan.Day + 1;
    d.Customer = shift.Current;
    d.CustomerName = encounter.Name;
    d.EncounterId = encounter.Id;
    d.BeatId = beat.Id;
    d.ChoiceId = ResponseId(*shift.Place, encounter, beat, response);
    d.Said = response.Text;
    d.Tick = command.Tick;
    return d;
}

// Fills in the state after a decision.
void NoteStateAfter(const Shift& shift, ReplayDecision& d) {
    d.Satisfaction = shift.Customers[static_cast<size_t>(d.Customer)].Satisfaction;
    d.Reputation = shift.Reputation;
    d.Outcomes = shift.Outcomes;
    d.Spent = shift.Spent;
    d.Score = ScoreShift(shift).Total;
}

// Plays one day's log as Replay does (core/snapshot.cpp), recording each decision.
// The log was accepted once by the same rules, so a command that fails means another venue version.
bool TraceDay(const Week& week, const DayLog& log, ReplayTrace& trace, Shift& shift, SnapshotError& error) {
    shift = StartNextShift(week, log.Options);
    std::vector<Event> pending; // events since the last decision
    for (const Command& c : log.Commands) {
        if (c.Tick < shift.Tick) {
            error = {SnapshotProblem::Damaged, {}, 0, 0, shift.Plan.Day + 1};
            return false;
        }
        Advance(shift, c.Tick - shift.Tick);
        const bool decision = c.Kind == CommandKind::Choose && shift.Now == Phase::Serving && shift.Tick == c.Tick &&
                              c.Arg >= 0 && CurrentBeat(shift) && c.Arg < static_cast<int>(CurrentBeat(shift)->Responses.size());
        ReplayDecision d = decision ? DecisionAt(shift, c) : ReplayDecision{};
        if (shift.Tick != c.Tick || !Apply(shift, c)) {
            error = {SnapshotProblem::DoesNotReplay, {}, &c - log.Commands.data() + 1, 0, shift.Plan.Day + 1};
            return false;
        }
        for (Event& e : DrainEvents(shift)) pending.push_back(e);
        if (!decision) continue;
        d.Events = std::move(pending);
        pending.clear();
        NoteStateAfter(shift, d);
        trace.Decisions.push_back(std::move(d));
    }
    if (!trace.Decisions.empty() && !pending.empty()) // what followed the day's last decision (the last resolution, the end)
        trace.Decisions.back().Events.insert(trace.Decisions.back().Events.end(), pending.begin(), pending.end());
    trace.Days.push_back({shift.Plan.Day + 1, shift.Now == Phase::Ended, ScoreShift(shift).Total, shift.Reputation, shift.Outcomes});
    return true;
}

} // namespace

std::optional<ReplayTrace> TraceSave(const std::vector<Venue>& venues, const std::string& save, Message& error) {
    SnapshotError problem;
    const auto snap = DecodeSnapshot(save, problem);
    const auto venue = snap ? std::find_if(venues.begin(), venues.end(), [&](const Venue& v) { return v.Id == snap->VenueId; }) : venues.end();
    if (snap && venue == venues.end()) {
        error = {"error.save.unknown_venue", {{"venue", MessageArg::Quoted(snap->VenueId)}}};
        return std::nullopt;
    }
    // The core's own replay first: the trace shows a save exactly when the game would resume it.
    const auto session = snap ? Replay(*venue, *snap, problem) : std::nullopt;
    if (!session) {
        error = SnapshotMessage(problem);
        return std::nullopt;
    }
    ReplayTrace trace{snap->VenueId, snap->VenueVersion, snap->Play, snap->Seed, snap->Form, {}, {}, 0};
    Week week = StartWeek(*venue, snap->Seed, snap->Play, snap->Form);
    for (const DayLog& log : snap->Days) {
        Shift shift;
        if (!TraceDay(week, log, trace, shift, problem)) {
            error = SnapshotMessage(problem);
            return std::nullopt;
        }
        if (shift.Now == Phase::Ended) RecordDay(week, shift);
    }
    trace.WeekScore = WeekScore(week);
    return trace;
}

// [SECTION] Showing it

std::string TraceJson(const ReplayTrace& trace) {
    json::Writer w;
    w.BeginObject().String("venue", trace.VenueId).Int("version", trace.VenueVersion);
    w.String("mode", trace.Play == Mode::Training ? "training" : "assessment").String("seed", std::to_string(trace.Seed)).Int("form", trace.Form);
    w.BeginArray("days");
    for (const ReplayDay& d : trace.Days) {
        w.BeginObject().Int("day", d.Day).Bool("finished", d.Finished).Int("score", d.Score).Int("reputation", d.Reputation);
        w.BeginObject("outcomes").Int("misery", d.Outcomes[0]).Int("mediocrity", d.Outcomes[1]).Int("magic", d.Outcomes[2]).EndObject().EndObject();
    }
    w.EndArray().Int("week_score", trace.WeekScore).BeginArray("decisions");
    for (const ReplayDecision& d : trace.Decisions) {
        w.BeginObject().Int("day", d.Day).Int("customer", d.Customer).String("name", d.CustomerName).String("encounter", d.EncounterId);
        w.String("beat", d.BeatId).String("choice", d.ChoiceId).Int("tick", d.Tick).BeginArray("events");
        for (const Event& e : d.Events) {
            w.BeginObject().String("kind", EventName(e.Kind)).Int("tick", e.Tick).Int("customer", e.Customer);
            if (e.Kind == EventKind::EncounterResolved || e.Kind == EventKind::PromiseBroken)
                w.String("outcome", OutcomeName(e.Result)).Int("reach", e.Reach);
            w.EndObject();
        }
        w.EndArray().Int("satisfaction", d.Satisfaction).Int("reputation", d.Reputation).Int("spent", d.Spent).Int("score", d.Score);
        w.EndObject();
    }
    w.EndArray().EndObject();
    return w.Text();
}

std::string DecisionText(const ReplayTrace& trace, size_t index) {
    const ReplayDecision& d = trace.Decisions[index];
    std::string out = "decision " + std::to_string(index + 1) + " of " + std::to_string(trace.Decisions.size()) + " - day " +
                      std::to_string(d.Day) + ", customer " + std::to_string(d.Customer + 1) + " (" + d.CustomerName + ", " +
                      d.EncounterId + "), beat " + d.BeatId + ", tick " + std::to_string(d.Tick) + "\n";
    out += "  chose " + d.ChoiceId + ": \"" + d.Said + "\"\n";
    for (const Event& e : d.Events) {
        out += "  event " + std::string(EventName(e.Kind)) + " at tick " + std::to_string(e.Tick);
        if (e.Kind == EventKind::EncounterResolved || e.Kind == EventKind::PromiseBroken)
            out += ": " + std::string(OutcomeName(e.Result)) + ", reach " + std::to_string(e.Reach);
        out += "\n";
    }
    out += "  state: satisfaction " + std::to_string(d.Satisfaction) + ", reputation " + std::to_string(d.Reputation) + ", outcomes " +
           std::to_string(d.Outcomes[2]) + " magic / " + std::to_string(d.Outcomes[1]) + " mediocrity / " + std::to_string(d.Outcomes[0]) +
           " misery, spent " + std::to_string(d.Spent) + ", shift score " + std::to_string(d.Score) + "\n";
    return out;
}

void StepThrough(const ReplayTrace& trace, std::FILE* in, std::FILE* out) {
    std::fprintf(out, "%s %d, %s, seed %llu: %zu decision(s) over %zu day(s), week score %d. Keys: n (or Enter) next, p previous, q quit.\n",
                 trace.VenueId.c_str(), trace.VenueVersion, trace.Play == Mode::Training ? "training" : "assessment",
                 static_cast<unsigned long long>(trace.Seed), trace.Decisions.size(), trace.Days.size(), trace.WeekScore);
    if (trace.Decisions.empty()) return;
    size_t at = 0;
    std::fputs(DecisionText(trace, at).c_str(), out);
    // A line at a time, as a terminal hands it over: its first letter is the key.
    for (char line[256]; std::fgets(line, sizeof line, in);) {
        const char key = line[0];
        if (key == 'q') return;
        if (key == 'p') at = at == 0 ? 0 : at - 1;
        else if (key == 'n' || key == '\n') at = std::min(at + 1, trace.Decisions.size() - 1);
        else continue;
        std::fputs(DecisionText(trace, at).c_str(), out);
    }
}

int RunReplay(const AppConfig& config, const std::string& save, bool json) {
    App app;
    AppInit(app, config);
    if (!app.Problems.empty()) {
        for (const ContentError& problem : app.Problems) std::fprintf(stderr, "%s\n", Describe(problem).c_str());
        return 1;
    }
    Message error;
    const auto trace = TraceSave(app.Sources, save, error);
    if (!trace) {
        std::fprintf(stderr, "moments: cannot replay this save: %s\n", Render(EnglishText(), error).c_str());
        return 1;
    }
    if (json) std::printf("%s\n", TraceJson(*trace).c_str());
    else StepThrough(*trace, stdin, stdout);
    return 0;
}

} // namespace moments
