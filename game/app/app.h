// The game's flow between screens, above the simulation and below the UI.
// Knows nothing of SDL, ImGui or the browser: the UI sends AppCommands, the
// platform calls Tick, and everyone reads the App struct.
#pragma once
#include "content/content_error.h"
#include "content/strings.h"
#include "core/shift.h"

#include <optional>
#include <string>
#include <vector>

namespace moments {

enum class Screen : uint8_t { Title, Counter, Feedback, Debrief, Error };
const char* ScreenName(Screen s); // "title", "counter", ... as seen by tests

struct AppConfig {
    std::string AssetsDir = "assets";   // holds venues/, locales/, fonts/
    std::string VenueFile;              // if set, play this file instead of the shipped venues
    std::string Language = "en";
    uint64_t Seed = 1;
    Settings Options;
};

enum class AppCommandKind : uint8_t {
    StartShift,  // from the title: begin day Arg of the selected venue
    Choose,      // at the counter: response Arg
    Continue,    // from the feedback card to the next customer (or the debrief)
    BackToTitle, // from the debrief
    SelectVenue, // on the title: venue index Arg
    SetTimer,    // on the title: TimerMode Arg
};

struct AppCommand {
    AppCommandKind Kind = AppCommandKind::Continue;
    int Arg = 0;
};

struct App {
    Screen Now = Screen::Title;
    Strings Text;                     // interface text in the chosen language
    std::vector<Venue> Venues;        // every venue that loaded
    int VenueIndex = 0;               // the one selected on the title screen
    uint64_t Seed = 1;                // seed for the next shift
    Settings Options;
    std::optional<Shift> Play;        // the shift in progress, if any
    int FeedbackCustomer = -1;        // the customer the feedback card is about
    std::vector<int> ReputationTrail; // net reputation after each resolved customer
    std::vector<std::string> Problems; // content errors, shown on the error screen
};

// Loads text and venues from config; on any content error the app opens on
// the error screen that lists them (file:pointer: message), never crashes.
void AppInit(App& app, const AppConfig& config);

// Applies one command from the UI; commands that do not fit the screen are ignored.
void AppApply(App& app, const AppCommand& command);

// Moves the shift clock on by `ticks` and reacts to what happened.
void AppTick(App& app, int ticks);

// The venue being played or about to be.
const Venue* SelectedVenue(const App& app);

} // namespace moments
