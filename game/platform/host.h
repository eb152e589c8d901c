// The platform's state for the whole run (one Host, owned by RunGame) and the
// parts of the platform layer that live in their own files: the window and GL
// set-up (window.cpp) and the autoplay bot (autoplay.cpp). platform.cpp runs the frames.
#pragma once
#include "app/app.h"
#include "app/frame_view.h"
#include "damage.h"
#include "page_cues.h"
#include "platform.h"
#include "touch.h"
#include "ui/ui.h"

#include <SDL.h>

#include <optional>
#include <string>
#include <vector>

namespace moments {

constexpr int kSettleFrames = 4;                // ImGui needs a few frames to settle after input

// The autoplay bot's own state (see StepAutoplay).
struct Autoplay {
    BotKind Kind = BotKind::Best;
    Rng Random{2024};
    int Frame = 0;
    bool EnterHeld = false;
};

// What the font atlas depends on: the text size, and the characters in use
// (the language's, and an error screen's).
struct FontKey {
    int TextSize = 0;
    int Language = 0;
    bool Error = false;
    bool operator==(const FontKey&) const = default;
};

inline FontKey FontKeyOf(const App& app) { return {app.Prefs.TextSize, app.LanguageIndex, app.Now == Screen::Error}; }

// Everything the platform keeps for the run: the app, the window, the frame pacing and memory.
struct Host {
    PlatformConfig Config;
    App Game;
    SDL_Window* Window = nullptr;
    SDL_GLContext Gl = nullptr;
    Uint64 LastCounter = 0;
    double Accumulator = 0.0;
    std::optional<Autoplay> Bot;
    std::vector<SDL_Event> HeldKeyUps; // released in the same frame as pressed: replayed next frame
    float PixelRatio = 1.0f;
    FontKey Font;                       // what the font atlas was built for
    int SettleLeft = kSettleFrames;     // frames to draw after the last input or change
    int WaitMs = 0;                     // the web loop's timer between frames (0: every display frame)
    int FrameCount = 0;
    int CounterFrames = 0;              // frames drawn at the counter, for --screenshot
    Screen DrawnScreen = Screen::Error; // what the last drawn frame showed
    struct FrameCost {
        double Ms = 0;                  // tick + UI build, in milliseconds
        Screen Shown = Screen::Title;
        double DamageMs = 0;            // then finding what changed since the last painted frame
    };
    std::vector<FrameCost> WorkMs;      // per drawn frame, for the benchmark
    FrameMemory Memory;                 // ripples still on show
    FrameView View;                     // this frame's view: what is drawn, mirrored and reported
    UiMemory Ui;                        // what the UI remembers between frames
    UiPace Pace = UiPace::Idle;         // what the last drawn frame asked for
    std::optional<double> RedrawIn;     // and, ticking, when its next visible change is due
    TouchPointer Pointer;               // a lifted finger hovers nothing
    bool KeepsPixels = false;           // the canvas keeps its pixels between frames: repaint only what changed
    PaintedFrame Painted;               // what the canvas shows, to find what changed
    PageCues Told;                      // the cues and settings the page was last given
    bool Running = true;
    bool FirstFrame = true;
    int ExitCode = 0;
};

// [SECTION] Window (window.cpp) ----------------------------------------------------

// The date for the certificate, read here because the game itself reads no clock.
std::string TodayText();
// Opens the window, its GL context and ImGui with the game's fonts; false if there is no GL.
bool OpenWindow(Host& h);
// Closes what OpenWindow opened (native: the web page simply goes away).
void CloseWindow(Host& h);

// [SECTION] Autoplay (autoplay.cpp) --------------------------------------------------

// One frame of the bot, which plays as a keyboard user would (--autoplay).
void StepAutoplay(Host& h);

} // namespace moments
