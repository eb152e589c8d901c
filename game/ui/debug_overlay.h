// A developer's view of the frame: every fact the screens draw, as data.
#pragma once
#include "app/frame_view.h"

namespace moments {

// Draws the frame's view as a tree in its own window.
void DrawDebugOverlay(const FrameView& view);

} // namespace moments
