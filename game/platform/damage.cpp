// Finding what changed since the last painted frame: see damage.h (painting it: paint.cpp).
#include "damage.h"
#include "draw_data.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace moments {

namespace {

using namespace draw_data;

constexpr size_t kMaxRects = 4;        // more separate changes than this: one rectangle around them all
constexpr float kMergeGap = 64.0f;     // changes closer than this (a caption, a figure and its mark) share a rectangle
constexpr float kMargin = 2.0f;        // around each change: rounding and antialiased edges
constexpr float kEverythingShare = 0.5f; // changes over half the display: repaint it all

// [SECTION] Rectangles ------------------------------------------------------------------

bool Near(const ImVec4& a, const ImVec4& b) {
    return a.x <= b.z + kMergeGap && b.x <= a.z + kMergeGap && a.y <= b.w + kMergeGap && b.y <= a.w + kMergeGap;
}

// Adds a changed area, merged with any it is near (and those with each other).
void AddRect(std::vector<ImVec4>& rects, ImVec4 r) {
    r = {r.x - kMargin, r.y - kMargin, r.z + kMargin, r.w + kMargin};
    for (size_t i = 0; i < rects.size();) {
        if (!Near(rects[i], r)) {
            ++i;
            continue;
        }
        r = Union(r, rects[i]);
        rects.erase(rects.begin() + static_cast<ptrdiff_t>(i));
        i = 0; // the grown rectangle may now reach one already passed
    }
    rects.push_back(r);
    if (rects.size() <= kMaxRects) return;
    ImVec4 all = rects.front();
    for (const ImVec4& each : rects) all = Union(all, each);
    rects = {all};
}

// [SECTION] Comparing draw commands ---------------------------------------------------------

// Field by field rather than memcmp, which the web build calls out of line for each vertex
// (a -0 and a 0 count as the same: they draw the same).
bool SameVertex(const ImDrawVert& a, const ImDrawVert& b) {
    return a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.uv.x == b.uv.x && a.uv.y == b.uv.y && a.col == b.col;
}

bool Same(const Triangles& a, size_t ta, const Triangles& b, size_t tb) {
    return SameVertex(a.Corner(ta, 0), b.Corner(tb, 0)) && SameVertex(a.Corner(ta, 1), b.Corner(tb, 1)) &&
           SameVertex(a.Corner(ta, 2), b.Corner(tb, 2));
}

// The area a rectangle covers (0 when empty), and a list of them.
float Area(const ImVec4& r) { return Empty(r) ? 0.0f : (r.z - r.x) * (r.w - r.y); }

float Area(const std::vector<ImVec4>& rects) {
    float area = 0.0f;
    for (const ImVec4& r : rects) area += Area(r);
    return area;
}

// Adds where one command's triangles changed: past the triangles both frames start
// and end with, each run of differing triangles (when the counts match) or the whole middle.
// Stops early once the changes cover more than `enough` (all will be repainted).
void DiffCommand(const Triangles& was, const Triangles& is, const ImVec4& clip, float enough, std::vector<ImVec4>& rects) {
    const size_t shorter = std::min(was.Count, is.Count);
    size_t head = 0;
    while (head < shorter && Same(was, head, is, head)) ++head;
    size_t tail = 0;
    while (tail < shorter - head && Same(was, was.Count - 1 - tail, is, is.Count - 1 - tail)) ++tail;
    const auto add = [&](const ImVec4& r) {
        const ImVec4 seen = Intersection(r, clip);
        if (!Empty(seen)) AddRect(rects, seen);
    };
    if (was.Count == is.Count) { // each run of differing triangles: its old and new places
        const ImVec4 kNone{1e9f, 1e9f, -1e9f, -1e9f};
        constexpr size_t kCheckEvery = 256; // triangles between looks at the area so far
        ImVec4 run = kNone;
        for (size_t t = head; t < was.Count - tail; ++t) {
            if (Same(was, t, is, t)) {
                if (!Empty(run)) add(run);
                run = kNone;
            } else {
                run = Union(run, Union(was.Bounds(t, t + 1), is.Bounds(t, t + 1)));
            }
            if (t % kCheckEvery == 0 && Area(rects) + Area(run) > enough) {
                add(clip); // much has changed: all the command shows
                return;
            }
        }
        if (!Empty(run)) add(run);
        return;
    }
    if (head < was.Count - tail) add(was.Bounds(head, was.Count - tail));
    if (head < is.Count - tail) add(is.Bounds(head, is.Count - tail));
}

bool SameCommand(const ImDrawCmd& a, const ImDrawCmd& b) {
    return a.TextureId == b.TextureId && a.UserCallback == nullptr && b.UserCallback == nullptr &&
           std::memcmp(&a.ClipRect, &b.ClipRect, sizeof(ImVec4)) == 0;
}

template <typename T>
bool SameBytes(const std::vector<T>& a, const ImVector<T>& b) {
    return a.size() == static_cast<size_t>(b.Size) && (a.empty() || std::memcmp(a.data(), b.Data, a.size() * sizeof(T)) == 0);
}

// Whether a draw list is exactly as painted (same commands, vertices and indices).
bool Unchanged(const PaintedFrame::List& was, const ImDrawList& is) {
    for (size_t c = 0; c < was.Commands.size(); ++c) {
        const ImDrawCmd& a = was.Commands[c];
        const ImDrawCmd& b = is.CmdBuffer[static_cast<int>(c)];
        if (a.IdxOffset != b.IdxOffset || a.ElemCount != b.ElemCount || a.VtxOffset != b.VtxOffset) return false;
    }
    return SameBytes(was.Vertices, is.VtxBuffer) && SameBytes(was.Indices, is.IdxBuffer);
}

} // namespace

// [SECTION] Entry points ------------------------------------------------------------------------

Damage FindDamage(const ImDrawData& now, const PaintedFrame& before) {
    const Damage everything{true, {}};
    if (!before.Valid || now.DisplaySize.x != before.DisplaySize.x || now.DisplaySize.y != before.DisplaySize.y ||
        now.FramebufferScale.x != before.Scale.x || now.FramebufferScale.y != before.Scale.y ||
        static_cast<size_t>(now.CmdListsCount) != before.Lists.size())
        return everything;
    Damage damage;
    const float enough = kEverythingShare * now.DisplaySize.x * now.DisplaySize.y;
    for (size_t i = 0; i < before.Lists.size(); ++i) {
        const PaintedFrame::List& was = before.Lists[i];
        const ImDrawList& is = *now.CmdLists[i];
        if (static_cast<size_t>(is.CmdBuffer.Size) != was.Commands.size()) return everything;
        if (Unchanged(was, is)) continue; // most windows, most frames: one quick comparison
        for (size_t c = 0; c < was.Commands.size(); ++c) {
            const ImDrawCmd& a = was.Commands[c];
            const ImDrawCmd& b = is.CmdBuffer[static_cast<int>(c)];
            if (!SameCommand(a, b)) return everything;
            DiffCommand(Of(a, was.Vertices.data(), was.Indices.data()), Of(b, is.VtxBuffer.Data, is.IdxBuffer.Data), b.ClipRect, enough, damage.Rects);
            if (Area(damage.Rects) > enough) return everything;
        }
    }
    return damage;
}

void RememberPainted(const ImDrawData& now, PaintedFrame& painted) {
    painted.Lists.resize(static_cast<size_t>(now.CmdListsCount));
    for (size_t i = 0; i < painted.Lists.size(); ++i) {
        const ImDrawList& list = *now.CmdLists[i];
        painted.Lists[i].Commands.assign(list.CmdBuffer.begin(), list.CmdBuffer.end());
        painted.Lists[i].Vertices.assign(list.VtxBuffer.begin(), list.VtxBuffer.end());
        painted.Lists[i].Indices.assign(list.IdxBuffer.begin(), list.IdxBuffer.end());
    }
    painted.DisplaySize = now.DisplaySize;
    painted.Scale = now.FramebufferScale;
    painted.Valid = true;
}

} // namespace moments
