// What the app's files share beyond app.h (app.cpp, app_content.cpp).
#pragma once
#include "app.h"

namespace moments {

// Switches interface and venue text to the language at `index` of App::Languages,
// loading its venue translations first (on failure, the error screen).
void UseLanguage(App& app, int index);

} // namespace moments
