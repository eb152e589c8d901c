// The stage's facts: when the customer at the counter stepped up, when they heard
// the last answer and how it was judged, when the customer on the feedback card
// was served, and when each waiting customer joined the line. The UI decides how
// these look and move (game/ui/stage.cpp); here they are only ages in real seconds.
#include "frame_view_parts.h"

#include <algorithm>

namespace moments {

namespace {

// Seconds since `since`, held at kLongAgo so the state JSON stays small and steady.
float Age(double seconds, double since) { return static_cast<float>(std::clamp(seconds - since, 0.0, static_cast<double>(kLongAgo))); }

// How the core judged a choice, as the reaction the customer shows: 0 harmful, 1 fair, 2 the best.
int ReactionTo(const Shift& s, const Event& e) {
    const std::vector<Step>& path = s.Customers[static_cast<size_t>(e.Customer)].Path;
    if (path.empty()) return 1;
    switch (path.back().Judged) {
    case Verdict::Best: return 2;
    case Verdict::Fair: return 1;
    case Verdict::Harmful: return 0;
    }
    return 1;
}

// Waiting customers keep the time they joined; the first frame that shows them is that time.
void FollowLine(const Shift& s, double seconds, FrameView& view, FrameMemory& memory) {
    std::erase_if(memory.InLine, [&](const auto& in) { return !Waiting(s, in.first); });
    size_t shown = 0; // the view's queue lists the waiting customers in order
    for (int c = s.Current + 1; c < static_cast<int>(s.Customers.size()) && shown < view.Counter.Queue.size(); ++c) {
        if (!Waiting(s, c)) continue;
        auto in = std::find_if(memory.InLine.begin(), memory.InLine.end(), [&](const auto& p) { return p.first == c; });
        if (in == memory.InLine.end()) in = memory.InLine.insert(memory.InLine.end(), {c, seconds});
        view.Counter.Queue[shown++].Joined = Age(seconds, in->second);
    }
}

} // namespace

void BuildStage(const App& app, const std::vector<Event>& events, double seconds, bool at_counter, FrameView& view, FrameMemory& memory) {
    if (!at_counter) { // a new shift starts with an empty stage
        memory.AtCounter = -1;
        memory.Reaction = -1;
        memory.ReactedSince = memory.LeftSince = -1e9;
        memory.InLine.clear();
        return;
    }
    const Shift& s = *app.Play;
    for (const Event& e : events) {
        if (e.Kind == EventKind::ChoiceMade) {
            memory.ReactedSince = seconds;
            memory.Reaction = ReactionTo(s, e);
        } else if (e.Kind == EventKind::EncounterResolved) {
            memory.LeftSince = seconds;
        }
    }
    if (view.Counter.Present && view.Counter.CustomerIndex != memory.AtCounter) { // the next customer steps up
        memory.AtCounter = view.Counter.CustomerIndex;
        memory.ArrivedSince = seconds;
        memory.Reaction = -1;
        memory.ReactedSince = -1e9;
    }
    FollowLine(s, seconds, view, memory);
    view.Stage.Arrived = Age(seconds, memory.ArrivedSince);
    view.Stage.Reacted = Age(seconds, memory.ReactedSince);
    view.Stage.Reaction = memory.Reaction;
    view.Stage.Left = Age(seconds, memory.LeftSince);
}

} // namespace moments
