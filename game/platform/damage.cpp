// Repainting only what changed: see damage.h.
#include "damage.h"

#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace moments {

namespace {

constexpr size_t kMaxRects = 4;        // more separate changes than this: one rectangle around them all
constexpr float kMergeGap = 64.0f;     // changes closer than this (a caption, a figure and its mark) share a rectangle
constexpr float kMargin = 2.0f;        // around each change: rounding and antialiased edges
constexpr float kEverythingShare = 0.5f; // changes over half the display: repaint it all

// [SECTION] Rectangles ------------------------------------------------------------------

ImVec4 Union(const ImVec4& a, const ImVec4& b) {
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.z, b.z), std::max(a.w, b.w)};
}

ImVec4 Intersection(const ImVec4& a, const ImVec4& b) {
    return {std::max(a.x, b.x), std::max(a.y, b.y), std::min(a.z, b.z), std::min(a.w, b.w)};
}

bool Empty(const ImVec4& r) { return r.z <= r.x || r.w <= r.y; }

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

// One command's triangles: vertices looked up through its indices.
struct Triangles {
    const ImDrawVert* Vertices;
    const ImDrawIdx* Indices;
    unsigned VtxOffset;
    size_t Count;
    const ImDrawVert& Corner(size_t t, int k) const { return Vertices[Indices[t * 3 + static_cast<size_t>(k)] + VtxOffset]; }
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

Triangles Of(const ImDrawCmd& c, const ImDrawVert* vertices, const ImDrawIdx* indices) {
    return {vertices, indices + c.IdxOffset, c.VtxOffset, c.ElemCount / 3};
}

bool Same(const Triangles& a, size_t ta, const Triangles& b, size_t tb) {
    for (int k = 0; k < 3; ++k)
        if (std::memcmp(&a.Corner(ta, k), &b.Corner(tb, k), sizeof(ImDrawVert)) != 0) return false;
    return true;
}

float Area(const std::vector<ImVec4>& rects) {
    float area = 0.0f;
    for (const ImVec4& r : rects) area += (r.z - r.x) * (r.w - r.y);
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
            if (t % kCheckEvery == 0 && Area(rects) + (Empty(run) ? 0.0f : (run.z - run.x) * (run.w - run.y)) > enough) {
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

// [SECTION] Painting part of a frame ------------------------------------------------------------

// A copy of one draw list holding only the triangles that touch `area`, each
// command clipped to it: the GPU is sent just what can show there.
void CopyWithin(const ImDrawList& from, const ImVec4& area, ImDrawList& to, std::vector<int>& renumbered) {
    renumbered.assign(static_cast<size_t>(from.VtxBuffer.Size), -1);
    for (const ImDrawCmd& c : from.CmdBuffer) {
        ImDrawCmd part = c;
        part.ClipRect = Intersection(c.ClipRect, area);
        if (Empty(part.ClipRect) || c.UserCallback) continue;
        part.IdxOffset = static_cast<unsigned>(to.IdxBuffer.Size);
        part.VtxOffset = 0;
        const Triangles all = Of(c, from.VtxBuffer.Data, from.IdxBuffer.Data);
        for (size_t t = 0; t < all.Count; ++t) {
            if (Empty(Intersection(all.Bounds(t, t + 1), part.ClipRect))) continue;
            for (int k = 0; k < 3; ++k) {
                const unsigned index = all.Indices[t * 3 + static_cast<size_t>(k)] + all.VtxOffset;
                int& now = renumbered[index];
                if (now < 0) {
                    now = to.VtxBuffer.Size;
                    to.VtxBuffer.push_back(from.VtxBuffer[static_cast<int>(index)]);
                }
                to.IdxBuffer.push_back(static_cast<ImDrawIdx>(now));
            }
        }
        part.ElemCount = static_cast<unsigned>(to.IdxBuffer.Size) - part.IdxOffset;
        if (part.ElemCount > 0) to.CmdBuffer.push_back(part);
    }
}

// Draws what of `data` touches `area` (display coordinates, the scissor already set).
void DrawWithin(const ImDrawData& data, const ImVec4& area) {
    std::vector<ImDrawList> parts(static_cast<size_t>(data.CmdListsCount), ImDrawList(nullptr));
    std::vector<ImDrawList*> lists;
    std::vector<int> renumbered;
    for (size_t i = 0; i < parts.size(); ++i) {
        CopyWithin(*data.CmdLists[i], area, parts[i], renumbered);
        if (!parts[i].CmdBuffer.empty()) lists.push_back(&parts[i]);
    }
    ImDrawData within = data;
    within.CmdLists = lists.data();
    within.CmdListsCount = static_cast<int>(lists.size());
    ImGui_ImplOpenGL3_RenderDrawData(&within);
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

void Paint(ImDrawData& data, const Damage& damage, const ImVec4& clear_colour) {
    const int fb_w = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
    const int fb_h = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(clear_colour.x, clear_colour.y, clear_colour.z, clear_colour.w);
    if (damage.Everything) {
        glDisable(GL_SCISSOR_TEST);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        return;
    }
    const ImVec2 at = data.DisplayPos, scale = data.FramebufferScale;
    for (const ImVec4& r : damage.Rects) {
        // Whole framebuffer pixels, and the same rectangle back in display coordinates for the clip.
        const int x0 = std::max(0, static_cast<int>(std::floor((r.x - at.x) * scale.x)));
        const int y0 = std::max(0, static_cast<int>(std::floor((r.y - at.y) * scale.y)));
        const int x1 = std::min(fb_w, static_cast<int>(std::ceil((r.z - at.x) * scale.x)));
        const int y1 = std::min(fb_h, static_cast<int>(std::ceil((r.w - at.y) * scale.y)));
        if (x1 <= x0 || y1 <= y0) continue;
        const ImVec4 pixels{at.x + static_cast<float>(x0) / scale.x, at.y + static_cast<float>(y0) / scale.y,
                            at.x + static_cast<float>(x1) / scale.x, at.y + static_cast<float>(y1) / scale.y};
        glEnable(GL_SCISSOR_TEST);
        glScissor(x0, fb_h - y1, x1 - x0, y1 - y0);
        glClear(GL_COLOR_BUFFER_BIT);
        DrawWithin(data, pixels);
        glDisable(GL_SCISSOR_TEST);
    }
}

} // namespace moments

// [SECTION] The GL state ImGui's backend saves --------------------------------------------------------

#ifdef __EMSCRIPTEN__
// ImGui's OpenGL backend saves the GL state before each draw and restores it after,
// asking WebGL for it; the blend settings, viewport and scissor box are not kept in
// the page, so each question waits for the GPU process to finish all earlier work
// (~20 ms for the first, per repainted rectangle). Nothing else draws into this
// context and the backend sets all it draws with, so those questions get GL's
// initial state at once (what the backend then "restores" is never drawn with).
extern "C" void __real_glGetIntegerv(GLenum name, GLint* values);
extern "C" void __wrap_glGetIntegerv(GLenum name, GLint* values) {
    switch (name) {
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: *values = GL_ONE; return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: *values = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: *values = GL_FUNC_ADD; return;
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX: std::fill_n(values, 4, 0); return;
    default: __real_glGetIntegerv(name, values);
    }
}
#endif
