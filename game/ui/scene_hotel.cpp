// game/ui/scene_hotel.cpp
// The hotel kit: green striped wallpaper, a key rack with pigeonholes, a
// brochure stand, a banker's lamp, world clocks and a marble-topped desk.
#include "scene_kit.h"

#include "theme.h"

#include <algorithm>
#include <array>

namespace moments::scene {

namespace {

// [SECTION] Hotel materials: deep green, walnut, brass, marble -----------------------------------

constexpr ImU32 kHotelWall = IM_COL32(38, 80, 64, 255);
constexpr ImU32 kHotelStripe = IM_COL32(44, 90, 72, 255);
constexpr ImU32 kWalnut = IM_COL32(92, 56, 36, 255);
constexpr ImU32 kWalnutLight = IM_COL32(124, 80, 52, 255);
constexpr ImU32 kWalnutDark = IM_COL32(58, 34, 22, 255);
constexpr ImU32 kMarble = IM_COL32(240, 235, 226, 255);
constexpr ImU32 kMarbleVein = IM_COL32(190, 182, 172, 150);
constexpr ImU32 kLampGreen = IM_COL32(30, 108, 70, 255);

// [SECTION] Hotel props ----------------------------------------------------------------------

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

// [SECTION] The hotel's wall and desk ------------------------------------------------------------

// Green striped wallpaper under a walnut cornice.
void HotelBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    for (float x = 10; x < width; x += 32) pen.Box(x, -stage.Wall, x + 12, 0, Relative(stage.Paint.Wall, kHotelWall, kHotelStripe));
    for (float x = 32; x < width; x += 32)
        for (float y = -stage.Wall + 26; y < 0; y += 28) {
            const float yy = y + ((static_cast<int>(x / 32) % 2) ? 14.0f : 0.0f);
            pen.Quad(x - 0.0f, yy - 3, x + 2.5f, yy, x, yy + 3, x - 2.5f, yy, Fade(stage.Paint.Accent, 0.35f));
        }
    pen.Box(0, -stage.Wall, width, -stage.Wall + 8, kWalnut);
    pen.Line(0, -stage.Wall + 8, width, -stage.Wall + 8, stage.Paint.Accent, 1.5f);
}

// Marble top with a brass edge over a walnut front with raised panels.
void HotelCounter(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, 12, width, stage.Front, stage.Paint.Counter);
    const float panel_top = 19, panel_bottom = stage.Front - 12;
    if (panel_bottom - panel_top > 10) {
        const int panels = std::max(1, static_cast<int>(width / 96.0f));
        const float pw = width / static_cast<float>(panels);
        for (int i = 0; i < panels; ++i) {
            const float x0 = static_cast<float>(i) * pw + 7, x1 = static_cast<float>(i + 1) * pw - 7;
            pen.Box(x0, panel_top, x1, panel_bottom, Relative(stage.Paint.Counter, kWalnut, kWalnutLight), 2.0f);
            pen.Box(x0 + 5, panel_top + 5, x1 - 5, panel_bottom - 5, stage.Paint.Counter, 1.0f);
            pen.Line(x0 + 5, panel_bottom - 5, x1 - 5, panel_bottom - 5, Relative(stage.Paint.Counter, kWalnut, IM_COL32(140, 94, 62, 255)), 1.0f);
            pen.Line(x0 + 5, panel_top + 5, x1 - 5, panel_top + 5, Relative(stage.Paint.Counter, kWalnut, kWalnutDark), 1.0f);
        }
    }
    pen.Box(0, stage.Front - 7, width, stage.Front - 4, stage.Paint.Accent);
    pen.Box(0, -3, width, 9, kMarble);
    for (float x = 20; x < width; x += 150) {
        pen.Curve(x, -2, x + 20, 4, x + 40, 0, x + 70, 8, kMarbleVein, 1.0f);
        pen.Curve(x + 60, -2, x + 80, 2, x + 95, 6, x + 120, 3, kMarbleVein, 0.8f);
    }
    pen.Box(0, 9, width, 12, stage.Paint.Accent);
    pen.Line(0, 9.5f, width, 9.5f, Relative(stage.Paint.Accent, kBrass, kBrassLight), 1.0f);
}

} // namespace

const Kit kHotelKit{"hotel", {kHotelWall, kWalnut, kBrass}, 440.0f, kHotelProps, HotelBackdrop, HotelCounter, Sconce};

} // namespace moments::scene
