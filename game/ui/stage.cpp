// game/ui/stage.cpp
// The people on the counter scene. The FrameView says who is where and since
// when (StageView's ages); this file turns those ages into walking, hopping and
// fading. Movement comes in short bursts: a frame is asked for only while
// something moves, so the idle game draws nothing. Nothing here allocates.
#include "stage.h"

#include "scene.h"
#include "scene_kit.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace moments::stage {

namespace {

using scene::kPi;

// [SECTION] Timing -----------------------------------------------------------------------

constexpr float kWalkIn = 0.8f;         // from the head of the line to the counter
constexpr float kReact = 0.9f;          // a reaction to one answer
constexpr float kLinger = 1.1f;         // the one just served shows how it ended this long, then goes
constexpr float kStrollOut = 1.0f;      // pleased and indifferent customers stroll out...
constexpr float kStompOut = 0.7f;       // ...fuming ones stomp out
constexpr float kFade = 0.4f;           // with reduced motion, arriving and going are fades this long
constexpr float kRippleStart = 0.5f;    // word of mouth starts while the customer still reacts
constexpr float kRippleStagger = 0.03f; // one more person hears of it every 30 ms
constexpr float kRippleTravel = 0.7f;
constexpr int kMaxRipple = 40;          // beyond this a scene shows a crowd, not people

// How far through something that lasts `length` and began `age` seconds ago (0..1).
float Progress(float age, float length) { return std::clamp(age / length, 0.0f, 1.0f); }

// A walk: speeding up, then slowing to a stop.
float EaseInOut(float t) { return t * t * (3.0f - 2.0f * t); }

// A fast start and a soft landing.
float EaseOut(float t) {
    const float u = 1.0f - t;
    return 1.0f - u * u * u;
}

// The mood a face shows for an outcome: furious, neutral, delighted (widgets::Face's 0..4).
int OutcomeMood(int outcome) { return std::clamp(outcome, 0, 2) * 2; }

// [SECTION] Places -------------------------------------------------------------------------

// Where people stand on a scene of one size.
struct Spots {
    ImVec2 Min, Max;
    float Surface = 0.0f;     // the counter top: people behind it are cut off here
    float Head = 0.0f;        // head radius of the customer at the counter
    ImVec2 Served;            // their head's centre
    ImVec2 LineMin, LineMax;  // the line behind them (a little smaller: further back)
};

// The spots for a stage in [min, max]: the customer a third of the way in, the line to their right.
Spots Place(ImVec2 min, ImVec2 max) {
    Spots s;
    s.Min = min;
    s.Max = max;
    const float w = max.x - min.x, h = max.y - min.y;
    s.Surface = scene::CounterTop(min, max);
    s.Head = std::clamp(std::min(h * 0.16f, w * 0.075f), 8.0f, 44.0f);
    s.Served = ImVec2(min.x + w * 0.3f, s.Surface - s.Head * 2.9f);
    s.LineMax = ImVec2(max.x - 6.0f, s.Surface - s.Head * 0.9f);
    s.LineMin = ImVec2(min.x + w * 0.5f, std::max(min.y + 2.0f, s.LineMax.y - s.Head * 3.0f));
    return s;
}

// [SECTION] People ---------------------------------------------------------------------------

enum class Pose : uint8_t { Stand, Walk, Glad, Shrug, Fume, Recoil };

// Elbow and hand of the right arm for a pose, in head radii from the head's centre
// (the left arm mirrors it). `swing` (-1..1) moves a walking arm.
void Arm(Pose pose, float swing, ImVec2& elbow, ImVec2& hand) {
    switch (pose) {
    case Pose::Stand: elbow = {1.5f, 2.6f}; hand = {1.35f, 3.7f}; break;
    case Pose::Walk: elbow = {1.5f, 2.6f}; hand = {1.35f + swing * 0.35f, 3.6f - std::abs(swing) * 0.3f}; break;
    case Pose::Glad: elbow = {1.9f, 0.7f}; hand = {2.2f, -0.8f}; break;    // both arms up
    case Pose::Shrug: elbow = {2.0f, 2.3f}; hand = {2.45f, 1.25f}; break;  // palms up, elbows out
    case Pose::Fume: elbow = {1.55f, 2.75f}; hand = {-0.75f, 2.3f}; break; // arms crossed
    case Pose::Recoil: elbow = {1.45f, 2.4f}; hand = {0.95f, 1.05f}; break; // hands up, palms out
    }
}

// A customer from the waist up around their head's centre `c`: clothes, arms in
// the pose, hands, then the face in `mood` (0 furious .. 4 delighted).
void Person(ImDrawList* dl, const Portrait& look, int mood, Pose pose, ImVec2 c, float r, float swing) {
    const ImU32 clothes = scene::ClothesColour(look);
    const ImU32 sleeve = scene::Shade(clothes, 0.82f);
    const ImU32 skin = widgets::SkinColour(look);
    dl->AddRectFilled(ImVec2(c.x - r * 0.3f, c.y + r * 0.6f), ImVec2(c.x + r * 0.3f, c.y + r * 1.3f), skin);
    dl->AddRectFilled(ImVec2(c.x - r * 1.25f, c.y + r * 1.05f), ImVec2(c.x + r * 1.25f, c.y + r * 4.4f), clothes, r * 0.75f, ImDrawFlags_RoundCornersTop);
    for (const float side : {-1.0f, 1.0f}) {
        ImVec2 elbow, hand;
        Arm(pose, swing * side, elbow, hand);
        const ImVec2 shoulder(c.x + side * r * 0.95f, c.y + r * 1.5f);
        const ImVec2 e(c.x + side * elbow.x * r, c.y + elbow.y * r), h(c.x + side * hand.x * r, c.y + hand.y * r);
        dl->AddLine(shoulder, e, sleeve, r * 0.5f);
        dl->AddCircleFilled(e, r * 0.25f, sleeve);
        dl->AddLine(e, h, sleeve, r * 0.45f);
        dl->AddCircleFilled(h, r * 0.27f, skin);
    }
    widgets::Face(look, mood, c, r);
}

// A four-pointed sparkle: magic in the air, readable without colour by its shape.
void Sparkle(ImDrawList* dl, ImVec2 c, float s, ImU32 colour) {
    dl->AddQuadFilled(ImVec2(c.x, c.y - s), ImVec2(c.x + s * 0.28f, c.y), ImVec2(c.x, c.y + s), ImVec2(c.x - s * 0.28f, c.y), colour);
    dl->AddQuadFilled(ImVec2(c.x - s, c.y), ImVec2(c.x, c.y - s * 0.28f), ImVec2(c.x + s, c.y), ImVec2(c.x, c.y + s * 0.28f), colour);
}

// A dark cloud with a lightning bolt over a fuming head at `c`.
void StormCloud(ImDrawList* dl, ImVec2 c, float r) {
    constexpr ImU32 kCloud = IM_COL32(78, 80, 96, 255), kBolt = IM_COL32(250, 204, 40, 255);
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.05f, c.y + r * 0.2f), ImVec2(c.x + r * 0.3f, c.y + r * 0.2f), ImVec2(c.x - r * 0.2f, c.y + r * 0.9f), kBolt);
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.2f, c.y + r * 0.75f), ImVec2(c.x + r * 0.15f, c.y + r * 0.75f), ImVec2(c.x - r * 0.35f, c.y + r * 1.3f), kBolt);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.6f, c.y), r * 0.42f, kCloud);
    dl->AddCircleFilled(ImVec2(c.x + r * 0.6f, c.y), r * 0.42f, kCloud);
    dl->AddCircleFilled(ImVec2(c.x, c.y - r * 0.2f), r * 0.58f, kCloud);
    dl->AddRectFilled(ImVec2(c.x - r * 0.6f, c.y), ImVec2(c.x + r * 0.6f, c.y + r * 0.42f), kCloud);
}

// Puffs of anger rising from both sides of a head at `c`.
void Steaming(ImDrawList* dl, ImVec2 c, float r, float rise) {
    for (const float side : {-1.0f, 1.0f})
        for (int i = 0; i < 3; ++i) {
            const float k = static_cast<float>(i) + rise;
            dl->AddCircleFilled(ImVec2(c.x + side * r * (1.15f + k * 0.22f), c.y - r * (0.3f + k * 0.35f)), r * (0.16f + k * 0.05f),
                                scene::Fade(theme::kMisery, 0.85f - k * 0.2f));
        }
}

// A thought bubble with an ellipsis: "well, that was that".
void Ellipsis(ImDrawList* dl, ImVec2 c, float r) {
    dl->AddCircleFilled(ImVec2(c.x - r * 0.9f, c.y + r * 0.75f), r * 0.12f, theme::kCard);
    dl->AddRectFilled(ImVec2(c.x - r * 0.75f, c.y - r * 0.35f), ImVec2(c.x + r * 0.75f, c.y + r * 0.35f), theme::kCard, r * 0.35f);
    dl->AddRect(ImVec2(c.x - r * 0.75f, c.y - r * 0.35f), ImVec2(c.x + r * 0.75f, c.y + r * 0.35f), theme::kInkSoft, r * 0.35f, 0, std::max(1.0f, r * 0.06f));
    for (int i = -1; i <= 1; ++i) dl->AddCircleFilled(ImVec2(c.x + static_cast<float>(i) * r * 0.35f, c.y), r * 0.1f, theme::kInkSoft);
}

// An exclamation mark: taken aback.
void Exclamation(ImDrawList* dl, ImVec2 c, float r, ImU32 colour) {
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.2f, c.y - r * 0.6f), ImVec2(c.x + r * 0.2f, c.y - r * 0.6f), ImVec2(c.x, c.y + r * 0.25f), colour);
    dl->AddCircleFilled(ImVec2(c.x, c.y + r * 0.5f), r * 0.13f, colour);
}

// A small heart: one who heard of a moment of magic.
void Heart(ImDrawList* dl, ImVec2 c, float s, ImU32 colour) {
    dl->AddCircleFilled(ImVec2(c.x - s * 0.5f, c.y - s * 0.2f), s * 0.55f, colour);
    dl->AddCircleFilled(ImVec2(c.x + s * 0.5f, c.y - s * 0.2f), s * 0.55f, colour);
    dl->AddTriangleFilled(ImVec2(c.x - s * 1.02f, c.y), ImVec2(c.x + s * 1.02f, c.y), ImVec2(c.x, c.y + s * 1.1f), colour);
}

// [SECTION] The line -------------------------------------------------------------------------

// The waiting customers behind the counter, each walking in (or fading in) when they join.
void Line(const FrameView& view, const Spots& at, UiFrame& out) {
    const bool still = view.Prefs.ReducedMotion;
    std::vector<scene::QueueFigure> queue; // a handful at most: the day's customers
    for (const WaitingView& w : view.Counter.Queue) {
        const float entering = Progress(w.Joined, still ? kFade : kWalkIn);
        if (entering < 1.0f) out.Note(UiPace::Animating);
        queue.push_back({w.Look, w.Patience, w.Returning, entering});
    }
    scene::DrawQueue(queue, at.LineMin, at.LineMax, at.Surface, still);
}

// [SECTION] Word of mouth -----------------------------------------------------------------------

// One small person who heard of it, standing at `feet`: red with an angry mark
// for a misery, green with a heart for magic (shape and colour both differ).
void Listener(ImDrawList* dl, ImVec2 feet, float h, bool magic) {
    const ImU32 colour = magic ? theme::kMagic : theme::kMisery;
    dl->AddCircleFilled(ImVec2(feet.x, feet.y - h * 0.78f), h * 0.2f, colour);
    dl->AddRectFilled(ImVec2(feet.x - h * 0.24f, feet.y - h * 0.55f), ImVec2(feet.x + h * 0.24f, feet.y), colour, h * 0.2f, ImDrawFlags_RoundCornersTop);
    const ImVec2 mark(feet.x + h * 0.3f, feet.y - h * 1.12f);
    if (magic) {
        Heart(dl, mark, h * 0.16f, IM_COL32(226, 84, 120, 255));
    } else { // a jagged scribble of anger
        const ImVec2 zig[] = {{mark.x - h * 0.2f, mark.y}, {mark.x - h * 0.1f, mark.y - h * 0.14f}, {mark.x, mark.y},
                              {mark.x + h * 0.1f, mark.y - h * 0.14f}, {mark.x + h * 0.2f, mark.y}};
        dl->AddPolyline(zig, 5, theme::kInk, 0, std::max(1.0f, h * 0.07f));
    }
}

// One figure per person reached (at most kMaxRipple) leaves the customer at `from`
// and spreads across the front of the scene; with reduced motion each fades in
// where it ends up. Returns when the last one arrives (seconds after `Left`).
float Ripple(ImDrawList* dl, const Spots& at, int outcome, int reach, float t, bool still, ImVec2 from) {
    const int n = std::min(std::abs(reach), kMaxRipple);
    if (n == 0 || outcome == 1) return 0.0f;
    const float w = at.Max.x - at.Min.x, h = at.Max.y - at.Min.y;
    const float figure = std::clamp(h * 0.13f, 10.0f, 30.0f);
    const float top = at.Surface + figure * 1.2f, bottom = at.Max.y - 2.0f;
    const float spacing = w * 0.92f / static_cast<float>(n);
    for (int i = 0; i < n; ++i) {
        const unsigned hash = scene::Hash(static_cast<unsigned>(i) * 7919u + 17u);
        const float delay = kRippleStart + kRippleStagger * static_cast<float>(hash % static_cast<unsigned>(n));
        const float p = Progress(t - delay, kRippleTravel);
        if (p <= 0.0f) continue;
        const float jitter = (static_cast<float>(hash >> 8 & 0xFF) / 255.0f - 0.5f) * spacing * 0.5f;
        const ImVec2 end(at.Min.x + w * 0.04f + spacing * (static_cast<float>(i) + 0.5f) + jitter,
                         std::min(bottom, top + (bottom - top) * (static_cast<float>(i % 3) * 0.4f + static_cast<float>(hash >> 16 & 0x3F) / 255.0f)));
        const float e = EaseOut(p);
        const ImVec2 feet = still ? end : ImVec2(from.x + (end.x - from.x) * e, from.y + (end.y - from.y) * e - std::sin(p * kPi) * h * 0.25f);
        const int first = dl->VtxBuffer.Size;
        Listener(dl, feet, figure, outcome == 2);
        if (p < 1.0f) scene::FadeDrawn(dl, first, still ? p : std::min(1.0f, p * 3.0f));
    }
    return kRippleStart + kRippleStagger * static_cast<float>(n) + kRippleTravel;
}

// [SECTION] The customer at the counter -------------------------------------------------------------

// How the customer at the counter shows what they just heard: a hop and sparkles
// for the best answer, a step back and "!" for a harmful one.
void ReactToAnswer(ImDrawList* dl, const StageView& st, const Spots& at, bool still, ImVec2& head, Pose& pose, UiFrame& out) {
    if (st.Reaction < 0 || st.Reacted >= kReact) return;
    const float p = Progress(st.Reacted, kReact), lift = still ? 0.0f : std::sin(p * kPi);
    if (still) out.DueIn(kReact - st.Reacted); // the pose ends then; nothing moves before
    else out.Note(UiPace::Animating);
    const float r = at.Head;
    if (st.Reaction == 2) {
        head.y -= lift * r * 0.35f;
        for (int i = 0; i < 3; ++i)
            Sparkle(dl, ImVec2(head.x + (static_cast<float>(i) - 1.0f) * r * 1.3f, head.y - r * (1.5f + 0.25f * static_cast<float>(i % 2))), r * 0.28f, scene::kBrass);
    } else if (st.Reaction == 0) {
        pose = Pose::Recoil;
        head.x += lift * r * 0.35f;
        Exclamation(dl, ImVec2(head.x + r * 1.3f, head.y - r * 1.2f), r, theme::kMisery);
    }
}

} // namespace

// [SECTION] Entry points ------------------------------------------------------------------------------

namespace {
constexpr float kCounterPhoneShare = 0.34f;  // on a phone the answers cover the counter's front: a taller scene
constexpr float kDeparturePhoneShare = 0.3f; // the feedback card's words follow below it

// Takes the stage's room at the cursor: a large part of the display (most of a
// wide screen's left pane), the rest for the words and answers. `phone_share`:
// its share of a narrow display's height.
void Reserve(float width, float phone_share, ImVec2& min, ImVec2& max) {
    const float tall = ImGui::GetMainViewport()->WorkSize.y;
    const float height = screens::SideBySide() ? std::clamp(tall * 0.42f, 120.0f, 340.0f) : std::clamp(tall * phone_share, 120.0f, 360.0f);
    min = ImGui::GetCursorScreenPos();
    max = ImVec2(min.x + width, min.y + height);
    ImGui::Dummy(ImVec2(width, height));
}
} // namespace

float DrawCounterStage(const FrameView& view, float width, UiFrame& out) {
    ImVec2 min, max;
    Reserve(width, kCounterPhoneShare, min, max);
    const CounterView& c = view.Counter;
    const StageView& st = view.Stage;
    const bool still = view.Prefs.ReducedMotion;
    scene::DrawCounter(c.Setting, min, max, static_cast<float>(ImGui::GetTime()), still);
    const Spots at = Place(min, max);
    Line(view, at, out);
    if (!c.Present) return at.Surface;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, max, true);
    const int first = dl->VtxBuffer.Size;
    const float walked = Progress(st.Arrived, still ? kFade : kWalkIn);
    ImVec2 head = at.Served;
    Pose pose = Pose::Stand;
    float swing = 0.0f;
    if (walked < 1.0f) {
        out.Note(UiPace::Animating);
        if (!still) { // from the head of the line to the counter
            const float from = at.LineMin.x + at.Head;
            head.x = from + (at.Served.x - from) * EaseInOut(walked);
            swing = std::sin(walked * kPi * 4.0f);
            head.y -= std::abs(swing) * at.Head * 0.15f;
            pose = Pose::Walk;
        }
    } else {
        ReactToAnswer(dl, st, at, still, head, pose, out);
    }
    dl->PushClipRect(min, ImVec2(max.x, at.Surface), true); // behind the counter
    Person(dl, c.Look, c.Mood, pose, head, at.Head, swing);
    dl->PopClipRect();
    if (still && walked < 1.0f) scene::FadeDrawn(dl, first, walked);
    dl->PopClipRect();
    return at.Surface;
}

void DrawDepartureStage(const FrameView& view, float width, UiFrame& out) {
    ImVec2 min, max;
    Reserve(width, kDeparturePhoneShare, min, max);
    const ResultView& r = view.Feedback.Result;
    const float t = view.Stage.Left;
    const bool still = view.Prefs.ReducedMotion;
    scene::DrawCounter(view.Counter.Setting, min, max, static_cast<float>(ImGui::GetTime()), still);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, max, true);
    // The room takes the outcome's mood: a cold shadow after a misery, warm light after magic.
    if (r.Outcome == 0) dl->AddRectFilled(min, max, IM_COL32(24, 30, 64, 56));
    if (r.Outcome == 2) dl->AddRectFilled(min, max, IM_COL32(255, 196, 80, 44));
    const Spots at = Place(min, max);
    Line(view, at, out);

    // They react where they stood, then go out to the left: fuming ones stomp, others stroll.
    const float r0 = at.Head;
    const float going = r.Outcome == 0 ? kStompOut : kStrollOut;
    const float gone = Progress(t - kLinger, still ? kFade : going);
    ImVec2 head = at.Served;
    float swing = 0.0f;
    if (!still && t < kLinger) {
        if (r.Outcome == 2) head.y -= std::abs(std::sin(t * kPi * 2.7f)) * r0 * 0.4f;             // jumps for joy
        if (r.Outcome == 0) head.x += std::sin(t * 40.0f) * r0 * 0.1f * (1.0f - t / kLinger); // shakes with anger
    } else if (!still) {
        head.x += (at.Min.x - r0 * 3.0f - head.x) * gone * gone;
        swing = std::sin(gone * kPi * (r.Outcome == 0 ? 6.0f : 4.0f));
        head.y -= std::abs(swing) * r0 * (r.Outcome == 2 ? 0.3f : 0.15f);
    }
    if (gone < 1.0f) {
        const int first = dl->VtxBuffer.Size;
        if (r.Outcome == 2) scene::Glow(scene::Pen{dl, head, 1.0f}, 0.0f, r0 * 0.8f, r0 * 3.2f, 1.6f);
        const Pose pose = r.Outcome == 2 ? Pose::Glad : r.Outcome == 0 ? Pose::Fume : (gone > 0.0f && !still ? Pose::Walk : Pose::Shrug);
        dl->PushClipRect(min, ImVec2(max.x, at.Surface), true);
        Person(dl, r.Look, OutcomeMood(r.Outcome), pose, head, r0, swing);
        dl->PopClipRect();
        if (r.Outcome == 0) {
            StormCloud(dl, ImVec2(head.x + r0 * 1.5f, head.y - r0 * 1.3f), r0 * 0.9f); // over their shoulder: in view on any stage
            Steaming(dl, head, r0, still ? 0.5f : std::fmod(t * 2.0f, 1.0f));
        } else if (r.Outcome == 2) {
            for (int i = 0; i < 4; ++i) {
                const float a = static_cast<float>(i) * kPi * 0.5f + (still ? 0.4f : t * 2.0f);
                Sparkle(dl, ImVec2(head.x + std::cos(a) * r0 * 1.9f, head.y - r0 * 0.4f + std::sin(a) * r0 * 1.4f), r0 * 0.32f, scene::kBrassLight);
            }
        } else {
            Ellipsis(dl, ImVec2(head.x + r0 * 1.6f, head.y - r0 * 1.4f), r0);
        }
        if (still && gone > 0.0f) scene::FadeDrawn(dl, first, 1.0f - gone);
    }
    const float spread = Ripple(dl, at, r.Outcome, r.ReachPeople, t, still, ImVec2(at.Served.x, at.Surface));
    if (t < std::max(kLinger + (still ? kFade : going), spread)) out.Note(UiPace::Animating);
    dl->PopClipRect();
}

} // namespace moments::stage
