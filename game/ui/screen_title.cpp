// Title: what the game is, where you work, the timer setting, and Start.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

void Title(const App& app, Commands& out) {
    const Strings& t = app.Text;
    const float w = ColumnWidth();
    ImGui::Dummy(ImVec2(0, 8));
    widgets::Centred(t.Get("app.title"), theme::fonts.Heading, theme::kAccent);
    widgets::Paragraph(t.Get("app.tagline"));
    widgets::Rule();

    ImGui::TextUnformatted(t.Get("title.venue").c_str());
    for (size_t i = 0; i < app.Venues.size(); ++i) {
        if (ImGui::RadioButton(app.Venues[i].Title.c_str(), app.VenueIndex == static_cast<int>(i)))
            out.push_back({AppCommandKind::SelectVenue, static_cast<int>(i)});
        if (i + 1 < app.Venues.size()) ImGui::SameLine();
    }
    ImGui::TextUnformatted(t.Get("title.timer").c_str());
    for (int mode = 0; mode <= static_cast<int>(TimerMode::Off); ++mode) {
        ImGui::PushID(mode);
        if (ImGui::RadioButton(t.Get("timer." + std::to_string(mode)).c_str(), static_cast<int>(app.Options.Timer) == mode))
            out.push_back({AppCommandKind::SetTimer, mode});
        ImGui::PopID();
        if (mode < static_cast<int>(TimerMode::Off)) ImGui::SameLine();
    }
    widgets::Rule();
    widgets::Paragraph(t.Get("title.how"));
    ImGui::Dummy(ImVec2(0, 4));
    if (widgets::BigButton("start", t.Get("title.start"), "Enter", w, true) || widgets::DefaultActionPressed())
        out.push_back({AppCommandKind::StartShift, 0});
    widgets::Paragraph(t.Get("title.keys"), theme::kInkSoft);
}

} // namespace moments::screens
