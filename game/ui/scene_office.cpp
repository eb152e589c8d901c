// game/ui/scene_office.cpp
// Three kits for desks and counters: the neutral counter (any business), the
// bank (or office) with its glass screen and vault, and the help desk with its
// monitor, notes and ticket dispenser.
#include "scene_kit.h"

#include "theme.h"

#include <algorithm>
#include <array>

namespace moments::scene {

namespace {

constexpr ImU32 kPaper = IM_COL32(250, 248, 240, 255);
constexpr ImU32 kPaperLine = IM_COL32(196, 190, 180, 255);
constexpr ImU32 kSteel = IM_COL32(150, 158, 166, 255);
constexpr ImU32 kSteelDark = IM_COL32(96, 104, 112, 255);
constexpr ImU32 kScreenDark = IM_COL32(36, 40, 46, 255);
constexpr ImU32 kScreenBlue = IM_COL32(84, 140, 196, 255);
constexpr ImU32 kNotes[] = {IM_COL32(250, 226, 110, 255), IM_COL32(246, 170, 180, 255), IM_COL32(150, 214, 170, 255),
                            IM_COL32(150, 196, 240, 255)};

// A sheet of paper with a few lines of "writing", for boards, trays and forms.
void Sheet(const Pen& pen, float x0, float y0, float x1, float y1) {
    pen.Box(x0, y0, x1, y1, kPaper, 0.5f);
    for (float y = y0 + 4; y < y1 - 2; y += 3.5f) pen.Line(x0 + 2, y, x1 - 2 - static_cast<float>(Hash(static_cast<unsigned>(y * 7)) % 5u), y, kPaperLine, 0.7f);
}

// A framed board on the wall from the prop's top down, or nothing if the wall is too short.
bool Board(const Pen& pen, const Stage& stage, float half_width, float height, ImU32 frame, ImU32 face, float* bottom) {
    const float y0 = stage.Top + 4, y1 = std::min(y0 + height, -50.0f);
    if (y1 - y0 < 30.0f) return false;
    pen.Box(-half_width, y0, half_width, y1, frame, 2.0f);
    pen.Box(-half_width + 4, y0 + 4, half_width - 4, y1 - 4, face, 1.0f);
    *bottom = y1;
    return true;
}

// [SECTION] The neutral counter ----------------------------------------------------------------

// A clock on the wall; a card reader and a cup of pens on the counter.
void ClockAndReader(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        WallClock(pen, 0, stage.Top + 30, 22, stage.Paint.Accent);
        return;
    }
    CardReader(pen, -18);
    pen.Box(12, -18, 26, 4, stage.Paint.Accent, 2.0f);
    const ImU32 pens[] = {theme::kInk, kBlue, theme::kMisery};
    for (int i = 0; i < 3; ++i) pen.Line(15 + static_cast<float>(i) * 4, -18, 13 + static_cast<float>(i) * 5, -32 + static_cast<float>(i) * 3, pens[i], 1.8f);
}

// A cork board of notices on the wall; an in-tray of forms and a stapler below.
void NoticeBoard(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        float y1 = 0;
        if (!Board(pen, stage, 74, 84, IM_COL32(150, 110, 70, 255), IM_COL32(200, 160, 110, 255), &y1)) return;
        const float y0 = stage.Top + 4;
        for (int i = 0; i < 5; ++i) {
            const float x = -62.0f + static_cast<float>(i) * 25.0f, top = y0 + 10 + static_cast<float>(Hash(static_cast<unsigned>(i)) % 12u);
            const float bottom = std::min(top + 34.0f, y1 - 8);
            if (i % 2) pen.Box(x, top, x + 20, bottom, kNotes[i % 4], 0.5f);
            else Sheet(pen, x, top, x + 20, bottom);
            pen.Disc(x + 10, top + 2, 2.0f, i % 2 ? theme::kMisery : stage.Paint.Accent);
        }
        return;
    }
    pen.Box(-44, -12, -4, 4, kSteelDark, 1.5f);
    for (int i = 0; i < 3; ++i) Sheet(pen, -41, -14 - static_cast<float>(i) * 2, -7, -12 - static_cast<float>(i) * 2 + 14);
    pen.Box(-46, -6, -2, 4, kSteel, 1.5f);
    pen.Box(14, -8, 44, 4, theme::kInk, 3.0f);
    pen.Box(16, -14, 42, -8, stage.Paint.Accent, 3.0f, ImDrawFlags_RoundCornersTop);
}

// A window with a blind half down; a desk lamp throwing its light on the counter.
void WindowAndLamp(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y0 = stage.Top, y1 = std::min(y0 + 96.0f, -44.0f);
        if (y1 - y0 < 36.0f) return;
        pen.Box(-56, y0, 56, y1, kWhite, 2.0f);
        pen.Box(-51, y0 + 5, 51, y1 - 5, IM_COL32(170, 214, 240, 255));
        pen.Ellipse(-20, y1 - 16, 22, 8, Fade(kWhite, 0.9f));
        pen.Ellipse(24, y0 + 24, 16, 6, Fade(kWhite, 0.8f));
        const float blind = y0 + 5 + (y1 - y0 - 10) * 0.4f;
        pen.Box(-51, y0 + 5, 51, blind, IM_COL32(236, 230, 218, 255));
        for (float y = y0 + 9; y < blind; y += 5) pen.Line(-51, y, 51, y, IM_COL32(214, 206, 192, 255), 0.8f);
        pen.Line(0, y0 + 5, 0, y1 - 5, kWhite, 3.0f);
        pen.Box(-60, y1 - 2, 60, y1 + 3, kWhite, 1.0f);
        return;
    }
    Moving(pen, stage, [](const Pen& p, const Stage& now) { p.Ellipse(10, 2, 30, 4, Fade(kWarmLight, 0.5f * now.Light)); });
    pen.Ellipse(-16, 3, 12, 3, theme::kInk);
    pen.Line(-16, 1, -4, -34, theme::kInk, 2.4f);
    pen.Line(-4, -34, 12, -24, theme::kInk, 2.4f);
    pen.Ellipse(14, -22, 11, 8, stage.Paint.Accent, kPi * 0.9f, kPi * 1.9f);
    pen.Disc(-4, -34, 2.5f, kSteel);
}

constexpr std::array<Prop, 4> kCounterProps = {{
    {3, 70.0f, Plant},
    {0, 100.0f, ClockAndReader},
    {0, 160.0f, NoticeBoard},
    {0, 130.0f, WindowAndLamp},
}};

// A plain painted wall with a dado rail in the accent colour.
void PlainBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    const float rail = -std::min(40.0f, stage.Wall * 0.3f);
    pen.Box(0, rail, width, 0, Shade(stage.Paint.Wall, 0.94f));
    pen.Box(0, rail - 2, width, rail + 1.5f, stage.Paint.Accent);
}

// A laminate top over plain panels.
void PlainCounter(const Pen& pen, const Stage& stage, float width) {
    CounterBody(pen, stage, width, IM_COL32(232, 230, 226, 255));
    FrontPanels(pen, stage, width, 80.0f);
}

// [SECTION] The bank ---------------------------------------------------------------------------

// One seven-segment digit (no text in scenes: a display drawn from its segments).
void Digit(const Pen& pen, float x, float y, int digit, ImU32 lit) {
    static const unsigned char kSegments[] = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};
    const float w = 7, h = 7; // half the digit's height per stroke
    const float ends[7][4] = {{0, 0, w, 0}, {w, 0, w, h}, {w, h, w, 2 * h}, {0, 2 * h, w, 2 * h}, {0, h, 0, 2 * h}, {0, 0, 0, h}, {0, h, w, h}};
    for (int s = 0; s < 7; ++s)
        pen.Line(x + ends[s][0], y + ends[s][1], x + ends[s][2], y + ends[s][3], (kSegments[digit] >> s) & 1 ? lit : Fade(lit, 0.12f), 2.0f);
}

// The "now serving" display over the counter; a pen on its chain and a box of slips.
void QueueDisplay(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 8;
        pen.Line(-30, -stage.Wall, -30, y, kSteelDark, 1.2f);
        pen.Line(30, -stage.Wall, 30, y, kSteelDark, 1.2f);
        pen.Box(-48, y, 48, y + 30, kScreenDark, 3.0f);
        const ImU32 lit = IM_COL32(255, 92, 60, 255);
        for (int i = 0; i < 3; ++i) Digit(pen, -34 + static_cast<float>(i) * 14, y + 8, (4 + i * 3) % 10, lit);
        pen.Tri(14, y + 9, 30, y + 15, 14, y + 21, IM_COL32(110, 220, 120, 255));
        return;
    }
    pen.Box(-40, -10, -10, 4, kSteelDark, 2.0f);
    pen.Box(-37, -16, -13, -8, kPaper, 0.5f);
    pen.Disc(16, 2, 5, kSteel);
    pen.Curve(16, 0, 22, 8, 30, 6, 34, -2, kSteel, 1.0f);
    pen.Line(34, -2, 40, -24, theme::kInk, 2.2f);
}

// The bank's emblem on the wall; a glass screen with a speaking grille and a deal tray.
void TellerScreen(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 4;
        if (y + 32 > -90.0f) return; // no room above the glass
        const ImU32 a = stage.Paint.Accent;
        pen.Tri(-26, y + 10, 0, y, 26, y + 10, a);
        for (int i = 0; i < 4; ++i) pen.Box(-21 + static_cast<float>(i) * 12, y + 12, -16 + static_cast<float>(i) * 12, y + 27, a);
        pen.Box(-28, y + 28, 28, y + 32, a);
        return;
    }
    pen.Box(-96, -86, 96, 2, Fade(IM_COL32(210, 232, 240, 255), 0.45f));
    pen.Frame(-96, -86, 96, 2, kSteel, 2.5f);
    pen.Line(-70, -80, -44, -20, Fade(kWhite, 0.5f), 3.0f);
    pen.Line(-56, -80, -48, -62, Fade(kWhite, 0.5f), 1.5f);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) pen.Disc(-6 + static_cast<float>(c) * 6, -52 + static_cast<float>(r) * 6, 1.6f, Fade(kSteelDark, 0.8f));
    pen.Ring(0, -46, 13, kSteel, 1.5f);
    pen.Box(-30, -8, 30, 4, kSteelDark, 2.0f, ImDrawFlags_RoundCornersTop);
    pen.Box(-26, -5, 26, 4, IM_COL32(60, 66, 72, 255), 1.0f);
}

// A round vault door on the wall behind; bundles of notes and stacks of coins on the counter.
void VaultDoor(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float r = std::min(44.0f, (stage.Wall - 20.0f) * 0.4f), y = -stage.Wall + 12 + r;
        if (r < 20.0f) return;
        pen.Disc(0, y, r + 5, kSteelDark);
        pen.Disc(0, y, r, kSteel);
        pen.Ring(0, y, r * 0.78f, kSteelDark, 1.5f);
        for (int i = 0; i < 12; ++i) {
            const float a = static_cast<float>(i) * kPi / 6.0f;
            pen.Disc(std::cos(a) * r * 0.9f, y + std::sin(a) * r * 0.9f, 1.8f, kChromeLight);
        }
        for (int i = 0; i < 3; ++i) {
            const float a = static_cast<float>(i) * kPi / 3.0f + 0.3f;
            pen.Line(-std::cos(a) * r * 0.45f, y - std::sin(a) * r * 0.45f, std::cos(a) * r * 0.45f, y + std::sin(a) * r * 0.45f, kChromeLight, 3.0f);
        }
        pen.Disc(0, y, r * 0.14f, stage.Paint.Accent);
        return;
    }
    for (int i = 0; i < 3; ++i) {
        const float y = -static_cast<float>(i) * 6;
        pen.Box(-40, y - 6, -6, y, IM_COL32(120, 170, 130, 255), 1.0f);
        pen.Box(-26, y - 6, -20, y, kPaper);
    }
    for (int s = 0; s < 3; ++s)
        for (int i = 0; i < 4 + s; ++i) pen.Ellipse(12 + static_cast<float>(s) * 13, 1 - static_cast<float>(i) * 3, 5.5f, 1.8f, i % 2 ? kBrass : kBrassDark);
}

// A board of rates on the wall; leaflets in a clear stand below.
void RatesAndLeaflets(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        float y1 = 0;
        if (!Board(pen, stage, 44, 70, kSteelDark, kScreenDark, &y1)) return;
        const ImU32 flags[] = {kBlue, theme::kMisery, kMustard, kLeaf};
        for (int i = 0; i < 4 && stage.Top + 16 + static_cast<float>(i) * 12 < y1 - 8; ++i) {
            const float y = stage.Top + 16 + static_cast<float>(i) * 12;
            pen.Box(-34, y - 3, -24, y + 3, flags[i]);
            pen.Line(-18, y, 6 + static_cast<float>(Hash(static_cast<unsigned>(i)) % 10u), y, IM_COL32(255, 180, 80, 255), 2.0f);
            pen.Line(16, y, 32, y, IM_COL32(120, 230, 140, 255), 2.0f);
        }
        return;
    }
    pen.Box(-30, -40, 30, 4, Fade(kGlass, 0.6f), 2.0f);
    const ImU32 covers[] = {stage.Paint.Accent, kBlue, kLeaf};
    for (int i = 0; i < 3; ++i) {
        const float x = -22.0f + static_cast<float>(i) * 22.0f;
        pen.Box(x - 8, -36, x + 8, 0, kPaper);
        pen.Box(x - 8, -36, x + 8, -26, covers[i]);
    }
    pen.Frame(-30, -40, 30, 4, kGlassEdge, 1.2f, 2.0f);
}

constexpr std::array<Prop, 5> kBankProps = {{
    {4, 70.0f, Plant},
    {0, 110.0f, QueueDisplay},
    {0, 200.0f, TellerScreen},
    {0, 110.0f, VaultDoor},
    {2, 96.0f, RatesAndLeaflets},
}};

// Pale stone blocks under a cornice in the accent colour.
void StoneBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    const ImU32 joint = Shade(stage.Paint.Wall, 0.9f);
    int row = 0;
    for (float y = -stage.Wall + 30; y < 0; y += 24, ++row) {
        pen.Line(0, y, width, y, joint, 1.0f);
        for (float x = (row % 2) ? 30.0f : 0.0f; x < width; x += 60) pen.Line(x, y, x, std::min(y + 24, 0.0f), joint, 1.0f);
    }
    pen.Box(0, -stage.Wall, width, -stage.Wall + 10, Shade(stage.Paint.Wall, 0.96f));
    pen.Box(0, -stage.Wall + 10, width, -stage.Wall + 13, stage.Paint.Accent);
}

// A stone top over a front with a band of the accent colour.
void BankCounter(const Pen& pen, const Stage& stage, float width) {
    CounterBody(pen, stage, width, IM_COL32(226, 224, 218, 255));
    pen.Box(0, 18, width, 21, stage.Paint.Accent);
    FrontPanels(pen, stage, width, 120.0f);
}

// [SECTION] The help desk ------------------------------------------------------------------------

// An "i" sign hung from the ceiling; a ticket dispenser on the desk.
void InfoSign(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 22;
        pen.Line(-12, -stage.Wall, -12, y - 14, kSteelDark, 1.0f);
        pen.Line(12, -stage.Wall, 12, y - 14, kSteelDark, 1.0f);
        pen.Disc(0, y, 20, stage.Paint.Accent);
        pen.Disc(0, y - 9, 3, kWhite);
        pen.Box(-2.8f, y - 3, 2.8f, y + 12, kWhite, 1.0f);
        return;
    }
    pen.Box(-18, -46, 18, 4, stage.Paint.Accent, 5.0f);
    pen.Box(-12, -38, 12, -28, kScreenDark, 1.5f);
    pen.Box(-8, -22, 8, -10, kPaper, 0.5f);
    pen.Disc(10, -34, 2.4f, theme::kMisery);
}

// Binders on a shelf; a monitor, keyboard and mouse on the desk.
void Workstation(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        const float y = stage.Top + 40;
        if (y > -96.0f) return;
        const ImU32 spines[] = {kBlue, stage.Paint.Accent, kMustard, kLeaf, theme::kInkSoft};
        for (int i = 0; i < 9; ++i) {
            const float x = -60.0f + static_cast<float>(i) * 11.0f, h = 28.0f + static_cast<float>(Hash(static_cast<unsigned>(i + 40)) % 6u);
            pen.Box(x, y - h, x + 9, y, spines[i % 5], 1.0f);
            pen.Box(x + 2, y - h + 6, x + 7, y - h + 12, kPaper);
        }
        pen.Box(-66, y, 66, y + 4, kSteelDark, 1.0f);
        return;
    }
    pen.Box(-6, -22, 6, 0, kSteelDark);
    pen.Ellipse(0, 1, 20, 3, kSteelDark);
    pen.Box(-50, -92, 50, -24, kScreenDark, 4.0f);
    pen.Box(-45, -87, 45, -29, kScreenBlue, 1.0f);
    pen.Box(-40, -82, 6, -50, kWhite, 1.0f);
    pen.Box(-40, -82, 6, -76, stage.Paint.Accent);
    for (float y = -72; y < -52; y += 5) pen.Line(-36, y, -2, y, kPaperLine, 1.0f);
    pen.Box(12, -82, 40, -64, Fade(kWhite, 0.7f), 1.0f);
    pen.Box(-44, -2, 30, 4, IM_COL32(70, 74, 80, 255), 1.5f);
    pen.Ellipse(44, 1, 5, 3.5f, IM_COL32(70, 74, 80, 255));
}

// A whiteboard of sticky notes; a headset on its stand and a mug.
void NoteBoard(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        float y1 = 0;
        if (!Board(pen, stage, 66, 80, kSteel, kWhite, &y1)) return;
        const float y0 = stage.Top + 4;
        for (int i = 0; i < 8; ++i) {
            const float x = -54.0f + static_cast<float>(i % 4) * 28.0f, y = y0 + 10 + static_cast<float>(i / 4) * 26.0f;
            if (y + 16 > y1 - 6) break;
            pen.Box(x, y, x + 16, y + 16, kNotes[Hash(static_cast<unsigned>(i)) % 4u], 0.5f);
        }
        pen.Curve(-50, y1 - 12, -30, y1 - 22, -10, y1 - 4, 20, y1 - 14, stage.Paint.Accent, 1.5f);
        return;
    }
    pen.Box(-30, -4, -10, 4, theme::kInk, 2.0f);
    pen.Line(-20, -4, -20, -30, theme::kInk, 2.0f);
    pen.Arc(-20, -30, 11, kPi, 2.0f * kPi, IM_COL32(60, 64, 70, 255), 3.0f);
    pen.Ellipse(-31, -28, 4, 6, IM_COL32(60, 64, 70, 255));
    pen.Ellipse(-9, -28, 4, 6, IM_COL32(60, 64, 70, 255));
    pen.Curve(-9, -24, -4, -16, 0, -14, 4, -16, IM_COL32(60, 64, 70, 255), 1.4f);
    pen.Ring(28, -9, 4, stage.Paint.Accent, 2.2f);
    pen.Box(12, -18, 26, 4, stage.Paint.Accent, 3.0f, ImDrawFlags_RoundCornersBottom);
}

// A clock over an open laptop.
void ClockAndLaptop(const Pen& pen, const Stage& stage, Layer layer) {
    if (layer == Layer::Wall) {
        WallClock(pen, 0, stage.Top + 30, 20, kSteelDark);
        return;
    }
    pen.Quad(-26, -34, 26, -34, 22, -2, -22, -2, kSteelDark);
    pen.Quad(-23, -31, 23, -31, 20, -5, -20, -5, kScreenBlue);
    pen.Box(-34, -2, 34, 3, kSteel, 1.5f);
}

constexpr std::array<Prop, 5> kHelpdeskProps = {{
    {4, 70.0f, Plant},
    {0, 150.0f, NoteBoard},
    {0, 90.0f, InfoSign},
    {0, 150.0f, Workstation},
    {2, 90.0f, ClockAndLaptop},
}};

// A two-tone wall: a broad band of the accent colour at desk height.
void BandBackdrop(const Pen& pen, const Stage& stage, float width) {
    pen.Box(0, -stage.Wall, width, 0, stage.Paint.Wall);
    const float band = -std::min(34.0f, stage.Wall * 0.25f);
    pen.Box(0, band - 10, width, band, Fade(stage.Paint.Accent, 0.3f));
    pen.Box(0, band, width, 0, Fade(stage.Paint.Accent, 0.55f));
}

// A rounded desk: a light top, slats on the front and a glowing accent strip.
void HelpdeskCounter(const Pen& pen, const Stage& stage, float width) {
    CounterBody(pen, stage, width, IM_COL32(240, 240, 244, 255));
    for (float x = 8; x < width; x += 16) pen.Box(x, 16, x + 6, stage.Front - 8, Shade(stage.Paint.Counter, 1.15f), 2.0f);
    pen.Box(0, 12, width, 15, stage.Paint.Accent);
}

} // namespace

const Kit kCounterKit{"counter", {IM_COL32(226, 222, 214, 255), IM_COL32(120, 128, 136, 255), IM_COL32(52, 120, 132, 255)}, 420.0f,
                      kCounterProps, PlainBackdrop, PlainCounter, nullptr};
const Kit kBankKit{"bank", {IM_COL32(214, 220, 226, 255), IM_COL32(40, 58, 88, 255), IM_COL32(190, 152, 70, 255)}, 470.0f,
                   kBankProps, StoneBackdrop, BankCounter, CeilingLight};
const Kit kHelpdeskKit{"helpdesk", {IM_COL32(228, 230, 240, 255), IM_COL32(72, 82, 104, 255), IM_COL32(64, 120, 200, 255)}, 440.0f,
                       kHelpdeskProps, BandBackdrop, HelpdeskCounter, nullptr};

} // namespace moments::scene
