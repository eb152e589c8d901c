// Briefing: today's stage, the venue's house rules, the word-of-mouth rule.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

void Briefing(const App& app, Commands& out) {
    const Strings& t = app.Text;
    const Week& week = *app.Progress;
    const Venue& v = *week.Place;
    ImGui::Dummy(ImVec2(0, 8));
    widgets::Centred(v.Title, theme::fonts.Heading, theme::kAccent);
    widgets::BeginCard();
    if (week.Play == Mode::Assessment) {
        ImGui::PushFont(theme::fonts.Heading);
        widgets::Paragraph(t.Get("briefing.assessment"));
        ImGui::PopFont();
        widgets::Paragraph(t.Get("briefing.assessment.about"));
    } else {
        const int day = static_cast<int>(week.Days.size());
        const Stage stage = v.Week[static_cast<size_t>(day)].WeekStage;
        ImGui::PushFont(theme::fonts.Heading);
        widgets::Paragraph(t.Format("briefing.day", {{"day", std::to_string(day + 1)}, {"days", std::to_string(WeekLength(week))},
                                                     {"stage", StageName(app, stage)}}));
        ImGui::PopFont();
        widgets::Paragraph(t.Get("stage." + std::to_string(static_cast<int>(stage)) + ".about"));
    }
    widgets::EndCard();
    widgets::BeginCard();
    widgets::Label(t.Get("briefing.policies"), theme::kInkSoft);
    for (const Policy& p : v.Policies) widgets::Paragraph("\u2022 " + p.Text);
    widgets::Paragraph(t.Format("briefing.budget", {{"budget", std::to_string(v.Budget)}}));
    widgets::EndCard();
    widgets::BeginCard();
    widgets::Label(t.Get("briefing.word_of_mouth"), theme::kInkSoft);
    widgets::Paragraph(t.Format("briefing.word_of_mouth.rule", {{"misery", std::to_string(-v.Reach.Misery)}, {"magic", std::to_string(v.Reach.Magic)}}));
    widgets::EndCard();
    if (widgets::BigButton("open", t.Get("briefing.start"), "Enter", ColumnWidth(), true) || widgets::DefaultActionPressed())
        out.push_back({AppCommandKind::StartShift, 0});
}

} // namespace moments::screens
