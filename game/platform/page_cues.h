// What the platform tells the page besides the LMS: the sound cues of a frame
// (its events, and a customer arriving) and the settings to remember.
#pragma once
#include "app/app.h"
#include "app/frame_view.h"

#include <string>

namespace moments {

// What the page was last told, so each cue and each settings change goes once.
struct PageCues {
    int CustomerShown = -1;  // the customer at the counter when the last cues went
    std::string Remembered;  // the settings the page keeps (AppSettingsText)
};

// Sends this frame's cues (unless the learner muted the game) and the settings if they changed.
void TellPage(const App& app, const FrameView& view, PageCues& told);

// The cues of a frame as the JSON array bridge::PlayCues takes ("[]" when silent).
std::string CuesJson(const FrameView& view, int customer_before);

} // namespace moments
