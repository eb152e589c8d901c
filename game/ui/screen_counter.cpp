// Counter: the scene with the customer and the line, what they say, the patience
// timer, the responses, hints and the follow-up list.
#include "screens.h"
#include "stage.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments::screens {

namespace {

// Name, mood, request, what they really need (once found), and what they say.
void Speech(const CounterView& v) {
    widgets::BeginCard();
    ImGui::PushFont(theme::fonts.Heading);
    widgets::Label(v.Name);
    ImGui::PopFont();
    ImGui::SameLine();
    widgets::Label("· " + v.MoodText, theme::kInkSoft);
    widgets::Paragraph(v.Wants, theme::kInkSoft);
    if (!v.Returning.empty()) widgets::Paragraph(v.Returning, theme::kAccent);
    if (!v.Need.empty()) widgets::Paragraph(v.Need, theme::kMagic);
    widgets::Paragraph(v.QuotedLine);
    widgets::EndCard();
}

// How long the customer will still wait: a bar with the seconds, or why there is no timer.
void PatienceBar(const CounterView& v, UiFrame& out) {
    if (!v.Patience) {
        widgets::Label(v.PatienceOff, theme::kInkSoft);
        return;
    }
    out.Note(UiPace::Ticking); // the bar steps with the timer's seconds (view.NextChange says when)
    widgets::Meter(v.Patience->Caption, v.Patience->Fraction, theme::ToneColour(v.Patience->Colour), ColumnWidth());
}

// The answers (keys 1-4 in the order shown), the hint and its button.
void Responses(const CounterView& v, UiFrame& out) {
    const float w = ColumnWidth();
    const int typed = widgets::DigitPressed(); // keys follow the order on screen
    for (size_t place = 0; place < v.Choices.size(); ++place) Offer(v.Choices[place], w, out, typed == static_cast<int>(place));
    if (!v.Hint.empty()) widgets::Paragraph(v.Hint, theme::kAccent);
    if (v.HintButton) Offer(*v.HintButton, std::min(w, 240.0f), out, widgets::LetterPressed('h'));
}

} // namespace

void Counter(const FrameView& view, UiFrame& out) {
    if (!view.Counter.Present) return;
    const CounterView& v = view.Counter;
    Hud(view, out);
    if (!SideBySide()) { // a phone: what they say, then the scene with the answers over the counter's front
        Speech(v);
        PatienceBar(v, out);
        widgets::Label(v.ChooseLabel, theme::kInkSoft);
        const float front = stage::DrawCounterStage(view, ColumnWidth(), out);
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, front + ImGui::GetStyle().ItemSpacing.y));
        Responses(v, out);
        FollowUps(view, out);
        return;
    }
    BeginPanes(); // wide screens: the stage and what the customer says, the answers beside them
    stage::DrawCounterStage(view, ColumnWidth(), out);
    Speech(v);
    PatienceBar(v, out);
    NextPane();
    widgets::Label(v.ChooseLabel, theme::kInkSoft);
    Responses(v, out);
    FollowUps(view, out);
    EndPanes();
}

} // namespace moments::screens
