// What the app keeps and hands on: the CSV of every choice, the save and its
// restore, and the page's notices.
#include "app.h"

#include <algorithm>

namespace moments {

namespace {

// Quotes a CSV field when it holds a separator, a quote or a line break (RFC 4180).
// Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading '.
std::string CsvField(std::string text) {
    if (!text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos) text.insert(0, "'");
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

void CsvRows(const Shift& s, int day, std::string& out) {
    for (size_t ci = 0; ci < s.Customers.size(); ++ci) {
        const Customer& c = s.Customers[ci];
        const Encounter& e = s.Place->Encounters[static_cast<size_t>(c.Encounter)];
        for (const Step& st : c.Path) {
            const Beat& b = e.Beats[static_cast<size_t>(st.Beat)];
            const Response& r = b.Responses[static_cast<size_t>(st.Response)];
            std::string tags;
            for (int t = 0; t < kTagCount; ++t)
                if (r.Tags.Has(static_cast<Tag>(t))) tags += std::string(tags.empty() ? "" : " ") + kTagNames[static_cast<size_t>(t)];
            const std::string fields[] = {std::to_string(s.Seed), std::to_string(day), std::to_string(ci + 1), CsvField(e.Name), e.Id, b.Id,
                                          ResponseId(*s.Place, e, b, r), CsvField(r.Text), std::to_string(r.Satisfaction),
                                          std::to_string(r.Seconds), std::to_string(r.Cost), CsvField(tags),
                                          std::to_string(WholeSeconds(st.LatencyTicks)), c.HintUsed ? "yes" : "no",
                                          c.Done ? OutcomeName(c.Result) : "", c.Done ? std::to_string(c.Reach) : "",
                                          VerdictWord(st.Judged), ResponseId(*s.Place, e, b, b.Responses[static_cast<size_t>(st.Best)])};
            for (const std::string& f : fields) out += (&f == fields ? "" : ",") + f;
            out += "\n";
        }
    }
}

} // namespace


// One word per verdict, shared by the CSV export and the LMS reports so they never disagree.
const char* VerdictWord(Verdict verdict) {
    switch (verdict) {
    case Verdict::Best: return "correct";
    case Verdict::Fair: return "neutral";
    case Verdict::Harmful: return "incorrect";
    }
    return "neutral";
}

std::string ChoicesCsv(const App& app) {
    // The byte-order mark tells Excel the file is UTF-8 (Russian, Greek and Romanian text).
    std::string out = "\xEF\xBB\xBFseed,day,customer,name,encounter,beat,response,said,satisfaction,seconds,cost,tags,decision_seconds,hint,outcome,reach,result,best_response\n";
    if (!app.Progress) return out;
    // Finished days are replayed from their logs, so the CSV needs nothing stored beyond the save.
    Week week = StartWeek(*app.Progress->Place, app.Progress->Seed, app.Progress->Play, app.Progress->Form);
    SnapshotError error;
    for (const DayResult& d : app.Progress->Days) {
        const std::optional<Shift> s = ReplayShift(week, {d.Options, d.Log}, error);
        if (!s) break; // cannot happen for days this app played itself
        CsvRows(*s, d.Day + 1, out);
        RecordDay(week, *s);
    }
    if (app.Play && app.Play->Now != Phase::Ended) CsvRows(*app.Play, app.Play->Plan.Day + 1, out);
    return out;
}

std::string AppSave(const App& app) {
    if (!app.Progress) return "";
    const bool in_progress = app.Play && app.Play->Now != Phase::Ended;
    return EncodeSnapshot(TakeSnapshot(*app.Progress, in_progress ? &*app.Play : nullptr));
}

void AppSetNotice(App& app, Message notice) {
    ++app.Revision;
    app.Notice = std::move(notice);
}

void AppSetPageNotice(App& app, const std::string& topic, const std::string& key) {
    ++app.Revision;
    if (key.empty()) app.PageNotices.erase(topic);
    else if (app.Text.Text.count("page." + key)) app.PageNotices[topic] = key;
}


Message SnapshotMessage(const SnapshotError& error) {
    static const char* const kKeys[] = {"error.save.damaged", // None: never asked for
                                        "error.save.too_long", "error.save.not_a_save", "error.save.other_format",
                                        "error.save.damaged", "error.save.other_content", "error.save.too_many_shifts",
                                        "error.save.does_not_replay"};
    Message m{kKeys[static_cast<size_t>(error.Problem)], {{"count", error.Number}, {"detail", MessageArg::Quoted(error.Detail)},
                                                          {"expected", error.Expected}, {"shift", error.Shift}}};
    if (error.Problem == SnapshotProblem::OtherFormat) m.Args.insert(m.Args.end(), {{"oldest", kOldestSnapshotFormat}, {"newest", kSnapshotFormat}});
    return m;
}

std::optional<Message> AppRestore(App& app, const std::string& text) {
    SnapshotError error;
    const auto snap = DecodeSnapshot(text, error);
    if (!snap) return SnapshotMessage(error);
    if (app.ModeFixed && snap->Play != app.Options.Play) // a training save never becomes an assessment's result
        return Message{snap->Play == Mode::Training ? "error.save.training_not_assessment" : "error.save.assessment_not_training", {}};
    for (size_t i = 0; i < app.Venues.size(); ++i) {
        if (app.Venues[i].Id != snap->VenueId) continue;
        auto session = Replay(app.Venues[i], *snap, error);
        if (!session) return SnapshotMessage(error);
        app.VenueIndex = static_cast<int>(i);
        app.Options.Play = snap->Play;
        app.Progress = std::move(session->Progress);
        app.Play = std::move(session->Current);
        ++app.Revision;
        app.Now = app.Play ? (app.Play->Now == Phase::Resolved ? Screen::Feedback : Screen::Counter) : Screen::Title;
        if (app.Now == Screen::Feedback) app.FeedbackCustomer = app.Play->Current;
        return std::nullopt;
    }
    return Message{"error.save.unknown_venue", {{"venue", MessageArg::Quoted(snap->VenueId)}}};
}

std::optional<Message> AppRestoreArrivedLate(App& app, const std::string& text) {
    const bool decided = (app.Progress && !app.Progress->Days.empty()) || (app.Play && !app.Play->Log.empty());
    if (decided) return Message{"error.save.arrived_late", {}};
    return AppRestore(app, text);
}

// [SECTION] Remembered settings -------------------------------------------------------------

std::string AppSettingsText(const App& app) {
    const Venue* venue = SelectedVenue(app);
    const std::string lang = app.LanguageIndex >= 0 && app.LanguageIndex < static_cast<int>(app.Languages.size())
                                 ? app.Languages[static_cast<size_t>(app.LanguageIndex)].Code : "";
    return "lang=" + lang + ";venue=" + (venue ? venue->Id : "") + ";mode=" + std::to_string(static_cast<int>(app.Options.Play)) +
           ";timer=" + std::to_string(static_cast<int>(app.Options.Timer)) + ";text=" + std::to_string(app.Prefs.TextSize) +
           ";motion=" + (app.Prefs.ReducedMotion ? "1" : "0") + ";sound=" + (app.Prefs.Muted ? "0" : "1");
}

// Each remembered setting goes through the title's own command, so it is checked as a click would be.
void AppRememberSettings(App& app, const std::string& text) {
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = std::min(text.find(';', at), text.size());
        const std::string pair = text.substr(at, end - at);
        at = end + 1;
        const size_t eq = pair.find('=');
        if (eq == std::string::npos || eq + 1 >= pair.size()) continue;
        const std::string key = pair.substr(0, eq), value = pair.substr(eq + 1);
        const int number = value.find_first_not_of("0123456789") == std::string::npos && value.size() < 4 ? std::stoi(value) : -1;
        if (key == "venue") {
            for (size_t i = 0; i < app.Venues.size(); ++i)
                if (app.Venues[i].Id == value) AppApply(app, {AppCommandKind::SelectVenue, static_cast<int>(i)});
        } else if (key == "mode") AppApply(app, {AppCommandKind::SetMode, number});
        else if (key == "timer") AppApply(app, {AppCommandKind::SetTimer, number});
        else if (key == "text") AppApply(app, {AppCommandKind::SetTextSize, number});
        else if (key == "motion" && number >= 0) AppApply(app, {AppCommandKind::SetReducedMotion, number});
        else if (key == "sound" && number >= 0) AppApply(app, {AppCommandKind::SetMuted, number == 0 ? 1 : 0});
    }
}

} // namespace moments
