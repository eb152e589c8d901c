// The accessible mirror: what is on screen, as data the page turns into real
// DOM controls and an aria-live region (the canvas is invisible to screen
// readers). Widgets register themselves as they are drawn, in reading order,
// controls with the id of the FrameView control they draw; the page activates
// a control by that id and the platform applies the control's command (see
// FindControl). Also records text that did not fit.
#pragma once
#include <string>
#include <vector>

namespace moments::mirror {

enum class Kind { Button, Radio, Checkbox, Heading, Text, Meter };

// Where an item is drawn, in CSS pixels from the canvas's top-left corner (the
// part inside its window: an item scrolled away has no size). The page lays
// the item's DOM node exactly there, so touch exploration, voice control and
// magnifiers find it where it is seen.
struct Bounds {
    float X = 0, Y = 0, W = 0, H = 0;
    bool operator==(const Bounds&) const = default;
};

struct Item {
    Kind What = Kind::Text;
    std::string Label;
    bool Checked = false; // radio and checkbox state
    bool Primary = false; // the screen's main action
    std::string Id;       // controls: the FrameView control's id
    Bounds Box;           // where it is drawn
};

// Starts a frame's list; call before drawing the UI.
void BeginFrame();

// Registers a text, or a control with its id, drawn at `box`.
void Add(Kind kind, const std::string& label, Bounds box, bool checked = false, bool primary = false, const std::string& id = "");

// Asks for a message to be announced (aria-live); repeated identical calls in
// consecutive frames announce once.
void Announce(const std::string& message);

// Notes text that overflowed its box (for the layout tests).
void NoteOverflow(const std::string& text);

// The page asks for the control with this id to be activated.
void Activate(const std::string& id);

// The activation the page asked for since the last call ("" if none).
std::string TakeActivation();

// The last finished frame as JSON: {"items":[{kind, label, checked, primary, id, box: [x, y, w, h]}...], "live":{"seq":n,"text":...}, "overflow":[...]}.
std::string FrameJson();

// Ends the frame: its list becomes the one FrameJson describes.
void EndFrame();

// True if the last frame's list differs from the one before (the page need not rebuild otherwise).
bool Changed();

} // namespace moments::mirror
