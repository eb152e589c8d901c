#include "state_json.h"

#include <nlohmann/json.hpp>

namespace moments {

namespace {

const char* OutcomeName(Outcome o) {
    switch (o) {
    case Outcome::Misery: return "misery";
    case Outcome::Mediocrity: return "mediocrity";
    case Outcome::Magic: return "magic";
    }
    return "";
}

nlohmann::json CustomerJson(const Shift& s) {
    const Encounter* e = CurrentEncounter(s);
    if (!e) return nullptr;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    const Beat* beat = CurrentBeat(s);
    return {{"name", e->Name}, {"request", e->Request}, {"line", beat ? beat->Line : ""},
            {"mood", MoodStep(s, c)}, {"index", s.Current}};
}

nlohmann::json FeedbackJson(const App& app) {
    const Shift& s = *app.Play;
    const Customer& c = s.Customers[static_cast<size_t>(app.FeedbackCustomer)];
    const Lesson lesson = LessonFor(s, app.FeedbackCustomer);
    return {{"outcome", OutcomeName(c.Result)}, {"reach", c.Reach},
            {"principle", lesson.Principle ? lesson.Principle->Why : ""},
            {"better", lesson.BetterMove ? lesson.BetterMove->Text : ""}};
}

} // namespace

std::string StateJson(const App& app) {
    nlohmann::json j;
    j["screen"] = ScreenName(app.Now);
    const Venue* venue = SelectedVenue(app);
    j["venue"] = venue ? venue->Id : "";
    j["choices"] = nlohmann::json::array();
    j["customer"] = nullptr;
    j["reputation"] = 0;
    j["outcomes"] = {{"misery", 0}, {"mediocrity", 0}, {"magic", 0}};
    if (app.Play && app.Now != Screen::Title) {
        const Shift& s = *app.Play;
        j["day"] = s.Day + 1;
        j["reputation"] = s.Reputation;
        j["outcomes"] = {{"misery", s.Outcomes[0]}, {"mediocrity", s.Outcomes[1]}, {"magic", s.Outcomes[2]}};
        j["served"] = s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2];
        j["customers"] = s.Customers.size();
        j["spent"] = s.Spent;
        j["clock_seconds"] = s.Tick / kTicksPerSecond;
        j["customer"] = CustomerJson(s);
        if (const Beat* beat = CurrentBeat(s); beat && app.Now == Screen::Counter)
            for (const Response& r : beat->Responses) j["choices"].push_back(r.Text);
        j["timer_seconds_left"] = DecisionTicksLeft(s) / kTicksPerSecond;
        if (app.Now == Screen::Feedback) j["feedback"] = FeedbackJson(app);
    }
    if (!app.Problems.empty()) j["errors"] = app.Problems;
    return j.dump();
}

} // namespace moments
