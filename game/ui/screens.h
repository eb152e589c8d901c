// One draw function per screen; each reads the App and appends the player's commands.
#pragma once
#include "app/app.h"

#include <vector>

namespace moments::screens {

using Commands = std::vector<AppCommand>;

void Title(const App& app, Commands& out);
void Counter(const App& app, Commands& out);
void Feedback(const App& app, Commands& out);
void Debrief(const App& app, Commands& out);
void Error(const App& app, Commands& out);

// Text width for the current window, capped so lines stay readable on wide screens.
float ColumnWidth();

} // namespace moments::screens
