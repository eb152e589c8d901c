// The heads-up display over the counter: reputation (with ripples of small
// figures when word of mouth travels), clock, budget, progress, follow-ups.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>

namespace moments::screens {

namespace {

// A small person: head and shoulders, the unit of word of mouth.
void Person(ImDrawList* dl, ImVec2 at, float h, ImU32 colour) {
    dl->AddCircleFilled(ImVec2(at.x, at.y - h * 0.62f), h * 0.2f, colour, 10);
    dl->PathArcTo(ImVec2(at.x, at.y), h * 0.34f, 3.1416f, 6.2832f, 10);
    dl->PathFillConvex(colour);
}

// Figures rising (magic) or falling (misery) beside the meter, each with the number.
void DrawRipples(const std::vector<RippleView>& ripples, ImVec2 origin, float line, bool reduced_motion, UiFrame& out) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = origin.x;
    for (const RippleView& r : ripples) {
        const float t = r.Age;
        const float drift = reduced_motion ? 0.0f : (r.Change > 0 ? -1.0f : 1.0f) * t * line * 0.8f;
        const auto alpha = static_cast<int>(255 * std::clamp(1.6f - t * 1.6f, 0.0f, 1.0f));
        const ImU32 colour = (r.Change > 0 ? theme::kMagic : theme::kMisery) & 0x00FFFFFF;
        const ImU32 faded = colour | (static_cast<ImU32>(alpha) << 24);
        const int figures = std::min(5, std::abs(r.Change) / 5);
        for (int i = 0; i < figures; ++i) Person(dl, ImVec2(x + static_cast<float>(i) * line * 0.45f, origin.y + line * 0.9f + drift), line * 0.8f, faded);
        const std::string label = SignedText(r.Change);
        dl->AddText(ImVec2(x + static_cast<float>(figures) * line * 0.45f + 4, origin.y + drift), faded, label.c_str());
        x += static_cast<float>(figures) * line * 0.45f + ImGui::CalcTextSize(label.c_str()).x + line;
    }
    if (!ripples.empty()) out.Note(UiPace::Animating);
}

} // namespace

void Offer(const Control& control, float width, UiFrame& out, bool also) {
    if (widgets::Press(control, width) || also) out.Commands.push_back(control.Command);
}

void Hud(const FrameView& view, UiFrame& out) {
    const HudView& hud = *view.Hud;
    ImGui::PushFont(theme::fonts.Small);
    widgets::Paragraph(hud.Where, theme::kInkSoft);
    ImGui::PopFont();

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_Text, hud.ReputationColour == Tone::Ink ? theme::kInk : theme::ToneColour(hud.ReputationColour));
    widgets::Label(hud.Reputation);
    ImGui::PopStyleColor();
    const float after_rep = ImGui::CalcTextSize(hud.Reputation.c_str()).x + 16;
    DrawRipples(hud.Ripples, ImVec2(origin.x + after_rep, origin.y), ImGui::GetTextLineHeight(), view.Prefs.ReducedMotion, out);

    const float budget_w = std::min(ColumnWidth(), 300.0f);
    if (!Narrow()) { // wide screens: the budget shares the reputation's line, on the right
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - budget_w));
    }
    widgets::Meter(hud.Budget.Caption, hud.Budget.Fraction, theme::ToneColour(hud.Budget.Colour), budget_w);
}

void FollowUps(const FrameView& view, UiFrame& out) {
    if (view.Promises.empty()) return;
    widgets::Label(view.PromisesLabel, theme::kInkSoft);
    const bool typed = widgets::LetterPressed('f'); // F keeps the first promise that can be kept
    for (const PromiseView& p : view.Promises) {
        widgets::Paragraph(p.Status.Text, theme::ToneColour(p.Status.Colour));
        if (p.Keep) Offer(*p.Keep, ColumnWidth(), out, typed && !p.Keep->Shortcut.empty());
    }
}

} // namespace moments::screens
