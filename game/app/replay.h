// A learner's save, played back decision by decision for developers and
// trainers: `moments --replay SAVE` steps through it in the terminal, and
// `moments --replay SAVE --json` prints the trace to diff.
//
//   Message error;
//   if (const auto trace = TraceSave(app.Venues, "mot3|cafe_counter|1|t|1|0|0c0@a,...", error))
//       std::puts(TraceJson(*trace).c_str());
#pragma once
#include "app.h"
#include "content/message.h"
#include "core/snapshot.h"

#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace moments {

// One decision of the save, with what followed from it.
struct ReplayDecision {
    int Day = 0;            // 1-based
    int Customer = 0;       // index in the day's arrivals
    std::string CustomerName, EncounterId, BeatId;
    std::string ChoiceId;   // the response's stable id (<venue>.<encounter>.<beat>.<response>), as the LMS records it
    std::string Said;       // the response's text
    int Tick = 0;           // when it was chosen, in shift ticks
    std::vector<Event> Events; // since the previous decision, up to and including this one
    // The state after it:
    int Satisfaction = 0;   // the customer's running satisfaction
    int Reputation = 0;     // the shift's net reputation
    std::array<int, 3> Outcomes{}; // the shift's outcomes so far, by Outcome
    int Spent = 0;          // budget used
    int Score = 0;          // the shift's 0-100 score (what is resolved so far)
};

struct ReplayDay {
    int Day = 0;            // 1-based
    bool Finished = false;  // false for the shift the save stopped in
    int Score = 0, Reputation = 0;
    std::array<int, 3> Outcomes{};
};

struct ReplayTrace {
    std::string VenueId;
    int VenueVersion = 0;
    Mode Play = Mode::Training;
    uint64_t Seed = 0;
    int Form = 0;
    std::vector<ReplayDecision> Decisions;
    std::vector<ReplayDay> Days;
    int WeekScore = 0;      // the week's score so far (training), the assessment's score (assessment)
};

// Decodes `save` and plays it on the venue it names from `venues`. Fails
// (nullopt, with an "error.save.*" message) as resuming the save would.
std::optional<ReplayTrace> TraceSave(const std::vector<Venue>& venues, const std::string& save, Message& error);

// The trace as JSON (the project's writer): venue, mode, seed, days, and every
// decision with its customer, beat, choice id, events and score after.
std::string TraceJson(const ReplayTrace& trace);

// One decision as the terminal shows it: where it is, what was said, the events, the state.
std::string DecisionText(const ReplayTrace& trace, size_t index);

// Steps through the trace: reads keys from `in` (n next, p previous, q quit;
// Enter alone is next) and writes each decision to `out`. Returns when the
// reader quits or `in` ends.
void StepThrough(const ReplayTrace& trace, std::FILE* in, std::FILE* out);

// The command line's --replay: loads the venues as the game does from `config`,
// then prints the trace as JSON (`json`) or steps through it on stdin and stdout.
// `save` is the text the game saves ("mot3|..."; bridge::UnpackStoredSave reads
// an LMS's form of it). Returns the exit code: 0, or 1 with the reason on stderr.
int RunReplay(const AppConfig& config, const std::string& save, bool json);

} // namespace moments
