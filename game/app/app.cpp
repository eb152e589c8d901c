// The app's flow between screens: title, briefing, counter, feedback, debrief,
// week summary; the commands each screen takes and the shift's clock.
// Loading and languages: app_content.cpp; CSV, save and restore: app_records.cpp.
#include "app.h"
#include "app_parts.h"

#include "content/message.h"

namespace moments {

namespace {


// The day is over: file it into the week and show the debrief.
void FinishShift(App& app) {
    RecordDay(*app.Progress, *app.Play);
    app.Now = Screen::Debrief;
}

// Reacts to the simulation's events: a resolved customer opens the feedback
// card in training; in assessment the shift simply moves on.
void HandleEvents(App& app) {
    std::vector<Event> events = DrainEvents(*app.Play);
    for (const Event& e : events) {
        if (e.Kind == EventKind::EncounterResolved) {
            app.FeedbackCustomer = e.Customer;
            app.Now = Screen::Feedback;
        }
    }
    app.Recent.insert(app.Recent.end(), events.begin(), events.end());
    if (app.Now == Screen::Feedback && app.Options.Play == Mode::Assessment) {
        Apply(*app.Play, {0, CommandKind::Next, 0});
        app.Now = Screen::Counter;
        HandleEvents(app);
    }
    if (app.Play->Now == Phase::Ended && app.Now == Screen::Counter) FinishShift(app);
}

// A new attempt gets its own seed, and the next assessment form.
void NextAttempt(App& app) {
    app.Seed += 0x9E3779B9u;
    app.Attempt += 1;
}

// From the title: continue the week for this venue and mode, or start one.
void Begin(App& app) {
    const Venue* venue = SelectedVenue(app);
    if (!venue) return;
    const bool fits = app.Progress && app.Progress->Place == venue && app.Progress->Play == app.Options.Play &&
                      !WeekComplete(*app.Progress);
    if (!fits) {
        if (app.Progress && WeekComplete(*app.Progress)) NextAttempt(app);
        app.Progress = StartWeek(*venue, app.Seed, app.Options.Play, app.Attempt);
        app.Play.reset();
    }
    app.Now = app.Play && app.Play->Now != Phase::Ended ? Screen::Counter : Screen::Briefing;
}

void StartNext(App& app) {
    app.Play = StartNextShift(*app.Progress, app.Options);
    app.FeedbackCustomer = -1;
    app.Now = Screen::Counter;
}

void Continue(App& app) {
    if (app.Now == Screen::Feedback) {
        Apply(*app.Play, {0, CommandKind::Next, 0});
        app.Now = Screen::Counter;
        HandleEvents(app);
    } else if (app.Now == Screen::Debrief) {
        app.Now = WeekComplete(*app.Progress) ? Screen::WeekSummary : Screen::Briefing;
    }
}

// Passes a command to the shift at the counter or on the feedback card.
void ToShift(App& app, CommandKind kind, int arg) {
    if ((app.Now == Screen::Counter || app.Now == Screen::Feedback) && Apply(*app.Play, {0, kind, arg})) HandleEvents(app);
}

} // namespace

const char* ScreenName(Screen s) {
    switch (s) {
    case Screen::Title: return "title";
    case Screen::Briefing: return "briefing";
    case Screen::Counter: return "counter";
    case Screen::Feedback: return "feedback";
    case Screen::Debrief: return "debrief";
    case Screen::WeekSummary: return "week";
    case Screen::Error: return "error";
    }
    return "unknown";
}

void AppApply(App& app, const AppCommand& cmd) {
    ++app.Revision;
    const bool on_title = app.Now == Screen::Title;
    switch (cmd.Kind) {
    case AppCommandKind::Begin:
        if (on_title) Begin(app);
        break;
    case AppCommandKind::NewWeek:
        if (on_title) {
            app.Progress.reset();
            app.Play.reset();
            NextAttempt(app);
        }
        break;
    case AppCommandKind::StartShift:
        if (app.Now == Screen::Briefing) StartNext(app);
        break;
    case AppCommandKind::Choose: ToShift(app, CommandKind::Choose, cmd.Arg); break;
    case AppCommandKind::Hint: ToShift(app, CommandKind::Hint, 0); break;
    case AppCommandKind::KeepPromise: ToShift(app, CommandKind::KeepPromise, cmd.Arg); break;
    case AppCommandKind::Continue: Continue(app); break;
    case AppCommandKind::BackToTitle:
        if (app.Now == Screen::Debrief || app.Now == Screen::WeekSummary) app.Now = Screen::Title;
        break;
    case AppCommandKind::SelectVenue:
        if (on_title && cmd.Arg >= 0 && cmd.Arg < static_cast<int>(app.Venues.size())) app.VenueIndex = cmd.Arg;
        break;
    case AppCommandKind::SetTimer:
        if (on_title && cmd.Arg >= 0 && cmd.Arg <= static_cast<int>(TimerMode::Off)) app.Options.Timer = static_cast<TimerMode>(cmd.Arg);
        break;
    case AppCommandKind::SetMode:
        if (on_title && !app.ModeFixed && cmd.Arg >= 0 && cmd.Arg <= static_cast<int>(Mode::Assessment)) {
            app.Options.Play = static_cast<Mode>(cmd.Arg);
            // Training is for learning: the relaxed timer; an assessment keeps the normal one (off stays off).
            if (app.Options.Timer != TimerMode::Off)
                app.Options.Timer = app.Options.Play == Mode::Training ? TimerMode::Relaxed : TimerMode::Normal;
        }
        break;
    case AppCommandKind::SetLanguage:
        if (on_title && cmd.Arg >= 0 && cmd.Arg < static_cast<int>(app.Languages.size())) UseLanguage(app, cmd.Arg);
        break;
    case AppCommandKind::SetTextSize:
        if (on_title && cmd.Arg >= 0 && cmd.Arg <= 2) app.Prefs.TextSize = cmd.Arg;
        break;
    case AppCommandKind::SetReducedMotion:
        if (on_title) app.Prefs.ReducedMotion = cmd.Arg != 0;
        break;
    case AppCommandKind::SetMuted: app.Prefs.Muted = cmd.Arg != 0; break;
    case AppCommandKind::ExportChoices:
        if ((app.Now == Screen::Debrief || app.Now == Screen::WeekSummary) && app.Progress)
            app.Outbox.push_back({RequestKind::SaveFile, "moments-of-truth-choices.csv", ChoicesCsv(app)});
        break;
    }
}

void AppTick(App& app, int ticks) {
    // With the timer off (WCAG 2.2.1) real time does not count at all: only the
    // game time that exchanges take moves the clock and the queue.
    if (app.Now != Screen::Counter || !app.Play || app.Play->Options.Timer == TimerMode::Off) return;
    Advance(*app.Play, ticks);
    HandleEvents(app);
}

const Venue* SelectedVenue(const App& app) {
    if (app.VenueIndex < 0 || app.VenueIndex >= static_cast<int>(app.Venues.size())) return nullptr;
    return &app.Venues[static_cast<size_t>(app.VenueIndex)];
}

std::string HintText(const App& app) {
    const std::optional<Tag> tag = app.Play ? HintPrinciple(*app.Play) : std::nullopt;
    return app.Text.Format("counter.hint_text", {{"hint", app.Text.Get(tag ? std::string("principle.") + kTagNames[static_cast<size_t>(*tag)] : "principle.plain")}});
}

} // namespace moments
