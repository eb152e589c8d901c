// Counter: the customer, their line, the patience timer, the HUD and the responses.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <cstdio>

namespace moments::screens {

namespace {

// Reputation, customer count, clock and spend in one row.
void Hud(const App& app) {
    const Shift& s = *app.Play;
    const Strings& t = app.Text;
    const int total_seconds = 9 * 3600 + s.Tick / kTicksPerSecond; // the shift opens at 09:00
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d:%02d", (total_seconds / 3600) % 24, (total_seconds / 60) % 60);
    ImGui::PushFont(theme::fonts.Small);
    ImGui::TextUnformatted(t.Get("stage." + std::to_string(static_cast<int>(s.Place->Week[static_cast<size_t>(s.Day)].WeekStage))).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("·");
    ImGui::SameLine();
    ImGui::TextUnformatted(t.Format("hud.customer", {{"n", std::to_string(s.Current + 1)}, {"total", std::to_string(s.Customers.size())}}).c_str());
    ImGui::PopFont();
    const std::string rep = t.Get("hud.reputation") + ": " + t.Format("hud.people", {{"n", (s.Reputation > 0 ? "+" : "") + std::to_string(s.Reputation)}});
    ImGui::PushStyleColor(ImGuiCol_Text, s.Reputation < 0 ? theme::kMisery : s.Reputation > 0 ? theme::kMagic : theme::kInk);
    ImGui::TextUnformatted(rep.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s · %s %d", t.Get("hud.clock").c_str(), clock, t.Get("hud.spent").c_str(), s.Spent);
    const size_t waiting = WaitingCustomers(s).size();
    if (waiting > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("· %s", t.Format("hud.waiting", {{"n", std::to_string(waiting)}}).c_str());
    }
}

// Portrait, name, mood, request, and the customer's line.
void CustomerCard(const App& app, const Encounter& e, const Beat& beat) {
    const Shift& s = *app.Play;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    const int mood = MoodStep(s, c);
    const float radius = 46.0f;
    widgets::BeginCard();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    widgets::Face(e.Look, mood, ImVec2(origin.x + radius + 4, origin.y + radius + 4), radius);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + radius * 2 + 24, origin.y));
    ImGui::BeginGroup();
    ImGui::PushFont(theme::fonts.Heading);
    ImGui::TextUnformatted(e.Name.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", app.Text.Get("mood." + std::to_string(mood)).c_str());
    ImGui::PushTextWrapPos(widgets::WrapRight());
    ImGui::TextDisabled("%s", app.Text.Format("counter.wants", {{"request", e.Request}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(ImGui::GetCursorScreenPos().y, origin.y + radius * 2 + 40)));
    ImGui::PushFont(theme::fonts.Body);
    widgets::Paragraph("\u201C" + beat.Line + "\u201D");
    ImGui::PopFont();
    widgets::EndCard();
}

void PatienceBar(const App& app, float width) {
    const Shift& s = *app.Play;
    const int total = DecisionTicks(s);
    if (total == 0) {
        ImGui::TextDisabled("%s", app.Text.Get("counter.patience_off").c_str());
        return;
    }
    const int left = DecisionTicksLeft(s);
    const float fraction = static_cast<float>(left) / static_cast<float>(total);
    const std::string caption = left > 0 ? app.Text.Get("counter.patience") + " · " + std::to_string((left + kTicksPerSecond - 1) / kTicksPerSecond) + " s"
                                         : app.Text.Get("counter.draining");
    widgets::Meter(caption, left > 0 ? fraction : 1.0f, left > 0 ? (fraction > 0.3f ? theme::kMagic : theme::kAccent) : theme::kMisery, width);
}

} // namespace

void Counter(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    const Encounter* e = CurrentEncounter(s);
    const Beat* beat = CurrentBeat(s);
    if (!e || !beat) return;
    const float w = ColumnWidth();
    Hud(app);
    CustomerCard(app, *e, *beat);
    PatienceBar(app, w);
    ImGui::TextDisabled("%s", app.Text.Get("counter.choose").c_str());
    const int typed = widgets::DigitPressed();
    for (size_t i = 0; i < beat->Responses.size(); ++i) {
        const std::string key = std::to_string(i + 1);
        const bool clicked = widgets::BigButton(("r" + key).c_str(), beat->Responses[i].Text, key.c_str(), w);
        if (clicked || typed == static_cast<int>(i)) out.push_back({AppCommandKind::Choose, static_cast<int>(i)});
    }
}

} // namespace moments::screens
