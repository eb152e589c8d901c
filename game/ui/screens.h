// One draw function per screen; each draws the frame's view and appends the
// player's commands. Screens work nothing out: every fact is in the FrameView.
#pragma once
#include "app/frame_view.h"

#include <vector>

namespace moments::screens {

using Commands = std::vector<AppCommand>;

void Title(const FrameView& view, Commands& out);
void Briefing(const FrameView& view, Commands& out);
void Counter(const FrameView& view, Commands& out);
void Feedback(const FrameView& view, Commands& out);
void Debrief(const FrameView& view, Commands& out);
void WeekSummary(const FrameView& view, Commands& out);
void Error(const FrameView& view, Commands& out);

// Shared by the counter and the feedback card: reputation with ripples, clock, budget, progress.
void Hud(const FrameView& view);

// A resolved customer's face, outcome (icon and words) and reach, `radius` the face size.
void OutcomeHeader(const ResultView& result, float radius);

// The follow-up list with a button to keep each open promise.
void FollowUps(const FrameView& view, Commands& out);

// Draws a control `width` wide and queues its command when pressed (or when
// `also` is true, e.g. its shortcut was typed).
void Offer(const Control& control, float width, Commands& out, bool also = false);

// Text width for the current window, less any card padding.
float ColumnWidth();

// True when the screen is narrow enough (a phone in portrait) to stack everything.
bool Narrow();

} // namespace moments::screens
