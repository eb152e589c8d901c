// game/ui/scene_cafe.cpp
// The café kit: a striped plaster wall over white tiles, a menu board, an
// espresso machine, a pastry case and a butcher-block counter.
#include "scene_kit.h"

#include "theme.h"

#include <algorithm>
#include <array>

namespace moments::scene {

namespace {

// [SECTION] Café materials: light, warm, terracotta ---------------------------------------------

constexpr ImU32 kCafeWall = IM_COL32(240, 214, 196, 255);
constexpr ImU32 kCafeStripe = IM_COL32(235, 206, 186, 255);
constexpr ImU32 kCafeFront = IM_COL32(188, 122, 78, 255);
constexpr ImU32 kTile = IM_COL32(252, 248, 241, 255);
constexpr ImU32 kGrout = IM_COL32(228, 210, 192, 255);
constexpr ImU32 kWood = IM_COL32(208, 154, 106, 255);
constexpr ImU32 kWoodLight = IM_COL32(228, 184, 138, 255);
constexpr ImU32 kWoodDark = IM_COL32(158, 100, 62, 255);
constexpr ImU32 kWoodDeep = IM_COL32(112, 70, 44, 255);
constexpr ImU32 kSlate = IM_COL32(50, 60, 56, 255);
constexpr ImU32 kChalk = IM_COL32(240, 236, 226, 215);
constexpr ImU32 kChalkWarm = IM_COL32(244, 196, 140, 230);
constexpr ImU32 kPastry = IM_COL32(224, 160, 78, 255);
constexpr ImU32 kPastryDark = IM_COL32(176, 108, 48, 255);

// [SECTION] Café props -----------------------------------------------------------------------

// A pendant lamp hanging from the top of the wall; its glow is drawn with the wall.
void PendantLamp(const Pen& pen, const Stage& stage, float x) {
    const float top = -stage.Wall, shade_y = top + 34.0f;
    Moving(pen.At(x, shade_y), stage, [](const Pen& p, const Stage& now) { Glow(p, 0, 6, 46, now.Light); });
    pen.Line(x, top, x, shade_y - 12, theme::kInkSoft, 1.2f);
    Moving(pen.At(x, shade_y), stage, [](const Pen& p, const Stage& now) {
        p.Ellipse(0, 2, 6, 5, Fade(kWarmLight, 0.6f + 0.4f * now.Light), 0.0f, kPi);
    });
    pen.Ellipse(x, shade_y, 17, 14, stage.Paint.Accent, kPi, 2.0f * kPi);
    pen.Box(x - 17, shade_y - 1, x + 17, shade_y + 2, Relative(stage.Paint.Accent, theme::kAccent, kCopperDark), 1.0f);
    pen.Arc(x, shade_y, 11, kPi * 1.2f, kPi * 1.45f, Fade(kWhite, 0.5f), 2.0f);
    pen.Box(x - 3, shade_y - 16, x + 3, shade_y - 12, Relative(stage.Paint.Accent, theme::kAccent, kCopperDark), 1.0f);
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
    pen.Box(mx - 52, -93, mx + 52, -34, stage.Paint.Accent, 10.0f, ImDrawFlags_RoundCornersTop);
    pen.Box(mx - 52, -40, mx + 52, -34, Relative(stage.Paint.Accent, theme::kAccent, kCopperDark));
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
    pen.Box(mx - 42, -34, mx + 42, 2, Relative(stage.Paint.Accent, theme::kAccent, IM_COL32(112, 54, 32, 255)));
    pen.Box(mx - 52, -34, mx - 42, 5, stage.Paint.Accent, 2.0f, ImDrawFlags_RoundCornersBottom);
    pen.Box(mx + 42, -34, mx + 52, 5, stage.Paint.Accent, 2.0f, ImDrawFlags_RoundCornersBottom);
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
        Mug(pen, -56, sy, stage.Paint.Accent);
        Mug(pen, -35, sy, kLeaf);
        Jar(pen, -12, sy, kWoodDark);
        Mug(pen, 10, sy, kMustard);
        Jar(pen, 33, sy, stage.Paint.Accent);
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
    pen.Quad(tx - 9, -18, tx + 9, -18, tx + 8.2f, -8, tx - 8.2f, -8, stage.Paint.Accent);
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
        pen.Ellipse(-12, iy1 + 4, 32, (iy1 - iy0) * 0.55f, stage.Paint.Accent, kPi, 2.0f * kPi);
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


// [SECTION] The café's wall and counter ----------------------------------------------------------

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
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    for (float x = 18; x < width; x += 44) pen.Box(x, -stage.Wall, x + 20, 0, Relative(stage.Paint.Wall, kCafeWall, kCafeStripe));
    const float band = -std::min(66.0f, stage.Wall * 0.46f);
    pen.Box(0, band, width, 0, kTile);
    int row = 0;
    for (float y = band + 12; y < 0; y += 12, ++row) pen.Line(0, y, width, y, kGrout, 1.0f);
    row = 0;
    for (float y = band; y < 0; y += 12, ++row)
        for (float x = (row % 2) ? 13.0f : 0.0f; x < width; x += 26) pen.Line(x, y, x, std::min(y + 12, 0.0f), kGrout, 1.0f);
    pen.Box(0, band - 2.5f, width, band + 0.5f, stage.Paint.Accent);
}

// Butcher-block top over a planked front: light wood keeps the café friendly and bright.
void CafeCounter(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, 13, width, stage.Front, stage.Paint.Counter);
    for (float x = 0; x < width; x += 24) {
        pen.Box(x + 12, 13, x + 24, stage.Front, Relative(stage.Paint.Counter, kCafeFront, IM_COL32(180, 116, 74, 255)));
        pen.Line(x, 13, x, stage.Front, Relative(stage.Paint.Counter, kCafeFront, IM_COL32(150, 94, 58, 255)), 1.2f);
    }
    pen.Box(0, 13, width, 17, stage.Paint.Accent);
    pen.Box(0, stage.Front - 6, width, stage.Front, kWoodDeep);
    pen.Box(0, -3, width, 9, kWood);
    pen.Line(0, -2.5f, width, -2.5f, kWoodLight, 1.5f);
    pen.Box(0, 9, width, 13, kWoodDark);
}

} // namespace

const Kit kCafeKit{"cafe", {kCafeWall, kCafeFront, theme::kAccent}, 540.0f, kCafeProps, CafeBackdrop, CafeCounter, PendantLamp};

} // namespace moments::scene
