// Drawing pieces shared by the screens: big wrapped buttons, meters,
// portraits, keyboard shortcuts.
#pragma once
#include "app/frame_view.h"

#include <imgui.h>

#include <string>

namespace moments::widgets {

// A large button whose label wraps; `key` is the shortcut shown in its corner
// ("1", "Enter"; may be empty). True when clicked, tapped, or activated from
// the keyboard (Space, or Enter while it has focus).
// `control_id` names the FrameView control it draws in the accessible mirror.
bool BigButton(const char* id, const std::string& label, const char* key, float width, bool primary = false, const std::string& control_id = "");

// A radio button / checkbox that also appears in the accessible mirror; true when toggled.
bool Radio(const std::string& label, bool active, const std::string& control_id);
bool Checkbox(const std::string& label, bool value, const std::string& control_id);

// Draws a FrameView control as its kind (a big button `width` wide, a radio,
// a checkbox); true when the learner pressed it.
bool Press(const Control& control, float width);

// One line of text (no wrapping) that appears in the mirror; notes an overflow
// if it does not fit the rest of the line.
void Label(const std::string& text, ImU32 colour = 0);
// Continues the line for `text` when it fits beside the last item, else starts a new line.
void SameLineIfFits(const std::string& text);

// The digit key typed this frame as a 0-based index (1 -> 0), or -1.
int DigitPressed();

// True if the letter (either case) was typed this frame.
bool LetterPressed(char letter);

// Enter pressed this frame while no control has keyboard focus: the screen's default action.
bool DefaultActionPressed();

// A horizontal meter with a caption drawn over it; fraction in [0, 1].
void Meter(const std::string& caption, float fraction, ImU32 colour, float width);

// Text wrapped to the current content width.
void Paragraph(const std::string& text, ImU32 colour = 0);

// Centred single line in a font.
void Centred(const std::string& text, ImFont* font, ImU32 colour = 0);

// A thin horizontal rule across the column (inside a card, across the card).
void Rule();

// The outcome's icon drawn as a shape (cross, bar, star) at the cursor, one line high,
// so outcomes never rely on colour alone and need no special glyphs.
void OutcomeIcon(int outcome, ImU32 colour);

// A customer's face whose expression follows mood 0 (furious) .. 4 (delighted).
void Face(const Portrait& look, int mood, ImVec2 centre, float radius);
// The portrait's skin colour, for the hands of a figure drawn around the face.
ImU32 SkinColour(const Portrait& look);

// A rounded card as wide as the column around what is drawn between these
// two calls. Cards do not nest.
void BeginCard();
void EndCard();

// The x position (window-local) where text should wrap: the column's edge, inside any card.
float WrapRight();
float WrapInset(); // the card padding and column inset on the right, 0 outside cards and columns

// Ends the column `inset` pixels short of the window's right edge (a left column of two); 0 ends that.
void SetRightInset(float inset);

} // namespace moments::widgets
