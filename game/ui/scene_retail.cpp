// game/ui/scene_retail.cpp
// Two kits for selling over a counter: the shop (shelves of goods, a till,
// baskets and crates of fruit) and the pharmacy (a green cross, a wall of
// drawers, medicine boxes, a mortar and pestle).
#include "scene_kit.h"

#include "theme.h"

#include <algorithm>
#include <array>

namespace moments::scene {

namespace {

constexpr ImU32 kShelf = IM_COL32(214, 206, 194, 255);
constexpr ImU32 kShelfEdge = IM_COL32(170, 160, 146, 255);
constexpr ImU32 kCarton = IM_COL32(250, 250, 246, 255);
constexpr ImU32 kAmberGlass = IM_COL32(150, 90, 40, 255);
constexpr ImU32 kCrate = IM_COL32(196, 150, 96, 255);
constexpr ImU32 kCrateDark = IM_COL32(150, 108, 64, 255);
constexpr ImU32 kGoods[] = {IM_COL32(214, 76, 60, 255), IM_COL32(70, 130, 190, 255), IM_COL32(240, 190, 70, 255),
                            IM_COL32(90, 160, 100, 255), IM_COL32(150, 100, 170, 255), IM_COL32(240, 140, 60, 255)};

// One item on a shelf standing on y: a box, a can or a bottle, chosen and coloured by `seed`.
void Item(const Pen& pen, float x, float y, unsigned seed) {
    const unsigned h = Hash(seed);
    const ImU32 c = kGoods[h % 6u];
    switch ((h >> 4) % 3u) {
    case 0: // a box with a band
        pen.Box(x - 6, y - 20, x + 6, y, c, 1.0f);
        pen.Box(x - 6, y - 13, x + 6, y - 9, Fade(kWhite, 0.7f));
        break;
    case 1: // a can
        pen.Box(x - 5, y - 13, x + 5, y, c, 2.0f);
        pen.Line(x - 5, y - 11, x + 5, y - 11, kChromeLight, 1.2f);
        break;
    default: // a bottle
        pen.Box(x - 4, y - 16, x + 4, y, c, 2.5f);
        pen.Box(x - 1.6f, y - 22, x + 1.6f, y - 15, c);
        pen.Box(x - 2, y - 24, x + 2, y - 21, kChromeDark);
    }
}

// Shelves on the wall from the prop's top down to `bottom`, filled by `fill(x, shelf_y, seed)`.
template <typename Fill>
void Shelves(const Pen& pen, const Stage& stage, float half_width, float bottom, Fill fill) {
    const float y0 = stage.Top, y1 = std::min(bottom, -34.0f);
    if (y1 - y0 < 34.0f) return;
    pen.Box(-half_width, y0, half_width, y1, Shade(stage.Paint.Wall, 0.9f), 2.0f);
    const int rows = std::clamp(static_cast<int>((y1 - y0) / 30.0f), 1, 4);
    const float step = (y1 - y0) / static_cast<float>(rows);
    for (int r = 0; r < rows; ++r) {
        const float y = y0 + step * static_cast<float>(r + 1) - 3;
        for (float x = -half_width + 10; x < half_width - 6; x += 14) fill(x, y, static_cast<unsigned>(r * 97) + static_cast<unsigned>(x + 200));
        pen.Box(-half_width, y, half_width, y + 4, kShelf);
        pen.Line(-half_width, y + 4, half_width, y + 4, kShelfEdge, 1.0f);
    }
}

// [SECTION] The shop ---------------------------------------------------------------------------

// Shelves of groceries on the wall; a rack of sweets on the counter.
void GoodsShelf(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        Shelves(pen, stage, 90, -40, [&](float x, float y, unsigned seed) { Item(pen, x, y, seed); });
        return;
    }
    pen.Box(-34, -36, 34, 4, kChromeDark, 2.0f);
    for (int row = 0; row < 3; ++row)
        for (int i = 0; i < 5; ++i) {
            const float x = -27.0f + static_cast<float>(i) * 13.5f, y = -26.0f + static_cast<float>(row) * 11.0f;
            pen.Box(x - 5, y - 4, x + 5, y + 4, kGoods[(i + row * 2) % 6], 1.5f);
        }
}

// A swing tag hung on the wall (a sale, without words); the till and the card reader.
void Till(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 14;
        if (y + 40 > -100.0f) return;
        pen.Line(0, -stage.Wall, 0, y, theme::kInkSoft, 1.0f);
        pen.Quad(-18, y + 10, 0, y, 18, y + 10, 18, y + 40, stage.Paint.Accent);
        pen.Box(-18, y + 10, 18, y + 44, stage.Paint.Accent, 3.0f, ImDrawFlags_RoundCornersBottom);
        pen.Ring(0, y + 9, 3, kWhite, 1.5f);
        pen.Disc(-6, y + 22, 3, kWhite);
        pen.Disc(6, y + 34, 3, kWhite);
        pen.Line(8, y + 18, -8, y + 38, kWhite, 2.2f);
        return;
    }
    const ImU32 body = IM_COL32(60, 64, 70, 255);
    pen.Box(-8, -60, -2, -34, body);
    pen.Box(-28, -76, 18, -56, body, 3.0f);
    pen.Box(-24, -72, 14, -60, IM_COL32(140, 220, 160, 255), 1.0f);
    pen.Quad(-50, -34, 30, -34, 38, -10, -58, -10, IM_COL32(82, 86, 92, 255));
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 6; ++c) pen.Box(-44 + static_cast<float>(c) * 12, -30 + static_cast<float>(r) * 9, -36 + static_cast<float>(c) * 12,
                                             -25 + static_cast<float>(r) * 9, kChromeLight, 1.0f);
    pen.Box(-60, -10, 40, 4, body, 2.0f);
    pen.Box(-20, -6, 0, -3, kChromeDark, 1.0f);
    CardReader(pen, 56);
}

// Tote bags on hooks on the wall; a stack of shopping baskets on the counter.
void Baskets(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 20;
        if (y + 40 > -40.0f) return;
        pen.Box(-44, y - 3, 44, y, kChromeDark, 1.0f);
        const ImU32 bags[] = {stage.Paint.Accent, kCarton, kGoods[3]};
        for (int i = 0; i < 3; ++i) {
            const float x = -26.0f + static_cast<float>(i) * 26.0f;
            pen.Arc(x, y + 8, 7, kPi, 2.0f * kPi, Shade(bags[i], 0.8f), 2.0f);
            pen.Quad(x - 11, y + 8, x + 11, y + 8, x + 12, y + 38, x - 12, y + 38, bags[i]);
        }
        return;
    }
    for (int i = 0; i < 3; ++i) {
        const float y = -static_cast<float>(i) * 7;
        pen.Quad(-30, y - 22, 30, y - 22, 26, y + 4, -26, y + 4, stage.Paint.Accent);
        for (float x = -22; x <= 22; x += 8) pen.Line(x, y - 18, x * 0.95f, y, Shade(stage.Paint.Accent, 0.75f), 1.6f);
    }
    pen.Arc(-14, -36, 8, kPi, 2.0f * kPi, Shade(stage.Paint.Accent, 0.7f), 2.6f);
    pen.Arc(14, -36, 8, kPi, 2.0f * kPi, Shade(stage.Paint.Accent, 0.7f), 2.6f);
}

// A clock on the wall; a wooden crate of apples and oranges.
void FruitCrate(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        WallClock(pen, 0, stage.Top + 30, 20, stage.Paint.Accent);
        return;
    }
    for (int i = 0; i < 9; ++i) {
        const float x = -36.0f + static_cast<float>(i % 5) * 18.0f + (i >= 5 ? 9.0f : 0.0f), y = i >= 5 ? -30.0f : -22.0f;
        pen.Disc(x, y, 8, i % 2 ? IM_COL32(240, 150, 40, 255) : IM_COL32(200, 40, 40, 255));
        pen.Disc(x - 2.5f, y - 3, 2.2f, Fade(kWhite, 0.4f));
    }
    pen.Box(-46, -20, 46, 4, kCrate, 1.5f);
    pen.Line(-46, -8, 46, -8, kCrateDark, 1.5f);
    pen.Frame(-46, -20, 46, 4, kCrateDark, 1.5f, 1.5f);
}

constexpr std::array<Prop, 5> kShopProps = {{
    {5, 70.0f, Plant},
    {0, 190.0f, GoodsShelf},
    {0, 150.0f, Till},
    {0, 100.0f, Baskets},
    {2, 110.0f, FruitCrate},
}};

// A slatwall of fine grooves under a frieze of the accent colour.
void SlatBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    for (float y = -stage.Wall + 22; y < 0; y += 9) pen.Line(0, y, width, y, Shade(stage.Paint.Wall, 0.95f), 1.0f);
    pen.Box(0, -stage.Wall, width, -stage.Wall + 12, stage.Paint.Accent);
    for (float x = 0; x < width; x += 24) pen.Tri(x, -stage.Wall + 12, x + 24, -stage.Wall + 12, x + 12, -stage.Wall + 20, stage.Paint.Accent);
}

// A light wooden top over a front with a stripe of the accent colour.
void ShopCounter(const Pen& pen, const Stage& stage, float width) {
    CounterBody(pen, stage, width, IM_COL32(222, 190, 146, 255));
    pen.Box(0, stage.Front - 16, width, stage.Front - 10, stage.Paint.Accent);
    FrontPanels(pen, stage, width, 64.0f);
}

// [SECTION] The pharmacy -----------------------------------------------------------------------

// The lit green cross over the counter; a tray of prescription bags.
void Cross(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 30, s = 8;
        Moving(pen.At(0, y), stage, [](const Pen& p, const Stage& now) { Glow(p, 0, 0, 38, now.Light * 0.7f); });
        for (const float grow : {3.0f, 0.0f}) {
            const ImU32 c = grow > 0 ? kWhite : stage.Paint.Accent;
            pen.Box(-s - grow, y - 3 * s - grow, s + grow, y + 3 * s + grow, c, 2.0f);
            pen.Box(-3 * s - grow, y - s - grow, 3 * s + grow, y + s + grow, c, 2.0f);
        }
        return;
    }
    pen.Box(-40, -10, 40, 4, kChromeDark, 2.0f);
    for (int i = 0; i < 3; ++i) {
        const float x = -24.0f + static_cast<float>(i) * 24.0f, top = -34.0f + static_cast<float>(i % 2) * 6;
        pen.Box(x - 10, top, x + 10, -6, kCarton, 1.0f);
        pen.Tri(x - 10, top, x + 10, top, x, top + 6, IM_COL32(226, 222, 212, 255));
        pen.Box(x - 3, top + 12, x + 3, top + 20, stage.Paint.Accent);
        pen.Box(x - 6, top + 14, x + 6, top + 18, stage.Paint.Accent);
    }
}

// A wall of small wooden drawers with labels; a mortar and pestle and a card reader.
void Drawers(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y0 = stage.Top, y1 = std::min(y0 + 100.0f, -36.0f);
        if (y1 - y0 < 30.0f) return;
        pen.Box(-92, y0, 92, y1, IM_COL32(150, 104, 66, 255), 2.0f);
        const int rows = std::clamp(static_cast<int>((y1 - y0 - 6) / 16.0f), 1, 6);
        const float h = (y1 - y0 - 6) / static_cast<float>(rows);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < 8; ++c) {
                const float x = -88.0f + static_cast<float>(c) * 22.0f, y = y0 + 3 + static_cast<float>(r) * h;
                pen.Box(x, y, x + 20, y + h - 2, IM_COL32(196, 146, 98, 255), 1.0f);
                pen.Box(x + 5, y + 3, x + 15, y + 7, kCarton);
                pen.Disc(x + 10, y + h * 0.62f, 1.6f, kBrass);
            }
        return;
    }
    const ImU32 stone = IM_COL32(230, 226, 218, 255);
    pen.Line(-30, -18, -14, -42, IM_COL32(200, 194, 184, 255), 4.0f);
    pen.Ellipse(-34, -14, 16, 14, stone, 0.0f, kPi);
    pen.Box(-50, -16, -18, -12, stone, 2.0f);
    pen.Box(-42, -1, -26, 4, stone, 1.0f);
    CardReader(pen, 30);
}

// Shelves of medicine boxes and brown bottles; a basket of small packs.
void MedicineShelf(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        Shelves(pen, stage, 76, -40, [&](float x, float y, unsigned seed) {
            if (Hash(seed) % 3u == 0u) {
                pen.Box(x - 4, y - 15, x + 4, y, kAmberGlass, 2.0f);
                pen.Box(x - 4.5f, y - 19, x + 4.5f, y - 14, kCarton, 1.0f);
            } else {
                pen.Box(x - 6, y - 18, x + 6, y, kCarton, 0.5f);
                pen.Box(x - 6, y - 14, x + 6, y - 10, kGoods[Hash(seed + 1) % 6u]);
            }
        });
        return;
    }
    pen.Quad(-32, -18, 32, -18, 28, 4, -28, 4, kCrate);
    for (int i = 0; i < 5; ++i) pen.Box(-24 + static_cast<float>(i) * 10, -28 + static_cast<float>(i % 2) * 4, -16 + static_cast<float>(i) * 10, -16,
                                       kGoods[(i * 2 + 1) % 6], 1.0f);
    pen.Box(-32, -18, 32, -14, kCrateDark, 1.0f);
}

// A health poster (a heart and a pulse line); a blood-pressure monitor.
void HealthPoster(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y0 = stage.Top + 6, y1 = std::min(y0 + 70.0f, -56.0f);
        if (y1 - y0 < 40.0f) return;
        pen.Box(-32, y0, 32, y1, kCarton, 1.0f);
        const float cy = y0 + (y1 - y0) * 0.4f;
        pen.Disc(-7, cy - 4, 8, theme::kMisery);
        pen.Disc(7, cy - 4, 8, theme::kMisery);
        pen.Tri(-14.8f, cy - 1, 14.8f, cy - 1, 0, cy + 14, theme::kMisery);
        const float py = y1 - 12;
        const float xs[] = {-26, -10, -6, -2, 2, 6, 26}, ys[] = {0, 0, -9, 8, -4, 0, 0};
        for (int i = 0; i + 1 < 7; ++i) pen.Line(xs[i], py + ys[i], xs[i + 1], py + ys[i + 1], stage.Paint.Accent, 1.6f);
        return;
    }
    pen.Box(-22, -24, 22, 4, kCarton, 3.0f);
    pen.Box(-16, -20, 10, -8, IM_COL32(180, 210, 190, 255), 1.0f);
    pen.Disc(16, -14, 3, stage.Paint.Accent);
    pen.Curve(-22, -4, -34, -4, -36, 4, -44, 2, kBlue, 2.0f);
    pen.Box(-60, -6, -42, 4, kBlue, 3.0f);
}

constexpr std::array<Prop, 5> kPharmacyProps = {{
    {4, 70.0f, Plant},
    {0, 160.0f, MedicineShelf},
    {0, 90.0f, Cross},
    {0, 190.0f, Drawers},
    {2, 90.0f, HealthPoster},
}};

// White tiles to shoulder height under the wall colour, with a stripe of the accent.
void TileBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    const float band = -std::min(70.0f, stage.Wall * 0.5f);
    pen.Box(0, band, width, 0, IM_COL32(248, 250, 250, 255));
    for (float y = band + 14; y < 0; y += 14) pen.Line(0, y, width, y, IM_COL32(214, 222, 222, 255), 1.0f);
    for (float x = 14; x < width; x += 14) pen.Line(x, band, x, 0, IM_COL32(214, 222, 222, 255), 1.0f);
    pen.Box(0, band - 3, width, band, stage.Paint.Accent);
}

// A clean front with a row of small crosses in the accent colour.
void PharmacyCounter(const Pen& pen, const Stage& stage, float width) {
    CounterBody(pen, stage, width, IM_COL32(250, 250, 250, 255));
    pen.Box(0, 14, width, 17, stage.Paint.Accent);
    const float y = (stage.Front + 12) * 0.5f;
    for (float x = 60; x < width; x += 120) {
        pen.Box(x - 2, y - 6, x + 2, y + 6, stage.Paint.Accent);
        pen.Box(x - 6, y - 2, x + 6, y + 2, stage.Paint.Accent);
    }
}

} // namespace

const Kit kShopKit{"shop", {IM_COL32(244, 238, 226, 255), IM_COL32(70, 110, 140, 255), IM_COL32(206, 64, 52, 255)}, 470.0f, kShopProps,
                   SlatBackdrop, ShopCounter, CeilingLight};
const Kit kPharmacyKit{"pharmacy", {IM_COL32(220, 238, 230, 255), IM_COL32(236, 242, 240, 255), IM_COL32(36, 150, 90, 255)}, 470.0f,
                       kPharmacyProps, TileBackdrop, PharmacyCounter, CeilingLight};

} // namespace moments::scene
