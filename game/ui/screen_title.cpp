// Title: what the game is, where you work, the mode, the settings, and Start.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

namespace {

// One labelled row of radio buttons, side by side unless the screen is narrow.
void Row(const ChoiceRow& row, UiFrame& out) {
    widgets::Label(row.Label);
    for (size_t i = 0; i < row.Options.size(); ++i) {
        if (i > 0 && !Narrow()) ImGui::SameLine();
        Offer(row.Options[i], 0.0f, out);
    }
    if (!row.About.empty()) widgets::Paragraph(row.About, theme::kInkSoft);
}

} // namespace

void Title(const FrameView& view, UiFrame& out) {
    const TitleView& v = view.Title;
    const float w = ColumnWidth();
    ImGui::Dummy(ImVec2(0, 8));
    widgets::Centred(v.Heading, theme::fonts.Heading, theme::kAccent);
    widgets::Paragraph(v.Tagline);
    if (!v.Learner.empty()) widgets::Paragraph(v.Learner, theme::kInkSoft);
    if (!v.Notice.empty()) {
        widgets::BeginCard();
        widgets::Paragraph(v.Notice, theme::kMisery);
        widgets::EndCard();
    }
    widgets::Rule();
    for (const ChoiceRow& row : v.Rows) Row(row, out);
    Offer(v.ReducedMotion, 0.0f, out);
    widgets::Rule();
    widgets::Paragraph(v.How);
    Offer(v.Start, w, out, widgets::DefaultActionPressed());
    if (v.Restart) Offer(*v.Restart, w, out);
    widgets::Paragraph(v.Keys, theme::kInkSoft);
}

} // namespace moments::screens
