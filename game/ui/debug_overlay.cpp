// The debug overlay (debug builds, F12: see the platform): the frame's view as the page and the
// tests read it (FrameViewJson), as a tree, with the current customer's and
// beat's ids and the frame's events at the top.
#include "debug_overlay.h"

#include "content/json.h"

#include <imgui.h>

#include <string>

namespace moments {

namespace {

// One JSON value as a tree: objects and arrays fold, scalars show inline.
void Tree(const char* name, const json::Value& v) {
    switch (v.Kind) {
    case json::Type::Object:
        if (ImGui::TreeNode(name, "%s {%zu}", name, v.Members.size())) {
            for (const json::Member& m : v.Members) Tree(m.Key.c_str(), m.Val);
            ImGui::TreePop();
        }
        break;
    case json::Type::Array:
        if (ImGui::TreeNode(name, "%s [%zu]", name, v.Items.size())) {
            for (size_t i = 0; i < v.Items.size(); ++i) Tree(std::to_string(i).c_str(), v.Items[i]);
            ImGui::TreePop();
        }
        break;
    default: ImGui::BulletText("%s: %s", name, json::Write(v).c_str()); break;
    }
}

} // namespace

void DrawDebugOverlay(const FrameView& view) {
    json::Value state;
    if (json::Parse(FrameViewJson(view), state)) return;
    ImGui::SetNextWindowSize(ImVec2(420, 520), ImGuiCond_FirstUseEver);
    ImGui::Begin("FrameView (F12)");
    const json::Value& customer = state["customer"];
    if (customer.Kind == json::Type::Object)
        ImGui::Text("customer %s  beat %s", customer["id"].Text.c_str(), customer["beat"].Text.c_str());
    for (const json::Value& id : state["choice_ids"].Items) ImGui::BulletText("%s", id.Text.c_str());
    ImGui::Separator();
    for (const json::Member& m : state.Members) Tree(m.Key.c_str(), m.Val);
    ImGui::End();
}

} // namespace moments
