// Reading ImGui's draw data: rectangles (x, y = min; z, w = max) and a command's
// triangles, for finding what changed (damage.cpp) and painting just that (paint.cpp).
#pragma once
#include <imgui.h>

#include <cstddef>

namespace moments::draw_data {

// Written as comparisons rather than std::min/max: these run for every triangle of a
// frame, and the size-optimised web build calls std::min out of line.

// The smallest rectangle holding both.
inline ImVec4 Union(const ImVec4& a, const ImVec4& b) {
    return {a.x < b.x ? a.x : b.x, a.y < b.y ? a.y : b.y, a.z > b.z ? a.z : b.z, a.w > b.w ? a.w : b.w};
}

// What both cover (Empty when nothing).
inline ImVec4 Intersection(const ImVec4& a, const ImVec4& b) {
    return {a.x > b.x ? a.x : b.x, a.y > b.y ? a.y : b.y, a.z < b.z ? a.z : b.z, a.w < b.w ? a.w : b.w};
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
        for (size_t i = from * 3; i < to * 3; ++i) {
            const ImVec2 p = Vertices[Indices[i] + VtxOffset].pos;
            b.x = p.x < b.x ? p.x : b.x;
            b.y = p.y < b.y ? p.y : b.y;
            b.z = p.x > b.z ? p.x : b.z;
            b.w = p.y > b.w ? p.y : b.w;
        }
        return b;
    }
    // Whether triangle t reaches into rectangle r's area (what !Empty(Intersection(Bounds(t, t + 1), r)) says, in one
    // call: the -Oz web build keeps Bounds out of line, a call and a rectangle returned through memory per triangle).
    bool Touches(size_t t, const ImVec4& r) const {
        const ImVec2 a = Corner(t, 0).pos, b = Corner(t, 1).pos, c = Corner(t, 2).pos;
        const float x0 = a.x < b.x ? (a.x < c.x ? a.x : c.x) : (b.x < c.x ? b.x : c.x);
        const float x1 = a.x > b.x ? (a.x > c.x ? a.x : c.x) : (b.x > c.x ? b.x : c.x);
        const float y0 = a.y < b.y ? (a.y < c.y ? a.y : c.y) : (b.y < c.y ? b.y : c.y);
        const float y1 = a.y > b.y ? (a.y > c.y ? a.y : c.y) : (b.y > c.y ? b.y : c.y);
        return (x1 < r.z ? x1 : r.z) > (x0 > r.x ? x0 : r.x) && (y1 < r.w ? y1 : r.w) > (y0 > r.y ? y0 : r.y);
    }
};

// The triangles command `c` draws from a list's vertices and indices.
inline Triangles Of(const ImDrawCmd& c, const ImDrawVert* vertices, const ImDrawIdx* indices) {
    return {vertices, indices + c.IdxOffset, c.VtxOffset, c.ElemCount / 3};
}

} // namespace moments::draw_data
