// Debrief: what the shift added up to.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

void Debrief(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    const Strings& t = app.Text;
    const float w = ColumnWidth();
    ImGui::Dummy(ImVec2(0, 6));
    widgets::Centred(t.Get("debrief.heading"), theme::fonts.Heading, theme::kAccent);
    widgets::BeginCard();
    ImGui::TextDisabled("%s", t.Get("debrief.outcomes").c_str());
    const int served = s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2];
    for (int o = 2; o >= 0; --o) {
        const std::string caption = t.Get("outcome." + std::to_string(o)) + ": " + std::to_string(s.Outcomes[static_cast<size_t>(o)]);
        widgets::Meter(caption, served ? static_cast<float>(s.Outcomes[static_cast<size_t>(o)]) / static_cast<float>(served) : 0.0f,
                       theme::OutcomeColour(o), ImGui::GetContentRegionAvail().x);
    }
    widgets::Rule();
    ImGui::TextDisabled("%s", t.Get("debrief.reputation").c_str());
    ImGui::PushFont(theme::fonts.Heading);
    ImGui::PushStyleColor(ImGuiCol_Text, s.Reputation < 0 ? theme::kMisery : theme::kMagic);
    ImGui::TextUnformatted(t.Format("hud.people", {{"n", (s.Reputation > 0 ? "+" : "") + std::to_string(s.Reputation)}}).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    widgets::Paragraph(t.Get("debrief.breakeven"), theme::kInkSoft);
    widgets::EndCard();
    if (widgets::BigButton("again", t.Get("debrief.again"), "Enter", w, true) || widgets::DefaultActionPressed())
        out.push_back({AppCommandKind::BackToTitle, 0});
}

} // namespace moments::screens
