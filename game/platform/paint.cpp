// Painting what changed (see damage.h), with ImGui's OpenGL backend.
#include "damage.h"
#include "draw_data.h"

#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace moments {

namespace {

using namespace draw_data;

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
            if (!all.Touches(t, part.ClipRect)) continue;
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

// The copies DrawWithin sends, kept from frame to frame so their buffers keep their size: grown
// afresh a vertex at a time each frame, their allocations cost more than the copying.
struct Copies {
    std::vector<ImDrawList> Parts;
    std::vector<ImDrawList*> Lists;
    std::vector<int> Renumbered;
};

// The copies emptied for a frame of `count` draw lists (their memory kept).
Copies& EmptyCopies(size_t count) {
    static Copies copies;
    while (copies.Parts.size() < count) copies.Parts.emplace_back(nullptr);
    for (ImDrawList& part : copies.Parts) {
        part.CmdBuffer.resize(0);
        part.IdxBuffer.resize(0);
        part.VtxBuffer.resize(0);
    }
    copies.Lists.clear();
    return copies;
}

// Draws what of `data` touches `area` (display coordinates, the scissor already set).
void DrawWithin(const ImDrawData& data, const ImVec4& area) {
    Copies& copies = EmptyCopies(static_cast<size_t>(data.CmdListsCount));
    std::vector<ImDrawList*>& lists = copies.Lists;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList& part = copies.Parts[static_cast<size_t>(i)];
        CopyWithin(*data.CmdLists[i], area, part, copies.Renumbered);
        if (!part.CmdBuffer.empty()) lists.push_back(&part);
    }
    ImDrawData within = data;
    within.CmdLists = lists.data();
    within.CmdListsCount = static_cast<int>(lists.size());
    ImGui_ImplOpenGL3_RenderDrawData(&within);
}

} // namespace

// [SECTION] Entry points ------------------------------------------------------------------------

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
