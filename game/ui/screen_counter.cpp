// Counter: the scene with the customer and the queue, their line, the patience
// timer, the responses, hints and the follow-up list.
#include "scene.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments::screens {

namespace {

// The counter, the customer standing at it, and the queue behind them.
void Stage(const FrameView& view) {
    const CounterView& v = view.Counter;
    const float w = ColumnWidth();
    const float h = std::clamp(ImGui::GetMainViewport()->WorkSize.y * 0.2f, 110.0f, 190.0f);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 p1(p0.x + w, p0.y + h);
    scene::DrawCounter(v.Setting, p0, p1, static_cast<float>(ImGui::GetTime()), view.Prefs.ReducedMotion);
    std::vector<scene::QueueFigure> queue;
    for (const WaitingView& waiting : v.Queue) queue.push_back({waiting.Look, waiting.Patience, waiting.Returning});
    scene::DrawQueue(queue, ImVec2(p0.x + w * 0.52f, p0.y + h * 0.08f), ImVec2(p1.x - 8, p0.y + h * 0.62f));
    widgets::Face(v.Look, v.Mood, ImVec2(p0.x + w * 0.24f, p0.y + h * 0.42f), h * 0.27f);
    ImGui::Dummy(ImVec2(w, h));
}

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

void PatienceBar(const CounterView& v, UiFrame& out) {
    if (!v.Patience) {
        widgets::Label(v.PatienceOff, theme::kInkSoft);
        return;
    }
    out.Note(UiPace::Ticking); // the bar steps with the timer's seconds (view.NextChange says when)
    widgets::Meter(v.Patience->Caption, v.Patience->Fraction, theme::ToneColour(v.Patience->Colour), ColumnWidth());
}

void Responses(const CounterView& v, UiFrame& out) {
    const float w = ColumnWidth();
    widgets::Label(v.ChooseLabel, theme::kInkSoft);
    const int typed = widgets::DigitPressed(); // keys follow the order on screen
    for (size_t place = 0; place < v.Choices.size(); ++place) Offer(v.Choices[place], w, out, typed == static_cast<int>(place));
    if (!v.Hint.empty()) widgets::Paragraph(v.Hint, theme::kAccent);
    if (v.HintButton) Offer(*v.HintButton, std::min(w, 240.0f), out, widgets::LetterPressed('h'));
}

} // namespace

void Counter(const FrameView& view, UiFrame& out) {
    if (!view.Counter.Present) return;
    Hud(view, out);
    Stage(view);
    Speech(view.Counter);
    PatienceBar(view.Counter, out);
    Responses(view.Counter, out);
    FollowUps(view, out);
}

} // namespace moments::screens
