// Feedback: the customer leaving pleased or fuming with word of mouth spreading
// across the scene, then the card: the outcome, how many people hear of it, the
// principle, a better move.
#include "screens.h"
#include "stage.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments::screens {

void OutcomeHeader(const ResultView& r, float radius) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    widgets::Face(r.Look, r.Mood, ImVec2(origin.x + radius, origin.y + radius + 2), radius);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + radius * 2 + 18, origin.y));
    ImGui::BeginGroup();
    widgets::Label(r.Name, theme::kInkSoft);
    ImGui::PushFont(theme::fonts.Heading);
    widgets::OutcomeIcon(r.Outcome, theme::OutcomeColour(r.Outcome));
    ImGui::SameLine();
    widgets::Paragraph(r.OutcomeText, theme::OutcomeColour(r.Outcome));
    ImGui::PopFont();
    widgets::Paragraph(r.Reach);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(ImGui::GetCursorScreenPos().y, origin.y + radius * 2 + 12)));
}

void Feedback(const FrameView& view, UiFrame& out) {
    const FeedbackView& v = view.Feedback;
    const ResultView& r = v.Result;
    Hud(view, out);
    BeginPanes(); // wide screens: the customer leaving, the lesson beside them
    stage::DrawDepartureStage(view, ColumnWidth(), out);
    NextPane();
    widgets::BeginCard();
    OutcomeHeader(r, 34.0f);
    widgets::Rule();
    if (!r.Principle.empty()) {
        widgets::Label(v.PrincipleLabel, theme::kInkSoft);
        widgets::Paragraph(r.Principle);
    }
    widgets::Label(v.BetterLabel, theme::kInkSoft);
    if (!r.Better.empty()) {
        widgets::Paragraph(v.YouSaid, theme::kInkSoft);
        widgets::Paragraph(v.BetterQuoted);
        widgets::Paragraph(r.BetterWhy, theme::kInkSoft);
    } else {
        widgets::Paragraph(v.BestPlay);
    }
    widgets::EndCard();
    Offer(v.Continue, ColumnWidth(), out, widgets::DefaultActionPressed());
    FollowUps(view, out);
    EndPanes();
}

} // namespace moments::screens
