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
    float Entering = 1.0f;   // 0 just joined the line .. 1 in their place: they walk in from the right (or fade in)
};

// Draws the venue's counter scene filling [min, max] (screen coordinates): the
// kit the venue file names (the neutral counter, café, hotel, bank, shop,
// pharmacy or help desk: wall, props and counter top) in its colours or the
// venue's. `seconds` animates gentle details (steam, a lamp's flicker, a
// gauge); with reduced_motion nothing moves.
void DrawCounter(const Scene& scene, ImVec2 min, ImVec2 max, float seconds, bool reduced_motion);

// Where DrawCounter puts the counter top in [min, max]: people stand behind it, cut off there.
float CounterTop(ImVec2 min, ImVec2 max);

// Scales the alpha of everything drawn into `dl` from vertex `first` on by `alpha`:
// a fade for a figure made of many shapes, without a colour parameter on each.
void FadeDrawn(ImDrawList* dl, int first, float alpha);

// Draws waiting customers as small figures in a line inside [min, max], their
// bodies down to `floor` (the counter top), each with a ring around the head
// whose arc shows Patience (green > 0.5, amber > 0.25, red below) plus pips that
// say it without colour. A figure still Entering walks in from the right edge,
// or fades in with reduced_motion.
void DrawQueue(const std::vector<QueueFigure>& queue, ImVec2 min, ImVec2 max, float floor, bool reduced_motion);

// A customer's clothes, from their portrait: the same person wears the same in line and at the counter.
ImU32 ClothesColour(const Portrait& look);

} // namespace moments::scene
