// Week summary and certificate: the stage reached, the score, pass or not.
#include "mirror.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

namespace {

// The highest stage whose day scored at the pass mark: how far the learner got.
Stage StageReached(const App& app) {
    Stage reached = Stage::Uncertainty;
    for (const DayResult& d : app.Progress->Days)
        if (d.Result.Total >= app.PassMark) reached = app.Progress->Place->Week[static_cast<size_t>(d.Day)].WeekStage;
    return reached;
}

void Certificate(const App& app, int score, bool passed) {
    const Strings& t = app.Text;
    const Week& w = *app.Progress;
    widgets::BeginCard();
    widgets::Centred(t.Get("certificate.heading"), theme::fonts.Heading, passed ? theme::kMagic : theme::kInkSoft);
    const std::string name = app.LearnerName.empty() ? t.Get("certificate.anonymous") : app.LearnerName;
    widgets::Paragraph(t.Format("certificate.body", {{"name", name},
                                                     {"what", t.Get(w.Play == Mode::Training ? "certificate.training" : "certificate.assessment")},
                                                     {"venue", w.Place->Title},
                                                     {"score", std::to_string(score)}}));
    const std::string verdict = t.Format(passed ? "week.passed" : "week.failed", {{"mark", std::to_string(app.PassMark)}});
    mirror::Announce(t.Format("week.score", {{"score", std::to_string(score)}}) + ". " + verdict);
    widgets::Paragraph(verdict, passed ? theme::kMagic : theme::kMisery);
    if (!app.Today.empty()) widgets::Paragraph(t.Format("certificate.date", {{"date", app.Today}}), theme::kInkSoft);
    widgets::EndCard();
}

} // namespace

void WeekSummary(const App& app, Commands& out) {
    const Strings& t = app.Text;
    const Week& w = *app.Progress;
    const int score = WeekScore(w);
    const bool passed = score >= app.PassMark;
    ImGui::Dummy(ImVec2(0, 6));
    widgets::Centred(t.Format(w.Play == Mode::Training ? "week.heading" : "week.assessment_heading", {{"venue", w.Place->Title}}),
                     theme::fonts.Heading, theme::kAccent);
    widgets::BeginCard();
    for (const DayResult& d : w.Days) {
        const Stage stage = w.Play == Mode::Training ? w.Place->Week[static_cast<size_t>(d.Day)].WeekStage : Stage::Experience;
        widgets::Meter(t.Format("week.day_score", {{"day", std::to_string(d.Day + 1)}, {"stage", StageName(app, stage)},
                                                   {"score", std::to_string(d.Result.Total)}}),
                       static_cast<float>(d.Result.Total) / 100.0f, d.Result.Total >= app.PassMark ? theme::kMagic : theme::kAccent, ColumnWidth());
    }
    widgets::Paragraph(t.Format("week.score", {{"score", std::to_string(score)}}));
    if (w.Play == Mode::Training) widgets::Paragraph(t.Format("week.stage_reached", {{"stage", StageName(app, StageReached(app))}}));
    widgets::EndCard();
    Certificate(app, score, passed);
    if (widgets::BigButton("export", t.Get("debrief.export"), "", ColumnWidth())) out.push_back({AppCommandKind::ExportChoices, 0});
    if (widgets::BigButton("title", t.Get("debrief.again"), "Enter", ColumnWidth(), true) || widgets::DefaultActionPressed())
        out.push_back({AppCommandKind::BackToTitle, 0});
}

} // namespace moments::screens
