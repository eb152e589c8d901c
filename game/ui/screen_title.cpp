// Title: what the game is, Start (one tap plays with the last settings, which
// the page remembers), then the settings and how to play.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments::screens {

namespace {

// One labelled row of radio buttons, side by side while they fit (on a phone a
// wider gap keeps neighbouring targets apart for a thumb), else on the next line.
void Row(const ChoiceRow& row, UiFrame& out) {
    widgets::Label(row.Label);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = Narrow() ? ImGui::GetFontSize() * 1.2f : style.ItemSpacing.x;
    for (size_t i = 0; i < row.Options.size(); ++i) {
        if (i > 0) {
            const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(row.Options[i].Label.c_str()).x;
            ImGui::SameLine(0.0f, gap);
            if (ImGui::GetCursorPosX() + width > widgets::WrapRight()) ImGui::NewLine();
        }
        Offer(row.Options[i], 0.0f, out);
    }
    if (!row.About.empty()) widgets::Paragraph(row.About, theme::kInkSoft);
}

// The settings: on a wide screen in two columns side by side (so all of them show
// at 1280x720 with Start), the language, venue and mode on the left; else one under another.
void Settings(const FrameView& view, UiFrame& out) {
    const TitleView& v = view.Title;
    constexpr float kTwoColumnsFrom = 640.0f; // content width below which one column reads better
    const float width = ColumnWidth();
    const bool two = !Narrow() && width >= kTwoColumnsFrom;
    const size_t left = two ? (v.Rows.size() + 1) / 2 : v.Rows.size();
    const float top = ImGui::GetCursorPosY(), gap = ImGui::GetFontSize() * 1.5f, half = (width - gap) * 0.5f;
    if (two) widgets::SetRightInset(half + gap);
    for (size_t i = 0; i < left; ++i) Row(v.Rows[i], out);
    const float left_bottom = ImGui::GetCursorPosY();
    if (two) {
        widgets::SetRightInset(0.0f);
        ImGui::SetCursorPosY(top);
        ImGui::Indent(half + gap);
    }
    for (size_t i = left; i < v.Rows.size(); ++i) Row(v.Rows[i], out);
    Offer(v.ReducedMotion, 0.0f, out);
    Offer(view.Sound, 0.0f, out);
    if (two) {
        ImGui::Unindent(half + gap);
        ImGui::SetCursorPosY(std::max(left_bottom, ImGui::GetCursorPosY()));
    }
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
    // Start comes first, in view at every size; under it, what it plays.
    Offer(v.Start, w, out, widgets::DefaultActionPressed());
    if (!v.Playing.empty()) widgets::Paragraph(v.Playing, theme::kInkSoft);
    if (v.Restart) Offer(*v.Restart, w, out);
    widgets::Rule();
    Settings(view, out);
    widgets::Rule();
    widgets::Paragraph(v.How);
    widgets::Paragraph(v.Keys, theme::kInkSoft);
}

} // namespace moments::screens
