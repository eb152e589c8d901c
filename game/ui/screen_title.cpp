// Title: what the game is, where you work, the mode, the settings, and Start.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

namespace {

// One labelled row of radio buttons whose labels come from `key_prefix` + index.
void Choices(const App& app, const char* label_key, const char* key_prefix, int count, int current, AppCommandKind kind, Commands& out) {
    widgets::Label(app.Text.Get(label_key));
    ImGui::PushID(label_key);
    for (int i = 0; i < count; ++i) {
        ImGui::PushID(i);
        const std::string label = app.Text.Get(std::string(key_prefix) + std::to_string(i));
        if (i > 0 && !Narrow()) ImGui::SameLine();
        if (widgets::Radio(label, current == i)) out.push_back({kind, i});
        ImGui::PopID();
    }
    ImGui::PopID();
}

} // namespace

void Title(const App& app, Commands& out) {
    const Strings& t = app.Text;
    const float w = ColumnWidth();
    ImGui::Dummy(ImVec2(0, 8));
    widgets::Centred(t.Get("app.title"), theme::fonts.Heading, theme::kAccent);
    widgets::Paragraph(t.Get("app.tagline"));
    if (!app.LearnerName.empty()) widgets::Paragraph(t.Format("title.learner", {{"name", app.LearnerName}}), theme::kInkSoft);
    if (!app.Notice.empty()) {
        widgets::BeginCard();
        widgets::Paragraph(app.Notice, theme::kMisery);
        widgets::EndCard();
    }
    widgets::Rule();

    widgets::Label(t.Get("title.language"));
    for (size_t i = 0; i < app.Languages.size(); ++i) {
        ImGui::PushID(static_cast<int>(i) + 100);
        if (i > 0 && !Narrow()) ImGui::SameLine();
        // Each language is named in itself, so a learner can find theirs.
        if (widgets::Radio(app.Languages[i].Interface.Get("language.name"), app.LanguageIndex == static_cast<int>(i)))
            out.push_back({AppCommandKind::SetLanguage, static_cast<int>(i)});
        ImGui::PopID();
    }
    widgets::Label(t.Get("title.venue"));
    for (size_t i = 0; i < app.Venues.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (i > 0 && !Narrow()) ImGui::SameLine();
        if (widgets::Radio(app.Venues[i].Title, app.VenueIndex == static_cast<int>(i)))
            out.push_back({AppCommandKind::SelectVenue, static_cast<int>(i)});
        ImGui::PopID();
    }
    const int mode = static_cast<int>(app.Options.Play);
    if (app.ModeFixed) widgets::Label(t.Get("title.mode") + ": " + t.Get("mode." + std::to_string(mode)));
    else Choices(app, "title.mode", "mode.", 2, mode, AppCommandKind::SetMode, out);
    widgets::Paragraph(t.Get("mode." + std::to_string(mode) + ".about"), theme::kInkSoft);
    Choices(app, "title.timer", "timer.", 3, static_cast<int>(app.Options.Timer), AppCommandKind::SetTimer, out);
    Choices(app, "title.text_size", "text_size.", 3, app.Prefs.TextSize, AppCommandKind::SetTextSize, out);
    bool reduced = app.Prefs.ReducedMotion;
    if (widgets::Checkbox(t.Get("title.reduced_motion"), &reduced)) out.push_back({AppCommandKind::SetReducedMotion, reduced ? 1 : 0});
    widgets::Rule();
    widgets::Paragraph(t.Get("title.how"));

    // Continue the week in progress when it matches the choices above.
    const Venue* venue = SelectedVenue(app);
    const bool resumable = app.Progress && venue && app.Progress->Place == venue && app.Progress->Play == app.Options.Play &&
                           !WeekComplete(*app.Progress);
    const std::string start = resumable && !app.Progress->Days.empty()
                                  ? t.Format("title.continue", {{"day", std::to_string(app.Progress->Days.size() + 1)},
                                                                {"days", std::to_string(WeekLength(*app.Progress))}})
                                  : t.Get("title.start");
    if (widgets::BigButton("start", start, "Enter", w, true) || widgets::DefaultActionPressed()) out.push_back({AppCommandKind::Begin, 0});
    if (resumable && !app.Progress->Days.empty() && widgets::BigButton("restart", t.Get("title.new_week"), "", w))
        out.push_back({AppCommandKind::NewWeek, 0});
    widgets::Paragraph(t.Get("title.keys"), theme::kInkSoft);
}

} // namespace moments::screens
