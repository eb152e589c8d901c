// game/ui/scene_shapes.cpp
// Colour helpers, moving details and the few shapes and props that more than
// one scene kit uses (see scene_kit.h).
#include "scene_kit.h"

#include "theme.h"

#include <algorithm>

namespace moments::scene {

// [SECTION] Colour helpers -------------------------------------------------------------------

// The colour with its alpha scaled by `a` (0..1), for glows and fades.
ImU32 Fade(ImU32 c, float a) {
    const float alpha = static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(a, 0.0f, 1.0f);
    return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha + 0.5f) << IM_COL32_A_SHIFT);
}

// A small integer hash, so rows of keys and menu lines vary without any stored state.
unsigned Hash(unsigned v) {
    v ^= v >> 16;
    v *= 0x7feb352du;
    v ^= v >> 15;
    v *= 0x846ca68bu;
    v ^= v >> 16;
    return v;
}

// Scales each of red, green and blue, so one brand colour yields its own shadows and highlights.
ImU32 Shade(ImU32 c, float k) {
    const auto channel = [&](int shift) {
        const float v = static_cast<float>((c >> shift) & 0xFF) * k;
        return static_cast<ImU32>(std::clamp(v + 0.5f, 0.0f, 255.0f)) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) | (c & IM_COL32_A_MASK);
}

// Scales each channel by to/from, so a kit keeps its hand-picked shades in its own colours.
ImU32 Relative(ImU32 c, ImU32 from, ImU32 to) {
    const auto channel = [&](int shift) {
        const unsigned f = (from >> shift) & 0xFF, t = (to >> shift) & 0xFF, v = (c >> shift) & 0xFF;
        const unsigned out = f == 0 ? t : std::min(255u, (v * t + f / 2) / f);
        return static_cast<ImU32>(out) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) | (to & IM_COL32_A_MASK);
}

// [SECTION] Moving details -----------------------------------------------------------------

// The moment moving details are drawn at: time, stillness and the lamps' flicker.
Stage Moment(float seconds, bool still) {
    Stage stage;
    stage.Still = still;
    stage.Seconds = still ? 0.0f : seconds;
    stage.Light = Flicker(stage.Seconds, still);
    return stage;
}

// Leaves a slot for a moving detail, anchored at the pen, at this point of the recording.
void Moving(const Pen& pen, const Stage& stage, MoverFn draw) {
    const ImVec2 clip_min = pen.Dl->GetClipRectMin(), clip_max = pen.Dl->GetClipRectMax();
    stage.Movers->push_back(Mover{static_cast<unsigned>(pen.Dl->IdxBuffer.Size), ImVec4(clip_min.x, clip_min.y, clip_max.x, clip_max.y), pen, draw});
}

// Lamp brightness over time: a slow breathing with a rare short stutter; steady when still.
float Flicker(float seconds, bool still) {
    if (still) return 1.0f;
    const float wave = 0.5f * std::sin(seconds * 1.9f) + 0.3f * std::sin(seconds * 5.3f + 1.7f) + 0.2f * std::sin(seconds * 12.1f + 0.3f);
    const float stutter = std::fmod(seconds, 6.7f) < 0.12f ? 0.3f : 0.0f;
    return 0.86f + 0.12f * wave - stutter;
}

// Soft round glow made of stacked translucent discs (no gradients in ImDrawList).
void Glow(const Pen& pen, float x, float y, float radius, float strength) {
    for (int i = 0; i < 6; ++i) {
        const float k = 1.0f - static_cast<float>(i) * 0.14f;
        pen.Disc(x, y, radius * k, Fade(kWarmLight, 0.075f * strength));
    }
}

// Three wisps rising from (x, y); each fades in, drifts up and dissolves. Still: a fixed pose.
void Steam(const Pen& pen, float x, float y, float height, float seconds, bool still) {
    for (int i = 0; i < 3; ++i) {
        const float fi = static_cast<float>(i);
        const float phase = still ? 0.22f + 0.26f * fi : std::fmod(seconds * 0.42f + fi / 3.0f, 1.0f);
        const float fade = std::sin(phase * kPi);
        const float sway = still ? (fi - 1.0f) * 1.5f : std::sin(seconds * 1.3f + fi * 2.1f) * 2.5f;
        const float x0 = x + (fi - 1.0f) * 5.0f, y0 = y - phase * height * 0.55f;
        const float len = height * 0.45f;
        const float thick = 4.2f * (1.0f - 0.4f * phase);
        for (int pass = 0; pass < 2; ++pass) { // a soft warm shadow first so steam reads on pale tiles
            const ImU32 c = pass == 0 ? Fade(IM_COL32(150, 110, 90, 255), 0.30f * fade) : Fade(kWhite, fade);
            pen.Curve(x0, y0, x0 + 6 + sway, y0 - len * 0.33f, x0 - 6 + sway, y0 - len * 0.66f, x0 + sway * 0.6f, y0 - len, c,
                      pass == 0 ? thick + 2.0f : thick);
        }
    }
}

// [SECTION] Shared shapes and props --------------------------------------------------------------

// A pointed leaf or petal from base to tip; the lens shape is convex, so one fill does it.
void Leaf(const Pen& pen, float bx, float by, float tx, float ty, float width, ImU32 c) {
    const float dx = tx - bx, dy = ty - by;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len <= 0.0f) return;
    float nx = -dy / len * width, ny = dx / len * width;
    const float mx = (bx + tx) * 0.5f, my = (by + ty) * 0.5f;
    if (dx * ny - dy * nx < 0.0f) { nx = -nx; ny = -ny; } // keep the path clockwise on screen
    ImDrawList* dl = pen.Dl;
    dl->PathLineTo(pen.P(bx, by));
    dl->PathBezierQuadraticCurveTo(pen.P(mx - nx, my - ny), pen.P(tx, ty), 10);
    dl->PathBezierQuadraticCurveTo(pen.P(mx + nx, my + ny), pen.P(bx, by), 10);
    dl->PathFillConvex(c);
}

// A face, twelve ticks and two hands: any wall reads as a place of work with a clock on it.
void WallClock(const Pen& pen, float x, float y, float r, ImU32 rim) {
    pen.Disc(x + 2, y + 2, r, IM_COL32(0, 0, 0, 40));
    pen.Disc(x, y, r, rim);
    pen.Disc(x, y, r * 0.84f, kCream);
    for (int t = 0; t < 12; ++t) {
        const float a = static_cast<float>(t) * kPi / 6.0f, r0 = r * (t % 3 == 0 ? 0.56f : 0.66f);
        pen.Line(x + std::cos(a) * r0, y + std::sin(a) * r0, x + std::cos(a) * r * 0.74f, y + std::sin(a) * r * 0.74f, theme::kInkSoft, 1.0f);
    }
    pen.Line(x, y, x - r * 0.36f, y - r * 0.2f, theme::kInk, 2.0f);
    pen.Line(x, y, x + r * 0.44f, y - r * 0.32f, theme::kInk, 1.4f);
    pen.Disc(x, y, r * 0.08f, rim);
}

// A small dark terminal with a lit screen and a keypad: says "you can pay here".
void CardReader(const Pen& pen, float x) {
    const ImU32 body = IM_COL32(52, 56, 62, 255);
    pen.Box(x - 10, -26, x + 10, 4, body, 3.0f);
    pen.Box(x - 7, -22, x + 7, -13, IM_COL32(120, 190, 200, 255), 1.0f);
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col) pen.Box(x - 6.5f + static_cast<float>(col) * 4.7f, -9 + static_cast<float>(row) * 4.0f,
                                                   x - 3.5f + static_cast<float>(col) * 4.7f, -7 + static_cast<float>(row) * 4.0f, kChromeDark);
}

// A leafy plant in a terracotta pot.
void Plant(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) return;
    const float tips[][3] = {{-34, -70, 8}, {-16, -92, 9}, {4, -100, 9}, {22, -86, 9}, {36, -62, 8},
                             {-26, -46, 8}, {28, -40, 7}, {-6, -72, 8}, {12, -60, 7}};
    int i = 0;
    for (const auto& t : tips) {
        pen.Line(0, -28, t[0] * 0.4f, -28 + (t[1] + 28) * 0.4f, kLeaf, 1.6f);
        Leaf(pen, t[0] * 0.3f, -28 + (t[1] + 28) * 0.3f, t[0], t[1], t[2], (i++ % 2) ? kLeaf : kLeafLight);
    }
    pen.Quad(-15, -26, 15, -26, 11, 5, -11, 5, stage.Paint.Accent);
    pen.Box(-18, -31, 18, -24, Relative(stage.Paint.Accent, theme::kAccent, kCopperDark), 2.0f);
}

// A flush fitting under the ceiling: its pool of light flickers with the others.
void CeilingLight(const Pen& pen, const Stage& stage, float x) {
    const float top = -stage.Wall;
    Moving(pen.At(x, top), stage, [](const Pen& p, const Stage& now) { Glow(p, 0, 14, 40, now.Light * 0.8f); });
    pen.Box(x - 16, top, x + 16, top + 5, kChromeDark, 2.0f, ImDrawFlags_RoundCornersBottom);
    pen.Box(x - 12, top + 5, x + 12, top + 8, IM_COL32(255, 246, 220, 255), 1.5f);
}

// One counter for every kit that has no counter of its own, so they differ in details only.
void CounterBody(const Pen& pen, const Stage& stage, float width, ImU32 top) {
    pen.Box(0, 9, width, stage.Front, stage.Paint.Counter);
    pen.Box(0, stage.Front - 6, width, stage.Front, Shade(stage.Paint.Counter, 0.7f));
    pen.Box(0, -3, width, 9, top);
    pen.Line(0, -2.5f, width, -2.5f, Shade(top, 1.08f), 1.5f);
    pen.Box(0, 9, width, 12, Shade(top, 0.75f));
}

// Seams with a highlight beside each, so a flat colour reads as panels of a front.
void FrontPanels(const Pen& pen, const Stage& stage, float width, float step) {
    for (float x = step; x < width; x += step) {
        pen.Line(x, 12, x, stage.Front - 6, Shade(stage.Paint.Counter, 0.82f), 1.2f);
        pen.Line(x + 1.2f, 12, x + 1.2f, stage.Front - 6, Shade(stage.Paint.Counter, 1.12f), 0.8f);
    }
}

} // namespace moments::scene
