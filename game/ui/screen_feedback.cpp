// Feedback card: the outcome, how many people hear of it, the principle, a better move.
#include "mirror.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <cstdlib>

namespace moments::screens {

namespace {

std::string ReachLine(const Strings& t, int reach) {
    if (reach < 0) return t.Format("feedback.reach_bad", {{"n", std::to_string(std::abs(reach))}});
    if (reach > 0) return t.Format("feedback.reach_good", {{"n", std::to_string(reach)}});
    return t.Get("feedback.reach_none");
}

} // namespace

// The outcome with its icon and the people it reaches, for a resolved customer.
void OutcomeHeader(const App& app, const Customer& c, const Encounter& e, float radius) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const int outcome = static_cast<int>(c.Result);
    widgets::Face(e.Look, MoodStep(*app.Play, c), ImVec2(origin.x + radius, origin.y + radius + 2), radius);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + radius * 2 + 18, origin.y));
    ImGui::BeginGroup();
    widgets::Label(e.Name, theme::kInkSoft);
    ImGui::PushFont(theme::fonts.Heading);
    widgets::OutcomeIcon(outcome, theme::OutcomeColour(outcome));
    ImGui::SameLine();
    widgets::Paragraph(app.Text.Get("outcome." + std::to_string(outcome)), theme::OutcomeColour(outcome));
    ImGui::PopFont();
    widgets::Paragraph(ReachLine(app.Text, c.Reach));
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(ImGui::GetCursorScreenPos().y, origin.y + radius * 2 + 12)));
}

void Feedback(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    const Strings& t = app.Text;
    const Customer& c = s.Customers[static_cast<size_t>(app.FeedbackCustomer)];
    const Encounter& e = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
    const Lesson lesson = LessonFor(s, app.FeedbackCustomer);

    Hud(app);
    mirror::Announce(e.Name + ": " + t.Get("outcome." + std::to_string(static_cast<int>(c.Result))) + ". " + ReachLine(t, c.Reach) + ". " +
                     (lesson.Principle ? lesson.Principle->Why : ""));
    widgets::BeginCard();
    OutcomeHeader(app, c, e, 34.0f);
    widgets::Rule();
    if (lesson.Principle) {
        widgets::Label(t.Get("feedback.principle"), theme::kInkSoft);
        widgets::Paragraph(lesson.Principle->Why);
    }
    widgets::Label(t.Get("feedback.better"), theme::kInkSoft);
    if (lesson.BetterMove) {
        widgets::Paragraph(t.Format("feedback.you_said", {{"said", lesson.Said->Text}}), theme::kInkSoft);
        widgets::Paragraph(t.Quote(lesson.BetterMove->Text));
        widgets::Paragraph(lesson.BetterMove->Why, theme::kInkSoft);
    } else {
        widgets::Paragraph(t.Get("feedback.best_play"));
    }
    widgets::EndCard();
    const bool last = s.Current + 1 >= static_cast<int>(s.Customers.size());
    if (widgets::BigButton("continue", t.Get(last ? "feedback.finish" : "feedback.next"), "Enter", ColumnWidth(), true) ||
        widgets::DefaultActionPressed())
        out.push_back({AppCommandKind::Continue, 0});
    FollowUps(app, out);
}

} // namespace moments::screens
