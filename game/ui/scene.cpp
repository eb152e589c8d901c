// game/ui/scene.cpp
// The counter scene behind the customer: the venue's kit (scene_<kit>.cpp) laid
// out to the width, recorded once and replayed each frame with its few moving
// details. Flat shapes only: no textures and no text, so one picture serves
// every language and screen size.
#include "scene.h"
#include "scene_kit.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace moments::scene {

namespace {

// [SECTION] Kits and colours ---------------------------------------------------------------

const Kit* const kKits[] = {&kCounterKit, &kCafeKit, &kHotelKit, &kBankKit, &kShopKit, &kPharmacyKit, &kHelpdeskKit};

// The kit the venue names (the loader allows only these), or the neutral counter.
const Kit& KitNamed(const std::string& name) {
    for (const Kit* kit : kKits)
        if (kit->Name == name) return *kit;
    return kCounterKit;
}

// A venue file's 0xRRGGBB as an opaque ImGui colour, or the kit's own when unset.
ImU32 Chosen(const std::optional<uint32_t>& rgb, ImU32 own) {
    if (!rgb) return own;
    return IM_COL32((*rgb >> 16) & 0xFF, (*rgb >> 8) & 0xFF, *rgb & 0xFF, 255);
}

// [SECTION] Layout ------------------------------------------------------------------------

// Picks as many props as fit (by priority), keeps their order, and spreads the slack evenly.
// Returns each prop's centre in units, or -1 for a prop left out.
std::vector<float> LayOut(std::span<const Prop> props, float width) {
    std::vector<size_t> by_priority(props.size());
    for (size_t i = 0; i < props.size(); ++i) by_priority[i] = i;
    std::stable_sort(by_priority.begin(), by_priority.end(), [&](size_t a, size_t b) { return props[a].Priority < props[b].Priority; });
    std::vector<bool> used(props.size());
    float total = 0.0f;
    int count = 0;
    const float min_gap = 10.0f;
    for (size_t i : by_priority) {
        const float next = total + props[i].Width;
        if (props[i].Priority > 0 && next + min_gap * static_cast<float>(count + 2) > width) continue;
        used[i] = true;
        total = next;
        ++count;
    }
    const float gap = std::max(0.0f, (width - total) / static_cast<float>(count + 1));
    std::vector<float> centres(props.size(), -1.0f);
    float x = gap;
    for (size_t i = 0; i < props.size(); ++i) {
        if (!used[i]) continue;
        centres[i] = x + props[i].Width * 0.5f;
        x += props[i].Width + gap;
    }
    return centres;
}

// Draws the still counter scene into `dl`, leaving slots in `movers` (see DrawCounter).
// Backdrop first, then wall props, then the counter, then what stands on it: painter's order.
void DrawScene(ImDrawList* dl, std::vector<Mover>* movers, const Kit& kit, const Colours& paint, ImVec2 min, ImVec2 max) {
    const float w = max.x - min.x, h = max.y - min.y;
    const float u = std::min(h / 200.0f, w / kit.Essentials);
    const float surface = CounterTop(min, max);
    Stage stage;
    stage.Wall = (surface - min.y) / u;
    stage.Front = (max.y - surface) / u;
    stage.Top = -stage.Wall + 12.0f + std::max(0.0f, stage.Wall - 140.0f) * 0.35f;
    stage.Paint = paint;
    stage.Movers = movers;

    const Pen base{dl, ImVec2(min.x, surface), u};
    const float width = w / u;
    const std::span<const Prop> props = kit.Props;
    const std::vector<float> centres = LayOut(props, width);
    kit.Backdrop(base, stage, width);

    // Lamps fill every other wide gap between props.
    float previous_right = -1.0f;
    int gap_index = 0;
    for (size_t i = 0; i < props.size() && kit.Lamp; ++i) {
        if (centres[i] < 0.0f) continue;
        const float left = centres[i] - props[i].Width * 0.5f;
        if (previous_right >= 0.0f && left - previous_right > 44.0f && (gap_index++ % 2) == 0)
            kit.Lamp(base, stage, (left + previous_right) * 0.5f);
        previous_right = centres[i] + props[i].Width * 0.5f;
    }
    for (size_t i = 0; i < props.size(); ++i)
        if (centres[i] >= 0.0f) props[i].Draw(base.At(centres[i], 0.0f), stage, Layer::Wall);

    kit.Front(base, stage, width);

    for (size_t i = 0; i < props.size(); ++i)
        if (centres[i] >= 0.0f) props[i].Draw(base.At(centres[i], 0.0f), stage, Layer::Counter);
}

// [SECTION] The recorded scene ----------------------------------------------------------------

// The still scene's geometry and its movers' slots, from the last frame whose
// size, kit, colours or font atlas differed. Every other frame copies it and
// draws only the few moving details.
constexpr float kMotionStep = 0.125f; // steam and lamps move in steps, 8 a second

// One run of recorded indices drawn under one clip rectangle.
struct Run {
    ImVec4 Clip;
    unsigned Begin, End; // into SceneCache::Indices
};

struct SceneCache {
    const Kit* Drawn = nullptr;
    Colours Paint;
    ImVec2 Min, Max, WhiteUv;
    std::vector<ImDrawVert> Vertices;
    std::vector<unsigned> Indices; // into Vertices
    std::vector<Run> Runs;
    std::vector<Mover> Movers;     // IdxAt: into Indices

    // True when the recording still matches: same kit, colours, place and font atlas.
    bool Holds(const Kit& kit, const Colours& paint, ImVec2 min, ImVec2 max) const {
        const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel; // changes with the font atlas
        return Drawn == &kit && Paint.Wall == paint.Wall && Paint.Counter == paint.Counter && Paint.Accent == paint.Accent &&
               Min.x == min.x && Min.y == min.y && Max.x == max.x && Max.y == max.y && WhiteUv.x == white.x && WhiteUv.y == white.y;
    }

    // Draws the still scene into `dl` as usual and keeps a copy of what that added
    // (from ImDrawList's public buffers), with the movers' slots. Keeps nothing when
    // the scene straddled a new vertex offset (a huge frame): the next frame records again.
    void Record(ImDrawList* dl, const Kit& kit, const Colours& paint, ImVec2 min, ImVec2 max) {
        Drawn = nullptr;
        Movers.clear();
        Runs.clear();
        const int vtx_before = dl->VtxBuffer.Size, idx_before = dl->IdxBuffer.Size, cmd_before = dl->CmdBuffer.Size - 1;
        DrawScene(dl, &Movers, kit, paint, min, max);
        const unsigned offset = dl->CmdBuffer[cmd_before].VtxOffset;
        const unsigned first = static_cast<unsigned>(vtx_before) - offset; // the index our first vertex has
        for (int c = cmd_before; c < dl->CmdBuffer.Size; ++c) {
            const ImDrawCmd& cmd = dl->CmdBuffer[c];
            if (cmd.VtxOffset != offset) return;
            const unsigned begin = std::max(cmd.IdxOffset, static_cast<unsigned>(idx_before)), end = cmd.IdxOffset + cmd.ElemCount;
            if (begin < end) Runs.push_back({cmd.ClipRect, begin - static_cast<unsigned>(idx_before), end - static_cast<unsigned>(idx_before)});
        }
        Vertices.assign(dl->VtxBuffer.Data + vtx_before, dl->VtxBuffer.Data + dl->VtxBuffer.Size);
        Indices.clear();
        for (int i = idx_before; i < dl->IdxBuffer.Size; ++i) Indices.push_back(dl->IdxBuffer[i] - first);
        for (Mover& m : Movers) m.IdxAt -= static_cast<unsigned>(idx_before);
        Drawn = &kit;
        Paint = paint;
        Min = min;
        Max = max;
        WhiteUv = ImGui::GetIO().Fonts->TexUvWhitePixel;
    }

    // Appends the recorded triangles to `dl`, each run under its own clip
    // rectangle, with the movers drawn in their slots as they are `now`.
    void CopyTo(ImDrawList* dl, const Stage& now) const {
        const int vertices = static_cast<int>(Vertices.size());
        dl->PrimReserve(0, vertices);
        const unsigned first = static_cast<unsigned>(dl->VtxBuffer.Size - vertices) - dl->CmdBuffer.back().VtxOffset;
        for (const ImDrawVert& v : Vertices) dl->PrimWriteVtx(v.pos, v.uv, v.col);
        size_t next = 0;
        for (const Run& run : Runs) {
            unsigned begin = run.Begin;
            for (; next < Movers.size() && Movers[next].IdxAt <= run.End; ++next) {
                CopyIndices(dl, run.Clip, first, begin, Movers[next].IdxAt);
                begin = std::max(begin, Movers[next].IdxAt);
                DrawMover(dl, Movers[next], now);
            }
            CopyIndices(dl, run.Clip, first, begin, run.End);
        }
        for (; next < Movers.size(); ++next) DrawMover(dl, Movers[next], now);
    }

    // Copies recorded indices [begin, end), shifted to where the vertices landed in `dl`.
    void CopyIndices(ImDrawList* dl, const ImVec4& clip, unsigned first, unsigned begin, unsigned end) const {
        if (begin >= end) return;
        dl->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), true);
        dl->PrimReserve(static_cast<int>(end - begin), 0);
        for (unsigned i = begin; i < end; ++i) dl->PrimWriteIdx(static_cast<ImDrawIdx>(first + Indices[i]));
        dl->PopClipRect();
    }

    // Draws one moving detail straight into `dl`, clipped as where it was recorded.
    static void DrawMover(ImDrawList* dl, const Mover& mover, const Stage& now) {
        dl->PushClipRect(ImVec2(mover.Clip.x, mover.Clip.y), ImVec2(mover.Clip.z, mover.Clip.w), true);
        Pen pen = mover.Where;
        pen.Dl = dl;
        mover.Draw(pen, now);
        dl->PopClipRect();
    }
};

} // namespace

// [SECTION] Entry point --------------------------------------------------------------------

float CounterTop(ImVec2 min, ImVec2 max) { return std::floor(max.y - (max.y - min.y) * 0.3f); }

void FadeDrawn(ImDrawList* dl, int first, float alpha) {
    const float a = std::clamp(alpha, 0.0f, 1.0f);
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
        ImU32& c = dl->VtxBuffer.Data[i].col;
        const auto faded = static_cast<ImU32>(static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF) * a + 0.5f);
        c = (c & ~IM_COL32_A_MASK) | (faded << IM_COL32_A_SHIFT);
    }
}

void DrawCounter(const Scene& scene, ImVec2 min, ImVec2 max, float seconds, bool reduced_motion) {
    if (max.x - min.x < 8.0f || max.y - min.y < 8.0f) return;
    const Kit& kit = KitNamed(scene.Kit);
    const Colours paint{Chosen(scene.Wall, kit.Own.Wall), Chosen(scene.Counter, kit.Own.Counter), Chosen(scene.Accent, kit.Own.Accent)};
    const Stage now = Moment(std::floor(seconds / kMotionStep) * kMotionStep, reduced_motion);
    static SceneCache cache;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, max, true);
    if (cache.Holds(kit, paint, min, max)) {
        cache.CopyTo(dl, now);
    } else { // a new scene: drawn while recorded, its moving details on top this once
        cache.Record(dl, kit, paint, min, max);
        for (const Mover& mover : cache.Movers) SceneCache::DrawMover(dl, mover, now);
    }
    dl->PopClipRect();
}

} // namespace moments::scene
