// The one serialiser of the frame view: window.moments.state() on the page, the
// native build's --quit-after-shift output, and what the tests read instead of pixels.
#include "frame_view.h"

#include "content/json.h"

namespace moments {

namespace {

// The core's events of this frame, as they came.
void EventsJson(json::Writer& w, const std::vector<Event>& events) {
    w.BeginArray("events");
    for (const Event& e : events) {
        w.BeginObject().String("kind", EventName(e.Kind)).Int("tick", e.Tick);
        if (e.Customer >= 0) w.Int("customer", e.Customer);
        if (e.Kind == EventKind::ChoiceMade) w.Int("beat", e.Beat).Int("response", e.Response).Int("latency_ticks", e.LatencyTicks);
        if (e.Kind == EventKind::EncounterResolved || e.Kind == EventKind::PromiseBroken) w.String("outcome", OutcomeName(e.Result)).Int("reach", e.Reach);
        w.EndObject();
    }
    w.EndArray();
}

void ControlJson(json::Writer& w, const Control& c) {
    w.BeginObject().String("id", c.Id).String("label", c.Label);
    w.String("kind", c.Kind == ControlKind::Radio ? "radio" : c.Kind == ControlKind::Checkbox ? "checkbox" : "button");
    if (!c.Shortcut.empty()) w.String("key", c.Shortcut);
    if (c.Kind != ControlKind::Button) w.Bool("checked", c.Checked);
    if (c.Primary) w.Bool("primary", true);
    w.EndObject();
}

void OutcomesJson(json::Writer& w, const std::array<int, 3>& counts) {
    w.BeginObject("outcomes").Int("misery", counts[0]).Int("mediocrity", counts[1]).Int("magic", counts[2]).EndObject();
}

void CustomerJson(json::Writer& w, const CounterView& c) {
    if (!c.Present) {
        w.Null("customer");
        return;
    }
    w.BeginObject("customer").String("id", c.CustomerId).String("beat", c.BeatId).String("name", c.Name).String("request", c.Request).String("line", c.Line);
    w.Int("mood", c.Mood).Int("index", c.CustomerIndex).Bool("returning", c.IsReturning);
    if (!c.NeedFound.empty()) w.String("need", c.NeedFound);
    w.EndObject();
}

void QueueJson(json::Writer& w, const CounterView& c) {
    w.BeginArray("queue");
    for (const WaitingView& q : c.Queue) w.BeginObject().String("name", q.Name).Double("patience", q.Patience).Double("joined", q.Joined).EndObject();
    w.EndArray();
}

void PromisesJson(json::Writer& w, const FrameView& v) {
    w.BeginArray("promises");
    for (const PromiseView& p : v.Promises) {
        w.BeginObject().String("customer", p.Customer).String("text", p.What).Int("seconds_left", p.SecondsLeft);
        w.Bool("kept", p.Kept).Bool("broken", p.Broken).Bool("can_keep", p.Keep.has_value()).EndObject();
    }
    w.EndArray();
}

void ResultJson(json::Writer& w, const ResultView& r) {
    w.BeginObject().String("customer", r.Name).String("outcome", OutcomeName(static_cast<Outcome>(r.Outcome))).Int("reach", r.ReachPeople);
    w.String("principle", r.Principle).String("better", r.Better).String("said", r.Said).Bool("hint", r.HintUsed).EndObject();
}

void ShiftJson(json::Writer& w, const FrameView& v) {
    const ShiftFacts& f = *v.Facts;
    w.Int("day", f.Day).Int("reputation", f.Reputation);
    OutcomesJson(w, f.Outcomes);
    w.Int("served", f.Served).Int("customers", f.Customers);
    w.BeginObject("budget").Int("spent", f.Spent).Int("total", f.Budget).EndObject();
    w.Int("clock_seconds", f.ClockSeconds).Int("timer_seconds_left", f.TimerSecondsLeft);
    CustomerJson(w, v.Counter);
    QueueJson(w, v.Counter);
    PromisesJson(w, v);
    w.BeginArray("choices"); // in the order on screen
    for (const Control& c : v.Counter.Choices) w.String(c.Label);
    w.EndArray().BeginArray("choice_ids");
    for (const Control& c : v.Counter.Choices) w.String(c.Id.substr(std::string("choice.").size()));
    w.EndArray();
    if (!v.Counter.Hint.empty()) w.String("hint", v.Counter.Hint);
    w.Int("hints_used", f.HintsUsed);
    if (v.Hud) {
        w.BeginArray("ripples"); // word of mouth on show: each the change one event made
        for (const RippleView& r : v.Hud->Ripples) w.BeginObject().Int("change", r.Change).Double("age", r.Age).EndObject();
        w.EndArray();
    }
    if (v.Hud) { // the stage's ages in real seconds: what the scene animates
        w.BeginObject("stage").Double("arrived", v.Stage.Arrived).Double("reacted", v.Stage.Reacted).Int("reaction", v.Stage.Reaction);
        w.Double("left", v.Stage.Left).EndObject();
    }
    if (v.Now == Screen::Feedback) {
        w.Key("feedback");
        ResultJson(w, v.Feedback.Result);
    }
    if (v.Now == Screen::Debrief) {
        w.Int("score", f.Score).BeginArray("review");
        for (const ResultView& r : v.Debrief.Review) ResultJson(w, r);
        w.EndArray().BeginArray("lessons");
        for (const std::string& lesson : v.Debrief.Lessons) w.String(lesson);
        w.EndArray();
    }
}

void WeekJson(json::Writer& w, const WeekFacts& f) {
    w.BeginObject("week").String("seed", std::to_string(f.Seed)).Int("form", f.Form).BeginArray("days");
    for (const WeekFacts::Day& d : f.Days) w.BeginObject().Int("day", d.Number).Int("score", d.Score).Int("reputation", d.Reputation).EndObject();
    w.EndArray().Int("length", f.Length).Bool("complete", f.Complete).Int("score", f.Score);
    w.Bool("passed", f.Passed).Int("pass_mark", f.PassMark).EndObject();
}

} // namespace

std::vector<const Control*> Controls(const FrameView& v) {
    std::vector<const Control*> out;
    auto add = [&](const Control& c) { out.push_back(&c); };
    switch (v.Now) {
    case Screen::Title:
        add(v.Title.Start);
        if (v.Title.Restart) add(*v.Title.Restart);
        for (const ChoiceRow& row : v.Title.Rows)
            for (const Control& c : row.Options) add(c);
        add(v.Title.ReducedMotion);
        add(v.Sound);
        break;
    case Screen::Briefing: add(v.Briefing.Open); break;
    case Screen::Counter:
        for (const Control& c : v.Counter.Choices) add(c);
        if (v.Counter.HintButton) add(*v.Counter.HintButton);
        break;
    case Screen::Feedback: add(v.Feedback.Continue); break;
    case Screen::Debrief:
        add(v.Debrief.Next);
        add(v.Debrief.Export);
        add(v.Debrief.Again);
        break;
    case Screen::WeekSummary:
        add(v.Summary.Export);
        add(v.Summary.Again);
        break;
    case Screen::Error: break;
    }
    for (const PromiseView& p : v.Promises)
        if (p.Keep) add(*p.Keep);
    if (v.Now != Screen::Title && v.Now != Screen::Error) add(v.Sound); // last on the other screens
    return out;
}

const Control* FindControl(const FrameView& v, const std::string& id) {
    for (const Control* c : Controls(v))
        if (c->Id == id) return c;
    return nullptr;
}

std::string FrameViewJson(const FrameView& v) {
    json::Writer w;
    w.BeginObject().String("screen", ScreenName(v.Now)).String("venue", v.VenueId);
    w.String("mode", v.Play == Mode::Training ? "training" : "assessment");
    if (v.Facts) {
        ShiftJson(w, v);
    } else {
        w.Int("reputation", 0);
        OutcomesJson(w, {});
        w.Null("customer").BeginArray("choices").EndArray();
    }
    if (v.Progress) WeekJson(w, *v.Progress);
    w.BeginArray("controls"); // what can be pressed now, by id (the mirror activates these)
    for (const Control* c : Controls(v)) ControlJson(w, *c);
    w.EndArray().String("announcement", v.Announcement);
    EventsJson(w, v.Events);
    w.BeginArray("page_notices"); // the "page." keys on show (offline, storage_full, other_tab, ...)
    for (const std::string& key : v.PageNoticeKeys) w.String(key);
    w.EndArray();
    if (v.Now == Screen::Error) {
        w.BeginArray("errors");
        for (const std::string& problem : v.Error.Problems) w.String(problem);
        w.EndArray();
    }
    w.EndObject();
    return w.Text();
}

} // namespace moments
