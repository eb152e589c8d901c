// The frame's view of the screens around the shift: title, briefing, week
// summary (with the certificate) and the error screen.
#include "frame_view_parts.h"

#include "content/message.h"

namespace moments {

namespace {

std::string Num(int n) { return std::to_string(n); }

// [SECTION] Title ----------------------------------------------------------------------

// A row of radios labelled `key_prefix` + index, ids "<id_prefix>.<index>".
ChoiceRow Row(const Strings& t, const char* label_key, const std::string& key_prefix, const std::string& id_prefix, int count, int current,
              AppCommandKind kind) {
    ChoiceRow row{t.Get(label_key), {}, {}};
    for (int i = 0; i < count; ++i)
        row.Options.push_back({id_prefix + "." + Num(i), ControlKind::Radio, t.Get(key_prefix + Num(i)), "", {kind, i}, current == i});
    return row;
}

// Whether Start continues the week in progress (it matches the venue and mode chosen).
bool Resumable(const App& app) {
    const Venue* venue = SelectedVenue(app);
    return app.Progress && venue && app.Progress->Place == venue && app.Progress->Play == app.Options.Play && !WeekComplete(*app.Progress) &&
           !app.Progress->Days.empty();
}

TitleView Title(const App& app) {
    const Strings& t = app.Text;
    TitleView v;
    v.Heading = t.Get("app.title");
    v.Tagline = t.Get("app.tagline");
    if (!app.LearnerName.empty()) v.Learner = t.Format("title.learner", {{"name", app.LearnerName}});
    if (app.Notice) v.Notice = Render(t, *app.Notice);
    ChoiceRow languages{t.Get("title.language"), {}, {}};
    for (size_t i = 0; i < app.Languages.size(); ++i) // each language named in itself, so a learner finds theirs
        languages.Options.push_back({"language." + app.Languages[i].Code, ControlKind::Radio, app.Languages[i].Name, "",
                                     {AppCommandKind::SetLanguage, static_cast<int>(i)}, app.LanguageIndex == static_cast<int>(i)});
    v.Rows.push_back(std::move(languages));
    ChoiceRow venues{t.Get("title.venue"), {}, {}};
    for (size_t i = 0; i < app.Venues.size(); ++i)
        venues.Options.push_back({"venue." + app.Venues[i].Id, ControlKind::Radio, app.Venues[i].Title, "",
                                  {AppCommandKind::SelectVenue, static_cast<int>(i)}, app.VenueIndex == static_cast<int>(i)});
    v.Rows.push_back(std::move(venues));
    const int mode = static_cast<int>(app.Options.Play);
    ChoiceRow modes = app.ModeFixed ? ChoiceRow{t.Get("title.mode") + ": " + t.Get("mode." + Num(mode)), {}, {}}
                                     : Row(t, "title.mode", "mode.", "mode", 2, mode, AppCommandKind::SetMode);
    modes.About = t.Get("mode." + Num(mode) + ".about");
    v.Rows.push_back(std::move(modes));
    v.Rows.push_back(Row(t, "title.timer", "timer.", "timer", 3, static_cast<int>(app.Options.Timer), AppCommandKind::SetTimer));
    v.Rows.push_back(Row(t, "title.text_size", "text_size.", "text_size", 3, app.Prefs.TextSize, AppCommandKind::SetTextSize));
    v.ReducedMotion = {"reduced_motion", ControlKind::Checkbox, t.Get("title.reduced_motion"), "",
                       {AppCommandKind::SetReducedMotion, app.Prefs.ReducedMotion ? 0 : 1}, app.Prefs.ReducedMotion};
    if (const Venue* venue = SelectedVenue(app)) v.Playing = venue->Title + " · " + t.Get("mode." + Num(mode));
    v.How = t.Get("title.how");
    const bool resumable = Resumable(app);
    const std::string start = resumable ? t.Format("title.continue", {{"day", Num(static_cast<int>(app.Progress->Days.size()) + 1)},
                                                                      {"days", Num(WeekLength(*app.Progress))}})
                                        : t.Get("title.start");
    v.Start = {"title.start", ControlKind::Button, start, "Enter", {AppCommandKind::Begin, 0}, false, true};
    if (resumable) v.Restart = Control{"title.restart", ControlKind::Button, t.Get("title.new_week"), "", {AppCommandKind::NewWeek, 0}};
    v.Keys = t.Get("title.keys");
    return v;
}

// [SECTION] Briefing ----------------------------------------------------------------------

BriefingView Briefing(const App& app, const Week& week) {
    const Strings& t = app.Text;
    const Venue& venue = *week.Place;
    BriefingView v;
    v.Venue = venue.Title;
    if (week.Play == Mode::Assessment) {
        v.Heading = t.Get("briefing.assessment");
        v.About = t.Get("briefing.assessment.about");
    } else {
        const int day = static_cast<int>(week.Days.size());
        const Stage stage = venue.Week[static_cast<size_t>(day)].WeekStage;
        v.Heading = t.Format("briefing.day", {{"day", Num(day + 1)}, {"days", Num(WeekLength(week))}, {"stage", StageText(t, stage)}});
        v.About = t.Get("stage." + Num(static_cast<int>(stage)) + ".about");
    }
    v.PoliciesLabel = t.Get("briefing.policies");
    for (const Policy& p : venue.Policies) v.Policies.push_back(p.Text);
    v.Budget = t.Format("briefing.budget", {{"budget", Num(venue.Budget)}});
    v.WordOfMouthLabel = t.Get("briefing.word_of_mouth");
    v.WordOfMouth = t.Format("briefing.word_of_mouth.rule", {{"misery", Num(-venue.Reach.Misery)}, {"magic", Num(venue.Reach.Magic)}});
    v.Open = {"briefing.open", ControlKind::Button, t.Get("briefing.start"), "Enter", {AppCommandKind::StartShift, 0}, false, true};
    return v;
}

// [SECTION] Week summary and certificate -------------------------------------------------

WeekView Summary(const App& app, const Week& w) {
    const Strings& t = app.Text;
    WeekView v;
    const int score = WeekScore(w);
    const bool passed = score >= app.PassMark;
    v.Heading = t.Format(w.Play == Mode::Training ? "week.heading" : "week.assessment_heading", {{"venue", w.Place->Title}});
    for (const DayResult& d : w.Days) {
        const Stage stage = w.Play == Mode::Training ? w.Place->Week[static_cast<size_t>(d.Day)].WeekStage : Stage::Experience;
        v.Days.push_back({t.Format("week.day_score", {{"day", Num(d.Day + 1)}, {"stage", StageText(t, stage)}, {"score", Num(d.Result.Total)}}),
                          static_cast<float>(d.Result.Total) / 100.0f, d.Result.Total >= app.PassMark ? Tone::Magic : Tone::Accent});
    }
    v.Score = t.Format("week.score", {{"score", Num(score)}});
    if (w.Play == Mode::Training) v.StageReached = t.Format("week.stage_reached", {{"stage", StageText(t, StageReached(w, app.PassMark))}});
    v.CertificateHeading = t.Get("certificate.heading");
    const std::string name = app.LearnerName.empty() ? t.Get("certificate.anonymous") : app.LearnerName;
    v.CertificateBody = t.Format("certificate.body", {{"name", name},
                                                      {"what", t.Get(w.Play == Mode::Training ? "certificate.training" : "certificate.assessment")},
                                                      {"venue", w.Place->Title},
                                                      {"score", Num(score)}});
    v.Verdict = {t.Format(passed ? "week.passed" : "week.failed", {{"mark", Num(app.PassMark)}}), passed ? Tone::Magic : Tone::Misery};
    if (!app.Today.empty()) v.Date = t.Format("certificate.date", {{"date", app.Today}});
    v.Export = {"week.export", ControlKind::Button, t.Get("debrief.export"), "", {AppCommandKind::ExportChoices, 0}};
    v.Again = {"week.again", ControlKind::Button, t.Get("debrief.again"), "Enter", {AppCommandKind::BackToTitle, 0}, false, true};
    return v;
}

} // namespace

WeekFacts WeekFactsOf(const App& app, const Week& week) {
    WeekFacts f;
    f.Seed = week.Seed;
    f.Form = week.Form;
    for (const DayResult& d : week.Days) f.Days.push_back({d.Day + 1, d.Result.Total, d.Reputation});
    f.Length = WeekLength(week);
    f.Complete = WeekComplete(week);
    f.Score = WeekScore(week);
    f.PassMark = app.PassMark;
    f.Passed = f.Complete && f.Score >= app.PassMark;
    return f;
}

void BuildMenus(const App& app, FrameView& v) {
    switch (app.Now) {
    case Screen::Title: v.Title = Title(app); break;
    case Screen::Briefing:
        if (app.Progress) v.Briefing = Briefing(app, *app.Progress);
        break;
    case Screen::WeekSummary:
        if (app.Progress) {
            v.Summary = Summary(app, *app.Progress);
            v.Announcement = v.Summary.Score + ". " + v.Summary.Verdict.Text;
        }
        break;
    case Screen::Error: {
        // Interface text may itself be what failed to load: then the built-in English shows.
        const Strings& t = app.Text.Text.empty() ? EnglishText() : app.Text;
        v.Error = {t.Get("error.heading"), t.Get("error.help"), ProblemTexts(app)};
        break;
    }
    default: break;
    }
}

} // namespace moments
