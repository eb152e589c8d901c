#include "widgets.h"

#include "mirror.h"
#include "theme.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace moments::widgets {

// [SECTION] Input -------------------------------------------------------------------

static bool EnterPressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

int DigitPressed() {
    for (ImWchar ch : ImGui::GetIO().InputQueueCharacters)
        if (ch >= '1' && ch <= '9') return ch - '1';
    return -1;
}

bool LetterPressed(char letter) {
    for (ImWchar ch : ImGui::GetIO().InputQueueCharacters)
        if (ch == static_cast<ImWchar>(letter) || ch == static_cast<ImWchar>(letter - 'a' + 'A')) return true;
    return false;
}

bool DefaultActionPressed() { return EnterPressed() && !ImGui::IsAnyItemFocused(); }

// [SECTION] Mirror bounds -------------------------------------------------------------

// Where the last item is drawn, as far as its window shows it: the mirror lays its DOM node there.
static mirror::Bounds ItemBounds() {
    const ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    const ImVec2 lo(std::max(ImGui::GetItemRectMin().x, clip_min.x), std::max(ImGui::GetItemRectMin().y, clip_min.y));
    const ImVec2 hi(std::min(ImGui::GetItemRectMax().x, clip_max.x), std::min(ImGui::GetItemRectMax().y, clip_max.y));
    if (hi.x <= lo.x || hi.y <= lo.y) return {lo.x, lo.y, 0, 0}; // scrolled out of sight
    return {lo.x, lo.y, hi.x - lo.x, hi.y - lo.y};
}

// Registers the item just drawn in the mirror, at its bounds.
static void Mirror(mirror::Kind kind, const std::string& label, bool checked = false, bool primary = false, const std::string& id = "") {
    mirror::Add(kind, label, ItemBounds(), checked, primary, id);
}

// [SECTION] Buttons and text ------------------------------------------------------------

bool BigButton(const char* id, const std::string& label, const char* key, float width, bool primary, const std::string& control_id) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = style.FramePadding.x;
    ImFont* small = theme::fonts.Small ? theme::fonts.Small : ImGui::GetFont();
    const float small_size = small->FontSize * ImGui::GetIO().FontGlobalScale;
    const float key_text_w = key && *key ? small->CalcTextSizeA(small_size, FLT_MAX, 0.0f, key).x : 0.0f;
    const float key_w = key_text_w > 0 ? key_text_w + pad * 2.0f : 0.0f;
    const float wrap = std::max(40.0f, width - pad * 2 - key_w);
    const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    const ImVec2 size(width, std::max(text.y + style.FramePadding.y * 2, ImGui::GetFrameHeight() * 1.3f));
    const ImVec2 pos = ImGui::GetCursorScreenPos();

    bool pressed = ImGui::InvisibleButton(id, size);
    const bool focused = ImGui::IsItemFocused();
    if (focused && EnterPressed()) pressed = true;
    Mirror(mirror::Kind::Button, label, false, primary, control_id);
    if (text.x > wrap + 1.0f) mirror::NoteOverflow(label); // a word longer than the button

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    ImU32 fill = primary ? theme::kAccent : theme::kAccentSoft;
    if (ImGui::IsItemActive()) fill = primary ? IM_COL32(140, 60, 30, 255) : IM_COL32(230, 180, 150, 255);
    else if (ImGui::IsItemHovered()) fill = primary ? IM_COL32(196, 100, 60, 255) : IM_COL32(246, 204, 180, 255);
    dl->AddRectFilled(pos, end, fill, style.FrameRounding);
    if (focused) dl->AddRect(ImVec2(pos.x - 3, pos.y - 3), ImVec2(end.x + 3, end.y + 3), theme::kFocus, style.FrameRounding + 3, 0, 3.0f);
    const ImU32 ink = primary ? IM_COL32(255, 255, 255, 255) : theme::kInk;
    if (key_w > 0) { // the shortcut, in a small keycap
        const ImVec2 kp(pos.x + pad * 0.7f, pos.y + (size.y - small_size) * 0.5f);
        dl->AddRect(ImVec2(kp.x - 5, kp.y - 3), ImVec2(kp.x + key_text_w + 5, kp.y + small_size + 3), ink, 4.0f, 0, 1.5f);
        dl->AddText(small, small_size, kp, ink, key);
    }
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad + key_w, pos.y + (size.y - text.y) * 0.5f), ink,
                label.c_str(), nullptr, wrap);
    return pressed;
}

namespace {
float g_card_inset = 0.0f; // right-hand padding of the card being drawn, for wrapping
float g_column_inset = 0.0f; // the right column's width while the left one is drawn
ImVec2 g_card_start;
constexpr float kCardPad = 16.0f;
} // namespace

float WrapRight() { return ImGui::GetContentRegionMax().x - g_card_inset - g_column_inset; }
float WrapInset() { return g_card_inset + g_column_inset; }
void SetRightInset(float inset) { g_column_inset = inset; }

void Paragraph(const std::string& text, ImU32 colour) {
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(WrapRight());
    ImGui::TextUnformatted(text.c_str());
    Mirror(mirror::Kind::Text, text);
    ImGui::PopTextWrapPos();
    if (colour) ImGui::PopStyleColor();
}

void Centred(const std::string& text, ImFont* font, ImU32 colour) {
    ImGui::PushFont(font ? font : ImGui::GetFont());
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(WrapRight());
    ImGui::TextUnformatted(text.c_str());
    Mirror(font == theme::fonts.Heading ? mirror::Kind::Heading : mirror::Kind::Text, text);
    ImGui::PopTextWrapPos();
    if (colour) ImGui::PopStyleColor();
    ImGui::PopFont();
}

void Meter(const std::string& caption, float fraction, ImU32 colour, float width) {
    // The caption wraps inside the bar, which grows to hold it (long languages, phones).
    const float pad = 10.0f;
    const ImVec2 text = ImGui::CalcTextSize(caption.c_str(), nullptr, false, width - 2 * pad);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = text.y + 8;
    ImGui::Dummy(ImVec2(width, h));
    Mirror(mirror::Kind::Meter, caption);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float round = std::min(h, ImGui::GetTextLineHeight() + 8) * 0.5f;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), IM_COL32(232, 224, 212, 255), round);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0) { // a light fill keeps the caption readable; a solid base line shows the level
        const float right = pos.x + std::max(round * 2, width * f);
        dl->AddRectFilled(pos, ImVec2(right, pos.y + h), (colour & 0x00FFFFFF) | (80u << 24), round);
        dl->AddRectFilled(ImVec2(pos.x + round * 0.6f, pos.y + h - 4), ImVec2(right - round * 0.6f, pos.y + h), colour, 2.0f);
    }
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, pos.y + 4), theme::kInk, caption.c_str(), nullptr, width - 2 * pad);
    if (text.x > width - 2 * pad + 1) mirror::NoteOverflow(caption); // a single word wider than the bar
}

bool Radio(const std::string& label, bool active, const std::string& control_id) {
    const bool pressed = ImGui::RadioButton(label.c_str(), active);
    Mirror(mirror::Kind::Radio, label, active, false, control_id);
    if (ImGui::GetItemRectMax().x > ImGui::GetWindowPos().x + WrapRight() + 1) mirror::NoteOverflow(label);
    return pressed;
}

bool Checkbox(const std::string& label, bool value, const std::string& control_id) {
    const bool pressed = ImGui::Checkbox(label.c_str(), &value);
    Mirror(mirror::Kind::Checkbox, label, !pressed ? value : !value, false, control_id);
    return pressed;
}

bool Press(const Control& c, float width) {
    ImGui::PushID(c.Id.c_str());
    bool pressed = false;
    switch (c.Kind) {
    case ControlKind::Button: pressed = BigButton("##control", c.Label, c.Shortcut.c_str(), width, c.Primary, c.Id); break;
    case ControlKind::Radio: pressed = Radio(c.Label, c.Checked, c.Id); break;
    case ControlKind::Checkbox: pressed = Checkbox(c.Label, c.Checked, c.Id); break;
    }
    ImGui::PopID();
    return pressed;
}

void Label(const std::string& text, ImU32 colour) {
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(text.c_str()).x > WrapRight() + 1) mirror::NoteOverflow(text);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    Mirror(mirror::Kind::Text, text);
    if (colour) ImGui::PopStyleColor();
}

void SameLineIfFits(const std::string& text) {
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(text.c_str()).x > WrapRight() + 1) ImGui::NewLine();
}

void Rule() {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float right = ImGui::GetWindowPos().x + WrapRight();
    ImGui::GetWindowDrawList()->AddLine(pos, ImVec2(right, pos.y), ImGui::GetColorU32(ImGuiCol_Separator), 1.0f);
    ImGui::Dummy(ImVec2(0, 1));
}

void OutcomeIcon(int outcome, ImU32 colour) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 c(p.x + h * 0.5f, p.y + h * 0.5f);
    const float r = h * 0.42f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (outcome == 0) { // misery: a cross
        dl->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), colour, h * 0.14f);
        dl->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), colour, h * 0.14f);
    } else if (outcome == 1) { // mediocrity: a level bar
        dl->AddRectFilled(ImVec2(c.x - r, c.y - h * 0.07f), ImVec2(c.x + r, c.y + h * 0.07f), colour, 2.0f);
    } else { // magic: a five-pointed star, as a pentagon with five triangles on it
        ImVec2 points[10];
        for (int i = 0; i < 10; ++i) {
            const float a = -1.5708f + static_cast<float>(i) * 0.6283f;
            const float rr = (i % 2 == 0) ? r * 1.15f : r * 0.48f;
            points[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
        }
        for (int i = 1; i < 10; i += 2) dl->PathLineTo(points[i]);
        dl->PathFillConvex(colour);
        for (int i = 0; i < 10; i += 2) dl->AddTriangleFilled(points[(i + 9) % 10], points[i], points[i + 1], colour);
    }
    ImGui::Dummy(ImVec2(h, h));
}

// Content goes on the front channel; EndCard paints the card behind it once its size is known.
void BeginCard() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    g_card_start = ImGui::GetCursorScreenPos();
    g_card_inset = kCardPad;
    ImGui::Indent(kCardPad);
    ImGui::Dummy(ImVec2(0, kCardPad * 0.5f));
    ImGui::BeginGroup();
}

void EndCard() {
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, kCardPad * 0.5f));
    ImGui::Unindent(kCardPad);
    g_card_inset = 0.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    dl->AddRectFilled(g_card_start, ImVec2(right, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y * 0.5f),
                      theme::kCard, ImGui::GetStyle().ChildRounding);
    dl->ChannelsMerge();
}

// [SECTION] Portraits ---------------------------------------------------------------

namespace {

constexpr ImU32 kSkins[] = {IM_COL32(255, 224, 196, 255), IM_COL32(241, 194, 150, 255), IM_COL32(224, 172, 120, 255),
                            IM_COL32(198, 134, 86, 255), IM_COL32(141, 85, 54, 255), IM_COL32(96, 60, 40, 255)};
constexpr ImU32 kHairs[] = {IM_COL32(40, 30, 24, 255), IM_COL32(92, 58, 30, 255), IM_COL32(186, 140, 70, 255),
                            IM_COL32(150, 60, 30, 255), IM_COL32(170, 170, 170, 255), IM_COL32(60, 60, 80, 255)};

void DrawHair(ImDrawList* dl, const Portrait& p, ImVec2 c, float r, ImU32 hair) {
    switch (p.Hair % 6) {
    case 0: dl->PathArcTo(c, r * 1.02f, 3.30f, 6.12f, 24); dl->PathFillConvex(hair); break; // short
    case 1: dl->AddRectFilled(ImVec2(c.x - r * 1.05f, c.y - r * 0.7f), ImVec2(c.x + r * 1.05f, c.y + r * 0.9f), hair, r * 0.4f);
            dl->PathArcTo(c, r * 1.05f, 3.14f, 6.28f, 24); dl->PathFillConvex(hair); break; // long
    case 2: for (int i = 0; i < 7; ++i) dl->AddCircleFilled(ImVec2(c.x - r * 0.9f + i * r * 0.3f, c.y - r * 0.85f), r * 0.28f, hair); break; // curls
    case 3: dl->AddCircleFilled(ImVec2(c.x, c.y - r * 1.05f), r * 0.35f, hair);
            dl->PathArcTo(c, r * 1.02f, 3.30f, 6.12f, 24); dl->PathFillConvex(hair); break; // bun
    case 4: dl->PathArcTo(ImVec2(c.x, c.y - r * 0.1f), r * 0.95f, 3.6f, 5.8f, 16); dl->PathStroke(hair, 0, r * 0.12f); break; // thinning
    default: dl->AddRectFilled(ImVec2(c.x - r * 0.9f, c.y - r * 1.15f), ImVec2(c.x + r * 0.9f, c.y - r * 0.55f), hair, r * 0.3f); break; // flat top
    }
}

void DrawAccessory(ImDrawList* dl, const Portrait& p, ImVec2 c, float r) {
    const ImU32 dark = IM_COL32(50, 50, 60, 255);
    if (p.Accessory == 1) { // glasses
        dl->AddCircle(ImVec2(c.x - r * 0.35f, c.y - r * 0.1f), r * 0.22f, dark, 16, r * 0.05f);
        dl->AddCircle(ImVec2(c.x + r * 0.35f, c.y - r * 0.1f), r * 0.22f, dark, 16, r * 0.05f);
        dl->AddLine(ImVec2(c.x - r * 0.13f, c.y - r * 0.1f), ImVec2(c.x + r * 0.13f, c.y - r * 0.1f), dark, r * 0.05f);
    } else if (p.Accessory == 2) { // hat
        dl->AddRectFilled(ImVec2(c.x - r * 1.2f, c.y - r * 0.78f), ImVec2(c.x + r * 1.2f, c.y - r * 0.62f), IM_COL32(70, 60, 110, 255), 4);
        dl->AddRectFilled(ImVec2(c.x - r * 0.75f, c.y - r * 1.35f), ImVec2(c.x + r * 0.75f, c.y - r * 0.7f), IM_COL32(70, 60, 110, 255), 6);
    } else if (p.Accessory == 3) { // scarf
        dl->AddRectFilled(ImVec2(c.x - r * 0.8f, c.y + r * 0.85f), ImVec2(c.x + r * 0.8f, c.y + r * 1.15f), IM_COL32(200, 60, 70, 255), 8);
    }
}

} // namespace

ImU32 SkinColour(const Portrait& p) { return kSkins[p.Skin % 6]; }

void Face(const Portrait& p, int mood, ImVec2 c, float r) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 skin = kSkins[p.Skin % 6];
    const ImU32 hair = p.Age == 2 ? kHairs[4] : kHairs[p.HairColour % 6];
    const ImU32 ink = IM_COL32(40, 30, 30, 255);
    dl->AddRectFilled(ImVec2(c.x - r * 0.9f, c.y + r * 0.8f), ImVec2(c.x + r * 0.9f, c.y + r * 1.6f), IM_COL32(90, 110, 140, 255), r * 0.4f); // shoulders
    if (p.Hair % 6 == 1) DrawHair(dl, p, c, r, hair); // long hair sits behind the face
    dl->AddCircleFilled(c, r, skin, 40);
    if (p.Hair % 6 != 1) DrawHair(dl, p, c, r, hair);

    // Brows tilt in anger, lift in delight.
    const float tilt = (mood == 0 ? 0.18f : mood == 1 ? 0.08f : mood == 4 ? -0.06f : 0.0f) * r;
    const float brow_y = c.y - r * (mood == 4 ? 0.42f : 0.34f);
    dl->AddLine(ImVec2(c.x - r * 0.52f, brow_y - tilt), ImVec2(c.x - r * 0.2f, brow_y + tilt), ink, r * 0.07f);
    dl->AddLine(ImVec2(c.x + r * 0.52f, brow_y - tilt), ImVec2(c.x + r * 0.2f, brow_y + tilt), ink, r * 0.07f);
    // Eyes: narrowed when furious, happy arcs when delighted.
    for (float side : {-1.0f, 1.0f}) {
        const ImVec2 eye(c.x + side * r * 0.35f, c.y - r * 0.1f);
        if (mood == 4) {
            dl->PathArcTo(ImVec2(eye.x, eye.y + r * 0.05f), r * 0.12f, 3.5f, 5.9f, 10);
            dl->PathStroke(ink, 0, r * 0.06f);
        } else if (mood == 0) {
            dl->AddLine(ImVec2(eye.x - r * 0.1f, eye.y), ImVec2(eye.x + r * 0.1f, eye.y), ink, r * 0.07f);
        } else {
            dl->AddCircleFilled(eye, r * 0.09f, ink, 12);
        }
    }
    if (p.Age >= 1) dl->AddLine(ImVec2(c.x - r * 0.6f, c.y + r * 0.05f), ImVec2(c.x - r * 0.5f, c.y + r * 0.12f), IM_COL32(0, 0, 0, 60), r * 0.03f);
    if (mood == 0) { // flushed cheeks
        dl->AddCircleFilled(ImVec2(c.x - r * 0.55f, c.y + r * 0.25f), r * 0.14f, IM_COL32(220, 60, 60, 90));
        dl->AddCircleFilled(ImVec2(c.x + r * 0.55f, c.y + r * 0.25f), r * 0.14f, IM_COL32(220, 60, 60, 90));
    }
    // Mouth: a curve whose bend goes from a deep frown to an open smile.
    const float bend[] = {-0.22f, -0.1f, 0.0f, 0.14f, 0.26f};
    const ImVec2 left(c.x - r * 0.32f, c.y + r * 0.42f), right(c.x + r * 0.32f, c.y + r * 0.42f);
    const ImVec2 mid(c.x, c.y + r * 0.42f + bend[std::clamp(mood, 0, 4)] * r * 2);
    if (mood == 4) {
        dl->PathLineTo(left);
        dl->PathBezierQuadraticCurveTo(mid, right, 12);
        dl->PathFillConvex(IM_COL32(150, 40, 50, 255));
    }
    dl->AddBezierQuadratic(left, mid, right, ink, r * 0.07f, 12);
    DrawAccessory(dl, p, c, r);
}

} // namespace moments::widgets
