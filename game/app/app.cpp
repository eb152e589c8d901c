#include "app.h"

#include "content/localise.h"
#include "content/manifest.h"
#include "content/pack.h"
#include "content/text.h"
#include "content/venue_loader.h"

#include <algorithm>

namespace moments {

namespace {

void Fail(App& app, const std::vector<ContentError>& errors) {
    for (const ContentError& e : errors) app.Problems.push_back(Describe(e));
    app.Now = Screen::Error;
}

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

namespace {

// Loads one language's interface text (its venue translations wait until it is used).
// When texts come in packs, a language whose ui.json is not mounted yet waits too: it is
// offered under its name from the manifest.
void LoadLanguage(App& app, const std::string& code, const std::string& name, std::vector<ContentError>& errors) {
    Language lang;
    lang.Code = code;
    lang.Name = name;
    if (!app.FetchLanguages || PackedFile(app.LocalesDir + "/" + code + "/ui.json")) {
        auto text = LoadStrings(app.LocalesDir, code, errors);
        if (!text) return;
        lang.Interface = std::move(*text);
        lang.InterfaceLoaded = true;
        if (lang.Name.empty()) lang.Name = lang.Interface.Get("language.name");
    }
    app.Languages.push_back(std::move(lang));
}

// Loads a language's translations of every venue, once.
bool LoadVenueText(App& app, Language& lang) {
    if (lang.VenueTextLoaded) return true;
    std::vector<ContentError> errors;
    std::vector<std::optional<Strings>> texts;
    for (const Venue& v : app.Sources) {
        const bool translated = lang.Code != "en" && std::find(v.Locales.begin(), v.Locales.end(), lang.Code) != v.Locales.end();
        texts.push_back(translated ? LoadVenueTranslation(app.LocalesDir, lang.Code, v.Id, errors) : std::nullopt);
    }
    if (!errors.empty()) {
        Fail(app, errors);
        return false;
    }
    lang.VenueText = std::move(texts);
    lang.VenueTextLoaded = true;
    return true;
}

// Whether mounted packs hold every text of a language not loaded yet.
bool TextsMounted(const App& app, const Language& lang) {
    if (!lang.InterfaceLoaded && !PackedFile(app.LocalesDir + "/" + lang.Code + "/ui.json")) return false;
    return std::all_of(app.Sources.begin(), app.Sources.end(), [&](const Venue& v) {
        const bool translated = lang.Code != "en" && std::find(v.Locales.begin(), v.Locales.end(), lang.Code) != v.Locales.end();
        return !translated || PackedFile(app.LocalesDir + "/" + lang.Code + "/" + v.Id + ".json") != nullptr;
    });
}

void UseLanguage(App& app, int index) {
    Language& lang = app.Languages[static_cast<size_t>(index)];
    if (app.FetchLanguages && !lang.VenueTextLoaded && !TextsMounted(app, lang)) {
        app.PendingLanguage = lang.Code; // the platform fetches its pack; AppLanguageArrived switches
        app.Outbox.push_back({RequestKind::FetchLanguage, lang.Code, ""});
        return;
    }
    if (!lang.InterfaceLoaded) {
        std::vector<ContentError> errors;
        auto text = LoadStrings(app.LocalesDir, lang.Code, errors);
        if (!text) {
            Fail(app, errors);
            return;
        }
        lang.Interface = std::move(*text);
        lang.InterfaceLoaded = true;
    }
    if (!LoadVenueText(app, lang)) return;
    app.PendingLanguage.clear();
    app.LanguageIndex = index;
    app.Text = lang.Interface;
    for (size_t i = 0; i < app.Venues.size(); ++i)
        Localise(app.Venues[i], app.Sources[i], lang.VenueText[i] ? &*lang.VenueText[i] : nullptr);
}

// Whether the manifest has any of the venues asked for (asking for none counts as all).
bool OffersAny(const Manifest& manifest, const std::vector<std::string>& ids) {
    return ids.empty() || std::any_of(manifest.Venues.begin(), manifest.Venues.end(), [&](const ManifestVenue& v) {
        return std::find(ids.begin(), ids.end(), v.Id) != ids.end();
    });
}

// The venue files to load: the one named on the command line, else the manifest's,
// in its order, kept to those asked for (all of them when none of those asked for exists).
std::vector<std::string> VenueFiles(const AppConfig& config, const std::optional<Manifest>& manifest, bool none_known) {
    if (!config.VenueFile.empty()) return {config.VenueFile};
    std::vector<std::string> files;
    if (!manifest) return files;
    for (const ManifestVenue& v : manifest->Venues)
        if (config.VenueIds.empty() || none_known || std::find(config.VenueIds.begin(), config.VenueIds.end(), v.Id) != config.VenueIds.end())
            files.push_back(config.AssetsDir + "/" + v.File);
    return files;
}

} // namespace

void AppInit(App& app, const AppConfig& config) {
    app = App{};
    app.Seed = config.Seed;
    app.Attempt = config.Attempt;
    app.Options = config.Options;
    app.ModeFixed = config.ModeFixed;
    app.PassMark = config.PassMark;
    app.LearnerName = CutUtf8(config.LearnerName, kMaxLearnerName); // a name, not a book: LMS data is not trusted
    app.Prefs = config.Prefs;
    app.FetchLanguages = config.FetchLanguages;
    std::vector<ContentError> errors;
    const std::optional<Manifest> manifest = LoadManifest(config.AssetsDir, errors);
    const bool none_known = manifest && !OffersAny(*manifest, config.VenueIds);
    for (const std::string& file : VenueFiles(config, manifest, none_known))
        if (auto venue = LoadVenue(file, errors)) app.Sources.push_back(std::move(*venue));
    app.Venues = app.Sources;
    app.LocalesDir = config.AssetsDir + "/locales";
    if (manifest)
        for (size_t i = 0; i < manifest->Languages.size(); ++i)
            LoadLanguage(app, manifest->Languages[i], i < manifest->Names.size() ? manifest->Names[i] : "", errors);
    if (!app.Languages.empty()) app.Text = app.Languages.front().Interface; // for the error screen
    if (!errors.empty()) {
        Fail(app, errors);
        return;
    }
    if (!AppSetLanguage(app, config.Language)) UseLanguage(app, 0);
    if (config.VenueFile.empty() && !config.VenueIds.empty() && none_known) {
        std::string ids;
        for (const std::string& id : config.VenueIds) ids += (ids.empty() ? "" : ", ") + id;
        app.Notice = app.Text.Format("notice.unknown_venues", {{"ids", ids}, {"known", VenueIdList(*manifest)}});
    }
}

std::string TextInUse(const App& app) {
    std::string text = app.LearnerName + app.Notice + app.Today;
    for (const auto& [key, value] : app.Text.Text) text += value;
    for (const Language& lang : app.Languages) text += lang.Name;
    for (const Venue& venue : app.Venues)
        for (const auto& [key, value] : SourceTexts(venue)) text += value;
    for (const std::string& problem : app.Problems) text += problem;
    return text;
}

bool AppSetLanguage(App& app, const std::string& code) {
    for (size_t i = 0; i < app.Languages.size(); ++i)
        if (app.Languages[i].Code == code) {
            UseLanguage(app, static_cast<int>(i));
            return true;
        }
    return false;
}

void AppLanguageArrived(App& app, const std::string& code) {
    if (!code.empty() && code == app.PendingLanguage) AppSetLanguage(app, code);
}

void AppApply(App& app, const AppCommand& cmd) {
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

namespace {

// Quotes a CSV field when it holds a separator, a quote or a line break (RFC 4180).
// Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading '.
std::string CsvField(std::string text) {
    if (!text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos) text.insert(0, "'");
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

const char* OutcomeWord(Outcome o) { return o == Outcome::Misery ? "misery" : o == Outcome::Magic ? "magic" : "mediocrity"; }

void CsvRows(const Shift& s, int day, std::string& out) {
    for (size_t ci = 0; ci < s.Customers.size(); ++ci) {
        const Customer& c = s.Customers[ci];
        const Encounter& e = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
        for (const Step& st : c.Path) {
            const Beat& b = e.Beats[static_cast<size_t>(st.Beat)];
            const Response& r = b.Responses[static_cast<size_t>(st.Response)];
            std::string tags;
            for (int t = 0; t < kTagCount; ++t)
                if (r.Tags.Has(static_cast<Tag>(t))) tags += std::string(tags.empty() ? "" : " ") + kTagNames[static_cast<size_t>(t)];
            const std::string fields[] = {std::to_string(s.Seed), std::to_string(day), std::to_string(ci + 1), CsvField(e.Name), e.Id, b.Id,
                                          ResponseId(*s.Place, e, b, r), CsvField(r.Text), std::to_string(r.Satisfaction),
                                          std::to_string(r.Seconds), std::to_string(r.Cost), CsvField(tags),
                                          std::to_string(st.LatencyTicks / kTicksPerSecond), c.HintUsed ? "yes" : "no",
                                          c.Done ? OutcomeWord(c.Result) : "", c.Done ? std::to_string(c.Reach) : "",
                                          VerdictWord(st.Judged), ResponseId(*s.Place, e, b, b.Responses[static_cast<size_t>(st.Best)])};
            for (const std::string& f : fields) out += (&f == fields ? "" : ",") + f;
            out += "\n";
        }
    }
}

} // namespace

std::string HintText(const App& app) {
    const std::optional<Tag> tag = app.Play ? HintPrinciple(*app.Play) : std::nullopt;
    return app.Text.Format("counter.hint_text", {{"hint", app.Text.Get(tag ? std::string("principle.") + kTagNames[static_cast<size_t>(*tag)] : "principle.plain")}});
}

// One word per verdict, shared by the CSV export and the LMS reports so they never disagree.
const char* VerdictWord(Verdict verdict) {
    switch (verdict) {
    case Verdict::Best: return "correct";
    case Verdict::Fair: return "neutral";
    case Verdict::Harmful: return "incorrect";
    }
    return "neutral";
}

std::string ChoicesCsv(const App& app) {
    // The byte-order mark tells Excel the file is UTF-8 (Russian, Greek and Romanian text).
    std::string out = "\xEF\xBB\xBFseed,day,customer,name,encounter,beat,response,said,satisfaction,seconds,cost,tags,decision_seconds,hint,outcome,reach,result,best_response\n";
    if (!app.Progress) return out;
    // Finished days are replayed from their logs, so the CSV needs nothing stored beyond the save.
    Week week = StartWeek(*app.Progress->Place, app.Progress->Seed, app.Progress->Play, app.Progress->Form);
    std::string error;
    for (const DayResult& d : app.Progress->Days) {
        const std::optional<Shift> s = ReplayShift(week, {d.Options, d.Log}, error);
        if (!s) break; // cannot happen for days this app played itself
        CsvRows(*s, d.Day + 1, out);
        RecordDay(week, *s);
    }
    if (app.Play && app.Play->Now != Phase::Ended) CsvRows(*app.Play, app.Play->Plan.Day + 1, out);
    return out;
}

std::string AppSave(const App& app) {
    if (!app.Progress) return "";
    const bool in_progress = app.Play && app.Play->Now != Phase::Ended;
    return EncodeSnapshot(TakeSnapshot(*app.Progress, in_progress ? &*app.Play : nullptr));
}

void AppSetPageNotice(App& app, const std::string& topic, const std::string& key) {
    if (key.empty()) app.PageNotices.erase(topic);
    else if (app.Text.Text.count("page." + key)) app.PageNotices[topic] = key;
}

std::optional<std::string> AppRestore(App& app, const std::string& text) {
    std::string error;
    const auto snap = DecodeSnapshot(text, error);
    if (!snap) return error;
    if (app.ModeFixed && snap->Play != app.Options.Play) // a training save never becomes an assessment's result
        return std::string("save is for ") + (snap->Play == Mode::Training ? "training" : "an assessment") + ", not for this package's " +
               (app.Options.Play == Mode::Training ? "training" : "assessment");
    for (size_t i = 0; i < app.Venues.size(); ++i) {
        if (app.Venues[i].Id != snap->VenueId) continue;
        auto session = Replay(app.Venues[i], *snap, error);
        if (!session) return error;
        app.VenueIndex = static_cast<int>(i);
        app.Options.Play = snap->Play;
        app.Progress = std::move(session->Progress);
        app.Play = std::move(session->Current);
        app.Now = app.Play ? (app.Play->Now == Phase::Resolved ? Screen::Feedback : Screen::Counter) : Screen::Title;
        if (app.Now == Screen::Feedback) app.FeedbackCustomer = app.Play->Current;
        return std::nullopt;
    }
    return "save is for venue '" + snap->VenueId + "', which this game does not have";
}

} // namespace moments
