#include "reports.h"

#include "content/json.h"
#include "content/text.h"

#include <algorithm>

namespace moments {

namespace {

constexpr size_t kMaxDescription = 250;


} // namespace

std::optional<ChoiceReport> ReportChoice(const App& app, const Event& e) {
    if (e.Kind != EventKind::ChoiceMade || !app.Play) return std::nullopt;
    const Shift& s = *app.Play;
    const Customer& c = s.Customers[static_cast<size_t>(e.Customer)];
    const Encounter& enc = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
    const Beat& beat = enc.Beats[static_cast<size_t>(e.Beat)];
    const Response& chosen = beat.Responses[static_cast<size_t>(e.Response)];
    ChoiceReport r;
    r.Id = "d";
    r.Id.append(std::to_string(s.Plan.Day + 1)).append("-c").append(std::to_string(e.Customer + 1));
    r.Id.append("-").append(enc.Id).append("-").append(beat.Id);
    // Beats never repeat on a path, so the beat finds the step; the step holds the best answer of that moment.
    const auto step = std::find_if(c.Path.begin(), c.Path.end(), [&](const Step& st) { return st.Beat == e.Beat; });
    if (step == c.Path.end()) return std::nullopt;
    r.ResponseId = ResponseId(*s.Place, enc, beat, chosen);
    r.CorrectId = ResponseId(*s.Place, enc, beat, beat.Responses[static_cast<size_t>(step->Best)]);
    r.HintUsed = c.HintUsed;
    r.Result = VerdictWord(step->Judged); // the CSV export says the same
    r.LatencySeconds = static_cast<double>(e.LatencyTicks) / kTicksPerSecond;
    r.Description = CutUtf8(enc.Name + ": \u201C" + beat.Line + "\u201D \u2192 \u201C" + chosen.Text + "\u201D", kMaxDescription);
    return r;
}

std::optional<ResultReport> ReportResult(const App& app) {
    if (!app.Progress || app.Progress->Days.empty()) return std::nullopt;
    ResultReport r;
    r.Score = WeekScore(*app.Progress);
    r.Completed = WeekComplete(*app.Progress);
    r.Passed = r.Completed && r.Score >= app.PassMark;
    return r;
}

std::string ToJson(const ChoiceReport& r) {
    json::Writer w;
    w.BeginObject().String("id", r.Id).String("description", r.Description);
    w.String("responseId", r.ResponseId).String("correctId", r.CorrectId).Bool("hintUsed", r.HintUsed);
    w.String("result", r.Result).Double("latencySeconds", r.LatencySeconds).EndObject();
    return w.Text();
}

} // namespace moments
