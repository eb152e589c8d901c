// Reading ImGui's draw data: rectangles (x, y = min; z, w = max) and a command's
// triangles, for finding what changed (damage.cpp) and painting just that (paint.cpp).
#pragma once
#include <imgui.h>

#include <algorithm>
#include <cstddef>

namespace moments::draw_data {

// The smallest rectangle holding both.
inline ImVec4 Union(const ImVec4& a, const ImVec4& b) {
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.z, b.z), std::max(a.w, b.w)};
}

// What both cover (Empty when nothing).
inline ImVec4 Intersection(const ImVec4& a, const ImVec4& b) {
    return {std::max(a.x, b.x), std::max(a.y, b.y), std::min(a.z, b.z), std::min(a.w, b.w)};
}

// Whether a rectangle covers no area.
inline bool Empty(const ImVec4& r) { return r.z <= r.x || r.w <= r.y; }

// One command's triangles: vertices looked up through its indices.
struct Triangles {
    const ImDrawVert* Vertices;
    const ImDrawIdx* Indices;
    unsigned VtxOffset;
    size_t Count;
    // Corner k (0-2) of triangle t.
    const ImDrawVert& Corner(size_t t, int k) const { return Vertices[Indices[t * 3 + static_cast<size_t>(k)] + VtxOffset]; }
    // The rectangle around triangles [from, to).
    ImVec4 Bounds(size_t from, size_t to) const {
        ImVec4 b{1e9f, 1e9f, -1e9f, -1e9f};
        for (size_t t = from; t < to; ++t)
            for (int k = 0; k < 3; ++k) {
                const ImVec2 p = Corner(t, k).pos;
                b = {std::min(b.x, p.x), std::min(b.y, p.y), std::max(b.z, p.x), std::max(b.w, p.y)};
            }
        return b;
    }
};

// The triangles command `c` draws from a list's vertices and indices.
inline Triangles Of(const ImDrawCmd& c, const ImDrawVert* vertices, const ImDrawIdx* indices) {
    return {vertices, indices + c.IdxOffset, c.VtxOffset, c.ElemCount / 3};
}

} // namespace moments::draw_data
