// The read-only debug view of the game as JSON: what the page exposes as
// window.moments.state() and what the native build can print. Tests read it
// instead of pixels.
#pragma once
#include "app.h"

#include <string>

namespace moments {

std::string StateJson(const App& app);

} // namespace moments
