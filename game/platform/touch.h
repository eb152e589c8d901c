// Phones: a finger that lifts leaves nothing highlighted, and a swipe scrolls.
// The page measures swipes (they may start on the mirror's controls, which lie
// over the canvas) and their momentum, and hands the distance to the game
// through moments_scroll_by; the screen's window scrolls by it.
#pragma once
#include <SDL.h>

namespace moments {

// Whether the pointer ImGui sees came from a finger that has lifted.
struct TouchPointer {
    bool Lifted = false;     // a finger went up: from the next frame the pointer is nowhere
    bool Hidden = false;     // the pointer is nowhere until a finger or a mouse moves again
};

// Follows SDL's touch and mouse events (call for each polled event).
void FollowTouch(TouchPointer& pointer, const SDL_Event& event);

// Between the SDL backend's NewFrame and ImGui::NewFrame: a lifted finger hovers nothing
// (the release itself was seen at its place the frame before, so the tap still counts).
void HideLiftedPointer(TouchPointer& pointer);

// The distance (CSS pixels, positive = content moves up) the page asked to scroll since the last call.
float TakeScroll();

} // namespace moments
