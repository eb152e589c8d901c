// game/ui/scene.cpp
// The café and hotel counters and the waiting queue, drawn from flat shapes only:
// no textures and no text, so one picture serves every language and screen size.
#include "scene.h"

#include "theme.h"
#include "widgets.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace moments::scene {

namespace {

// [SECTION] Palette and small helpers ------------------------------------------------

constexpr float kPi = 3.14159265f;

// Shared materials.
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kCream = IM_COL32(252, 249, 243, 255);
constexpr ImU32 kGlass = IM_COL32(222, 238, 236, 140);
constexpr ImU32 kGlassEdge = IM_COL32(255, 255, 255, 200);
constexpr ImU32 kChrome = IM_COL32(214, 210, 204, 255);
constexpr ImU32 kChromeLight = IM_COL32(238, 236, 232, 255);
constexpr ImU32 kChromeDark = IM_COL32(160, 154, 148, 255);
constexpr ImU32 kBrass = IM_COL32(208, 168, 84, 255);
constexpr ImU32 kBrassLight = IM_COL32(246, 216, 146, 255);
constexpr ImU32 kBrassDark = IM_COL32(150, 112, 50, 255);
constexpr ImU32 kLeaf = IM_COL32(32, 128, 72, 255);
constexpr ImU32 kLeafLight = IM_COL32(78, 158, 98, 255);
constexpr ImU32 kMustard = IM_COL32(222, 170, 64, 255);
constexpr ImU32 kBlue = IM_COL32(70, 112, 160, 255);
constexpr ImU32 kWarmLight = IM_COL32(255, 224, 150, 255);
constexpr ImU32 kCoffee = IM_COL32(104, 62, 38, 255);

// Café materials: light, warm, terracotta.
constexpr ImU32 kCafeWall = IM_COL32(240, 214, 196, 255);
constexpr ImU32 kCafeStripe = IM_COL32(235, 206, 186, 255);
constexpr ImU32 kTile = IM_COL32(252, 248, 241, 255);
constexpr ImU32 kGrout = IM_COL32(228, 210, 192, 255);
constexpr ImU32 kWood = IM_COL32(208, 154, 106, 255);
constexpr ImU32 kWoodLight = IM_COL32(228, 184, 138, 255);
constexpr ImU32 kWoodDark = IM_COL32(158, 100, 62, 255);
constexpr ImU32 kWoodDeep = IM_COL32(112, 70, 44, 255);
constexpr ImU32 kCopperDark = IM_COL32(138, 60, 34, 255);
constexpr ImU32 kSlate = IM_COL32(50, 60, 56, 255);
constexpr ImU32 kChalk = IM_COL32(240, 236, 226, 215);
constexpr ImU32 kChalkWarm = IM_COL32(244, 196, 140, 230);
constexpr ImU32 kPastry = IM_COL32(224, 160, 78, 255);
constexpr ImU32 kPastryDark = IM_COL32(176, 108, 48, 255);

// Hotel materials: deep green, walnut, brass, marble.
constexpr ImU32 kHotelWall = IM_COL32(38, 80, 64, 255);
constexpr ImU32 kHotelStripe = IM_COL32(44, 90, 72, 255);
constexpr ImU32 kWalnut = IM_COL32(92, 56, 36, 255);
constexpr ImU32 kWalnutLight = IM_COL32(124, 80, 52, 255);
constexpr ImU32 kWalnutDark = IM_COL32(58, 34, 22, 255);
constexpr ImU32 kMarble = IM_COL32(240, 235, 226, 255);
constexpr ImU32 kMarbleVein = IM_COL32(190, 182, 172, 150);
constexpr ImU32 kLampGreen = IM_COL32(30, 108, 70, 255);

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

// Scene units to pixels: every prop is drawn in units around an anchor, so one
// drawing scales from a phone strip to a desktop banner.
struct Pen {
    ImDrawList* Dl = nullptr;
    ImVec2 O;        // the anchor in screen pixels
    float U = 1.0f;  // pixels per unit

    ImVec2 P(float x, float y) const { return ImVec2(O.x + x * U, O.y + y * U); } // a point in units to pixels
    float S(float v) const { return v * U; }                                      // a length in units to pixels
    Pen At(float x, float y) const { return Pen{Dl, P(x, y), U}; }               // the same scale, anchored elsewhere

    // Thin wrappers over ImDrawList taking units; strokes never drop below a visible pixel.

    void Box(float x0, float y0, float x1, float y1, ImU32 c, float round = 0.0f, ImDrawFlags f = 0) const {
        Dl->AddRectFilled(P(x0, y0), P(x1, y1), c, S(round), f);
    }
    void Frame(float x0, float y0, float x1, float y1, ImU32 c, float thick, float round = 0.0f) const {
        Dl->AddRect(P(x0, y0), P(x1, y1), c, S(round), 0, std::max(1.0f, S(thick)));
    }
    void Disc(float x, float y, float r, ImU32 c) const { Dl->AddCircleFilled(P(x, y), S(r), c); }
    void Ring(float x, float y, float r, ImU32 c, float thick) const { Dl->AddCircle(P(x, y), S(r), c, 0, std::max(0.8f, S(thick))); }
    void Line(float x0, float y0, float x1, float y1, ImU32 c, float thick) const {
        Dl->AddLine(P(x0, y0), P(x1, y1), c, std::max(0.8f, S(thick)));
    }
    // Points in clockwise screen order keep ImGui's anti-aliased fringe on the outside.
    void Tri(float x0, float y0, float x1, float y1, float x2, float y2, ImU32 c) const {
        Dl->AddTriangleFilled(P(x0, y0), P(x1, y1), P(x2, y2), c);
    }
    void Quad(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3, ImU32 c) const {
        Dl->AddQuadFilled(P(x0, y0), P(x1, y1), P(x2, y2), P(x3, y3), c);
    }
    // A filled ellipse (or the slice between two angles, closed by its chord):
    // ImGui 1.86 has no AddEllipse, but the outline is convex so PathFillConvex works.
    void Ellipse(float x, float y, float rx, float ry, ImU32 c, float a0 = 0.0f, float a1 = 2.0f * kPi) const {
        const int n = std::clamp(static_cast<int>(S(rx + ry) * 0.6f), 10, 48);
        for (int i = 0; i <= n; ++i) {
            const float a = a0 + (a1 - a0) * static_cast<float>(i) / static_cast<float>(n);
            Dl->PathLineTo(P(x + std::cos(a) * rx, y + std::sin(a) * ry));
        }
        Dl->PathFillConvex(c);
    }
    void EllipseArc(float x, float y, float rx, float ry, float a0, float a1, ImU32 c, float thick) const {
        for (int i = 0; i <= 12; ++i) {
            const float a = a0 + (a1 - a0) * static_cast<float>(i) / 12.0f;
            Dl->PathLineTo(P(x + std::cos(a) * rx, y + std::sin(a) * ry));
        }
        Dl->PathStroke(c, 0, std::max(0.8f, S(thick)));
    }
    void Arc(float x, float y, float r, float a0, float a1, ImU32 c, float thick) const {
        Dl->PathArcTo(P(x, y), S(r), a0, a1);
        Dl->PathStroke(c, 0, std::max(0.8f, S(thick)));
    }
    void Curve(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3, ImU32 c, float thick) const {
        Dl->AddBezierCubic(P(x0, y0), P(x1, y1), P(x2, y2), P(x3, y3), c, std::max(0.8f, S(thick)));
    }
};

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

// A five-pointed star: a pentagon with five triangles, since the outline is concave.
void Star(ImDrawList* dl, ImVec2 c, float r, ImU32 fill, ImU32 edge) {
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float a = -0.5f * kPi + static_cast<float>(i) * kPi / 5.0f;
        const float rr = (i % 2 == 0) ? r : r * 0.45f;
        points[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
    }
    for (int i = 1; i < 10; i += 2) dl->PathLineTo(points[i]);
    dl->PathFillConvex(fill);
    for (int i = 0; i < 10; i += 2) dl->AddTriangleFilled(points[(i + 9) % 10], points[i], points[i + 1], fill);
    if (edge) dl->AddPolyline(points, 10, edge, ImDrawFlags_Closed, std::max(1.0f, r * 0.14f));
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

// [SECTION] Stage and layout --------------------------------------------------------------

enum class Layer { Wall, Counter };

struct Stage;
using MoverFn = void (*)(const Pen& pen, const Stage& now);

// A detail that moves (steam, a lamp's light, the gauge needle). The still scene
// is recorded once with a slot where each one goes; they are drawn afresh into
// their slots every frame, so a frame never rebuilds the thousand still shapes.
struct Mover {
    unsigned IdxAt;  // indices recorded before it: its place in painter's order
    ImVec4 Clip;     // the clip rectangle in force where it was recorded
    Pen Where;       // its anchor and scale (the draw list is the frame's)
    MoverFn Draw;    // draws it around the anchor as it is `now`
};

// What every prop needs to know about the scene it stands in (units, y = 0 is the counter top).
struct Stage {
    float Wall = 140.0f;   // height of the visible wall above the counter top
    float Front = 60.0f;   // height of the counter front below it
    float Top = -128.0f;   // where wall-hung props start
    float Seconds = 0.0f;
    bool Still = false;
    float Light = 1.0f;    // lamp brightness (flicker)
    std::vector<Mover>* Movers = nullptr; // where moving details leave their slots
};

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
    stage.Movers->push_back(Mover{static_cast<unsigned>(pen.Dl->IdxBuffer.Size), pen.Dl->_CmdHeader.ClipRect, pen, draw});
}

using PropFn = void (*)(const Pen& pen, const Stage& stage, Layer layer);

// One column of the scene: a wall piece above and counter objects below it.
struct Prop {
    int Priority;  // 0 = always shown; higher ones appear as the width allows
    float Width;   // in units
    PropFn Draw;
};

// [SECTION] Café props ---------------------------------------------------------------------

// A pendant lamp hanging from the top of the wall; its glow is drawn with the wall.
void PendantLamp(const Pen& pen, const Stage& stage, float x) {
    const float top = -stage.Wall, shade_y = top + 34.0f;
    Moving(pen.At(x, shade_y), stage, [](const Pen& p, const Stage& now) { Glow(p, 0, 6, 46, now.Light); });
    pen.Line(x, top, x, shade_y - 12, theme::kInkSoft, 1.2f);
    Moving(pen.At(x, shade_y), stage, [](const Pen& p, const Stage& now) {
        p.Ellipse(0, 2, 6, 5, Fade(kWarmLight, 0.6f + 0.4f * now.Light), 0.0f, kPi);
    });
    pen.Ellipse(x, shade_y, 17, 14, theme::kAccent, kPi, 2.0f * kPi);
    pen.Box(x - 17, shade_y - 1, x + 17, shade_y + 2, kCopperDark, 1.0f);
    pen.Arc(x, shade_y, 11, kPi * 1.2f, kPi * 1.45f, Fade(kWhite, 0.5f), 2.0f);
    pen.Box(x - 3, shade_y - 16, x + 3, shade_y - 12, kCopperDark, 1.0f);
}

// Pastries shrink to a few pixels on phones, so each is a handful of bold shapes.
void Croissant(const Pen& pen, float x, float y) {
    const float dx[] = {-9.0f, -5.0f, 0.0f, 5.0f, 9.0f}, dy[] = {-3.0f, -5.5f, -6.5f, -5.5f, -3.0f}, r[] = {2.8f, 4.0f, 4.8f, 4.0f, 2.8f};
    for (int i = 0; i < 5; ++i) pen.Disc(x + dx[i], y + dy[i], r[i], kPastry);
    for (float s : {-1.0f, 1.0f}) {
        pen.Line(x + s * 2.6f, y - 10.0f, x + s * 2.4f, y - 2.5f, kPastryDark, 1.0f);
        pen.Line(x + s * 7.0f, y - 8.0f, x + s * 6.8f, y - 1.5f, kPastryDark, 1.0f);
    }
}

// A paper cup and a dome: readable as a muffin even at a dozen pixels.
void Muffin(const Pen& pen, float x, float y, ImU32 top) {
    pen.Quad(x - 7, y - 9, x + 7, y - 9, x + 5, y, x - 5, y, IM_COL32(246, 226, 206, 255));
    for (float gx : {-3.0f, 0.0f, 3.0f}) pen.Line(x + gx * 1.1f, y - 8, x + gx * 0.8f, y - 1, IM_COL32(222, 196, 170, 255), 0.9f);
    pen.Ellipse(x, y - 9, 8.5f, 7.5f, top, kPi, 2.0f * kPi);
    pen.Disc(x - 2, y - 13, 1.2f, IM_COL32(60, 34, 24, 255));
    pen.Disc(x + 3, y - 11, 1.2f, IM_COL32(60, 34, 24, 255));
}

// Seen face-on, because the hole is what makes a donut read as one.
void Donut(const Pen& pen, float x, float y, ImU32 icing) {
    pen.Disc(x, y - 8, 8, IM_COL32(214, 150, 88, 255));
    pen.Disc(x, y - 8.5f, 6.4f, icing);
    pen.Disc(x, y - 8, 2.3f, IM_COL32(232, 238, 234, 255));
    const ImU32 sprinkle[] = {kWhite, kMustard, kLeafLight};
    for (int i = 0; i < 5; ++i) {
        const float a = static_cast<float>(i) * 1.3f + 0.4f;
        pen.Line(x + std::cos(a) * 4.3f, y - 8.5f + std::sin(a) * 4.3f, x + std::cos(a + 0.3f) * 5.0f, y - 8.5f + std::sin(a + 0.3f) * 5.0f,
                 sprinkle[i % 3], 1.0f);
    }
}

// Layered side view with a berry, to vary the silhouettes in the case.
void CakeSlice(const Pen& pen, float x, float y) {
    pen.Box(x - 9, y - 14, x + 9, y, IM_COL32(244, 214, 160, 255), 1.0f);
    pen.Line(x - 9, y - 5, x + 9, y - 5, IM_COL32(255, 248, 236, 255), 1.8f);
    pen.Line(x - 9, y - 10, x + 9, y - 10, IM_COL32(255, 248, 236, 255), 1.8f);
    pen.Box(x - 9.5f, y - 17, x + 9.5f, y - 13, IM_COL32(110, 62, 40, 255), 1.5f);
    pen.Disc(x + 3, y - 19, 2.6f, theme::kMisery);
}

// Glass case with two shelves of pastries, with a pendant lamp above it.
void PastryCase(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        PendantLamp(pen, stage, 0.0f);
        return;
    }
    pen.Box(-79, -17, 79, 5, kWoodDeep, 3.0f);
    pen.Box(-76, -80, 76, -17, kGlass);
    pen.Box(-76, -80, 76, -74, IM_COL32(255, 255, 255, 60));
    // lower shelf
    Donut(pen, -56, -17, IM_COL32(238, 150, 172, 255));
    Donut(pen, -36, -17, IM_COL32(110, 62, 40, 255));
    CakeSlice(pen, -10, -17);
    CakeSlice(pen, 12, -17);
    Muffin(pen, 38, -17, IM_COL32(120, 72, 44, 255));
    Muffin(pen, 60, -17, IM_COL32(150, 96, 60, 255));
    // upper shelf
    pen.Box(-76, -50, 76, -47, kGlassEdge);
    Croissant(pen, -52, -50);
    Croissant(pen, -26, -50);
    Croissant(pen, 0, -50);
    Muffin(pen, 30, -50, IM_COL32(200, 120, 90, 255));
    Muffin(pen, 54, -50, IM_COL32(120, 72, 44, 255));
    // glass front
    pen.Line(-68, -74, -56, -22, Fade(kWhite, 0.45f), 3.0f);
    pen.Line(-58, -74, -54, -58, Fade(kWhite, 0.45f), 1.5f);
    pen.Frame(-76, -80, 76, -17, kGlassEdge, 2.0f);
    pen.Box(-80, -86, 80, -79, kWoodDeep, 3.0f);
}

// Chalk menu board hung on the wall; a cake under a glass dome and a tip jar below.
void MenuBoard(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float x0 = -86, x1 = 86;
        const float y0 = stage.Top, y1 = std::min(-52.0f, y0 + 120.0f);
        if (y0 > -stage.Wall + 20.0f) { // a cord to a nail when there is room above
            pen.Line(x0 + 30, y0 - 4, 0, y0 - 12, theme::kInkSoft, 1.2f);
            pen.Line(x1 - 30, y0 - 4, 0, y0 - 12, theme::kInkSoft, 1.2f);
            pen.Disc(0, y0 - 12, 2.0f, kBrassDark);
        }
        pen.Box(x0 - 6, y0 - 6, x1 + 6, y1 + 6, kWoodDark, 5.0f);
        pen.Box(x0, y0, x1, y1, kSlate, 2.0f);
        // Heading: a chalk cup between two flourishes.
        const float hy = y0 + 13;
        pen.Dl->AddRect(pen.P(-7, hy - 5), pen.P(7, hy + 5), kChalk, pen.S(4.0f), ImDrawFlags_RoundCornersBottom, std::max(1.0f, pen.S(1.8f)));
        pen.Ring(9, hy - 1, 3, kChalk, 1.5f);
        pen.Curve(-3, hy - 8, -5, hy - 11, -1, hy - 12, -3, hy - 15, kChalk, 1.2f);
        pen.Curve(3, hy - 8, 1, hy - 11, 5, hy - 12, 3, hy - 15, kChalk, 1.2f);
        pen.Curve(-70, hy + 1, -50, hy - 4, -36, hy + 5, -18, hy, kChalk, 2.0f);
        pen.Curve(18, hy, 36, hy + 5, 50, hy - 4, 70, hy + 1, kChalk, 2.0f);
        // Two columns of dishes: a name, a dotted leader, a price.
        const float row0 = y0 + 30, step = 11.0f;
        const int rows = std::clamp(static_cast<int>((y1 - 7 - row0) / step) + 1, 1, 6);
        for (int col = 0; col < 2; ++col) {
            const float cx0 = col == 0 ? x0 + 8 : 6.0f, cx1 = col == 0 ? -6.0f : x1 - 8;
            for (int r = 0; r < rows; ++r) {
                const float y = row0 + static_cast<float>(r) * step;
                const unsigned h = Hash(static_cast<unsigned>(col * 16 + r + 3));
                const float name = 22.0f + static_cast<float>(h % 22u);
                const bool special = (col == 1 && r == 1);
                pen.Line(cx0, y, cx0 + name, y, special ? kChalkWarm : kChalk, 2.0f);
                for (float d = cx0 + name + 4; d < cx1 - 14; d += 4.0f) pen.Disc(d, y + 0.5f, 0.55f, Fade(kChalk, 0.6f));
                pen.Line(cx1 - 10, y, cx1, y, special ? kChalkWarm : kChalk, 2.0f);
            }
        }
        return;
    }
    // Cake stand with a glass cloche.
    const float cx = -36;
    pen.Box(cx - 12, 1, cx + 12, 5, kCream, 2.0f);
    pen.Box(cx - 2, -8, cx + 2, 2, kCream);
    pen.Box(cx - 22, -10, cx + 22, -7, kCream, 1.5f);
    pen.Box(cx - 15, -24, cx + 15, -10, IM_COL32(244, 214, 160, 255), 3.0f, ImDrawFlags_RoundCornersTop);
    pen.Line(cx - 15, -17, cx + 15, -17, IM_COL32(255, 246, 232, 255), 2.0f);
    pen.Box(cx - 15.5f, -26, cx + 15.5f, -22, IM_COL32(255, 246, 232, 255), 3.0f);
    for (float bx : {-8.0f, 0.0f, 8.0f}) pen.Disc(cx + bx, -27.5f, 2.3f, theme::kMisery);
    pen.Ellipse(cx, -9, 21, 27, kGlass, kPi, 2.0f * kPi);
    pen.Arc(cx, -9, 17, kPi * 1.15f, kPi * 1.4f, Fade(kWhite, 0.7f), 2.0f);
    pen.Disc(cx, -37, 2.6f, kChrome);
    // Tip jar with a few coins.
    const float jx = 34;
    pen.Box(jx - 9, -22, jx + 9, 4, kGlass, 3.0f);
    for (int i = 0; i < 4; ++i) pen.Disc(jx - 5 + static_cast<float>(i) * 3.3f, 0.5f - static_cast<float>(i % 2) * 2.0f, 2.2f, kBrass);
    pen.Frame(jx - 9, -22, jx + 9, 4, kGlassEdge, 1.4f, 3.0f);
    pen.Box(jx - 10, -25, jx + 10, -21, kChromeDark, 1.5f);
}

// Copper espresso machine with a pressure gauge, two group heads and a steaming cup beside it.
void EspressoMachine(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) return;
    const float mx = -12;
    // cups warming on top
    pen.Box(mx - 48, -99, mx + 48, -92, kChrome, 2.0f);
    for (float cx : {-30.0f, -12.0f, 6.0f}) {
        pen.Box(mx + cx - 6, -108, mx + cx + 6, -99, kCream, 2.0f, ImDrawFlags_RoundCornersTop);
        pen.Line(mx + cx - 7, -99.5f, mx + cx + 7, -99.5f, kChromeDark, 1.0f);
    }
    // housing
    pen.Box(mx - 52, -93, mx + 52, -34, theme::kAccent, 10.0f, ImDrawFlags_RoundCornersTop);
    pen.Box(mx - 52, -40, mx + 52, -34, kCopperDark);
    pen.Box(mx - 42, -85, mx + 42, -50, kChromeLight, 5.0f);
    // gauge and lights
    pen.Disc(mx, -67, 11, kCream);
    pen.Ring(mx, -67, 11, kChromeDark, 2.0f);
    for (int i = 0; i <= 6; ++i) {
        const float a = kPi * (0.8f + 1.4f * static_cast<float>(i) / 6.0f);
        pen.Line(mx + std::cos(a) * 7.5f, -67 + std::sin(a) * 7.5f, mx + std::cos(a) * 9.5f, -67 + std::sin(a) * 9.5f, theme::kInkSoft, 1.0f);
    }
    Moving(pen.At(mx, -67), stage, [](const Pen& p, const Stage& now) {
        const float needle = kPi * 1.72f + 0.04f * std::sin(now.Seconds * 3.1f);
        p.Line(0, 0, std::cos(needle) * 8.0f, std::sin(needle) * 8.0f, theme::kMisery, 1.5f);
    });
    pen.Disc(mx, -67, 1.8f, theme::kInk);
    pen.Disc(mx - 30, -67, 4.0f, theme::kInkSoft);
    pen.Disc(mx + 30, -67, 4.0f, theme::kMagic);
    pen.Disc(mx + 29, -68, 1.4f, Fade(kWhite, 0.6f));
    // legs, recess, group heads and handles
    pen.Box(mx - 42, -34, mx + 42, 2, IM_COL32(112, 54, 32, 255));
    pen.Box(mx - 52, -34, mx - 42, 5, theme::kAccent, 2.0f, ImDrawFlags_RoundCornersBottom);
    pen.Box(mx + 42, -34, mx + 52, 5, theme::kAccent, 2.0f, ImDrawFlags_RoundCornersBottom);
    for (float side : {-1.0f, 1.0f}) {
        const float gx = mx + side * 20;
        pen.Box(gx - 9, -34, gx + 9, -27, kChrome, 2.0f, ImDrawFlags_RoundCornersBottom);
        pen.Box(gx - 7, -27, gx + 7, -22, kChromeDark, 2.0f, ImDrawFlags_RoundCornersBottom);
        pen.Line(gx + side * 6, -24, gx + side * 19, -19, IM_COL32(50, 44, 40, 255), 4.0f);
        pen.Box(gx - 6, -13, gx + 6, -3, kCream, 3.0f, ImDrawFlags_RoundCornersBottom);
    }
    pen.Box(mx - 45, -3, mx + 45, 5, kChrome, 2.0f);
    for (float gx = mx - 40; gx <= mx + 40; gx += 6) pen.Line(gx, -2, gx, 1, kChromeDark, 1.0f);
    // steam wand
    pen.Line(mx + 52, -46, mx + 58, -46, kChromeDark, 3.0f);
    pen.Line(mx + 58, -46, mx + 60, -16, kChromeDark, 2.6f);
    // a finished cup on its saucer, steaming
    const float cx = 58;
    pen.Ellipse(cx, 2, 13, 3.2f, kCream);
    pen.Ring(cx + 8, -5, 3.8f, kCream, 2.4f);
    pen.Box(cx - 7, -12, cx + 7, 1, kCream, 5.0f, ImDrawFlags_RoundCornersBottom);
    pen.Ellipse(cx, -12, 7, 1.8f, kCoffee);
    Moving(pen.At(cx, -15), stage, [](const Pen& p, const Stage& now) { Steam(p, 0, 0, 60, now.Seconds, now.Still); });
}

// One mug shape in several glazes fills the shelf with colour cheaply.
void Mug(const Pen& pen, float x, float y, ImU32 c) {
    pen.Ring(x + 9, y - 7, 4, c, 2.4f);
    pen.Box(x - 8, y - 15, x + 8, y, c, 3.0f, ImDrawFlags_RoundCornersBottom);
    pen.Line(x - 8, y - 14.5f, x + 8, y - 14.5f, Fade(kWhite, 0.5f), 1.0f);
}

// A jar of beans: says "coffee" without a label.
void Jar(const Pen& pen, float x, float y, ImU32 lid) {
    pen.Box(x - 8, y - 21, x + 8, y, kGlass, 3.0f);
    pen.Box(x - 7, y - 14, x + 7, y - 1, kCoffee, 2.0f);
    for (int i = 0; i < 5; ++i) pen.Disc(x - 4.5f + static_cast<float>(i % 3) * 4.5f, y - 11 + static_cast<float>(i / 3) * 5, 1.2f, IM_COL32(150, 96, 60, 255));
    pen.Frame(x - 8, y - 21, x + 8, y, kGlassEdge, 1.0f, 3.0f);
    pen.Box(x - 9, y - 25, x + 9, y - 20, lid, 2.0f);
}

// Wall shelf of mugs and bean jars above a coffee grinder and a stack of take-away cups.
void MugShelf(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float sy = stage.Top + 36;
        Mug(pen, -56, sy, theme::kAccent);
        Mug(pen, -35, sy, kLeaf);
        Jar(pen, -12, sy, kWoodDark);
        Mug(pen, 10, sy, kMustard);
        Jar(pen, 33, sy, theme::kAccent);
        Mug(pen, 55, sy, kCream);
        pen.Box(-72, sy, 72, sy + 5, kWoodDark, 2.0f);
        for (float bx : {-52.0f, 52.0f}) pen.Tri(bx - 5, sy + 5, bx + 5, sy + 5, bx, sy + 14, kWoodDeep);
        return;
    }
    // grinder
    const float gx = -22;
    pen.Quad(gx - 15, -66, gx + 15, -66, gx + 7, -44, gx - 7, -44, kGlass);
    pen.Quad(gx - 11, -57, gx + 11, -57, gx + 7, -45, gx - 7, -45, kCoffee);
    pen.Box(gx - 17, -70, gx + 17, -65, IM_COL32(60, 52, 48, 255), 2.0f);
    pen.Box(gx - 13, -45, gx + 13, -10, IM_COL32(78, 70, 66, 255), 4.0f);
    pen.Box(gx - 10, -40, gx + 10, -36, kChromeDark, 1.0f);
    pen.Box(gx - 6, -18, gx + 6, -10, kChrome, 1.0f);
    pen.Box(gx - 17, -10, gx + 17, 5, IM_COL32(60, 52, 48, 255), 3.0f);
    // take-away cups, stacked
    const float tx = 30;
    pen.Quad(tx - 10, -38, tx + 10, -38, tx + 7, 4, tx - 7, 4, kCream);
    for (float ly : {-30.0f, -26.0f}) pen.Line(tx - 9.5f, ly, tx + 9.5f, ly, IM_COL32(226, 216, 200, 255), 0.9f);
    pen.Quad(tx - 9, -18, tx + 9, -18, tx + 8.2f, -8, tx - 8.2f, -8, theme::kAccent);
    pen.Box(tx - 11, -42, tx + 11, -37, IM_COL32(70, 60, 54, 255), 2.0f);
    pen.Box(tx - 6, -45, tx + 6, -42, IM_COL32(70, 60, 54, 255), 1.0f);
}

// A framed print on the wall; a sugar dispenser and a napkin holder on the counter.
void ArtPrint(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y0 = stage.Top + 4, y1 = std::min(y0 + 70.0f, -60.0f);
        if (y1 - y0 < 40.0f) return;
        pen.Box(-34, y0, 34, y1, kWoodDeep, 2.0f);
        pen.Box(-31, y0 + 3, 31, y1 - 3, kCream);
        const float iy0 = y0 + 9, iy1 = y1 - 9;
        pen.Box(-25, iy0, 25, iy1, IM_COL32(246, 226, 206, 255));
        pen.Dl->PushClipRect(pen.P(-25, iy0), pen.P(25, iy1), true);
        pen.Disc(8, iy0 + (iy1 - iy0) * 0.4f, 11, kMustard);
        pen.Ellipse(-12, iy1 + 4, 32, (iy1 - iy0) * 0.55f, theme::kAccent, kPi, 2.0f * kPi);
        pen.Ellipse(20, iy1 + 6, 28, (iy1 - iy0) * 0.4f, kLeaf, kPi, 2.0f * kPi);
        pen.Dl->PopClipRect();
        return;
    }
    // sugar
    pen.Box(-20, -24, -6, 4, kGlass, 3.0f);
    pen.Box(-19, -14, -7, 3, kWhite, 2.0f);
    pen.Frame(-20, -24, -6, 4, kGlassEdge, 1.0f, 3.0f);
    pen.Quad(-21, -25, -5, -25, -9, -31, -17, -31, kChrome);
    pen.Box(-14, -35, -12, -30, kChromeDark);
    // napkins
    pen.Box(5, -24, 23, -12, kWhite, 1.0f);
    pen.Line(9, -24, 9, -13, IM_COL32(230, 226, 220, 255), 0.8f);
    pen.Box(2, -16, 26, 5, kChrome, 3.0f);
    pen.Box(5, -12, 23, 1, kChromeLight, 2.0f);
}

// A leafy plant in a terracotta pot.
void Plant(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) return;
    (void)stage;
    const float tips[][3] = {{-34, -70, 8}, {-16, -92, 9}, {4, -100, 9}, {22, -86, 9}, {36, -62, 8},
                             {-26, -46, 8}, {28, -40, 7}, {-6, -72, 8}, {12, -60, 7}};
    int i = 0;
    for (const auto& t : tips) {
        pen.Line(0, -28, t[0] * 0.4f, -28 + (t[1] + 28) * 0.4f, kLeaf, 1.6f);
        Leaf(pen, t[0] * 0.3f, -28 + (t[1] + 28) * 0.3f, t[0], t[1], t[2], (i++ % 2) ? kLeaf : kLeafLight);
    }
    pen.Quad(-15, -26, 15, -26, 11, 5, -11, 5, theme::kAccent);
    pen.Box(-18, -31, 18, -24, kCopperDark, 2.0f);
}

constexpr std::array<Prop, 6> kCafeProps = {{
    {5, 70.0f, Plant},
    {0, 168.0f, PastryCase},
    {0, 184.0f, MenuBoard},
    {0, 150.0f, EspressoMachine},
    {2, 150.0f, MugShelf},
    {3, 84.0f, ArtPrint},
}};

// Striped plaster over a band of white tiles: what is always there behind the props.
void CafeBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, kCafeWall);
    for (float x = 18; x < width; x += 44) pen.Box(x, -stage.Wall, x + 20, 0, kCafeStripe);
    const float band = -std::min(66.0f, stage.Wall * 0.46f);
    pen.Box(0, band, width, 0, kTile);
    int row = 0;
    for (float y = band + 12; y < 0; y += 12, ++row) pen.Line(0, y, width, y, kGrout, 1.0f);
    row = 0;
    for (float y = band; y < 0; y += 12, ++row)
        for (float x = (row % 2) ? 13.0f : 0.0f; x < width; x += 26) pen.Line(x, y, x, std::min(y + 12, 0.0f), kGrout, 1.0f);
    pen.Box(0, band - 2.5f, width, band + 0.5f, theme::kAccent);
}

// Butcher-block top over a planked front: light wood keeps the café friendly and bright.
void CafeCounter(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, 13, width, stage.Front, IM_COL32(188, 122, 78, 255));
    for (float x = 0; x < width; x += 24) {
        pen.Box(x + 12, 13, x + 24, stage.Front, IM_COL32(180, 116, 74, 255));
        pen.Line(x, 13, x, stage.Front, IM_COL32(150, 94, 58, 255), 1.2f);
    }
    pen.Box(0, 13, width, 17, theme::kAccent);
    pen.Box(0, stage.Front - 6, width, stage.Front, kWoodDeep);
    pen.Box(0, -3, width, 9, kWood);
    pen.Line(0, -2.5f, width, -2.5f, kWoodLight, 1.5f);
    pen.Box(0, 9, width, 13, kWoodDark);
}

// [SECTION] Hotel props -------------------------------------------------------------------

// A brass wall sconce with a small cream shade, glowing.
void Sconce(const Pen& pen, const Stage& stage, float x) {
    const float y = -stage.Wall * 0.62f;
    Moving(pen.At(x, y), stage, [](const Pen& p, const Stage& now) { Glow(p, 0, -8, 34, now.Light); });
    pen.Ellipse(x, y + 4, 4, 7, kBrassDark);
    pen.Line(x, y + 4, x, y - 4, kBrass, 2.2f);
    pen.Ellipse(x, y - 4, 4, 2, kBrass, 0.0f, kPi);
    pen.Quad(x - 6, y - 18, x + 6, y - 18, x + 10, y - 5, x - 10, y - 5, IM_COL32(250, 236, 208, 255));
    pen.Line(x - 10, y - 5, x + 10, y - 5, kBrassDark, 1.4f);
}

// A room key and its big coloured fob, hanging from a hook at the pen's anchor.
void Key(const Pen& pen, ImU32 fob) {
    pen.Ring(0, 3, 2.4f, kBrass, 1.2f);
    pen.Line(-1.5f, 5, -1.5f, 15, kBrassLight, 1.6f);
    pen.Box(-1.5f, 12, 1.2f, 14.5f, kBrassLight);
    pen.Box(0.5f, 4.5f, 6.5f, 18, fob, 2.5f);
    pen.Box(1.8f, 11, 5.2f, 14, Fade(kBrassLight, 0.9f), 0.5f);
}

// The key rack: pigeonholes for letters above rows of hooks with room keys; the service bell in front.
void KeyRack(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float x0 = -100, x1 = 100, y0 = stage.Top, y1 = std::max(y0 + 60.0f, -34.0f);
        pen.Box(x0 + 4, y0 + 4, x1 + 4, y1 + 4, IM_COL32(0, 0, 0, 50), 4.0f);
        pen.Box(x0, y0, x1, y1, kWalnut, 4.0f);
        pen.Box(x0 + 6, y0 + 6, x1 - 6, y1 - 6, kWalnutLight, 2.0f);
        const float inner = y1 - y0 - 12;
        const int cubby_rows = inner > 80 ? 2 : 1;
        const int cols = 9;
        const float cw = (x1 - x0 - 12 - 2.0f * static_cast<float>(cols + 1)) / static_cast<float>(cols);
        const float ch = 15.0f;
        for (int r = 0; r < cubby_rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const float cx0 = x0 + 8 + static_cast<float>(c) * (cw + 2), cy0 = y0 + 8 + static_cast<float>(r) * (ch + 2);
                pen.Box(cx0, cy0, cx0 + cw, cy0 + ch, kWalnutDark, 1.0f);
                pen.Box(cx0, cy0, cx0 + cw, cy0 + 3, IM_COL32(36, 20, 12, 255), 1.0f);
                const unsigned h = Hash(static_cast<unsigned>(r * 31 + c + 7));
                if (h % 3u == 0u) { // a letter waiting
                    pen.Box(cx0 + 2, cy0 + 6, cx0 + cw - 2, cy0 + ch, IM_COL32(244, 238, 226, 255), 0.5f);
                    pen.Line(cx0 + 2, cy0 + 6.5f, cx0 + cw * 0.5f, cy0 + 10.5f, IM_COL32(196, 184, 168, 255), 0.9f);
                    pen.Line(cx0 + cw * 0.5f, cy0 + 10.5f, cx0 + cw - 2, cy0 + 6.5f, IM_COL32(196, 184, 168, 255), 0.9f);
                } else if (h % 3u == 1u && (h >> 8) % 2u == 0u) { // a rolled note
                    pen.Box(cx0 + 3, cy0 + 9, cx0 + cw - 3, cy0 + ch - 1, IM_COL32(230, 220, 196, 255), 3.0f);
                }
            }
        const float hooks_top = y0 + 10 + static_cast<float>(cubby_rows) * (ch + 2);
        const int hook_rows = std::clamp(static_cast<int>((y1 - 8 - hooks_top) / 21.0f), 1, 3);
        const float hook_step = (y1 - 8 - hooks_top) / static_cast<float>(hook_rows);
        const ImU32 fobs[] = {theme::kAccent, theme::kMisery, kLeaf, kBlue, kMustard};
        for (int r = 0; r < hook_rows; ++r) {
            const float hy = hooks_top + static_cast<float>(r) * hook_step + 2;
            pen.Line(x0 + 8, hy - 1, x1 - 8, hy - 1, IM_COL32(104, 64, 40, 255), 1.0f);
            for (int c = 0; c < cols; ++c) {
                const float kx = x0 + 8 + cw * 0.5f - 1.5f + static_cast<float>(c) * (cw + 2);
                pen.Disc(kx, hy, 1.8f, kBrass);
                if ((c * 3 + r * 5) % 7 == 2) continue; // this key is out with its guest
                Key(Pen{pen.Dl, pen.P(kx, hy), pen.U * 1.15f}, fobs[(c * 2 + r * 3) % 5]);
            }
        }
        return;
    }
    // Service bell on its wooden base.
    const float bx = 46;
    pen.Ellipse(bx, 4, 19, 3, IM_COL32(0, 0, 0, 40));
    pen.Box(bx - 17, -5, bx + 17, 3, kWalnutDark, 3.0f);
    pen.Box(bx - 2, -23, bx + 2, -16, kBrassDark);
    pen.Ellipse(bx, -23, 3.6f, 1.8f, kBrass);
    pen.Ellipse(bx, -5, 14, 14, kBrass, kPi, 2.0f * kPi);
    pen.Arc(bx, -5, 10, kPi * 1.15f, kPi * 1.45f, kBrassLight, 2.5f);
    pen.Box(bx - 15, -6, bx + 15, -4, kBrassDark, 1.0f);
    // A brass pen holder beside it.
    pen.Box(-56, -14, -46, 3, kBrass, 1.5f);
    pen.Line(-53, -14, -57, -30, theme::kInk, 1.6f);
    pen.Line(-49, -14, -46, -27, kBlue, 1.6f);
}

// A leaflet with a coloured cover and a pictogram instead of a title (no text in scenes).
void Brochure(const Pen& pen, float x, float y, ImU32 c, int picture) {
    pen.Box(x - 10, y - 28, x + 10, y, kCream, 1.0f);
    pen.Box(x - 10, y - 28, x + 10, y - 17, c, 1.0f, ImDrawFlags_RoundCornersTop);
    if (picture == 0) { // mountains
        pen.Tri(x - 8, y - 17, x - 2, y - 25, x + 4, y - 17, Fade(kWhite, 0.8f));
        pen.Tri(x - 1, y - 17, x + 4, y - 22, x + 9, y - 17, Fade(kWhite, 0.6f));
    } else if (picture == 1) { // sun over water
        pen.Disc(x + 3, y - 22, 3.2f, Fade(kWhite, 0.85f));
        pen.Line(x - 8, y - 19, x + 8, y - 19, Fade(kWhite, 0.7f), 1.2f);
    } else { // a building
        pen.Box(x - 4, y - 26, x + 4, y - 17, Fade(kWhite, 0.8f));
        pen.Tri(x - 5, y - 26, x, y - 29, x + 5, y - 26, Fade(kWhite, 0.8f));
    }
    for (float ly : {-13.0f, -9.0f, -5.0f}) pen.Line(x - 7, y + ly, x + (ly == -5.0f ? 2.0f : 7.0f), y + ly, IM_COL32(200, 192, 180, 255), 1.0f);
}

// Three-tier brochure stand on the desk; a framed city map on the wall above.
void BrochureStand(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y0 = stage.Top + 6, y1 = std::min(y0 + 52.0f, -96.0f);
        if (y1 - y0 < 30.0f) return;
        pen.Box(-34, y0, 34, y1, kBrass, 2.0f);
        pen.Box(-31, y0 + 3, 31, y1 - 3, IM_COL32(238, 230, 210, 255));
        pen.Dl->PushClipRect(pen.P(-31, y0 + 3), pen.P(31, y1 - 3), true);
        pen.Curve(-40, y1 - 10, -10, y1 - 30, 10, y0 + 20, 40, y0 + 8, IM_COL32(150, 190, 210, 255), 5.0f); // river
        for (float gx = -24; gx < 31; gx += 11) pen.Line(gx, y0 + 3, gx + 4, y1 - 3, IM_COL32(210, 196, 170, 255), 1.0f);
        for (float gy = y0 + 10; gy < y1 - 3; gy += 9) pen.Line(-31, gy, 31, gy - 2, IM_COL32(210, 196, 170, 255), 1.0f);
        pen.Box(-20, y0 + 10, -10, y0 + 18, IM_COL32(140, 180, 120, 255)); // a park
        pen.Disc(12, (y0 + y1) * 0.5f, 3.0f, theme::kMisery);               // "you are here"
        pen.Dl->PopClipRect();
        return;
    }
    pen.Box(-40, -84, 40, 4, kWalnut, 3.0f);
    pen.Box(-36, -80, 36, 0, kWalnutDark, 2.0f);
    const ImU32 colours[] = {theme::kAccent, kLeaf, kBlue, theme::kMisery, kMustard, IM_COL32(120, 90, 150, 255)};
    for (int tier = 0; tier < 3; ++tier) {
        const float yb = -52.0f + static_cast<float>(tier) * 26.0f;
        for (int i = 0; i < 3; ++i) {
            const int k = tier * 3 + i;
            Brochure(pen, -24.0f + static_cast<float>(i) * 24.0f, yb, colours[(k * 5 + 1) % 6], k % 3);
        }
        pen.Box(-38, yb - 11, 38, yb, IM_COL32(214, 232, 234, 150), 1.0f);
        pen.Line(-38, yb - 11, 38, yb - 11, kGlassEdge, 1.3f);
    }
}

// Banker's lamp: green glass shade over a brass stand, throwing a flickering pool of light.
void BankerLamp(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        Moving(pen, stage, [](const Pen& p, const Stage& now) { Glow(p, 0, -44, 40, now.Light * 0.8f); });
        return;
    }
    Moving(pen, stage, [](const Pen& p, const Stage& now) {
        p.Quad(-26, -38, 26, -38, 46, 3, -46, 3, Fade(kWarmLight, 0.16f * now.Light));
        p.Ellipse(0, 3, 44, 5, Fade(kWarmLight, 0.55f * now.Light));
    });
    pen.Ellipse(0, 3, 20, 4, kBrassDark);
    pen.Box(-18, -4, 18, 3, kBrass, 4.0f, ImDrawFlags_RoundCornersTop);
    pen.Box(-1.8f, -40, 1.8f, -4, kBrass);
    pen.Line(16, -38, 16, -24, kBrassDark, 0.9f);
    pen.Disc(16, -23, 1.6f, kBrass);
    Moving(pen, stage, [](const Pen& p, const Stage& now) { p.Ellipse(0, -38, 12, 3.5f, Fade(kWarmLight, 0.7f + 0.3f * now.Light), 0.0f, kPi); });
    pen.Ellipse(0, -38, 30, 15, kLampGreen, kPi, 2.0f * kPi);
    pen.EllipseArc(0, -38, 24, 10, kPi * 1.2f, kPi * 1.55f, Fade(IM_COL32(140, 210, 160, 255), 0.8f), 2.5f);
    pen.Box(-30.5f, -39.5f, 30.5f, -36.5f, kBrass, 1.5f);
    pen.Ellipse(0, -53, 3, 2, kBrass);
}

// Three clocks for three cities; an open guest book on the desk.
void WorldClocks(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float cy = stage.Top + 26;
        if (cy + 30 > -44.0f) return;
        const float hours[] = {2.0f, 8.0f, 11.0f};
        for (int i = 0; i < 3; ++i) {
            const float cx = -56.0f + static_cast<float>(i) * 56.0f;
            pen.Disc(cx + 2, cy + 2, 18, IM_COL32(0, 0, 0, 50));
            pen.Disc(cx, cy, 18, kBrass);
            pen.Disc(cx, cy, 15, kCream);
            for (int t = 0; t < 12; ++t) {
                const float a = static_cast<float>(t) * kPi / 6.0f;
                const float r0 = t % 3 == 0 ? 10.5f : 12.0f;
                pen.Line(cx + std::cos(a) * r0, cy + std::sin(a) * r0, cx + std::cos(a) * 13.5f, cy + std::sin(a) * 13.5f, theme::kInkSoft, 1.0f);
            }
            const float ha = -0.5f * kPi + hours[i] * kPi / 6.0f;
            pen.Line(cx, cy, cx + std::cos(ha) * 7.5f, cy + std::sin(ha) * 7.5f, theme::kInk, 2.0f);
            pen.Line(cx, cy, cx, cy - 11.5f, theme::kInk, 1.4f);
            pen.Disc(cx, cy, 1.6f, theme::kAccent);
            pen.Box(cx - 12, cy + 23, cx + 12, cy + 28, kBrass, 1.0f);
        }
        return;
    }
    // guest book, open
    pen.Box(-36, -3, 36, 4, IM_COL32(110, 34, 40, 255), 2.0f);
    pen.Quad(-33, -8, -1, -5, -1, 0, -33, 0, kCream);
    pen.Quad(1, -5, 33, -8, 33, 0, 1, 0, kCream);
    for (float ly : {-5.5f, -3.0f}) {
        pen.Line(-29, ly, -6, ly + 1.5f, IM_COL32(200, 192, 180, 255), 0.8f);
        pen.Line(6, ly + 1.5f, 29, ly, IM_COL32(200, 192, 180, 255), 0.8f);
    }
    pen.Line(-1, -5, -1, 4, theme::kMisery, 1.5f);
    pen.Line(14, -9, 34, -17, theme::kInk, 2.0f);
}

// A gilded landscape on the wall; an old desk telephone below it.
void Painting(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y0 = stage.Top + 4, y1 = std::min(y0 + 68.0f, -52.0f);
        if (y1 - y0 < 36.0f) return;
        pen.Box(-52, y0, 52, y1, kBrass, 2.0f);
        pen.Box(-48, y0 + 4, 48, y1 - 4, kBrassDark);
        const float iy0 = y0 + 6, iy1 = y1 - 6, ih = iy1 - iy0;
        pen.Box(-46, iy0, 46, iy1, IM_COL32(244, 220, 196, 255));
        pen.Dl->PushClipRect(pen.P(-46, iy0), pen.P(46, iy1), true);
        pen.Disc(18, iy0 + ih * 0.35f, 7, kCream);
        pen.Ellipse(-22, iy1 + 2, 48, ih * 0.6f, IM_COL32(78, 140, 100, 255), kPi, 2.0f * kPi);
        pen.Ellipse(30, iy1 + 4, 44, ih * 0.45f, IM_COL32(52, 112, 80, 255), kPi, 2.0f * kPi);
        pen.Box(-46, iy1 - ih * 0.12f, 46, iy1, IM_COL32(150, 190, 200, 255));
        pen.Dl->PopClipRect();
        return;
    }
    const ImU32 body = IM_COL32(44, 40, 38, 255);
    pen.Quad(-15, -16, 15, -16, 20, 4, -20, 4, body);
    pen.Disc(0, -5, 6.5f, kCream);
    pen.Ring(0, -5, 4.2f, theme::kInkSoft, 1.0f);
    pen.Disc(0, -5, 1.5f, body);
    pen.Box(-14, -20, -10, -15, body);
    pen.Box(10, -20, 14, -15, body);
    pen.Box(-18, -25, 18, -20, body, 2.5f);
    pen.Ellipse(-18, -22, 6, 4, body);
    pen.Ellipse(18, -22, 6, 4, body);
    pen.Curve(20, 0, 30, 8, 36, -2, 44, 5, body, 1.2f);
}

// Porcelain vase of cut flowers.
void Flowers(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) return;
    (void)stage;
    const float blooms[][3] = {{-22, -66, 7}, {-8, -84, 7.5f}, {10, -78, 7}, {24, -60, 6.5f}, {-2, -60, 6}, {-26, -46, 5.5f}, {18, -90, 6}};
    const ImU32 colours[] = {theme::kAccent, theme::kAccentSoft, theme::kMisery, kMustard, kCream, theme::kAccent, IM_COL32(200, 120, 150, 255)};
    for (const auto& b : blooms) pen.Curve(0, -30, 0, -40, b[0] * 0.6f, b[1] * 0.7f, b[0], b[1], kLeaf, 1.4f);
    Leaf(pen, 0, -32, -18, -44, 5, kLeafLight);
    Leaf(pen, 0, -32, 16, -48, 5, kLeaf);
    int i = 0;
    for (const auto& b : blooms) {
        const ImU32 c = colours[i++];
        for (int p = 0; p < 5; ++p) {
            const float a = static_cast<float>(p) * 2.0f * kPi / 5.0f + static_cast<float>(i);
            pen.Disc(b[0] + std::cos(a) * b[2] * 0.5f, b[1] + std::sin(a) * b[2] * 0.5f, b[2] * 0.5f, c);
        }
        pen.Disc(b[0], b[1], b[2] * 0.3f, IM_COL32(120, 66, 30, 255));
    }
    pen.Box(-5, -34, 5, -24, IM_COL32(236, 234, 228, 255), 2.0f);
    pen.Ellipse(0, -13, 13, 16, IM_COL32(236, 234, 228, 255));
    pen.Box(-13, -15, 13, -10, kBlue);
    pen.Box(-8, -1, 8, 5, IM_COL32(220, 216, 208, 255), 2.0f);
}

constexpr std::array<Prop, 6> kHotelProps = {{
    {4, 76.0f, Flowers},
    {0, 96.0f, BrochureStand},
    {0, 210.0f, KeyRack},
    {0, 96.0f, BankerLamp},
    {2, 180.0f, WorldClocks},
    {3, 130.0f, Painting},
}};

// Green striped wallpaper under a walnut cornice.
void HotelBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, kHotelWall);
    for (float x = 10; x < width; x += 32) pen.Box(x, -stage.Wall, x + 12, 0, kHotelStripe);
    for (float x = 32; x < width; x += 32)
        for (float y = -stage.Wall + 26; y < 0; y += 28) {
            const float yy = y + ((static_cast<int>(x / 32) % 2) ? 14.0f : 0.0f);
            pen.Quad(x - 0.0f, yy - 3, x + 2.5f, yy, x, yy + 3, x - 2.5f, yy, Fade(kBrass, 0.35f));
        }
    pen.Box(0, -stage.Wall, width, -stage.Wall + 8, kWalnut);
    pen.Line(0, -stage.Wall + 8, width, -stage.Wall + 8, kBrass, 1.5f);
}

// Marble top with a brass edge over a walnut front with raised panels.
void HotelCounter(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, 12, width, stage.Front, kWalnut);
    const float panel_top = 19, panel_bottom = stage.Front - 12;
    if (panel_bottom - panel_top > 10) {
        const int panels = std::max(1, static_cast<int>(width / 96.0f));
        const float pw = width / static_cast<float>(panels);
        for (int i = 0; i < panels; ++i) {
            const float x0 = static_cast<float>(i) * pw + 7, x1 = static_cast<float>(i + 1) * pw - 7;
            pen.Box(x0, panel_top, x1, panel_bottom, kWalnutLight, 2.0f);
            pen.Box(x0 + 5, panel_top + 5, x1 - 5, panel_bottom - 5, kWalnut, 1.0f);
            pen.Line(x0 + 5, panel_bottom - 5, x1 - 5, panel_bottom - 5, IM_COL32(140, 94, 62, 255), 1.0f);
            pen.Line(x0 + 5, panel_top + 5, x1 - 5, panel_top + 5, kWalnutDark, 1.0f);
        }
    }
    pen.Box(0, stage.Front - 7, width, stage.Front - 4, kBrass);
    pen.Box(0, -3, width, 9, kMarble);
    for (float x = 20; x < width; x += 150) {
        pen.Curve(x, -2, x + 20, 4, x + 40, 0, x + 70, 8, kMarbleVein, 1.0f);
        pen.Curve(x + 60, -2, x + 80, 2, x + 95, 6, x + 120, 3, kMarbleVein, 0.8f);
    }
    pen.Box(0, 9, width, 12, kBrass);
    pen.Line(0, 9.5f, width, 9.5f, kBrassLight, 1.0f);
}

// [SECTION] Counter entry point -------------------------------------------------------------

// Picks as many props as fit (by priority), keeps their order, and spreads the slack evenly.
template <size_t N>
void LayOut(const std::array<Prop, N>& props, float width, float* centres) {
    std::array<int, N> by_priority{};
    for (size_t i = 0; i < N; ++i) by_priority[i] = static_cast<int>(i);
    std::stable_sort(by_priority.begin(), by_priority.end(), [&](int a, int b) { return props[a].Priority < props[b].Priority; });
    std::array<bool, N> used{};
    float total = 0.0f;
    int count = 0;
    const float min_gap = 10.0f;
    for (int i : by_priority) {
        const float next = total + props[i].Width;
        if (props[i].Priority > 0 && next + min_gap * static_cast<float>(count + 2) > width) continue;
        used[i] = true;
        total = next;
        ++count;
    }
    const float gap = std::max(0.0f, (width - total) / static_cast<float>(count + 1));
    float x = gap;
    for (size_t i = 0; i < N; ++i) {
        centres[i] = -1.0f;
        if (!used[i]) continue;
        centres[i] = x + props[i].Width * 0.5f;
        x += props[i].Width + gap;
    }
}

} // namespace

// Backdrop first, then wall props, then the counter, then what stands on it: painter's order.
namespace {

// Records the still counter scene into `dl`, leaving slots in `movers` (see DrawCounter).
void DrawScene(ImDrawList* dl, std::vector<Mover>* movers, const std::string& setting, ImVec2 min, ImVec2 max) {
    const float w = max.x - min.x, h = max.y - min.y;
    const bool hotel = setting == "hotel";

    const float essentials = hotel ? 440.0f : 540.0f; // the three key props plus margins, in units
    const float u = std::min(h / 200.0f, w / essentials);
    const float surface = std::floor(max.y - h * 0.3f);
    Stage stage;
    stage.Wall = (surface - min.y) / u;
    stage.Front = (max.y - surface) / u;
    stage.Top = -stage.Wall + 12.0f + std::max(0.0f, stage.Wall - 140.0f) * 0.35f;
    stage.Movers = movers;

    const Pen base{dl, ImVec2(min.x, surface), u};
    const float width = w / u;
    static_assert(kCafeProps.size() == kHotelProps.size(), "one centres array serves both settings");
    float centres[kCafeProps.size()];
    if (hotel) {
        LayOut(kHotelProps, width, centres);
        HotelBackdrop(base, stage, width);
    } else {
        LayOut(kCafeProps, width, centres);
        CafeBackdrop(base, stage, width);
    }
    const auto& props = hotel ? kHotelProps : kCafeProps;

    // Lamps fill every other wide gap between props: pendants in the café, sconces in the hotel.
    float previous_right = -1.0f;
    int gap_index = 0;
    for (size_t i = 0; i < props.size(); ++i) {
        if (centres[i] < 0.0f) continue;
        const float left = centres[i] - props[i].Width * 0.5f;
        if (previous_right >= 0.0f && left - previous_right > 44.0f && (gap_index++ % 2) == 0) {
            const float x = (left + previous_right) * 0.5f;
            if (hotel) Sconce(base, stage, x);
            else PendantLamp(base, stage, x);
        }
        previous_right = centres[i] + props[i].Width * 0.5f;
    }
    for (size_t i = 0; i < props.size(); ++i)
        if (centres[i] >= 0.0f) props[i].Draw(base.At(centres[i], 0.0f), stage, Layer::Wall);

    if (hotel) HotelCounter(base, stage, width);
    else CafeCounter(base, stage, width);

    for (size_t i = 0; i < props.size(); ++i)
        if (centres[i] >= 0.0f) props[i].Draw(base.At(centres[i], 0.0f), stage, Layer::Counter);
}

// The still scene's geometry and its movers' slots, from the last frame whose
// size, setting or font atlas differed. Every other frame copies it and draws
// only the few moving details.
constexpr float kMotionStep = 0.125f; // steam and lamps move in steps, 8 a second

struct SceneCache {
    std::string Setting;
    ImVec2 Min, Max, WhiteUv;
    ImDrawList Recorder{ImGui::GetDrawListSharedData()};
    std::vector<Mover> Movers;

    bool Holds(const std::string& setting, ImVec2 min, ImVec2 max) const {
        const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel; // changes with the font atlas
        return Setting == setting && Min.x == min.x && Min.y == min.y && Max.x == max.x && Max.y == max.y && WhiteUv.x == white.x &&
               WhiteUv.y == white.y;
    }

    void Record(const std::string& setting, ImVec2 min, ImVec2 max, ImDrawListFlags flags) {
        Setting = setting;
        Min = min;
        Max = max;
        WhiteUv = ImGui::GetIO().Fonts->TexUvWhitePixel;
        Recorder._ResetForNewFrame();
        Recorder.Flags = flags;
        Recorder.PushTextureID(ImGui::GetIO().Fonts->TexID);
        Recorder.PushClipRect(min, max);
        Movers.clear();
        DrawScene(&Recorder, &Movers, setting, min, max);
    }

    // Appends the recorded triangles to `dl`, each run under its own clip
    // rectangle, with the movers drawn in their slots as they are `now`.
    void CopyTo(ImDrawList* dl, const Stage& now) const {
        const unsigned int first = dl->_VtxCurrentIdx;
        const int vertices = Recorder.VtxBuffer.Size;
        dl->PrimReserve(0, vertices);
        std::memcpy(dl->_VtxWritePtr, Recorder.VtxBuffer.Data, static_cast<size_t>(vertices) * sizeof(ImDrawVert));
        dl->_VtxWritePtr += vertices;
        dl->_VtxCurrentIdx += static_cast<unsigned int>(vertices);
        size_t next = 0;
        for (const ImDrawCmd& cmd : Recorder.CmdBuffer) {
            unsigned int begin = cmd.IdxOffset;
            const unsigned int end = begin + cmd.ElemCount;
            for (; next < Movers.size() && Movers[next].IdxAt <= end; ++next) {
                CopyIndices(dl, cmd.ClipRect, first, begin, Movers[next].IdxAt);
                begin = Movers[next].IdxAt;
                DrawMover(dl, Movers[next], now);
            }
            CopyIndices(dl, cmd.ClipRect, first, begin, end);
        }
        for (; next < Movers.size(); ++next) DrawMover(dl, Movers[next], now);
    }

    // Copies recorded indices [begin, end), shifted to where the vertices landed in `dl`.
    void CopyIndices(ImDrawList* dl, const ImVec4& clip, unsigned int first, unsigned int begin, unsigned int end) const {
        if (begin >= end) return;
        dl->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), true);
        dl->PrimReserve(static_cast<int>(end - begin), 0);
        for (unsigned int i = begin; i < end; ++i) *dl->_IdxWritePtr++ = static_cast<ImDrawIdx>(first + Recorder.IdxBuffer.Data[i]);
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

void DrawCounter(const std::string& setting, ImVec2 min, ImVec2 max, float seconds, bool reduced_motion) {
    if (max.x - min.x < 8.0f || max.y - min.y < 8.0f) return;
    static SceneCache cache;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (!cache.Holds(setting, min, max)) cache.Record(setting, min, max, dl->Flags);
    dl->PushClipRect(min, max, true);
    cache.CopyTo(dl, Moment(std::floor(seconds / kMotionStep) * kMotionStep, reduced_motion));
    dl->PopClipRect();
}

// [SECTION] Queue -----------------------------------------------------------------------

namespace {

constexpr ImU32 kAmber = IM_COL32(214, 138, 30, 255);

// Mood shown on a waiting face: calm while patient, then cross, then furious.
int QueueMood(float patience) { return patience > 0.5f ? 2 : patience > 0.25f ? 1 : 0; }

// Green, amber, red: the same thresholds as the mood, so colour and face agree.
ImU32 PatienceColour(float patience) { return patience > 0.5f ? theme::kMagic : patience > 0.25f ? kAmber : theme::kMisery; }

// Sizes of one figure for a head radius, so layout and drawing agree on the extents.
struct FigureMetrics {
    float Head = 0, Ring = 0, Thick = 0; // head radius, ring radius, ring stroke
    float Pip = 0, PipY = 0;             // pip radius and its centre below the head's centre (0: no pips)
    float Above = 0, Below = 0;          // extent above and below the head's centre
};

// One place computes the extents, so the fit loop in DrawQueue never clips a star or a pip.
FigureMetrics Measure(float r, bool pips) {
    FigureMetrics m;
    m.Head = r;
    m.Ring = r * 1.42f;
    m.Thick = std::max(2.0f, r * 0.2f);
    m.Above = std::max(m.Ring + m.Thick * 0.5f, m.Ring * 0.78f + r * 0.46f); // the ring or a regular's star
    m.Below = std::max(r * 1.6f, m.Ring + m.Thick * 0.5f);                   // the shoulders or the ring
    if (pips) {
        m.Pip = std::max(1.8f, r * 0.13f);
        m.PipY = m.Ring + m.Thick * 0.5f + std::max(2.0f, r * 0.14f) + m.Pip;
        m.Below = std::max(m.Below, m.PipY + m.Pip + 0.5f);
    }
    return m;
}

// One waiting customer: a medallion with the portrait, the patience ring, pips and the regular's star.
void DrawFigure(const QueueFigure& figure, ImVec2 c, const FigureMetrics& m) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float p = std::clamp(figure.Patience, 0.0f, 1.0f);
    const ImU32 colour = PatienceColour(p);

    dl->AddCircleFilled(c, m.Ring + m.Thick * 0.5f, theme::kCard);
    widgets::Face(figure.Look, QueueMood(p), c, m.Head);
    // The ring empties like a clock: its length is the patience left, whatever the colour.
    dl->AddCircle(c, m.Ring, Fade(theme::kInk, 0.16f), 0, m.Thick);
    if (p > 0.0f) {
        const float a0 = -0.5f * kPi, a1 = a0 + p * 2.0f * kPi;
        dl->PathArcTo(c, m.Ring, a0, a1, std::max(6, static_cast<int>(m.Ring * p * 0.8f)));
        dl->PathStroke(colour, 0, m.Thick);
        dl->AddCircleFilled(ImVec2(c.x + std::cos(a0) * m.Ring, c.y + std::sin(a0) * m.Ring), m.Thick * 0.5f, colour); // round caps
        dl->AddCircleFilled(ImVec2(c.x + std::cos(a1) * m.Ring, c.y + std::sin(a1) * m.Ring), m.Thick * 0.5f, colour);
    } else { // empty: the whole track turns faintly red
        dl->AddCircle(c, m.Ring, Fade(theme::kMisery, 0.45f), 0, m.Thick);
    }
    if (m.Pip > 0.0f) { // four pips, one per quarter of patience left: filled or hollow, readable without colour
        const int filled = std::clamp(static_cast<int>(std::ceil(p * 4.0f - 0.001f)), 0, 4);
        const float step = m.Pip * 2.9f;
        for (int i = 0; i < 4; ++i) {
            const ImVec2 pc(c.x + (static_cast<float>(i) - 1.5f) * step, c.y + m.PipY);
            if (i < filled) dl->AddCircleFilled(pc, m.Pip, theme::kInk);
            else dl->AddCircle(pc, m.Pip - 0.5f, Fade(theme::kInk, 0.55f), 0, std::max(1.0f, m.Pip * 0.35f));
        }
    }
    if (figure.Returning) {
        const ImVec2 s(c.x + m.Ring * 0.78f, c.y - m.Ring * 0.78f);
        dl->AddCircleFilled(s, m.Head * 0.46f, theme::kCard);
        Star(dl, s, m.Head * 0.4f, kMustard, theme::kInk);
    }
}

} // namespace

// Lays the queue out left to right (front of the queue first), shrinking to fit, standing on the bottom edge.
void DrawQueue(const std::vector<QueueFigure>& queue, ImVec2 min, ImVec2 max) {
    const float w = max.x - min.x, h = max.y - min.y;
    if (queue.empty() || w < 8.0f || h < 8.0f) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, max, true);

    constexpr float kSlot = 3.45f;   // horizontal pitch, in head radii
    constexpr float kMinHead = 9.0f; // below this a face stops reading as a face
    constexpr float kMaxHead = 40.0f;
    const int n = static_cast<int>(queue.size());
    // Largest head that fits the height (with pips if they are big enough to read) and the width.
    auto fit = [&](bool pips, int count) {
        float r = std::min({h / 3.6f, w / (kSlot * static_cast<float>(count)), kMaxHead});
        for (int i = 0; i < 8; ++i) {
            const FigureMetrics m = Measure(r, pips);
            if (m.Above + m.Below <= h) break;
            r *= h / (m.Above + m.Below);
        }
        return r;
    };
    bool pips = true;
    float r = fit(true, n);
    if (r < 12.0f) { pips = false; r = fit(false, n); }
    int shown = n;
    if (r < kMinHead) { // too many to draw legibly: the front of the queue, then an ellipsis
        r = std::min(kMinHead, fit(false, 1));
        shown = std::clamp(static_cast<int>((w - r * 2.0f) / (kSlot * r)), 1, n);
    }
    const FigureMetrics m = Measure(r, pips);
    const float pitch = kSlot * r;
    const float cy = std::max(max.y - m.Below, min.y + m.Above);
    for (int i = 0; i < shown; ++i)
        DrawFigure(queue[static_cast<size_t>(i)], ImVec2(min.x + pitch * (static_cast<float>(i) + 0.5f), cy), m);
    if (shown < n) {
        const float x = min.x + pitch * static_cast<float>(shown) + r * 0.3f;
        for (int i = 0; i < 3; ++i) dl->AddCircleFilled(ImVec2(x + static_cast<float>(i) * r * 0.55f, cy), std::max(1.5f, r * 0.14f), theme::kInk);
    }
    dl->PopClipRect();
}

} // namespace moments::scene
