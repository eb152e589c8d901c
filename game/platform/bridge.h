// What the game tells the page around it (and, natively, the log). On the web
// each call checks the page provides the hook and logs if not; the page reads
// the debug view through the exported moments_state_json().
#pragma once
#include "app/app.h"

namespace moments::bridge {

// Makes `app` the one the page's window.moments.state() describes.
void Attach(const App* app);

// The first frame is on screen: the page can drop its loading indicator.
void NotifyReady();

} // namespace moments::bridge
