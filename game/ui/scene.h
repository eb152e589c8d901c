// game/ui/scene.h
// The counter scenes and the queue, drawn with ImDrawList from data only.
#pragma once
#include "app/frame_view.h" // the venue's scene and portraits, as the frame view hands them over
#include <imgui.h>
#include <vector>

namespace moments::scene {

struct QueueFigure {
    Portrait Look;           // from core/venue.h: Skin 0-5, Hair 0-5, HairColour 0-5, Accessory 0-3, Age 0-2
    float Patience = 1.0f;   // 1 = fresh, 0 = about to lose satisfaction again
    bool Returning = false;  // a loyal regular: mark with a small star
};

// Draws the venue's counter scene filling [min, max] (screen coordinates): the
// kit the venue file names (the neutral counter, café, hotel, bank, shop,
// pharmacy or help desk: wall, props and counter top) in its colours or the
// venue's. `seconds` animates gentle details (steam, a lamp's flicker, a
// gauge); with reduced_motion nothing moves.
void DrawCounter(const Scene& scene, ImVec2 min, ImVec2 max, float seconds, bool reduced_motion);

// Draws waiting customers as small figures in a row inside [min, max], each
// with a ring around the head whose arc shows Patience (green > 0.5, amber >
// 0.25, red below) plus a numeric cue that does not rely on colour (e.g. the
// ring arc length itself and, if there is room, a small number of dots).
void DrawQueue(const std::vector<QueueFigure>& queue, ImVec2 min, ImVec2 max);

} // namespace moments::scene
