// The Dear ImGui presentation: draws the frame's view (see app/frame_view.h)
// and returns the commands the player gave. Makes no SDL or GL call and reads
// nothing but the view.
#pragma once
#include "app/frame_view.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace moments {

// Loads fonts and applies our theme; `pixel_ratio` is device pixels per UI
// pixel, `text_size` the player's setting (0 normal, 1 large, 2 largest), and
// `text_in_use` what the screens will show (see TextInUse): the font holds its
// characters and Latin-1, no more, so it builds quickly. Call again when any
// of these changes (then recreate the font texture). Returns false (and the
// UI falls back to ImGui's built-in font) if the font is missing.
// Whether the fonts the UI draws with are among the assets (see theme::HasFonts).
bool UiHasFonts(const std::string& assets_dir);
bool UiSetup(const std::string& assets_dir, float pixel_ratio, int text_size, const std::string& text_in_use);

// How soon the last drawn screen wants to be drawn again, so the platform can
// stay idle (and the laptop quiet) when nothing moves. Every drawn frame costs the
// browser a full repaint, so ask for frames only when something visible will change:
// ambient touches (steam, flicker) ride along with frames drawn for other reasons.
enum class UiPace : uint8_t {
    Idle,      // nothing moves: draw only on input
    Ticking,   // a timer: draw again at RedrawIn (a few times a second if none is given)
    Animating, // something is moving (word-of-mouth ripples, a fade): every display frame
};

// What drawing a frame gives back: the player's commands and the pace it needs.
struct UiFrame {
    std::vector<AppCommand> Commands;
    UiPace Pace = UiPace::Idle;
    std::optional<double> RedrawIn; // with Ticking: seconds until the next visible change
    void Note(UiPace pace) { Pace = std::max(Pace, pace); } // the fastest pace asked for wins
    // Asks for a frame in `seconds`, when something shown will change by itself (the soonest wins).
    void DueIn(double seconds) {
        Note(UiPace::Ticking);
        RedrawIn = std::min(RedrawIn.value_or(seconds), seconds);
    }
};

// What the UI remembers between frames (owned by the platform, passed in).
struct UiMemory {
    Screen Shown = Screen::Error; // the screen drawn last, and since when (for the fade)
    double ShownSince = 0.0;
    bool Debug = false;           // show the debug overlay (the platform toggles it with F12 in debug builds)
    float ScrollBy = 0.0f;        // a swipe's distance still to scroll the screen by (CSS pixels; the platform adds)
};

// Draws the current screen over the whole display.
UiFrame DrawUi(const FrameView& view, UiMemory& memory);

} // namespace moments
