// The game's flow between screens, above the simulation and below the UI.
// Knows nothing of SDL, ImGui or the browser: the UI sends AppCommands, the
// platform calls AppTick, and everyone reads the App struct.
#pragma once
#include "content/content_error.h"
#include "content/strings.h"
#include "core/snapshot.h"
#include "core/week.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace moments {

constexpr size_t kMaxLearnerName = 120; // bytes of a learner's name kept from the LMS

enum class Screen : uint8_t { Title, Briefing, Counter, Feedback, Debrief, WeekSummary, Error };
const char* ScreenName(Screen s); // "title", "counter", ... as seen by tests

// Presentation preferences the UI and platform honour (not part of the simulation).
struct Preferences {
    int TextSize = 0;           // 0 normal, 1 large, 2 largest
    bool ReducedMotion = false; // no ripples, steam or slides
    bool Muted = false;         // no sound cues (the page plays them: web/sound.js)
};

struct AppConfig {
    std::string AssetsDir = "assets";   // holds manifest.json (what is offered), venues/, locales/, fonts/
    std::string VenueFile;              // if set, play this file instead of the shipped venues
    std::string Language = "en";
    uint64_t Seed = 1;                  // the page draws a fresh one per learner and attempt (?seed=N to fix it)
    int Attempt = 0;                    // which attempt this is (the LMS's count): picks the assessment form
    Settings Options{TimerMode::Relaxed, Mode::Training}; // training starts on the relaxed timer
    bool ModeFixed = false;             // the package chose the mode: the learner cannot switch it
    int PassMark = kDefaultPassMark;
    std::string LearnerName;            // from the LMS, for the title and certificate (cut to kMaxLearnerName bytes)
    std::vector<std::string> VenueIds;  // venues of the manifest to offer; empty = all
    int FromCustomer = -1;              // preview: the first shift opens with this encounter (its index in the file)
    Preferences Prefs;                  // e.g. reduced motion from the browser's setting
    std::string Today;                  // the date for the certificate (the core reads no clock)
    bool FetchLanguages = false;        // a language's texts (its ui.json and venue translations, but the first
                                        // language's ui.json) come in a pack mounted on request (web)
};

enum class AppCommandKind : uint8_t {
    Begin,       // title: start (or continue) the week of the selected venue and mode
    NewWeek,     // title: drop the week in progress and start again
    StartShift,  // briefing: open the counter
    Choose,      // counter: response Arg
    Hint,        // counter, training: show the principle of the best answer
    KeepPromise, // counter or feedback: follow up on promise Arg
    Continue,    // feedback -> next customer or debrief; debrief -> next briefing or week summary
    BackToTitle, // debrief or week summary
    SelectVenue, // title: venue index Arg
    SetTimer,    // title: TimerMode Arg
    SetMode,     // title: Mode Arg
    SetLanguage, // title: index Arg into App::Languages
    SetTextSize, // title: 0 normal, 1 large, 2 largest
    SetReducedMotion, // title: Arg 1 = reduce motion
    ExportChoices,    // debrief or week summary: ask the platform to save the CSV of every choice
    SetMuted,         // any screen: Arg 1 = no sound
};

// Something only the platform can do, asked for by the game (drained each frame).
enum class RequestKind : uint8_t {
    SaveFile,      // Name: suggested file name, Content: the file
    FetchLanguage, // Name: a language code whose translations are not mounted yet (the web build's language packs)
};
struct Request {
    RequestKind Kind = RequestKind::SaveFile;
    std::string Name;    // suggested file name, or the language code
    std::string Content; // file content
};

struct AppCommand {
    AppCommandKind Kind = AppCommandKind::Continue;
    int Arg = 0;
};

// A language the game can be played in: its interface text and venue translations.
// Venue translations are the bulk of the text: they load when the language is first used
// (on the web, so does the interface text of a language other than the first: see FetchLanguages).
struct Language {
    std::string Code;                    // "en", "it", ...
    std::string Name;                    // named in itself ("Italiano"), for the title screen
    Strings Interface;                   // ui.json
    bool InterfaceLoaded = false;
    bool VenueTextLoaded = false;
    std::vector<std::optional<Strings>> VenueText; // per venue, parallel to App::Venues (none for English)
};

struct App {
    uint64_t Revision = 0;            // moves on with every change the App* functions make but the clock's
                                      // (AppTick: its changes show as numbers, see UpdateFrameView)
    Screen Now = Screen::Title;
    Strings Text;                     // interface text in the chosen language
    std::vector<Language> Languages;  // every language of the manifest whose interface text loaded
    int LanguageIndex = 0;
    std::string LocalesDir;           // where the translations not loaded yet are
    bool FetchLanguages = false;      // see AppConfig::FetchLanguages
    std::string PendingLanguage;      // asked for, switched to once its translations arrive (AppLanguageArrived)
    std::vector<Venue> Sources;       // the venues as loaded, in English
    std::vector<Venue> Venues;        // the venues in the chosen language (what is played)
    int VenueIndex = 0;               // the one selected on the title screen
    uint64_t Seed = 1;                // seed of the next week
    int Attempt = 0;                  // attempts started in this session and before it: the assessment form
    Settings Options;
    bool ModeFixed = false;           // the package chose the mode (an assessment stays an assessment)
    int PassMark = kDefaultPassMark;
    std::optional<Week> Progress;     // the week (or assessment) under way
    std::optional<Shift> Play;        // the shift at the counter, or the one just finished
    int FeedbackCustomer = -1;        // the customer the feedback card is about
    std::vector<ContentError> Problems; // content errors, shown on the error screen (see ProblemTexts)
    std::vector<Event> Recent;        // the core's events since the last frame view took them (see frame_view.h)
    Preferences Prefs;
    std::string LearnerName;          // from the LMS when there is one; shown on the certificate
    std::string Today;                // the date, from AppConfig (the core reads no clock)
    std::vector<Request> Outbox;      // requests for the platform
    std::optional<Message> Notice;    // shown on the title screen in the chosen language (e.g. a save that could not be restored)
    std::map<std::string, std::string> PageNotices; // topic -> "page." text key, from the page (offline, storage full, ...)
};

// Loads text and venues from config; on any content error the app opens on
// the error screen that lists them (file:pointer: message), never crashes.
void AppInit(App& app, const AppConfig& config);

// Switches interface and venue text to the language with this code (e.g. from
// ?lang=, the LMS or the browser). Returns false, changing nothing, if it is not shipped.
bool AppSetLanguage(App& app, const std::string& code);

// The platform mounted the translations a FetchLanguage request asked for: switches to
// that language if it is still the one the learner chose last.
void AppLanguageArrived(App& app, const std::string& code);

// Applies one command from the UI; commands that do not fit the screen are ignored.
void AppApply(App& app, const AppCommand& command);

// Moves the shift clock on by `ticks` of real time and reacts to what happened.
// Does nothing while the timer is off: then only the exchanges' game time counts.
void AppTick(App& app, int ticks);

// The venue being played or about to be.
const Venue* SelectedVenue(const App& app);

// Every text the screens can show now (interface and venues in the chosen
// language, the languages' own names, the learner, notices, errors): the
// characters the font must hold.
std::string TextInUse(const App& app);

// The hint for the open decision in the chosen language: it names the principle
// the best answer follows without quoting it.
std::string HintText(const App& app);

// Every choice of the week so far as CSV (one row per decision), for HR and trainers.
std::string ChoicesCsv(const App& app);

// The word exports use for the core's verdict on a choice: correct, neutral or incorrect.
const char* VerdictWord(Verdict verdict);

// Shows a notice on the title screen (e.g. a save the page set aside).
void AppSetNotice(App& app, Message notice);

// The page reports something the learner should know about their progress
// (topic "lrs", key "offline"); an empty key clears the topic. Keys without a
// "page." text are ignored.
void AppSetPageNotice(App& app, const std::string& topic, const std::string& key);

// The whole progress as snapshot text ("" when nothing has been played).
std::string AppSave(const App& app);

// The content errors as "file:/pointer: message" in the chosen language (in the
// built-in English when no interface text could be read).
std::vector<std::string> ProblemTexts(const App& app);

// Restores progress from snapshot text. On failure returns the reason (an
// "error.save.*" message) and leaves the app exactly as it was.
std::optional<Message> AppRestore(App& app, const std::string& text);

// The learner's settings as one line for the page to remember ("lang=it;venue=cafe_counter;mode=0;timer=1;
// text=0;motion=0;sound=1"), and back: AppRememberSettings applies what still fits (a venue the package
// offers, the mode unless the package fixed it) and ignores the rest. The language is the page's to apply.
std::string AppSettingsText(const App& app);
void AppRememberSettings(App& app, const std::string& text);

// Restores progress the LMS handed over only after play had started (a slow
// LRS): taken only while nothing has been decided in this run, so no choice
// the learner made here is ever replaced. Else returns why it was not taken.
std::optional<Message> AppRestoreArrivedLate(App& app, const std::string& text);

// A refused save's reason as a message for the learner ("error.save.*").
Message SnapshotMessage(const SnapshotError& error);

} // namespace moments
