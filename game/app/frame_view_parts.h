// Pieces the frame view's builders share (frame_view.cpp, frame_view_menus.cpp).
#pragma once
#include "frame_view.h"

namespace moments {

// The week's numbers for the view.
WeekFacts WeekFactsOf(const App& app, const Week& week);

// Fills the title, briefing, week summary and error views for the screen on show.
void BuildMenus(const App& app, FrameView& view);

} // namespace moments
