#include "state_json.h"

#include <nlohmann/json.hpp>

namespace moments {

namespace {

using nlohmann::json;

const char* OutcomeName(Outcome o) {
    switch (o) {
    case Outcome::Misery: return "misery";
    case Outcome::Mediocrity: return "mediocrity";
    case Outcome::Magic: return "magic";
    }
    return "";
}

const Encounter& EncounterOf(const Shift& s, int customer) {
    return s.Place->Encounters[static_cast<size_t>(s.Customers[static_cast<size_t>(customer)].Encounter)];
}

json CustomerJson(const Shift& s) {
    const Encounter* e = CurrentEncounter(s);
    if (!e) return nullptr;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    const Beat* beat = CurrentBeat(s);
    json j = {{"name", e->Name}, {"request", e->Request}, {"line", beat ? beat->Line : ""},
              {"mood", MoodStep(s, c)}, {"index", s.Current}, {"returning", c.Returning}};
    if (c.NeedFound) j["need"] = e->HiddenNeed;
    return j;
}

json QueueJson(const Shift& s) {
    json queue = json::array();
    for (int i : WaitingCustomers(s))
        queue.push_back({{"name", EncounterOf(s, i).Name}, {"patience", QueuePatience(s, s.Customers[static_cast<size_t>(i)])}});
    return queue;
}

json PromisesJson(const Shift& s) {
    json list = json::array();
    for (size_t i = 0; i < s.Promises.size(); ++i) {
        const PromiseState& p = s.Promises[i];
        list.push_back({{"customer", EncounterOf(s, p.Customer).Name}, {"text", p.What->Text},
                        {"seconds_left", std::max(0, (p.DeadlineTick - s.Tick) / kTicksPerSecond)},
                        {"kept", p.Kept}, {"broken", p.Broken}, {"can_keep", CanKeepPromise(s, static_cast<int>(i))}});
    }
    return list;
}

json FeedbackJson(const Shift& s, int customer) {
    const Customer& c = s.Customers[static_cast<size_t>(customer)];
    const Lesson lesson = LessonFor(s, customer);
    return {{"customer", EncounterOf(s, customer).Name}, {"outcome", OutcomeName(c.Result)}, {"reach", c.Reach},
            {"principle", lesson.Principle ? lesson.Principle->Why : ""},
            {"better", lesson.BetterMove ? lesson.BetterMove->Text : ""}};
}

json WeekJson(const App& app) {
    const Week& w = *app.Progress;
    json days = json::array();
    for (const DayResult& d : w.Days)
        days.push_back({{"day", d.Day + 1}, {"score", d.Result.Total}, {"reputation", d.Reputation}});
    return {{"days", days}, {"length", WeekLength(w)}, {"complete", WeekComplete(w)}, {"score", WeekScore(w)},
            {"passed", WeekComplete(w) && WeekScore(w) >= app.PassMark}, {"pass_mark", app.PassMark}};
}

void ShiftJson(const App& app, json& j) {
    const Shift& s = *app.Play;
    j["day"] = s.Plan.Day + 1;
    j["reputation"] = s.Reputation;
    j["outcomes"] = {{"misery", s.Outcomes[0]}, {"mediocrity", s.Outcomes[1]}, {"magic", s.Outcomes[2]}};
    j["served"] = s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2];
    j["customers"] = s.Customers.size();
    j["budget"] = {{"spent", s.Spent}, {"total", s.Place->Budget}};
    j["clock_seconds"] = s.Tick / kTicksPerSecond;
    j["customer"] = CustomerJson(s);
    j["queue"] = QueueJson(s);
    j["promises"] = PromisesJson(s);
    if (const Beat* beat = CurrentBeat(s); beat && app.Now == Screen::Counter) {
        for (const Response& r : beat->Responses) j["choices"].push_back(r.Text);
        if (s.HintShown) j["hint"] = beat->Responses[static_cast<size_t>(BestResponse(s))].Why;
    }
    j["timer_seconds_left"] = DecisionTicksLeft(s) / kTicksPerSecond;
    if (app.Now == Screen::Feedback) j["feedback"] = FeedbackJson(s, app.FeedbackCustomer);
    if (app.Now == Screen::Debrief) {
        j["score"] = ScoreShift(s).Total;
        j["review"] = json::array();
        for (size_t i = 0; i < s.Customers.size(); ++i) j["review"].push_back(FeedbackJson(s, static_cast<int>(i)));
    }
}

} // namespace

std::string StateJson(const App& app) {
    json j;
    j["screen"] = ScreenName(app.Now);
    const Venue* venue = SelectedVenue(app);
    j["venue"] = venue ? venue->Id : "";
    j["mode"] = app.Options.Play == Mode::Training ? "training" : "assessment";
    j["choices"] = json::array();
    j["customer"] = nullptr;
    j["reputation"] = 0;
    j["outcomes"] = {{"misery", 0}, {"mediocrity", 0}, {"magic", 0}};
    if (app.Progress) j["week"] = WeekJson(app);
    if (app.Play && app.Now != Screen::Title && app.Now != Screen::Briefing) ShiftJson(app, j);
    if (!app.Problems.empty()) j["errors"] = app.Problems;
    return j.dump();
}

} // namespace moments
