#include "page_cues.h"

#include "bridge.h"
#include "content/json.h"

namespace moments {

std::string CuesJson(const FrameView& view, int customer_before) {
    json::Writer w;
    w.BeginArray();
    const bool at_counter = view.Now == Screen::Counter && view.Counter.Present;
    if (at_counter && view.Counter.CustomerIndex != customer_before) // the door's bell
        w.BeginObject().String("event", "customer_arrived").EndObject();
    for (const Event& e : view.Events) {
        if (e.Kind == EventKind::ShiftEnded) continue;
        w.BeginObject().String("event", EventName(e.Kind));
        if (e.Kind == EventKind::EncounterResolved || e.Kind == EventKind::PromiseBroken)
            w.String("outcome", OutcomeName(e.Result)).Int("reach", e.Reach);
        w.EndObject();
    }
    w.EndArray();
    return w.Text();
}

void TellPage(const App& app, const FrameView& view, PageCues& told) {
    const int customer = view.Now == Screen::Counter && view.Counter.Present ? view.Counter.CustomerIndex : told.CustomerShown;
    if (!app.Prefs.Muted) {
        const std::string cues = CuesJson(view, told.CustomerShown);
        if (cues != "[]") bridge::PlayCues(cues);
    }
    told.CustomerShown = view.Now == Screen::Counter || view.Now == Screen::Feedback ? customer : -1;
    const std::string settings = AppSettingsText(app);
    if (settings != told.Remembered) {
        told.Remembered = settings;
        bridge::RememberSettings(settings);
    }
}

} // namespace moments
