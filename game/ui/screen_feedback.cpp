// Feedback card: the outcome, how many people hear of it, the principle, a better move.
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

void Feedback(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    const Strings& t = app.Text;
    const Customer& c = s.Customers[static_cast<size_t>(app.FeedbackCustomer)];
    const Encounter& e = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
    const Lesson lesson = LessonFor(s, app.FeedbackCustomer);
    const int outcome = static_cast<int>(c.Result);
    const float w = ColumnWidth();

    ImGui::Dummy(ImVec2(0, 6));
    widgets::BeginCard();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float radius = 34.0f;
    widgets::Face(e.Look, MoodStep(s, c), ImVec2(origin.x + radius, origin.y + radius + 2), radius);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + radius * 2 + 18, origin.y));
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", e.Name.c_str());
    ImGui::PushFont(theme::fonts.Heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::OutcomeColour(outcome));
    widgets::OutcomeIcon(outcome, theme::OutcomeColour(outcome));
    ImGui::SameLine();
    ImGui::TextUnformatted(t.Get("outcome." + std::to_string(outcome)).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(widgets::WrapRight());
    ImGui::TextUnformatted(ReachLine(t, c.Reach).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(ImGui::GetCursorScreenPos().y, origin.y + radius * 2 + 12)));
    widgets::Rule();
    if (lesson.Principle) {
        ImGui::TextDisabled("%s", t.Get("feedback.principle").c_str());
        widgets::Paragraph(lesson.Principle->Why);
    }
    ImGui::TextDisabled("%s", t.Get("feedback.better").c_str());
    if (lesson.BetterMove) {
        widgets::Paragraph("\u201C" + lesson.BetterMove->Text + "\u201D");
        widgets::Paragraph(lesson.BetterMove->Why, theme::kInkSoft);
    } else {
        widgets::Paragraph(t.Get("feedback.best_play"));
    }
    widgets::EndCard();
    const bool last = s.Current + 1 >= static_cast<int>(s.Customers.size());
    if (widgets::BigButton("continue", t.Get(last ? "feedback.finish" : "feedback.next"), "Enter", w, true) ||
        widgets::DefaultActionPressed())
        out.push_back({AppCommandKind::Continue, 0});
}

} // namespace moments::screens
