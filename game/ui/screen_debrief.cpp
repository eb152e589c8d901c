// Debrief: what the shift added up to, and why.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments::screens {

namespace {

// Net reputation after each customer, as a line over a zero axis.
void ReputationChart(const DebriefView& v, float width) {
    widgets::Label(v.ChartLabel, theme::kInkSoft);
    const float h = 110.0f;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, h));
    if (v.Trail.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int lo = 0, hi = 0;
    for (int value : v.Trail) lo = std::min(lo, value), hi = std::max(hi, value);
    const float range = static_cast<float>(std::max(10, hi - lo));
    auto y_of = [&](int value) { return p0.y + 8 + (static_cast<float>(hi - value) / range) * (h - 16); };
    dl->AddLine(ImVec2(p0.x, y_of(0)), ImVec2(p0.x + width, y_of(0)), theme::kInkSoft, 1.0f);
    const float step = width / static_cast<float>(v.Trail.size());
    ImVec2 last(p0.x, y_of(0));
    for (size_t i = 0; i < v.Trail.size(); ++i) {
        const ImVec2 point(p0.x + step * (static_cast<float>(i) + 1.0f) - step * 0.5f, y_of(v.Trail[i]));
        dl->AddLine(last, point, theme::kAccent, 2.5f);
        dl->AddCircleFilled(point, 4.0f, v.Trail[i] < 0 ? theme::kMisery : theme::kMagic);
        last = point;
    }
    const std::string top = SignedText(hi), bottom = SignedText(lo);
    dl->AddText(ImVec2(p0.x + 2, p0.y), theme::kInkSoft, top.c_str());
    dl->AddText(ImVec2(p0.x + 2, p0.y + h - ImGui::GetTextLineHeight()), theme::kInkSoft, bottom.c_str());
}

void Totals(const DebriefView& v, float width) {
    for (size_t i = 0; i < v.Outcomes.size(); ++i) {
        const int outcome = 2 - static_cast<int>(i); // magic first
        widgets::OutcomeIcon(outcome, theme::OutcomeColour(outcome));
        ImGui::SameLine();
        widgets::Meter(v.Outcomes[i].Caption, v.Outcomes[i].Fraction, theme::ToneColour(v.Outcomes[i].Colour),
                       width - ImGui::GetTextLineHeight() - ImGui::GetStyle().ItemSpacing.x);
    }
    widgets::Label(v.ReputationLabel, theme::kInkSoft);
    widgets::SameLineIfFits(v.Reputation); // on a narrow screen the figure goes below
    ImGui::PushStyleColor(ImGuiCol_Text, theme::ToneColour(v.ReputationColour));
    widgets::Label(v.Reputation);
    ImGui::PopStyleColor();
    for (const Line& line : v.Totals) widgets::Paragraph(line.Text, theme::ToneColour(line.Colour));
}

// In assessment there were no feedback cards: every customer is reviewed here.
void Review(const DebriefView& v) {
    widgets::Label(v.ReviewLabel, theme::kInkSoft);
    for (const ResultView& r : v.Review) {
        OutcomeHeader(r, 22.0f);
        if (!r.ReviewLine.empty()) widgets::Paragraph(r.ReviewLine, theme::kInkSoft);
    }
}

} // namespace

void Debrief(const FrameView& view, UiFrame& out) {
    const DebriefView& v = view.Debrief;
    const float w = ColumnWidth();
    ImGui::Dummy(ImVec2(0, 6));
    widgets::Centred(v.Heading, theme::fonts.Heading, theme::kAccent);
    widgets::Centred(v.Score, theme::fonts.Body, theme::kInk);
    Offer(v.Next, w, out, widgets::DefaultActionPressed());
    widgets::BeginCard();
    Totals(v, ColumnWidth());
    widgets::EndCard();
    widgets::BeginCard();
    ReputationChart(v, ColumnWidth());
    widgets::Label(v.BreakEvenLabel, theme::kInkSoft);
    widgets::Meter(v.BreakEven.Caption, v.BreakEven.Fraction, theme::ToneColour(v.BreakEven.Colour), ColumnWidth());
    widgets::EndCard();
    widgets::BeginCard();
    widgets::Label(v.LessonsLabel, theme::kInkSoft);
    for (const std::string& lesson : v.Lessons) widgets::Paragraph("\u2022 " + lesson);
    widgets::EndCard();
    if (!v.Review.empty()) {
        widgets::BeginCard();
        Review(v);
        widgets::EndCard();
    }
    Offer(v.Export, w, out);
    Offer(v.Again, w, out);
}

} // namespace moments::screens
