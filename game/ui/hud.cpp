// The heads-up display over the counter: reputation (with ripples of small
// figures when word of mouth travels), clock, budget, progress, follow-ups.
#include "mirror.h"
#include "screens.h"
#include "theme.h"
#include "ui.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace moments::screens {

namespace {

constexpr float kRippleSeconds = 1.6f;

// A burst of word of mouth shown next to the reputation meter.
struct Ripple {
    int Change = 0;
    double Start = 0.0;
};

struct HudMemory {
    const Shift* Seen = nullptr; // the shift the memory belongs to
    int Reputation = 0;
    std::vector<Ripple> Ripples;
};

HudMemory g_memory; // presentation-only: which changes have been animated

// Spots reputation changes since the last frame and starts a ripple for each.
void TrackRipples(const Shift& s) {
    if (g_memory.Seen != &s) g_memory = {&s, s.Reputation, {}};
    if (s.Reputation != g_memory.Reputation) {
        g_memory.Ripples.push_back({s.Reputation - g_memory.Reputation, ImGui::GetTime()});
        g_memory.Reputation = s.Reputation;
    }
}

// The reputation meter's text equivalent, announced while its ripple shows.
void AnnounceRipple(const App& app, const Shift& s) {
    if (g_memory.Ripples.empty()) return;
    const int change = g_memory.Ripples.back().Change;
    const std::string moved = app.Text.Format(change > 0 ? "a11y.up" : "a11y.down", {{"n", std::to_string(std::abs(change))}});
    mirror::Announce(app.Text.Format("a11y.reputation", {{"n", Signed(s.Reputation)}, {"change", moved}}));
    const double now = ImGui::GetTime();
    g_memory.Ripples.erase(std::remove_if(g_memory.Ripples.begin(), g_memory.Ripples.end(),
                                          [&](const Ripple& r) { return now - r.Start > kRippleSeconds; }),
                           g_memory.Ripples.end());
    if (!g_memory.Ripples.empty()) NotePace(UiPace::Animating);
}

// A small person: head and shoulders, the unit of word of mouth.
void Person(ImDrawList* dl, ImVec2 at, float h, ImU32 colour) {
    dl->AddCircleFilled(ImVec2(at.x, at.y - h * 0.62f), h * 0.2f, colour, 10);
    dl->PathArcTo(ImVec2(at.x, at.y), h * 0.34f, 3.1416f, 6.2832f, 10);
    dl->PathFillConvex(colour);
}

// Figures rising (magic) or falling (misery) beside the meter, each with the number.
void DrawRipples(ImVec2 origin, float line, bool reduced_motion) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double now = ImGui::GetTime();
    float x = origin.x;
    for (const Ripple& r : g_memory.Ripples) {
        const float t = static_cast<float>((now - r.Start) / kRippleSeconds);
        const float drift = reduced_motion ? 0.0f : (r.Change > 0 ? -1.0f : 1.0f) * t * line * 0.8f;
        const auto alpha = static_cast<int>(255 * std::clamp(1.6f - t * 1.6f, 0.0f, 1.0f));
        const ImU32 colour = (r.Change > 0 ? theme::kMagic : theme::kMisery) & 0x00FFFFFF;
        const ImU32 faded = colour | (static_cast<ImU32>(alpha) << 24);
        const int figures = std::min(5, std::abs(r.Change) / 5);
        for (int i = 0; i < figures; ++i) Person(dl, ImVec2(x + static_cast<float>(i) * line * 0.45f, origin.y + line * 0.9f + drift), line * 0.8f, faded);
        const std::string label = Signed(r.Change);
        dl->AddText(ImVec2(x + static_cast<float>(figures) * line * 0.45f + 4, origin.y + drift), faded, label.c_str());
        x += static_cast<float>(figures) * line * 0.45f + ImGui::CalcTextSize(label.c_str()).x + line;
    }
}

} // namespace

std::string Signed(int value) { return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + std::to_string(std::abs(value)); }

std::string StageName(const App& app, Stage stage) { return app.Text.Get("stage." + std::to_string(static_cast<int>(stage))); }

void Hud(const App& app) {
    const Shift& s = *app.Play;
    const Strings& t = app.Text;
    TrackRipples(s);
    AnnounceRipple(app, s);
    const int clock = 9 * 3600 + s.Tick / kTicksPerSecond; // the shift opens at 09:00
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d", (clock / 3600) % 24, (clock / 60) % 60);
    ImGui::PushFont(theme::fonts.Small);
    const std::string where = s.Options.Play == Mode::Assessment ? t.Get("briefing.assessment")
                                                                  : t.Format("hud.day", {{"day", std::to_string(s.Plan.Day + 1)}}) + " · " + StageName(app, s.Plan.WeekStage);
    const std::string customer = t.Format("hud.customer", {{"n", std::to_string(std::min<int>(s.Current + 1, static_cast<int>(s.Customers.size())))},
                                                           {"total", std::to_string(s.Customers.size())}});
    widgets::Paragraph(where + " · " + customer + " · " + t.Get("hud.clock") + " " + time, theme::kInkSoft);
    ImGui::PopFont();

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const std::string rep = t.Get("hud.reputation") + ": " + t.Format("hud.people", {{"n", Signed(s.Reputation)}});
    ImGui::PushStyleColor(ImGuiCol_Text, s.Reputation < 0 ? theme::kMisery : s.Reputation > 0 ? theme::kMagic : theme::kInk);
    widgets::Label(rep);
    ImGui::PopStyleColor();
    const float after_rep = ImGui::CalcTextSize(rep.c_str()).x + 16;
    DrawRipples(ImVec2(origin.x + after_rep, origin.y), ImGui::GetTextLineHeight(), app.Prefs.ReducedMotion);

    const float budget_w = std::min(ColumnWidth(), 300.0f);
    const float spent = static_cast<float>(s.Spent) / static_cast<float>(std::max(1, s.Place->Budget));
    if (!Narrow()) { // wide screens: the budget shares the reputation's line, on the right
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - budget_w));
    }
    widgets::Meter(t.Format("hud.budget", {{"spent", std::to_string(s.Spent)}, {"total", std::to_string(s.Place->Budget)}}),
                   spent, spent > 1.0f ? theme::kMisery : theme::kAccent, budget_w);
}

void FollowUps(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    if (s.Promises.empty()) return;
    const Strings& t = app.Text;
    widgets::Label(t.Get("counter.followups"), theme::kInkSoft);
    bool key_used = false; // F follows up on the first promise that can be kept
    for (size_t i = 0; i < s.Promises.size(); ++i) {
        const PromiseState& p = s.Promises[i];
        const std::string who = s.Place->Encounters[static_cast<size_t>(s.Customers[static_cast<size_t>(p.Customer)].Encounter)].Name;
        const int left = std::max(0, (p.DeadlineTick - s.Tick) / kTicksPerSecond);
        const char* key = p.Kept ? "counter.followup_kept" : p.Broken ? "counter.followup_broken" : "counter.followup_due";
        widgets::Paragraph(t.Format(key, {{"customer", who}, {"text", p.What->Text}, {"seconds", std::to_string(left)}}),
                           p.Broken ? theme::kMisery : p.Kept ? theme::kMagic : 0);
        if (CanKeepPromise(s, static_cast<int>(i))) {
            ImGui::PushID(static_cast<int>(i));
            const bool by_key = !key_used && widgets::LetterPressed('f');
            if (widgets::BigButton("keep", t.Get("counter.keep"), key_used ? "" : "F", ColumnWidth()) || by_key)
                out.push_back({AppCommandKind::KeepPromise, static_cast<int>(i)});
            key_used = true;
            ImGui::PopID();
        }
    }
}

} // namespace moments::screens
