// One draw function per screen; each draws the frame's view and appends the
// player's commands. Screens work nothing out: every fact is in the FrameView.
#pragma once
#include "ui.h"

#include <vector>

namespace moments::screens {

void Title(const FrameView& view, UiFrame& out);
void Briefing(const FrameView& view, UiFrame& out);
void Counter(const FrameView& view, UiFrame& out);
void Feedback(const FrameView& view, UiFrame& out);
void Debrief(const FrameView& view, UiFrame& out);
void WeekSummary(const FrameView& view, UiFrame& out);
void Error(const FrameView& view, UiFrame& out);

// Shared by the counter and the feedback card: reputation with ripples, clock, budget, progress.
void Hud(const FrameView& view, UiFrame& out);

// A resolved customer's face, outcome (icon and words) and reach, `radius` the face size.
void OutcomeHeader(const ResultView& result, float radius);

// The follow-up list with a button to keep each open promise.
void FollowUps(const FrameView& view, UiFrame& out);

// Draws a control `width` wide and queues its command when pressed (or when
// `also` is true, e.g. its shortcut was typed).
void Offer(const Control& control, float width, UiFrame& out, bool also = false);

// Text width for the current window, less any card padding.
float ColumnWidth();

// True when the screen is narrow enough (a phone in portrait) to stack everything.
bool Narrow();

// True when the screen is wide enough for the shift screens' two panes: the stage
// on the left, the words and answers beside it (BeginPanes, NextPane, EndPanes).
bool SideBySide();
// With SideBySide, the stage's pane; each pane scrolls on its own if it must. Without, nothing.
void BeginPanes();
// With SideBySide, the words' pane beside the stage's.
void NextPane();
void EndPanes();

} // namespace moments::screens
