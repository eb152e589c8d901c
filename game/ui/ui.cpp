#include "ui.h"

#include "debug_overlay.h"
#include "mirror.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

namespace moments {

constexpr float kColumnMax = 820.0f; // beyond this, lines get too long to read comfortably
constexpr float kPanesMax = 1220.0f;  // the shift screens' two panes side by side, on wide screens
constexpr float kPanesFrom = 1000.0f; // the narrowest display that gets them
constexpr float kStageShare = 0.58f;  // the stage's pane's part of the width

bool UiHasFonts(const std::string& assets_dir) { return theme::HasFonts(assets_dir + "/fonts"); }

bool UiSetup(const std::string& assets_dir, float pixel_ratio, int text_size, const std::string& text_in_use) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing to remember between sessions
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    static constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f};
    return theme::Apply(assets_dir + "/fonts", pixel_ratio, kTextScales[std::clamp(text_size, 0, 2)], text_in_use);
}

bool screens::Narrow() { return ImGui::GetMainViewport()->WorkSize.x < 600.0f; }

bool screens::SideBySide() { return ImGui::GetMainViewport()->WorkSize.x >= kPanesFrom; }

namespace {
// What this frame still has to place in the window that holds the answers: the
// words pane when the screen has panes, else the screen (see DrawUi).
struct PaneTail {
    float Swipe = 0.0f;              // a swipe's or wheel's distance still to scroll by
    const Control* Sound = nullptr;  // the sound toggle, last in that window
    UiFrame* Out = nullptr;
};
PaneTail g_tail;

// Scrolls the current window by the swipe still pending (ImGui clamps it to the content).
void ApplySwipe() {
    if (g_tail.Swipe == 0.0f) return;
    ImGui::SetScrollY(ImGui::GetScrollY() + g_tail.Swipe);
    g_tail.Swipe = 0.0f;
}

// Ends the answers' window with the sound toggle, once.
void DrawSoundToggle() {
    if (!g_tail.Sound) return;
    widgets::Rule();
    screens::Offer(*std::exchange(g_tail.Sound, nullptr), 0.0f, *g_tail.Out);
}
} // namespace

void screens::BeginPanes() {
    if (!SideBySide()) return;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 3.0f;
    ImGui::BeginChild("##stage-pane", ImVec2((ImGui::GetContentRegionAvail().x - gap) * kStageShare, 0.0f), false, ImGuiWindowFlags_NoBackground);
}

void screens::NextPane() {
    if (!SideBySide()) return;
    ImGui::EndChild();
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    ImGui::BeginChild("##words-pane", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    ApplySwipe(); // a swipe over the answers scrolls them
}

void screens::EndPanes() {
    if (!SideBySide()) return;
    DrawSoundToggle();
    ImGui::EndChild();
}

float screens::ColumnWidth() { return ImGui::GetContentRegionAvail().x - widgets::WrapInset(); }

namespace {
constexpr float kFadeSeconds = 0.25f;

// A new screen fades in over a quarter second, unless motion is reduced.
float FadeIn(const FrameView& view, UiMemory& memory, UiFrame& out) {
    if (view.Now != memory.Shown) {
        memory.Shown = view.Now;
        memory.ShownSince = ImGui::GetTime();
    }
    if (view.Prefs.ReducedMotion) return 1.0f;
    const float t = static_cast<float>(ImGui::GetTime() - memory.ShownSince) / kFadeSeconds;
    if (t < 1.0f) out.Note(UiPace::Animating);
    return std::clamp(t, 0.15f, 1.0f);
}
} // namespace

UiFrame DrawUi(const FrameView& view, UiMemory& memory) {
    UiFrame out;
    // One window: a readable column centred on wide screens, the full width on phones.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const bool panes = screens::SideBySide() && (view.Now == Screen::Counter || view.Now == Screen::Feedback);
    const float width = std::min(vp->WorkSize.x, panes ? kPanesMax : kColumnMax);
    ImGui::GetBackgroundDrawList()->AddRectFilled(vp->WorkPos, ImVec2(vp->WorkPos.x + vp->WorkSize.x, vp->WorkPos.y + vp->WorkSize.y), theme::kPaper);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - width) * 0.5f, vp->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y));
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, FadeIn(view, memory, out));
    ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
    g_tail = {std::exchange(memory.ScrollBy, 0.0f), view.Now != Screen::Title && view.Now != Screen::Error ? &view.Sound : nullptr, &out};
    if (!panes) ApplySwipe();
    // What the page says about the learner's progress (offline, storage full, another tab) shows on every screen.
    for (const std::string& notice : view.PageNotices) widgets::Paragraph(notice, theme::kMisery);
    if (!view.Announcement.empty()) mirror::Announce(view.Announcement);
    switch (view.Now) {
    case Screen::Title: screens::Title(view, out); break;
    case Screen::Briefing: screens::Briefing(view, out); break;
    case Screen::WeekSummary: screens::WeekSummary(view, out); break;
    case Screen::Counter: screens::Counter(view, out); break;
    case Screen::Feedback: screens::Feedback(view, out); break;
    case Screen::Debrief: screens::Debrief(view, out); break;
    case Screen::Error: screens::Error(view, out); break;
    }
    DrawSoundToggle(); // unless the words pane had it (the title has it among its settings)
    ApplySwipe();
    g_tail = {};
    ImGui::End();
    ImGui::PopStyleVar();
    if (view.NextChange) out.DueIn(*view.NextChange); // a timer's next whole second, the clock's next minute
#ifndef NDEBUG
    if (memory.Debug) DrawDebugOverlay(view); // debug builds only (F12): release downloads carry no overlay
#endif
    return out;
}

} // namespace moments
