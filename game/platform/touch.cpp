#include "touch.h"

#include <imgui.h>

#include <cfloat>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace moments {

namespace {
float g_scroll = 0.0f; // asked by the page, not yet applied
} // namespace

void FollowTouch(TouchPointer& pointer, const SDL_Event& event) {
    switch (event.type) {
    case SDL_FINGERUP: pointer.Lifted = true; break;
    case SDL_FINGERDOWN: pointer.Lifted = pointer.Hidden = false; break;
    case SDL_MOUSEMOTION:
        if (event.motion.which != SDL_TOUCH_MOUSEID) pointer.Lifted = pointer.Hidden = false; // a real mouse is back
        break;
    default: break;
    }
}

void HideLiftedPointer(TouchPointer& pointer) {
    if (pointer.Hidden) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (pointer.Lifted) { // this frame sees the release where it happened; the next ones see no pointer
        pointer.Lifted = false;
        pointer.Hidden = true;
    }
}

float TakeScroll() {
    const float pixels = g_scroll;
    g_scroll = 0.0f;
    return pixels;
}

} // namespace moments

// The page's swipe (and its momentum), in CSS pixels.
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
void moments_scroll_by(float pixels) { moments::g_scroll += pixels; }
}
