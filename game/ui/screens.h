// One draw function per screen; each reads the App and appends the player's commands.
#pragma once
#include "app/app.h"

#include <vector>

namespace moments::screens {

using Commands = std::vector<AppCommand>;

void Title(const App& app, Commands& out);
void Briefing(const App& app, Commands& out);
void Counter(const App& app, Commands& out);
void Feedback(const App& app, Commands& out);
void Debrief(const App& app, Commands& out);
void WeekSummary(const App& app, Commands& out);
void Error(const App& app, Commands& out);

// Shared by the counter and the feedback card: reputation with ripples, clock, budget, progress.
void Hud(const App& app);

// A resolved customer's face, outcome (icon and words) and reach, `radius` the face size.
void OutcomeHeader(const App& app, const Customer& customer, const Encounter& encounter, float radius);

// The follow-up list with a button to keep each open promise.
void FollowUps(const App& app, Commands& out);

// Text width for the current window, less any card padding.
float ColumnWidth();

// True when the screen is narrow enough (a phone in portrait) to stack everything.
bool Narrow();

// "+40" or "-20": signed numbers read better than colour for reputation.
std::string Signed(int value);

// The name of a stage of the week in the current language.
std::string StageName(const App& app, Stage stage);

} // namespace moments::screens
