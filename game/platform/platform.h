// The host program: window, GL context, input, the frame loop. Native and web
// differ only inside platform.cpp and bridge.cpp.
#pragma once
#include "app/app.h"
#include "app/bot.h"

#include <optional>

namespace moments {

struct PlatformConfig {
    AppConfig Game;
    std::optional<BotKind> Autoplay; // play through the real UI with this bot
    bool QuitAfterShift = false;     // with Autoplay: exit once the debrief shows
    std::string Resume;              // save text to restore at start (native: from the command line)
    bool ResumeFromPage = false;     // web: the page holds the save (see bridge::TakeResumeFromPage)
    std::string SetAside;            // why the page kept a save aside without handing it over (e.g. too large)
    std::string Screenshot;          // native: save the counter screen to this BMP file, then exit
    int WindowWidth = 1280, WindowHeight = 720; // native: the window's size in screen points
    std::string Replay;              // native: play this save back in the terminal instead, no window (app/replay.h)
    bool ReplayJson = false;         // with Replay: print its trace as JSON
    std::string Settings;            // the settings the learner last chose (see AppSettingsText), remembered by the page
    bool Muted = false;              // start with the sound off whatever was remembered (?muted=1, a package's option)
};

// Runs the game until the window closes (never returns on the web), or natively
// replays config.Replay in the terminal. Returns the exit code.
int RunGame(const PlatformConfig& config);

// Work time per drawn frame (simulation tick + building the UI) so far, as JSON:
// {"frames":n,"median_ms":..,"p95_ms":..,"max_ms":..,"first_ms":..,"max_after_first_ms":..,
// "max_after_first_frame":i,"max_after_first_screen":"counter","damage_median_ms":..,"damage_p95_ms":..,
// "slow":[[frame,"screen",ms]...]} (the first frames over 2 ms; damage: then finding what changed
// since the last painted frame, see damage.h). For the benchmark.
std::string FrameStatsJson();

} // namespace moments
