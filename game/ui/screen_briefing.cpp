// Briefing: today's stage, the venue's house rules, the word-of-mouth rule.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

void Briefing(const FrameView& view, UiFrame& out) {
    const BriefingView& v = view.Briefing;
    ImGui::Dummy(ImVec2(0, 8));
    widgets::Centred(v.Venue, theme::fonts.Heading, theme::kAccent);
    widgets::BeginCard();
    ImGui::PushFont(theme::fonts.Heading);
    widgets::Paragraph(v.Heading);
    ImGui::PopFont();
    widgets::Paragraph(v.About);
    widgets::EndCard();
    widgets::BeginCard();
    widgets::Label(v.PoliciesLabel, theme::kInkSoft);
    for (const std::string& policy : v.Policies) widgets::Paragraph("\u2022 " + policy);
    widgets::Paragraph(v.Budget);
    widgets::EndCard();
    widgets::BeginCard();
    widgets::Label(v.WordOfMouthLabel, theme::kInkSoft);
    widgets::Paragraph(v.WordOfMouth);
    widgets::EndCard();
    Offer(v.Open, ColumnWidth(), out, widgets::DefaultActionPressed());
}

} // namespace moments::screens
