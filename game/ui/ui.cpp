#include "ui.h"

#include "debug_overlay.h"
#include "mirror.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments {

constexpr float kColumnMax = 820.0f; // beyond this, lines get too long to read comfortably

bool UiSetup(const std::string& assets_dir, float pixel_ratio, int text_size, const std::string& text_in_use) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing to remember between sessions
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    static constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f};
    return theme::Apply(assets_dir + "/fonts", pixel_ratio, kTextScales[std::clamp(text_size, 0, 2)], text_in_use);
}

bool screens::Narrow() { return ImGui::GetMainViewport()->WorkSize.x < 600.0f; }

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
    const float width = std::min(vp->WorkSize.x, kColumnMax);
    ImGui::GetBackgroundDrawList()->AddRectFilled(vp->WorkPos, ImVec2(vp->WorkPos.x + vp->WorkSize.x, vp->WorkPos.y + vp->WorkSize.y), theme::kPaper);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - width) * 0.5f, vp->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y));
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, FadeIn(view, memory, out));
    ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
    if (memory.ScrollBy != 0.0f) { // a swipe: ImGui clamps it to the content
        ImGui::SetScrollY(ImGui::GetScrollY() + memory.ScrollBy);
        memory.ScrollBy = 0.0f;
    }
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
    if (view.Now != Screen::Title && view.Now != Screen::Error) { // the title has it among its settings
        widgets::Rule();
        screens::Offer(view.Sound, 0.0f, out);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    if (view.NextChange) out.DueIn(*view.NextChange); // a timer's next whole second, the clock's next minute
#ifndef NDEBUG
    if (memory.Debug) DrawDebugOverlay(view); // debug builds only (F12): release downloads carry no overlay
#endif
    return out;
}

} // namespace moments
