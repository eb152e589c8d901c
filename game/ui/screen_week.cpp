// Week summary and certificate: the stage reached, the score, pass or not.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

namespace {

void Certificate(const WeekView& v) {
    widgets::BeginCard();
    widgets::Centred(v.CertificateHeading, theme::fonts.Heading, v.Verdict.Colour == Tone::Magic ? theme::kMagic : theme::kInkSoft);
    widgets::Paragraph(v.CertificateBody);
    widgets::Paragraph(v.Verdict.Text, theme::ToneColour(v.Verdict.Colour));
    if (!v.Date.empty()) widgets::Paragraph(v.Date, theme::kInkSoft);
    widgets::EndCard();
}

} // namespace

void WeekSummary(const FrameView& view, UiFrame& out) {
    const WeekView& v = view.Summary;
    ImGui::Dummy(ImVec2(0, 6));
    widgets::Centred(v.Heading, theme::fonts.Heading, theme::kAccent);
    widgets::BeginCard();
    for (const MeterView& day : v.Days) widgets::Meter(day.Caption, day.Fraction, theme::ToneColour(day.Colour), ColumnWidth());
    widgets::Paragraph(v.Score);
    if (!v.StageReached.empty()) widgets::Paragraph(v.StageReached);
    widgets::EndCard();
    Certificate(v);
    Offer(v.Export, ColumnWidth(), out);
    Offer(v.Again, ColumnWidth(), out, widgets::DefaultActionPressed());
}

} // namespace moments::screens
