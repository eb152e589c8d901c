#include "app.h"

#include "content/venue_loader.h"

namespace moments {

namespace {

// Shipped venues, in title-screen order; a missing one is reported, not skipped.
constexpr const char* kShippedVenues[] = {"cafe_counter"};

void Fail(App& app, const std::vector<ContentError>& errors) {
    for (const ContentError& e : errors) app.Problems.push_back(Describe(e));
    app.Now = Screen::Error;
}

// Reacts to the simulation's events: a resolved customer opens the feedback card.
void HandleEvents(App& app) {
    for (const Event& e : DrainEvents(*app.Play)) {
        if (e.Kind == EventKind::EncounterResolved) {
            app.FeedbackCustomer = e.Customer;
            app.ReputationTrail.push_back(app.Play->Reputation);
            app.Now = Screen::Feedback;
        }
    }
}

void Begin(App& app, int day) {
    const Venue* venue = SelectedVenue(app);
    if (!venue || day < 0 || day >= static_cast<int>(venue->Week.size())) return;
    app.Play = StartShift(*venue, day, app.Seed, app.Options);
    app.ReputationTrail.clear();
    app.FeedbackCustomer = -1;
    app.Now = Screen::Counter;
}

void Continue(App& app) {
    Apply(*app.Play, {0, CommandKind::Next, 0});
    app.Now = app.Play->Now == Phase::Ended ? Screen::Debrief : Screen::Counter;
    HandleEvents(app);
}

} // namespace

const char* ScreenName(Screen s) {
    switch (s) {
    case Screen::Title: return "title";
    case Screen::Counter: return "counter";
    case Screen::Feedback: return "feedback";
    case Screen::Debrief: return "debrief";
    case Screen::Error: return "error";
    }
    return "unknown";
}

void AppInit(App& app, const AppConfig& config) {
    app = App{};
    app.Seed = config.Seed;
    app.Options = config.Options;
    std::vector<ContentError> errors;
    if (auto text = LoadStrings(config.AssetsDir + "/locales", config.Language, errors)) app.Text = std::move(*text);
    std::vector<std::string> files;
    if (!config.VenueFile.empty()) files.push_back(config.VenueFile);
    else
        for (const char* id : kShippedVenues) files.push_back(config.AssetsDir + "/venues/" + id + ".json");
    for (const std::string& file : files)
        if (auto venue = LoadVenue(file, errors)) app.Venues.push_back(std::move(*venue));
    if (!errors.empty()) Fail(app, errors);
}

void AppApply(App& app, const AppCommand& cmd) {
    switch (cmd.Kind) {
    case AppCommandKind::StartShift:
        if (app.Now == Screen::Title) Begin(app, cmd.Arg);
        break;
    case AppCommandKind::Choose:
        if (app.Now == Screen::Counter && Apply(*app.Play, {0, CommandKind::Choose, cmd.Arg})) HandleEvents(app);
        break;
    case AppCommandKind::Continue:
        if (app.Now == Screen::Feedback) Continue(app);
        break;
    case AppCommandKind::BackToTitle:
        if (app.Now == Screen::Debrief) {
            app.Now = Screen::Title;
            app.Seed += 1; // the next shift differs from the last
        }
        break;
    case AppCommandKind::SelectVenue:
        if (app.Now == Screen::Title && cmd.Arg >= 0 && cmd.Arg < static_cast<int>(app.Venues.size())) app.VenueIndex = cmd.Arg;
        break;
    case AppCommandKind::SetTimer:
        if (app.Now == Screen::Title && cmd.Arg >= 0 && cmd.Arg <= static_cast<int>(TimerMode::Off))
            app.Options.Timer = static_cast<TimerMode>(cmd.Arg);
        break;
    }
}

void AppTick(App& app, int ticks) {
    if (app.Now != Screen::Counter || !app.Play) return;
    Advance(*app.Play, ticks);
    HandleEvents(app);
}

const Venue* SelectedVenue(const App& app) {
    if (app.VenueIndex < 0 || app.VenueIndex >= static_cast<int>(app.Venues.size())) return nullptr;
    return &app.Venues[static_cast<size_t>(app.VenueIndex)];
}

} // namespace moments
