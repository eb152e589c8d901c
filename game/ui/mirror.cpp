#include "mirror.h"

#include <nlohmann/json.hpp>

namespace moments::mirror {

namespace {

// Presentation-only state: the list being drawn, the last complete one, and
// what the page asked for.
struct State {
    std::vector<Item> Building, Shown;
    std::vector<std::string> OverflowBuilding, OverflowShown;
    int PendingActivation = -1;
    int Counter = 0;              // index of the next item in this frame
    std::string LastAnnounced;    // what the live region says now
    std::string AnnouncingNow;    // what this frame wants to say
    int LiveSeq = 0;
    bool Changed = false;
};

State g;

const char* KindName(Kind k) {
    switch (k) {
    case Kind::Button: return "button";
    case Kind::Radio: return "radio";
    case Kind::Checkbox: return "checkbox";
    case Kind::Heading: return "heading";
    case Kind::Text: return "text";
    case Kind::Meter: return "meter";
    }
    return "text";
}

} // namespace

void BeginFrame() {
    g.Building.clear();
    g.OverflowBuilding.clear();
    g.AnnouncingNow.clear();
    g.Counter = 0;
}

bool Add(Kind kind, const std::string& label, bool checked, bool primary) {
    g.Building.push_back({kind, label, checked, primary});
    const bool activated = g.PendingActivation == g.Counter;
    if (activated) g.PendingActivation = -1;
    ++g.Counter;
    return activated;
}

void Announce(const std::string& message) {
    if (!g.AnnouncingNow.empty()) g.AnnouncingNow += " ";
    g.AnnouncingNow += message;
}

void NoteOverflow(const std::string& text) { g.OverflowBuilding.push_back(text); }

void Activate(int index) { g.PendingActivation = index; }

bool Pending() { return g.PendingActivation >= 0; }

void EndFrame() {
    auto same = [](const std::vector<Item>& a, const std::vector<Item>& b) {
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].What != b[i].What || a[i].Label != b[i].Label || a[i].Checked != b[i].Checked) return false;
        return true;
    };
    g.Changed = !same(g.Building, g.Shown) || g.OverflowBuilding != g.OverflowShown;
    g.Shown.swap(g.Building);
    g.OverflowShown.swap(g.OverflowBuilding);
    // An activation for an item that no longer exists is dropped, never misapplied later.
    if (g.PendingActivation >= static_cast<int>(g.Shown.size())) g.PendingActivation = -1;
    if (!g.AnnouncingNow.empty() && g.AnnouncingNow != g.LastAnnounced) {
        g.LastAnnounced = g.AnnouncingNow;
        ++g.LiveSeq;
        g.Changed = true;
    }
}

bool Changed() { return g.Changed; }

std::string FrameJson() {
    nlohmann::json items = nlohmann::json::array();
    for (const Item& i : g.Shown) {
        nlohmann::json j = {{"kind", KindName(i.What)}, {"label", i.Label}};
        if (i.What == Kind::Radio || i.What == Kind::Checkbox) j["checked"] = i.Checked;
        if (i.Primary) j["primary"] = true;
        items.push_back(j);
    }
    return nlohmann::json{{"items", items}, {"live", {{"seq", g.LiveSeq}, {"text", g.LastAnnounced}}}, {"overflow", g.OverflowShown}}.dump();
}

} // namespace moments::mirror
