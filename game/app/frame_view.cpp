// Builds the frame's view of the shift screens: the HUD and its ripples, the
// counter, the feedback card and the debrief. The menus (title, briefing, week
// summary, error) are in frame_view_menus.cpp, the JSON in frame_view_json.cpp.
#include "frame_view.h"

#include "frame_view_parts.h"

#include "content/message.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace moments {

namespace {

// [SECTION] Shared pieces ---------------------------------------------------------

const Encounter& EncounterOf(const Shift& s, int customer) {
    return s.Place->Encounters[static_cast<size_t>(s.Customers[static_cast<size_t>(customer)].Encounter)];
}

std::string Num(int n) { return std::to_string(n); }

// Seconds begun in `ticks`, as a countdown's caption shows them (1 until the last tick); the
// other seconds the view shows are the core's WholeSeconds.
int SecondsBegun(int ticks) { return (ticks + kTicksPerSecond - 1) / kTicksPerSecond; }

std::string ReachText(const Strings& t, int reach) {
    if (reach != 0) return Render(t, {reach < 0 ? "feedback.reach_bad" : "feedback.reach_good", {{"n", std::abs(reach)}}}); // plural by the count
    return t.Get("feedback.reach_none");
}

// "+20 people", "−1 person": signed, in the language's plural form for its size.
std::string PeopleText(const Strings& t, int people) {
    return Render(t, Message{"hud.people", {{"n", MessageArg::Counted(people, SignedText(people))}}});
}

// The HUD's reputation colour: the sign of word of mouth so far.
Tone SignTone(int value) { return value < 0 ? Tone::Misery : value > 0 ? Tone::Magic : Tone::Ink; }

// [SECTION] Ripples -------------------------------------------------------------------

// Each event that moved reputation starts a ripple of exactly that change; old ones fade.
std::vector<RippleView> Ripples(const std::vector<Event>& events, double seconds, bool in_shift, FrameMemory& memory) {
    if (!in_shift) memory.Ripples.clear();
    for (const Event& e : events)
        if ((e.Kind == EventKind::EncounterResolved || e.Kind == EventKind::PromiseBroken) && e.Reach != 0)
            memory.Ripples.push_back({e.Reach, seconds});
    memory.Ripples.erase(std::remove_if(memory.Ripples.begin(), memory.Ripples.end(),
                                        [&](const FrameMemory::Started& r) { return seconds - r.Since > kRippleSeconds; }),
                         memory.Ripples.end());
    std::vector<RippleView> out;
    for (const FrameMemory::Started& r : memory.Ripples)
        out.push_back({r.Change, static_cast<float>((seconds - r.Since) / kRippleSeconds)});
    return out;
}

// [SECTION] HUD and promises -------------------------------------------------------------

std::string ClockText(int tick) {
    const int clock = 9 * 3600 + WholeSeconds(tick); // the shift opens at 09:00
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d", (clock / 3600) % 24, (clock / 60) % 60);
    return time;
}

HudView Hud(const App& app, const Shift& s) {
    const Strings& t = app.Text;
    HudView hud;
    const std::string where = s.Options.Play == Mode::Assessment
                                  ? t.Get("briefing.assessment")
                                  : t.Format("hud.day", {{"day", Num(s.Plan.Day + 1)}}) + " · " + StageText(t, s.Plan.WeekStage);
    const int shown = std::min<int>(s.Current + 1, static_cast<int>(s.Customers.size()));
    hud.Where = where + " · " + t.Format("hud.customer", {{"n", Num(shown)}, {"total", Num(static_cast<int>(s.Customers.size()))}}) + " · " +
                t.Get("hud.clock") + " " + ClockText(s.Tick);
    hud.Reputation = t.Get("hud.reputation") + ": " + PeopleText(t, s.Reputation);
    hud.ReputationColour = SignTone(s.Reputation);
    const float spent = static_cast<float>(s.Spent) / static_cast<float>(std::max(1, s.Place->Budget));
    hud.Budget = {t.Format("hud.budget", {{"spent", Num(s.Spent)}, {"total", Num(s.Place->Budget)}}), spent,
                  spent > 1.0f ? Tone::Misery : Tone::Accent};
    return hud;
}

// The follow-up list; F keys the first promise that can be kept.
std::vector<PromiseView> Promises(const App& app, const Shift& s) {
    const Strings& t = app.Text;
    std::vector<PromiseView> out;
    bool keyed = false;
    for (size_t i = 0; i < s.Promises.size(); ++i) {
        const PromiseState& p = s.Promises[i];
        PromiseView v;
        v.Customer = EncounterOf(s, p.Customer).Name;
        v.What = p.What->Text;
        v.SecondsLeft = std::max(0, WholeSeconds(p.DeadlineTick - s.Tick));
        v.Kept = p.Kept;
        v.Broken = p.Broken;
        const char* key = p.Kept ? "counter.followup_kept" : p.Broken ? "counter.followup_broken" : "counter.followup_due";
        v.Status = {t.Format(key, {{"customer", v.Customer}, {"text", v.What}, {"seconds", Num(v.SecondsLeft)}}),
                    p.Broken ? Tone::Misery : p.Kept ? Tone::Magic : Tone::Ink};
        if (CanKeepPromise(s, static_cast<int>(i))) {
            v.Keep = Control{"promise." + Num(static_cast<int>(i)) + ".keep", ControlKind::Button, t.Get("counter.keep"), keyed ? "" : "F",
                             {AppCommandKind::KeepPromise, static_cast<int>(i)}};
            keyed = true;
        }
        out.push_back(std::move(v));
    }
    return out;
}

// [SECTION] Counter -------------------------------------------------------------------------

void Queue(const Shift& s, CounterView& v) {
    for (int i : WaitingCustomers(s)) {
        const Customer& c = s.Customers[static_cast<size_t>(i)];
        const Encounter& e = EncounterOf(s, i);
        v.Queue.push_back({e.Name, e.Look, QueuePatience(s, c), c.Returning});
    }
}

void Patience(const App& app, const Shift& s, CounterView& v) {
    const int total = DecisionTicks(s);
    if (total == 0) {
        v.PatienceOff = app.Text.Get("counter.patience_off");
        return;
    }
    const int left = DecisionTicksLeft(s);
    const int shown = SecondsBegun(left); // the bar steps with the caption
    const float fraction = std::min(1.0f, static_cast<float>(shown * kTicksPerSecond) / static_cast<float>(total));
    if (left > 0)
        v.Patience = MeterView{app.Text.Format("counter.patience_seconds", {{"seconds", Num(shown)}}), fraction,
                               fraction > 0.3f ? Tone::Magic : Tone::Accent};
    else
        v.Patience = MeterView{app.Text.Get("counter.draining"), 1.0f, Tone::Misery};
}

// The responses in the seed's order on screen, keyed 1..n, with the hint.
void Choices(const App& app, const Shift& s, const Encounter& e, const Beat& beat, CounterView& v) {
    v.ChooseLabel = app.Text.Get("counter.choose");
    const std::vector<int> order = ResponseOrder(s);
    for (size_t place = 0; place < order.size(); ++place) {
        const Response& r = beat.Responses[static_cast<size_t>(order[place])];
        v.Choices.push_back({"choice." + ResponseId(*s.Place, e, beat, r), ControlKind::Button, r.Text, Num(static_cast<int>(place) + 1),
                             {AppCommandKind::Choose, order[place]}});
    }
    if (s.Options.Play != Mode::Training) return;
    if (s.HintShown) v.Hint = HintText(app);
    else v.HintButton = Control{"counter.hint", ControlKind::Button, app.Text.Get("counter.hint"), "H", {AppCommandKind::Hint, 0}};
}

CounterView Counter(const App& app, const Shift& s) {
    const Strings& t = app.Text;
    CounterView v;
    v.Setting = s.Place->Setting;
    Queue(s, v);
    const Encounter* e = CurrentEncounter(s);
    const Beat* beat = CurrentBeat(s);
    if (!e || !beat) return v;
    const Customer& c = s.Customers[static_cast<size_t>(s.Current)];
    v.Present = true;
    v.CustomerId = e->Id;
    v.BeatId = beat->Id;
    v.CustomerIndex = s.Current;
    v.Request = e->Request;
    v.IsReturning = c.Returning;
    v.Name = e->Name;
    v.Look = e->Look;
    v.Mood = MoodStep(s, c);
    v.MoodText = t.Get("mood." + Num(v.Mood));
    v.Wants = t.Format("counter.wants", {{"request", e->Request}});
    if (c.Returning) v.Returning = "\u2605 " + t.Get("counter.returning");
    if (c.NeedFound) {
        v.NeedFound = e->HiddenNeed;
        v.Need = t.Format("counter.need", {{"need", e->HiddenNeed}});
    }
    v.Line = beat->Line;
    v.QuotedLine = t.Quote(beat->Line);
    Patience(app, s, v);
    if (app.Now == Screen::Counter) Choices(app, s, *e, *beat, v);
    return v;
}

// [SECTION] Feedback and debrief --------------------------------------------------------------

ResultView Result(const App& app, const Shift& s, int customer) {
    const Strings& t = app.Text;
    const Customer& c = s.Customers[static_cast<size_t>(customer)];
    const Encounter& e = EncounterOf(s, customer);
    const Lesson lesson = LessonFor(s, customer);
    ResultView r;
    r.Name = e.Name;
    r.Look = e.Look;
    r.Mood = MoodStep(s, c);
    r.Outcome = static_cast<int>(c.Result);
    r.OutcomeText = t.Get("outcome." + Num(r.Outcome));
    r.ReachPeople = c.Reach;
    r.Reach = ReachText(t, c.Reach);
    r.Principle = lesson.Principle ? lesson.Principle->Why : "";
    if (lesson.BetterMove) {
        r.Said = lesson.Said->Text;
        r.Better = lesson.BetterMove->Text;
        r.BetterWhy = lesson.BetterMove->Why;
        r.ReviewLine = t.Get("feedback.better") + ": " + t.Quote(r.Better);
    }
    r.HintUsed = c.HintUsed;
    return r;
}

FeedbackView Feedback(const App& app, const Shift& s) {
    const Strings& t = app.Text;
    FeedbackView v;
    v.Result = Result(app, s, app.FeedbackCustomer);
    v.PrincipleLabel = t.Get("feedback.principle");
    v.BetterLabel = t.Get("feedback.better");
    v.BestPlay = t.Get("feedback.best_play");
    if (!v.Result.Better.empty()) {
        v.YouSaid = t.Format("feedback.you_said", {{"said", v.Result.Said}});
        v.BetterQuoted = t.Quote(v.Result.Better);
    }
    const bool last = s.Current + 1 >= static_cast<int>(s.Customers.size());
    v.Continue = {"feedback.continue", ControlKind::Button, t.Get(last ? "feedback.finish" : "feedback.next"), "Enter", {AppCommandKind::Continue, 0},
                  false, true};
    return v;
}

void DebriefTotals(const App& app, const Shift& s, DebriefView& v) {
    const Strings& t = app.Text;
    const int served = s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2];
    for (int o = 2; o >= 0; --o) {
        const int n = s.Outcomes[static_cast<size_t>(o)];
        v.Outcomes.push_back({t.Get("outcome." + Num(o)) + ": " + Num(n), served ? static_cast<float>(n) / static_cast<float>(served) : 0.0f,
                              o == 0 ? Tone::Misery : o == 2 ? Tone::Magic : Tone::Mediocrity});
    }
    v.ReputationLabel = t.Get("debrief.reputation");
    v.Reputation = PeopleText(t, s.Reputation);
    v.ReputationColour = s.Reputation < 0 ? Tone::Misery : Tone::Magic;
    int kept = 0;
    for (const PromiseState& p : s.Promises) kept += p.Kept;
    v.Totals.push_back({s.Promises.empty() ? t.Get("debrief.no_promises")
                                           : t.Format("debrief.promises", {{"kept", Num(kept)}, {"made", Num(static_cast<int>(s.Promises.size()))}})});
    if (s.Options.Play == Mode::Training) v.Totals.push_back({t.Format("debrief.hints", {{"n", Num(HintsUsed(s))}})});
    const bool over = s.Spent > s.Place->Budget;
    v.Totals.push_back({t.Format(over ? "debrief.overspent" : "debrief.budget", {{"spent", Num(s.Spent)}, {"budget", Num(s.Place->Budget)}}),
                        over ? Tone::Misery : Tone::Ink});
}

DebriefView Debrief(const App& app, const Shift& s) {
    const Strings& t = app.Text;
    DebriefView v;
    v.Heading = t.Get("debrief.heading");
    v.Score = t.Format("debrief.score", {{"score", Num(ScoreShift(s).Total)}});
    const bool week_over = app.Progress && WeekComplete(*app.Progress);
    const std::string next = week_over ? t.Get("debrief.week")
                                       : t.Format("debrief.next_day", {{"day", Num(app.Progress ? static_cast<int>(app.Progress->Days.size()) + 1 : 1)}});
    v.Next = {"debrief.next", ControlKind::Button, next, "Enter", {AppCommandKind::Continue, 0}, false, true};
    DebriefTotals(app, s, v);
    v.ChartLabel = t.Get("debrief.chart");
    v.Trail = ReputationTrail(s);
    const int magic = s.Outcomes[2], misery = s.Outcomes[0];
    v.BreakEvenLabel = t.Get("debrief.breakeven");
    v.BreakEven = {t.Format(magic >= 2 * misery ? "debrief.breakeven.ahead" : "debrief.breakeven.behind", {{"magic", Num(magic)}, {"misery", Num(misery)}}),
                   static_cast<float>(magic) / static_cast<float>(std::max(1, magic + 2 * misery)), magic >= 2 * misery ? Tone::Magic : Tone::Misery};
    v.LessonsLabel = t.Get("debrief.lessons");
    for (const Response* r : TopLessons(s)) v.Lessons.push_back(r->Why);
    if (s.Options.Play == Mode::Assessment) {
        v.ReviewLabel = t.Get("debrief.review");
        for (size_t i = 0; i < s.Customers.size(); ++i) v.Review.push_back(Result(app, s, static_cast<int>(i)));
    }
    v.Export = {"debrief.export", ControlKind::Button, t.Get("debrief.export"), "", {AppCommandKind::ExportChoices, 0}};
    v.Again = {"debrief.again", ControlKind::Button, t.Get("debrief.again"), "", {AppCommandKind::BackToTitle, 0}};
    return v;
}

ShiftFacts Facts(const Shift& s) {
    ShiftFacts f;
    f.Day = s.Plan.Day + 1;
    f.Reputation = s.Reputation;
    f.Outcomes = s.Outcomes;
    f.Served = s.Outcomes[0] + s.Outcomes[1] + s.Outcomes[2];
    f.Customers = static_cast<int>(s.Customers.size());
    f.Spent = s.Spent;
    f.Budget = s.Place->Budget;
    f.ClockSeconds = WholeSeconds(s.Tick);
    f.TimerSecondsLeft = WholeSeconds(DecisionTicksLeft(s));
    f.HintsUsed = HintsUsed(s);
    f.Score = ScoreShift(s).Total;
    return f;
}

// Real seconds until the counter's numbers change by themselves while real time counts:
// the patience caption and bar (whole seconds, or each second while patience drains),
// a promise's seconds left, the clock's minute, the next arrival. The platform redraws then, not before.
std::optional<double> NextChange(const App& app, const Shift& s) {
    if (app.Now != Screen::Counter || s.Options.Timer == TimerMode::Off) return std::nullopt;
    const auto until_whole_second = [](int ticks_left) { return (ticks_left - 1) % kTicksPerSecond + 1; };
    constexpr int kTicksPerMinute = 60 * kTicksPerSecond;
    int ticks = kTicksPerMinute - s.Tick % kTicksPerMinute;
    if (DecisionTicks(s) > 0) {
        const int left = DecisionTicksLeft(s);
        ticks = std::min(ticks, left > 0 ? until_whole_second(left) : kTicksPerSecond - s.Tick % kTicksPerSecond);
    }
    for (const PromiseState& p : s.Promises)
        if (!p.Kept && !p.Broken && p.DeadlineTick >= s.Tick) ticks = std::min(ticks, (p.DeadlineTick - s.Tick) % kTicksPerSecond + 1);
    for (const Customer& c : s.Customers) // the next one joining the queue
        if (c.ArrivalTick > s.Tick) ticks = std::min(ticks, c.ArrivalTick - s.Tick);
    return static_cast<double>(ticks) / kTicksPerSecond;
}

// What a screen reader hears on the shift screens.
std::string Announcement(const App& app, const FrameView& v) {
    const Strings& t = app.Text;
    std::string said;
    for (const RippleView& r : v.Hud ? v.Hud->Ripples : std::vector<RippleView>{}) {
        const std::string moved = t.Format(r.Change > 0 ? "a11y.up" : "a11y.down", {{"n", Num(std::abs(r.Change))}});
        said = t.Format("a11y.reputation", {{"n", SignedText(v.Facts->Reputation)}, {"change", moved}}) + " ";
    }
    if (app.Now == Screen::Counter && v.Counter.Present) return said + v.Counter.Name + ": " + t.Quote(v.Counter.Line);
    if (app.Now == Screen::Feedback) {
        const ResultView& r = v.Feedback.Result;
        return said + r.Name + ": " + r.OutcomeText + ". " + r.Reach + ". " + r.Principle;
    }
    if (app.Now == Screen::Debrief) return v.Debrief.Heading + ". " + v.Debrief.Score;
    return said;
}

// The numbers the shift clock changes on the shift screens, in the seconds the view shows: the
// clock, the decision timer (its facts, caption and bar), who waits in line and for how long, each
// follow-up's seconds left. While none of them changes, passing time changes nothing the view says.
// Written into `shown` (kept from frame to frame: no allocation while the shift runs).
void ShownTime(const App& app, std::vector<int>& shown) {
    shown.clear();
    if (!app.Play) return;
    const Shift& s = *app.Play;
    const int left = DecisionTicksLeft(s);
    shown.insert(shown.end(), {WholeSeconds(s.Tick), WholeSeconds(left), SecondsBegun(left), left > 0});
    for (int c = s.Current + 1; c < static_cast<int>(s.Customers.size()); ++c)
        if (Waiting(s, c)) shown.insert(shown.end(), {c, WholeSeconds(s.Tick - s.Customers[static_cast<size_t>(c)].ArrivalTick)});
    for (const PromiseState& p : s.Promises) shown.push_back(WholeSeconds(p.DeadlineTick - s.Tick));
}

// Whether the frame view shows the counter's scene: ripples and the stage move there.
bool AtCounter(const App& app) { return app.Play && (app.Now == Screen::Counter || app.Now == Screen::Feedback); }

// Brings the last view's motion and its time to the next change to `seconds`, when nothing else
// changed. False, changing nothing shown, when a ripple has ended: what a screen reader hears changes with it.
bool MoveOn(FrameView& v, const App& app, double seconds, FrameMemory& memory) {
    const bool at_counter = AtCounter(app);
    std::vector<RippleView> ripples = Ripples({}, seconds, at_counter, memory);
    if (ripples.size() != (v.Hud ? v.Hud->Ripples.size() : 0)) return false;
    if (v.Hud) v.Hud->Ripples = std::move(ripples);
    BuildStage(app, {}, seconds, at_counter, v, memory);
    if (v.Facts) v.NextChange = NextChange(app, *app.Play);
    v.Events.clear();
    return true;
}

} // namespace

// [SECTION] The frame ------------------------------------------------------------------------

std::string SignedText(int value) { return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + std::to_string(std::abs(value)); }

std::string StageText(const Strings& text, Stage stage) { return text.Get("stage." + std::to_string(static_cast<int>(stage))); }

FrameView BuildFrameView(const App& app, const std::vector<Event>& events, double seconds, FrameMemory& memory) {
    FrameView v;
    v.Now = app.Now;
    v.Prefs = app.Prefs;
    v.Sound = {"sound", ControlKind::Checkbox, app.Text.Get("title.sound"), "", {AppCommandKind::SetMuted, app.Prefs.Muted ? 0 : 1}, !app.Prefs.Muted};
    v.Events = events;
    const Venue* venue = SelectedVenue(app);
    v.VenueId = venue ? venue->Id : "";
    v.Play = app.Options.Play;
    for (const auto& [topic, key] : app.PageNotices) {
        v.PageNoticeKeys.push_back(key);
        v.PageNotices.push_back(app.Text.Get("page." + key));
    }
    if (app.Progress) v.Progress = WeekFactsOf(app, *app.Progress);
    const bool at_counter = AtCounter(app);
    std::vector<RippleView> ripples = Ripples(events, seconds, at_counter, memory);
    if (!at_counter) BuildStage(app, events, seconds, false, v, memory);
    const bool in_shift = app.Play && app.Now != Screen::Title && app.Now != Screen::Briefing && app.Now != Screen::Error;
    if (in_shift) {
        const Shift& s = *app.Play;
        v.Facts = Facts(s);
        v.Counter = Counter(app, s);
        if (at_counter) {
            v.Hud = Hud(app, s);
            v.Hud->Ripples = std::move(ripples);
            BuildStage(app, events, seconds, true, v, memory);
            v.Promises = Promises(app, s);
            if (!v.Promises.empty()) v.PromisesLabel = app.Text.Get("counter.followups");
        }
        if (app.Now == Screen::Feedback) v.Feedback = Feedback(app, s);
        if (app.Now == Screen::Debrief) v.Debrief = Debrief(app, s);
        v.Announcement = Announcement(app, v);
        v.NextChange = NextChange(app, s);
    }
    BuildMenus(app, v);
    return v;
}

void UpdateFrameView(FrameView& view, const App& app, const std::vector<Event>& events, double seconds, FrameMemory& memory) {
    ShownTime(app, memory.ShownNow);
    const bool same = memory.ViewOf == app.Revision && memory.ShownNow == memory.ShownTime;
    if (events.empty() && same && MoveOn(view, app, seconds, memory)) return;
    view = BuildFrameView(app, events, seconds, memory);
    memory.ViewOf = app.Revision;
    std::swap(memory.ShownTime, memory.ShownNow);
}

} // namespace moments
