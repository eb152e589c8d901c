// game/ui/stage.h
// The people on the counter scene: the customer walking up to the counter and
// reacting to each answer, the line behind them, the one just served leaving
// pleased or fuming, and word of mouth spreading as small figures. What happens
// and since when comes from the FrameView (StageView); how it looks and moves is here.
#pragma once
#include "ui.h"

#include <imgui.h>

namespace moments::stage {

// The counter screen's stage at the cursor, `width` wide: the venue's scene, the line with
// patience shown on each waiting customer, and the customer at the counter. Asks
// `out` for frames only while something moves (or fades, with reduced motion).
// Returns where the counter's front begins (screen y): on a phone the answers lie over it.
float DrawCounterStage(const FrameView& view, float width, UiFrame& out);

// The feedback card's stage at the cursor, `width` wide: the customer just served reacts to how it ended
// (delighted, shrugging or fuming), then leaves; one small figure per person
// who hears of it spreads across the scene.
void DrawDepartureStage(const FrameView& view, float width, UiFrame& out);

} // namespace moments::stage
