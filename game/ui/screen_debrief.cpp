// Debrief: what the shift added up to, and why.
#include "mirror.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

#include <algorithm>
#include <map>

namespace moments::screens {

namespace {

// Net reputation after each customer, as a line over a zero axis.
void ReputationChart(const App& app, const Shift& s, float width) {
    const std::vector<int> trail = ReputationTrail(s);
    widgets::Label(app.Text.Get("debrief.chart"), theme::kInkSoft);
    const float h = 110.0f;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, h));
    if (trail.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int lo = 0, hi = 0;
    for (int v : trail) lo = std::min(lo, v), hi = std::max(hi, v);
    const float range = static_cast<float>(std::max(10, hi - lo));
    auto y_of = [&](int v) { return p0.y + 8 + (static_cast<float>(hi - v) / range) * (h - 16); };
    dl->AddLine(ImVec2(p0.x, y_of(0)), ImVec2(p0.x + width, y_of(0)), theme::kInkSoft, 1.0f);
    const float step = width / static_cast<float>(trail.size());
    ImVec2 last(p0.x, y_of(0));
    for (size_t i = 0; i < trail.size(); ++i) {
        const ImVec2 point(p0.x + step * (static_cast<float>(i) + 1.0f) - step * 0.5f, y_of(trail[i]));
        dl->AddLine(last, point, theme::kAccent, 2.5f);
        dl->AddCircleFilled(point, 4.0f, trail[i] < 0 ? theme::kMisery : theme::kMagic);
        last = point;
    }
    const std::string top = Signed(hi), bottom = Signed(lo);
    dl->AddText(ImVec2(p0.x + 2, p0.y), theme::kInkSoft, top.c_str());
    dl->AddText(ImVec2(p0.x + 2, p0.y + h - ImGui::GetTextLineHeight()), theme::kInkSoft, bottom.c_str());
}

// Magic against twice the misery: the lopsided arithmetic of word of mouth.
void BreakEven(const App& app, const Shift& s, float width) {
    const int magic = s.Outcomes[2], misery = s.Outcomes[0];
    widgets::Label(app.Text.Get("debrief.breakeven"), theme::kInkSoft);
    const float total = static_cast<float>(std::max(1, magic + 2 * misery));
    widgets::Meter(app.Text.Format(magic >= 2 * misery ? "debrief.breakeven.ahead" : "debrief.breakeven.behind",
                                   {{"magic", std::to_string(magic)}, {"misery", std::to_string(misery)}}),
                   static_cast<float>(magic) / total, magic >= 2 * misery ? theme::kMagic : theme::kMisery, width);
}

// The three lessons that cost or earned the most: the principles behind the
// responses with the largest effect, each counted once.
std::vector<const Response*> TopLessons(const Shift& s) {
    std::map<const Response*, int> weight;
    for (size_t i = 0; i < s.Customers.size(); ++i) {
        const Lesson lesson = LessonFor(s, static_cast<int>(i));
        if (lesson.BetterMove) weight[lesson.BetterMove] += 3; // what the player missed teaches most
        else if (lesson.Principle) weight[lesson.Principle] += 1;
    }
    std::vector<std::pair<int, const Response*>> ranked;
    for (const auto& [r, w] : weight) ranked.emplace_back(w, r);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const Response*> out;
    for (size_t i = 0; i < ranked.size() && i < 3; ++i) out.push_back(ranked[i].second);
    return out;
}

void Totals(const App& app, const Shift& s, float width) {
    const Strings& t = app.Text;
    const int served = s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2];
    for (int o = 2; o >= 0; --o) {
        const int n = s.Outcomes[static_cast<size_t>(o)];
        widgets::OutcomeIcon(o, theme::OutcomeColour(o));
        ImGui::SameLine();
        widgets::Meter(t.Get("outcome." + std::to_string(o)) + ": " + std::to_string(n),
                       served ? static_cast<float>(n) / static_cast<float>(served) : 0.0f, theme::OutcomeColour(o),
                       width - ImGui::GetTextLineHeight() - ImGui::GetStyle().ItemSpacing.x);
    }
    widgets::Label(t.Get("debrief.reputation"), theme::kInkSoft);
    const std::string people = t.Format("hud.people", {{"n", Signed(s.Reputation)}});
    widgets::SameLineIfFits(people); // on a narrow screen the figure goes below
    ImGui::PushStyleColor(ImGuiCol_Text, s.Reputation < 0 ? theme::kMisery : theme::kMagic);
    widgets::Label(people);
    ImGui::PopStyleColor();
    int kept = 0;
    for (const PromiseState& p : s.Promises) kept += p.Kept;
    widgets::Paragraph(s.Promises.empty() ? t.Get("debrief.no_promises")
                                          : t.Format("debrief.promises", {{"kept", std::to_string(kept)}, {"made", std::to_string(s.Promises.size())}}));
    if (s.Options.Play == Mode::Training) widgets::Paragraph(t.Format("debrief.hints", {{"n", std::to_string(HintsUsed(s))}}));
    const bool over = s.Spent > s.Place->Budget;
    widgets::Paragraph(t.Format(over ? "debrief.overspent" : "debrief.budget", {{"spent", std::to_string(s.Spent)}, {"budget", std::to_string(s.Place->Budget)}}),
                       over ? theme::kMisery : 0);
}

// In assessment there were no feedback cards: every customer is reviewed here.
void Review(const App& app, const Shift& s) {
    widgets::Label(app.Text.Get("debrief.review"), theme::kInkSoft);
    for (size_t i = 0; i < s.Customers.size(); ++i) {
        const Customer& c = s.Customers[i];
        OutcomeHeader(app, c, s.Place->Encounters[static_cast<size_t>(c.Encounter)], 22.0f);
        const Lesson lesson = LessonFor(s, static_cast<int>(i));
        if (lesson.BetterMove) widgets::Paragraph(app.Text.Get("feedback.better") + ": " + app.Text.Quote(lesson.BetterMove->Text), theme::kInkSoft);
    }
}

} // namespace

void Debrief(const App& app, Commands& out) {
    const Shift& s = *app.Play;
    const Strings& t = app.Text;
    const float w = ColumnWidth();
    ImGui::Dummy(ImVec2(0, 6));
    widgets::Centred(t.Get("debrief.heading"), theme::fonts.Heading, theme::kAccent);
    const std::string score = t.Format("debrief.score", {{"score", std::to_string(ScoreShift(s).Total)}});
    mirror::Announce(t.Get("debrief.heading") + ". " + score);
    widgets::Centred(score, theme::fonts.Body, theme::kInk);
    const bool week_over = WeekComplete(*app.Progress);
    const std::string next = week_over ? t.Get("debrief.week") : t.Format("debrief.next_day", {{"day", std::to_string(app.Progress->Days.size() + 1)}});
    if (widgets::BigButton("next", next, "Enter", w, true) || widgets::DefaultActionPressed()) out.push_back({AppCommandKind::Continue, 0});
    widgets::BeginCard();
    Totals(app, s, ColumnWidth());
    widgets::EndCard();
    widgets::BeginCard();
    ReputationChart(app, s, ColumnWidth());
    BreakEven(app, s, ColumnWidth());
    widgets::EndCard();
    widgets::BeginCard();
    widgets::Label(t.Get("debrief.lessons"), theme::kInkSoft);
    for (const Response* r : TopLessons(s)) widgets::Paragraph("\u2022 " + r->Why);
    widgets::EndCard();
    if (s.Options.Play == Mode::Assessment) {
        widgets::BeginCard();
        Review(app, s);
        widgets::EndCard();
    }
    if (widgets::BigButton("export", t.Get("debrief.export"), "", w)) out.push_back({AppCommandKind::ExportChoices, 0});
    if (widgets::BigButton("title", t.Get("debrief.again"), "", w)) out.push_back({AppCommandKind::BackToTitle, 0});
}

} // namespace moments::screens
