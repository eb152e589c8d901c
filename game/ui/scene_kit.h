// game/ui/scene_kit.h
// What the scene kits share (inside game/ui only): the pen that draws in scene
// units, the stage a prop stands on, moving details, and the Kit each
// scene_<kit>.cpp file defines. scene.h is the public face.
#pragma once
#include "app/frame_view.h" // the venue's scene and portraits, as the frame view hands them over

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <string_view>
#include <vector>

namespace moments::scene {

// [SECTION] Materials ----------------------------------------------------------------------

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
constexpr ImU32 kCopperDark = IM_COL32(138, 60, 34, 255); // the shadow of theme::kAccent, the café's copper

// [SECTION] Colour helpers -------------------------------------------------------------------

// The colour with its alpha scaled by `a` (0..1), for glows and fades.
ImU32 Fade(ImU32 c, float a);
// The colour with red, green and blue scaled by `k`: below 1 darker, above 1 lighter.
ImU32 Shade(ImU32 c, float k);
// The colour that is to `c` what `to` is to `from`, channel by channel: a kit's
// own shades follow the venue's colour, and are exactly `to` when `c` is `from`.
ImU32 Relative(ImU32 c, ImU32 from, ImU32 to);
// A small integer hash, so rows of keys, goods and notes vary without any stored state.
unsigned Hash(unsigned v);

// [SECTION] Pen -----------------------------------------------------------------------------

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

// [SECTION] Stage, props and kits ---------------------------------------------------------------

enum class Layer { Wall, Counter };

// The three colours a venue may set; each kit has its own and the venue file overrides them.
struct Colours {
    ImU32 Wall = 0, Counter = 0, Accent = 0;
};

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
    Colours Paint;         // the venue's colours, or the kit's own
    std::vector<Mover>* Movers = nullptr; // where moving details leave their slots
};

// The moment moving details are drawn at: time, stillness and the lamps' flicker.
Stage Moment(float seconds, bool still);
// Leaves a slot for a moving detail, anchored at the pen, at this point of the recording.
void Moving(const Pen& pen, const Stage& stage, MoverFn draw);

using PropFn = void (*)(const Pen& pen, const Stage& stage, Layer layer);

// One column of the scene: a wall piece above and counter objects below it.
struct Prop {
    int Priority;  // 0 = always shown; higher ones appear as the width allows
    float Width;   // in units
    PropFn Draw;
};

using SpanFn = void (*)(const Pen& pen, const Stage& stage, float width);
using LampFn = void (*)(const Pen& pen, const Stage& stage, float x);

// A scene kit: the wall, the counter and the props that make one kind of business.
struct Kit {
    std::string_view Name;       // as written in the venue file's "scene": {"kit": ...}
    Colours Own;                 // its colours when the venue sets none
    float Essentials;            // units the always-shown props need with margins: sets the scale
    std::span<const Prop> Props; // left to right
    SpanFn Backdrop;             // the wall, across the whole width
    SpanFn Front;                // the counter top and front, across the whole width
    LampFn Lamp;                 // fills every other wide gap between props; nullptr: none
};

extern const Kit kCounterKit, kCafeKit, kHotelKit, kBankKit, kShopKit, kPharmacyKit, kHelpdeskKit;

// [SECTION] Shapes and props more than one kit uses ------------------------------------------

// A pointed leaf or petal from base to tip.
void Leaf(const Pen& pen, float bx, float by, float tx, float ty, float width, ImU32 c);
// Lamp brightness over time: a slow breathing with a rare short stutter; steady when still.
float Flicker(float seconds, bool still);
// Soft round glow made of stacked translucent discs (no gradients in ImDrawList).
void Glow(const Pen& pen, float x, float y, float radius, float strength);
// Three wisps rising from (x, y); each fades in, drifts up and dissolves. Still: a fixed pose.
void Steam(const Pen& pen, float x, float y, float height, float seconds, bool still);
// A round wall clock at (x, y) with its rim in `rim`, showing ten past ten.
void WallClock(const Pen& pen, float x, float y, float r, ImU32 rim);
// A card reader lying on the counter at x.
void CardReader(const Pen& pen, float x);
// A leafy plant in a pot of the accent colour (a prop: nothing on the wall).
void Plant(const Pen& pen, const Stage& stage, Layer layer);
// A ceiling light at x with a soft pool of light below it (a kit's Lamp).
void CeilingLight(const Pen& pen, const Stage& stage, float x);
// The counter across the width: a `top` with a lip over a front in the venue's
// counter colour and a darker kick plate; kits add their own details on the front.
void CounterBody(const Pen& pen, const Stage& stage, float width, ImU32 top);
// Vertical seams every `step` units down the counter's front, so it reads as panels.
void FrontPanels(const Pen& pen, const Stage& stage, float width, float step);

} // namespace moments::scene
