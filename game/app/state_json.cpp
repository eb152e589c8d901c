#include "state_json.h"

#include "content/json.h"

#include <algorithm>
#include <array>

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

const Encounter& EncounterOf(const Shift& s, int customer) {
    return s.Place->Encounters[static_cast<size_t>(s.Customers[static_cast<size_t>(customer)].Encounter)];
}

// Counts of each outcome, by name (zeros before any shift).
void OutcomesJson(json::Writer& w, const std::array<int, 3>& counts) {
    w.BeginObject("outcomes").Int("misery", counts[0]).Int("mediocrity", counts[1]).Int("magic", counts[2]).EndObject();
}

// The customer at the counter, or null between customers.
void CustomerJson(json::Writer& w, const Shift& s) {
    const Encounter* e = CurrentEncounter(s);
    if (!e) {
        w.Null("customer");
        return;
    }
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    const Beat* beat = CurrentBeat(s);
    w.BeginObject("customer").String("id", e->Id).String("name", e->Name).String("request", e->Request).String("line", beat ? beat->Line : "");
    w.Int("mood", MoodStep(s, c)).Int("index", s.Current).Bool("returning", c.Returning);
    if (c.NeedFound) w.String("need", e->HiddenNeed);
    w.EndObject();
}

// Who waits in the queue, each with the patience left (0..1).
void QueueJson(json::Writer& w, const Shift& s) {
    w.BeginArray("queue");
    for (int i : WaitingCustomers(s)) {
        const Customer& c = s.Customers[static_cast<size_t>(i)];
        w.BeginObject().String("name", EncounterOf(s, i).Name).Double("patience", QueuePatience(s, c)).EndObject();
    }
    w.EndArray();
}

// Promises made this shift, with the time left to keep each.
void PromisesJson(json::Writer& w, const Shift& s) {
    w.BeginArray("promises");
    for (size_t i = 0; i < s.Promises.size(); ++i) {
        const PromiseState& p = s.Promises[i];
        w.BeginObject().String("customer", EncounterOf(s, p.Customer).Name).String("text", p.What->Text);
        w.Int("seconds_left", std::max(0, (p.DeadlineTick - s.Tick) / kTicksPerSecond));
        w.Bool("kept", p.Kept).Bool("broken", p.Broken).Bool("can_keep", CanKeepPromise(s, static_cast<int>(i))).EndObject();
    }
    w.EndArray();
}

// One customer's result and lesson: the feedback card, and a row of the debrief's review.
void FeedbackJson(json::Writer& w, const Shift& s, int customer) {
    const Customer& c = s.Customers[static_cast<size_t>(customer)];
    const Lesson lesson = LessonFor(s, customer);
    w.BeginObject().String("customer", EncounterOf(s, customer).Name).String("outcome", OutcomeName(c.Result)).Int("reach", c.Reach);
    w.String("principle", lesson.Principle ? lesson.Principle->Why : "");
    w.String("better", lesson.BetterMove ? lesson.BetterMove->Text : "");
    w.String("said", lesson.Said ? lesson.Said->Text : "").Bool("hint", c.HintUsed).EndObject();
}

// The week so far: a row per finished day, the running score and whether it passes.
void WeekJson(json::Writer& w, const App& app) {
    const Week& week = *app.Progress;
    w.BeginObject("week").String("seed", std::to_string(week.Seed)).Int("form", week.Form).BeginArray("days");
    for (const DayResult& d : week.Days)
        w.BeginObject().Int("day", d.Day + 1).Int("score", d.Result.Total).Int("reputation", d.Reputation).EndObject();
    w.EndArray().Int("length", WeekLength(week)).Bool("complete", WeekComplete(week)).Int("score", WeekScore(week));
    w.Bool("passed", WeekComplete(week) && WeekScore(week) >= app.PassMark).Int("pass_mark", app.PassMark).EndObject();
}

// The shift in play; the choices (and the hint) only while the counter asks for a decision.
void ShiftJson(json::Writer& w, const App& app) {
    const Shift& s = *app.Play;
    w.Int("day", s.Plan.Day + 1).Int("reputation", s.Reputation);
    OutcomesJson(w, s.Outcomes);
    w.Int("served", s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2]).Int("customers", static_cast<int64_t>(s.Customers.size()));
    w.BeginObject("budget").Int("spent", s.Spent).Int("total", s.Place->Budget).EndObject();
    w.Int("clock_seconds", s.Tick / kTicksPerSecond).Int("timer_seconds_left", DecisionTicksLeft(s) / kTicksPerSecond);
    CustomerJson(w, s);
    QueueJson(w, s);
    PromisesJson(w, s);
    const Beat* beat = app.Now == Screen::Counter ? CurrentBeat(s) : nullptr;
    const std::vector<int> order = beat ? ResponseOrder(s) : std::vector<int>{};
    w.BeginArray("choices"); // in the order on screen
    for (int i : order) w.String(beat->Responses[static_cast<size_t>(i)].Text);
    w.EndArray().BeginArray("choice_ids");
    for (int i : order) w.String(ResponseId(*s.Place, *CurrentEncounter(s), *beat, beat->Responses[static_cast<size_t>(i)]));
    w.EndArray();
    if (beat && s.HintShown) w.String("hint", HintText(app));
    w.Int("hints_used", HintsUsed(s));
    if (app.Now == Screen::Feedback) {
        w.Key("feedback");
        FeedbackJson(w, s, app.FeedbackCustomer);
    }
    if (app.Now == Screen::Debrief) {
        w.Int("score", ScoreShift(s).Total).BeginArray("review");
        for (size_t i = 0; i < s.Customers.size(); ++i) FeedbackJson(w, s, static_cast<int>(i));
        w.EndArray();
    }
}

} // namespace

std::string StateJson(const App& app) {
    json::Writer w;
    const Venue* venue = SelectedVenue(app);
    w.BeginObject().String("screen", ScreenName(app.Now)).String("venue", venue ? venue->Id : "");
    w.String("mode", app.Options.Play == Mode::Training ? "training" : "assessment");
    if (app.Play && app.Now != Screen::Title && app.Now != Screen::Briefing) {
        ShiftJson(w, app);
    } else {
        w.Int("reputation", 0);
        OutcomesJson(w, {});
        w.Null("customer").BeginArray("choices").EndArray();
    }
    if (app.Progress) WeekJson(w, app);
    w.BeginArray("page_notices"); // the "page." keys on show (offline, storage_full, other_tab, ...)
    for (const auto& [topic, key] : app.PageNotices) w.String(key);
    w.EndArray();
    if (!app.Problems.empty()) {
        w.BeginArray("errors");
        for (const std::string& problem : ProblemTexts(app)) w.String(problem);
        w.EndArray();
    }
    w.EndObject();
    return w.Text();
}

} // namespace moments
