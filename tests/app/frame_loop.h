// The platform's frame loop in miniature, for tests of the frame view: each
// frame takes the core's events since the last one, and controls are pressed by
// id as the accessible mirror presses them.
#pragma once
#include "app/app.h"
#include "app/frame_view.h"

#include <string>
#include <utility>

struct Frames {
    moments::FrameMemory Memory;
    moments::FrameView View; // kept from frame to frame, as the platform keeps it
    double Seconds = 0.0;
    // The next frame's view, `step` seconds after the last one.
    moments::FrameView Look(moments::App& app, double step = 0.1) {
        Seconds += step;
        UpdateFrameView(View, app, std::exchange(app.Recent, {}), Seconds, Memory);
        return View;
    }
};

// Presses the control with this id as the mirror would; false if the frame has none.
inline bool Press(moments::App& app, const moments::FrameView& view, const std::string& id) {
    const moments::Control* c = FindControl(view, id);
    if (c) AppApply(app, c->Command);
    return c != nullptr;
}
