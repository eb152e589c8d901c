// Repainting only what changed. Every frame the browser presents costs a full
// software-rendered repaint of the canvas (SwiftShader: ~40 ms of CPU for the
// counter at 1280x720), so a frame whose only change is a timer's caption or a
// hovered button repaints just those rectangles: the canvas keeps its other
// pixels (the page's WebGL context preserves its drawing buffer), and a frame
// identical to the last is not painted at all. What changed is found by
// comparing ImGui's draw data with the last painted frame's, so the UI knows
// nothing of it.
#pragma once
#include <imgui.h>

#include <vector>

namespace moments {

// The draw data of the last painted frame, kept to compare the next one with.
struct PaintedFrame {
    struct List {
        std::vector<ImDrawCmd> Commands;
        std::vector<ImDrawVert> Vertices;
        std::vector<ImDrawIdx> Indices;
    };
    std::vector<List> Lists;
    ImVec2 DisplaySize{0, 0};
    ImVec2 Scale{0, 0};
    bool Valid = false; // false: the canvas holds nothing to build on (first frame, a resize)
};

// What to repaint: nothing, everything, or a few rectangles (display coordinates).
struct Damage {
    bool Everything = false;
    std::vector<ImVec4> Rects; // with !Everything; empty: the frame is as painted
    bool Nothing() const { return !Everything && Rects.empty(); }
};

// Where `now` differs from `before`. Everything when the frame's structure changed
// (windows, textures, clip rectangles) or the changes cover much of the display.
Damage FindDamage(const ImDrawData& now, const PaintedFrame& before);

// Remembers `now` as what the canvas shows.
void RememberPainted(const ImDrawData& now, PaintedFrame& painted);

// Clears and draws `data` within `damage` only (all of it for Everything), with
// ImGui's OpenGL backend: each rectangle is a scissored pass (paint.cpp).
void Paint(ImDrawData& data, const Damage& damage, const ImVec4& clear_colour);

} // namespace moments
