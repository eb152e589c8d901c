// Counter: the scene with the customer and the queue, their line, the patience
// timer, the responses, hints and the follow-up list.
#include "mirror.h"
#include "scene.h"
#include "screens.h"
#include "theme.h"
#include "ui.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>

namespace moments::screens {

namespace {

// The counter, the customer standing at it, and the queue behind them.
void Stage(const App& app, const Customer& c, const Encounter& e) {
    const Shift& s = *app.Play;
    const float w = ColumnWidth();
    const float h = std::clamp(ImGui::GetMainViewport()->WorkSize.y * 0.2f, 110.0f, 190.0f);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 p1(p0.x + w, p0.y + h);
    scene::DrawCounter(s.Place->Setting, p0, p1, static_cast<float>(ImGui::GetTime()), app.Prefs.ReducedMotion);
    if (!app.Prefs.ReducedMotion) NotePace(UiPace::Ticking); // steam and lamp flicker
    std::vector<scene::QueueFigure> queue;
    for (int i : WaitingCustomers(s)) {
        const Customer& waiting = s.Customers[static_cast<size_t>(i)];
        queue.push_back({s.Place->Encounters[static_cast<size_t>(waiting.Encounter)].Look, QueuePatience(s, waiting), waiting.Returning});
    }
    scene::DrawQueue(queue, ImVec2(p0.x + w * 0.52f, p0.y + h * 0.08f), ImVec2(p1.x - 8, p0.y + h * 0.62f));
    widgets::Face(e.Look, MoodStep(s, c), ImVec2(p0.x + w * 0.24f, p0.y + h * 0.42f), h * 0.27f);
    ImGui::Dummy(ImVec2(w, h));
}

// Name, mood, request, what they really need (once found), and what they say.
void Speech(const App& app, const Customer& c, const Encounter& e, const Beat& beat) {
    const Strings& t = app.Text;
    widgets::BeginCard();
    ImGui::PushFont(theme::fonts.Heading);
    widgets::Label(e.Name);
    ImGui::PopFont();
    ImGui::SameLine();
    widgets::Label("· " + t.Get("mood." + std::to_string(MoodStep(*app.Play, c))), theme::kInkSoft);
    widgets::Paragraph(t.Format("counter.wants", {{"request", e.Request}}), theme::kInkSoft);
    if (c.Returning) widgets::Paragraph("\u2605 " + t.Get("counter.returning"), theme::kAccent);
    if (c.NeedFound) widgets::Paragraph(t.Format("counter.need", {{"need", e.HiddenNeed}}), theme::kMagic);
    widgets::Paragraph(app.Text.Quote(beat.Line));
    widgets::EndCard();
}

void PatienceBar(const App& app) {
    const Shift& s = *app.Play;
    const int total = DecisionTicks(s);
    if (total == 0) {
        widgets::Label(app.Text.Get("counter.patience_off"), theme::kInkSoft);
        return;
    }
    NotePace(UiPace::Ticking); // the bar shrinks with the timer, the queue waits
    const int left = DecisionTicksLeft(s);
    const float fraction = static_cast<float>(left) / static_cast<float>(total);
    const std::string caption = left > 0 ? app.Text.Format("counter.patience_seconds", {{"seconds", std::to_string((left + kTicksPerSecond - 1) / kTicksPerSecond)}})
                                         : app.Text.Get("counter.draining");
    widgets::Meter(caption, left > 0 ? fraction : 1.0f, left > 0 ? (fraction > 0.3f ? theme::kMagic : theme::kAccent) : theme::kMisery, ColumnWidth());
}

void Responses(const App& app, const Beat& beat, Commands& out) {
    const Shift& s = *app.Play;
    const float w = ColumnWidth();
    widgets::Label(app.Text.Get("counter.choose"), theme::kInkSoft);
    const int typed = widgets::DigitPressed();
    const std::vector<int> order = ResponseOrder(s); // the seed's order: keys follow the screen
    for (size_t place = 0; place < order.size(); ++place) {
        const std::string key = std::to_string(place + 1);
        const Response& r = beat.Responses[static_cast<size_t>(order[place])];
        const bool clicked = widgets::BigButton(("r" + key).c_str(), r.Text, key.c_str(), w);
        if (clicked || typed == static_cast<int>(place)) out.push_back({AppCommandKind::Choose, order[place]});
    }
    if (s.Options.Play != Mode::Training) return;
    if (s.HintShown) {
        widgets::Paragraph(HintText(app), theme::kAccent);
    } else if (widgets::BigButton("hint", app.Text.Get("counter.hint"), "H", std::min(w, 240.0f)) || widgets::LetterPressed('h')) {
        out.push_back({AppCommandKind::Hint, 0});
    }
}

} // namespace

void Counter(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    const Encounter* e = CurrentEncounter(s);
    const Beat* beat = CurrentBeat(s);
    if (!e || !beat) return;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    Hud(app);
    mirror::Announce(e->Name + ": " + app.Text.Quote(beat->Line));
    Stage(app, c, *e);
    Speech(app, c, *e, *beat);
    PatienceBar(app);
    Responses(app, *beat, out);
    FollowUps(app, out);
}

} // namespace moments::screens
