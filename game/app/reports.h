// What the game reports to an LMS, derived from the App and its events:
// one interaction per choice, and the result of the week (or assessment).
// Plain data here; the platform's bridge turns it into SCORM or xAPI calls.
#pragma once
#include "app.h"

#include <optional>
#include <string>

namespace moments {

struct ChoiceReport {
    std::string Id;          // [A-Za-z0-9_-], unique in the attempt: d<day>-c<customer>-<encounter>-<beat>
    std::string Description; // for a human reading an LMS report, at most 250 bytes
    std::string ResponseId, CorrectId; // stable ids: <venue>.<encounter>.<beat>.<response>
    bool HintUsed = false;   // the learner asked for a hint while serving this customer
    std::string Result;      // "correct" (opens the path with the best end result), "incorrect" (it hurt now, broke a
                             // rule that protects the customer or lowered the outcome within reach), "neutral"
    double LatencySeconds = 0;
};

struct ResultReport {
    int Score = 0;          // 0..100: the mean of the days played so far
    bool Completed = false; // the week (or the assessment) is over
    bool Passed = false;    // completed at or above the pass mark
};

// The interaction for a ChoiceMade event of the shift in play; nullopt for other events.
std::optional<ChoiceReport> ReportChoice(const App& app, const Event& event);

// The result so far; nullopt before any shift has been finished.
std::optional<ResultReport> ReportResult(const App& app);

// The report as JSON, the form the page's LMS adapter takes.
std::string ToJson(const ChoiceReport& report);

} // namespace moments
