// Our look: colours, fonts and sizes shared by every screen.
#pragma once
#include "app/frame_view.h"

#include <imgui.h>

#include <string>

namespace moments::theme {

struct Fonts {
    ImFont* Body = nullptr;    // responses, lines, labels
    ImFont* Heading = nullptr; // screen titles, outcomes
    ImFont* Small = nullptr;   // hints, captions
};
extern Fonts fonts;

// Palette (RGBA). Outcomes also carry an icon and a word: never colour alone.
constexpr ImU32 kInk = IM_COL32(38, 32, 28, 255);
constexpr ImU32 kInkSoft = IM_COL32(96, 84, 74, 255);
constexpr ImU32 kPaper = IM_COL32(250, 244, 234, 255);
constexpr ImU32 kCard = IM_COL32(255, 252, 246, 255);
constexpr ImU32 kAccent = IM_COL32(176, 84, 48, 255);
constexpr ImU32 kAccentSoft = IM_COL32(240, 214, 196, 255);
constexpr ImU32 kFocus = IM_COL32(30, 90, 200, 255);
constexpr ImU32 kMisery = IM_COL32(178, 40, 48, 255);
constexpr ImU32 kMediocrity = IM_COL32(120, 110, 96, 255);
constexpr ImU32 kMagic = IM_COL32(32, 128, 72, 255);

// Whether the text font is there (the web build has no built-in font to fall back on).
bool HasFonts(const std::string& fonts_dir);

// Applies the style and loads the fonts from `fonts_dir` at `pixel_ratio` (for
// sharp text on high-DPI screens) times `text_scale` (the text-size setting).
// Returns false, falling back to ImGui's built-in font, if the fonts are missing.
bool Apply(const std::string& fonts_dir, float pixel_ratio, float text_scale, const std::string& text_in_use);

// Colour of an outcome, by index (misery, mediocrity, magic).
ImU32 OutcomeColour(int outcome);

// The colour for a meaning the app chose (0 for plain ink, which leaves the style's colour).
ImU32 ToneColour(Tone tone);

} // namespace moments::theme
