// game/ui/scene.h
// The counter scenes and the queue, drawn with ImDrawList from data only.
#pragma once
#include "core/venue.h"
#include <imgui.h>
#include <string>
#include <vector>

namespace moments::scene {

struct QueueFigure {
    Portrait Look;           // from core/venue.h: Skin 0-5, Hair 0-5, HairColour 0-5, Accessory 0-3, Age 0-2
    float Patience = 1.0f;   // 1 = fresh, 0 = about to lose satisfaction again
    bool Returning = false;  // a loyal regular: mark with a small star
};

// Draws the venue's counter backdrop filling [min, max] (screen coordinates).
// setting is "cafe" (menu board, espresso machine, pastry case, counter top) or
// "hotel" (key rack with hooks and keys, service bell, brochure stand, desk top).
// `seconds` animates gentle details (steam from the espresso machine, a
// flicker of the lamp); with reduced_motion nothing moves.
void DrawCounter(const std::string& setting, ImVec2 min, ImVec2 max, float seconds, bool reduced_motion);

// Draws waiting customers as small figures in a row inside [min, max], each
// with a ring around the head whose arc shows Patience (green > 0.5, amber >
// 0.25, red below) plus a numeric cue that does not rely on colour (e.g. the
// ring arc length itself and, if there is room, a small number of dots).
void DrawQueue(const std::vector<QueueFigure>& queue, ImVec2 min, ImVec2 max);

} // namespace moments::scene
