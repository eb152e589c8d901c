// game/ui/scene_queue.cpp
// The waiting line: customers standing behind the counter, each head a medallion
// whose ring empties as patience runs out, with pips that say the same without colour.
#include "scene.h"
#include "scene_kit.h"

#include "theme.h"
#include "widgets.h"

#include <algorithm>
#include <cmath>

namespace moments::scene {

// [SECTION] Queue figures --------------------------------------------------------------------

namespace {

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

// One waiting customer: shoulders down to the floor, a medallion with the portrait, the patience ring, pips and the regular's star.
void DrawFigure(const QueueFigure& figure, ImVec2 c, const FigureMetrics& m, float floor) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float p = std::clamp(figure.Patience, 0.0f, 1.0f);
    const ImU32 colour = PatienceColour(p);

    const float r = m.Head;
    dl->AddRectFilled(ImVec2(c.x - r * 1.45f, c.y + r * 0.9f), ImVec2(c.x + r * 1.45f, std::max(floor, c.y + r * 2.0f)), ClothesColour(figure.Look),
                      r * 0.9f, ImDrawFlags_RoundCornersTop);
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
        dl->AddRectFilled(ImVec2(c.x - step * 2.0f, c.y + m.PipY - m.Pip * 1.6f), ImVec2(c.x + step * 2.0f, c.y + m.PipY + m.Pip * 1.6f), theme::kCard,
                          m.Pip * 1.6f); // a card behind the pips: readable on any clothes
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

// [SECTION] Queue layout ---------------------------------------------------------------------

ImU32 ClothesColour(const Portrait& look) {
    constexpr ImU32 kClothes[] = {IM_COL32(46, 110, 120, 255), IM_COL32(196, 150, 52, 255), IM_COL32(116, 64, 120, 255),
                                  IM_COL32(74, 96, 140, 255),  IM_COL32(160, 72, 58, 255),  IM_COL32(96, 112, 60, 255)};
    return kClothes[static_cast<unsigned>(look.Skin + look.Hair * 2 + look.HairColour + look.Accessory * 3) % 6];
}

// Lays the queue out left to right (front of the queue first), shrinking to fit, standing on the bottom edge.
void DrawQueue(const std::vector<QueueFigure>& queue, ImVec2 min, ImVec2 max, float floor, bool reduced_motion) {
    const float w = max.x - min.x, h = max.y - min.y;
    if (queue.empty() || w < 8.0f || h < 8.0f) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, ImVec2(max.x, std::max(max.y, floor)), true);

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
    for (int i = 0; i < shown; ++i) { // the last ones in line first, so those ahead stand in front
        const QueueFigure& figure = queue[static_cast<size_t>(shown - 1 - i)];
        const float placed = min.x + pitch * (static_cast<float>(shown - 1 - i) + 0.5f);
        const float walked = std::clamp(figure.Entering, 0.0f, 1.0f);
        const float eased = 1.0f - (1.0f - walked) * (1.0f - walked);
        const bool walking = !reduced_motion && walked < 1.0f;
        const float x = walking ? max.x + pitch * 0.5f + (placed - max.x - pitch * 0.5f) * eased : placed;
        const float bob = walking ? std::abs(std::sin(walked * kPi * 4.0f)) * r * 0.18f : 0.0f;
        const int first = dl->VtxBuffer.Size;
        DrawFigure(figure, ImVec2(x, cy - bob), m, floor);
        if (reduced_motion && walked < 1.0f) FadeDrawn(dl, first, walked);
    }
    if (shown < n) {
        const float x = min.x + pitch * static_cast<float>(shown) + r * 0.3f;
        for (int i = 0; i < 3; ++i) dl->AddCircleFilled(ImVec2(x + static_cast<float>(i) * r * 0.55f, cy), std::max(1.5f, r * 0.14f), theme::kInk);
    }
    dl->PopClipRect();
}


} // namespace moments::scene
