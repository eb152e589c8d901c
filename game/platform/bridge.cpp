#include "bridge.h"

#include "app/state_json.h"

#include <cstdio>
#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// Calls the page's hook if it exists; a page without it is not an error.
EM_JS(void, moments_page_ready, (), {
    if (typeof Module.onGameReady === 'function') Module.onGameReady();
    else console.log('moments: page has no onGameReady hook');
});
#endif

namespace moments::bridge {

namespace {
const App* g_app = nullptr;
}

void Attach(const App* app) { g_app = app; }

void NotifyReady() {
#ifdef __EMSCRIPTEN__
    moments_page_ready();
#else
    std::fprintf(stderr, "moments: first frame drawn\n");
#endif
}

} // namespace moments::bridge

// The debug view as JSON, for window.moments.state(). The pointer stays valid
// until the next call.
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
const char* moments_state_json() {
    static std::string last;
    last = moments::bridge::g_app ? moments::StateJson(*moments::bridge::g_app) : "{}";
    return last.c_str();
}
}
