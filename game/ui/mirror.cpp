#include "mirror.h"

#include "content/json.h"

#include <utility>

namespace moments::mirror {

namespace {

// Presentation-only state: the list being drawn, the last complete one, and
// what the page asked for.
struct State {
    std::vector<Item> Building, Shown;
    std::vector<std::string> OverflowBuilding, OverflowShown;
    std::string PendingActivation; // the id of a control the page activated
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
}

void Add(Kind kind, const std::string& label, Bounds box, bool checked, bool primary, const std::string& id) {
    g.Building.push_back({kind, label, checked, primary, id, box});
}

void Announce(const std::string& message) {
    if (!g.AnnouncingNow.empty()) g.AnnouncingNow += " ";
    g.AnnouncingNow += message;
}

void NoteOverflow(const std::string& text) { g.OverflowBuilding.push_back(text); }

void Activate(const std::string& id) { g.PendingActivation = id; }

std::string TakeActivation() { return std::exchange(g.PendingActivation, std::string()); }

void EndFrame() {
    auto same = [](const std::vector<Item>& a, const std::vector<Item>& b) {
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].What != b[i].What || a[i].Label != b[i].Label || a[i].Checked != b[i].Checked || a[i].Id != b[i].Id ||
                !(a[i].Box == b[i].Box))
                return false;
        return true;
    };
    g.Changed = !same(g.Building, g.Shown) || g.OverflowBuilding != g.OverflowShown;
    g.Shown.swap(g.Building);
    g.OverflowShown.swap(g.OverflowBuilding);
    if (!g.AnnouncingNow.empty() && g.AnnouncingNow != g.LastAnnounced) {
        g.LastAnnounced = g.AnnouncingNow;
        ++g.LiveSeq;
        g.Changed = true;
    }
}

bool Changed() { return g.Changed; }

std::string FrameJson() {
    json::Writer w;
    w.BeginObject().BeginArray("items");
    for (const Item& i : g.Shown) {
        w.BeginObject().String("kind", KindName(i.What)).String("label", i.Label);
        if (i.What == Kind::Radio || i.What == Kind::Checkbox) w.Bool("checked", i.Checked);
        if (i.Primary) w.Bool("primary", true);
        if (!i.Id.empty()) w.String("id", i.Id);
        w.BeginArray("box").Double(i.Box.X).Double(i.Box.Y).Double(i.Box.W).Double(i.Box.H).EndArray();
        w.EndObject();
    }
    w.EndArray().BeginObject("live").Int("seq", g.LiveSeq).String("text", g.LastAnnounced).EndObject();
    w.BeginArray("overflow");
    for (const std::string& text : g.OverflowShown) w.String(text);
    w.EndArray().EndObject();
    return w.Text();
}

} // namespace moments::mirror
