// The accessible mirror: what is on screen, as data the page turns into real
// DOM controls and an aria-live region (the canvas is invisible to screen
// readers). Widgets register themselves as they are drawn, in reading order;
// the page activates a control by its index, and the widget fires on the next
// frame exactly as if it had been clicked. Also records text that did not fit.
#pragma once
#include <string>
#include <vector>

namespace moments::mirror {

enum class Kind { Button, Radio, Checkbox, Heading, Text, Meter };

struct Item {
    Kind What = Kind::Text;
    std::string Label;
    bool Checked = false; // radio and checkbox state
    bool Primary = false; // the screen's main action
};

// Starts a frame's list; call before drawing the UI.
void BeginFrame();

// Registers a control or text; returns true if the page activated it this frame.
bool Add(Kind kind, const std::string& label, bool checked = false, bool primary = false);

// Asks for a message to be announced (aria-live); repeated identical calls in
// consecutive frames announce once.
void Announce(const std::string& message);

// Notes text that overflowed its box (for the layout tests).
void NoteOverflow(const std::string& text);

// The page asks for the control at `index` (in the last frame's list) to be activated.
void Activate(int index);

// True while an activation waits for the next drawn frame (it must wake the game).
bool Pending();

// The last finished frame as JSON: {"items":[...], "live":{"seq":n,"text":...}, "overflow":[...]}.
std::string FrameJson();

// Ends the frame: its list becomes the one FrameJson describes.
void EndFrame();

// True if the last frame's list differs from the one before (the page need not rebuild otherwise).
bool Changed();

} // namespace moments::mirror
