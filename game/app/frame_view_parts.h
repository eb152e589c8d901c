// Pieces the frame view's builders share (frame_view.cpp, frame_view_menus.cpp).
#pragma once
#include "frame_view.h"

namespace moments {

// The week's numbers for the view.
WeekFacts WeekFactsOf(const App& app, const Week& week);

// Fills the title, briefing, week summary and error views for the screen on show.
void BuildMenus(const App& app, FrameView& view);

// The stage's ages (arrival, reaction, departure) and the line's join times from this
// frame's events, kept in `memory`; clears them outside the shift's counter screens.
void BuildStage(const App& app, const std::vector<Event>& events, double seconds, bool at_counter, FrameView& view, FrameMemory& memory);

} // namespace moments
