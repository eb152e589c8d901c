// What one frame shows, built once per frame by the app from the core's views
// and that frame's events. Screens only draw it; the accessible mirror, the
// page's window.moments.state(), the native JSON and the tests read the same
// view through one serialiser (FrameViewJson). Every text is in the learner's
// language, every control has a stable id, every derived fact (lessons, stage
// reached, ripples, timers) is worked out here and nowhere else.
#pragma once
#include "app.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace moments {

// The meaning of a colour; the UI's theme picks the colour itself.
enum class Tone : uint8_t { Ink, Soft, Accent, Magic, Mediocrity, Misery };

enum class ControlKind : uint8_t { Button, Radio, Checkbox };

// Something the learner can press, with an id that stays the same across frames
// and languages ("title.start", "choice.<response id>", "language.it", ...).
struct Control {
    std::string Id;
    ControlKind Kind = ControlKind::Button;
    std::string Label;
    std::string Shortcut;  // "1", "Enter", "H", "F" or ""
    AppCommand Command;    // what pressing it does
    bool Checked = false;  // radios and checkboxes
    bool Primary = false;  // the screen's main action (Enter when nothing has focus)
};

// A burst of word of mouth: the reputation change one event made, shown for a while.
struct RippleView {
    int Change = 0;      // people (signed), exactly the change the meter shows
    float Age = 0.0f;    // 0 when it starts, 1 when it has faded
};

// A text with its meaning-colour.
struct Line {
    std::string Text;
    Tone Colour = Tone::Ink;
};

// A meter: caption over a bar filled to Fraction.
struct MeterView {
    std::string Caption;
    float Fraction = 0.0f;
    Tone Colour = Tone::Accent;
};

// Reputation, clock, budget and the ripples over the counter and the feedback card.
struct HudView {
    std::string Where;         // "Day 2 · Understanding · Customer 3 of 8 · Clock 09:04"
    std::string Reputation;    // "Reputation: +30 people"
    Tone ReputationColour = Tone::Ink;
    MeterView Budget;
    std::vector<RippleView> Ripples;
};

struct PromiseView {
    Line Status;                    // "Ms Ito: a taxi at six — 40 s left"
    std::optional<Control> Keep;    // while it can be kept
    std::string Customer, What;     // who was promised what
    int SecondsLeft = 0;
    bool Kept = false, Broken = false;
};

struct WaitingView {
    std::string Name;
    Portrait Look;
    float Patience = 1.0f;  // 1 fresh .. 0 about to lose satisfaction again
    bool Returning = false;
    float Joined = 0.0f;    // real seconds since they joined the line (at most kLongAgo)
};

constexpr float kLongAgo = 60.0f; // the stage's ages stop counting here: long enough for any movement

// Who moves on the counter scene and since when (real seconds, at most kLongAgo):
// the facts the stage animates. Who they are is in the counter and feedback views.
struct StageView {
    float Arrived = kLongAgo;  // since the customer at the counter stepped up to it
    float Reacted = kLongAgo;  // since they heard the last answer
    int Reaction = -1;         // how that answer was judged: 0 harmful, 1 fair, 2 the best; -1 none yet
    float Left = kLongAgo;     // since the customer on the feedback card was served: they react, then leave
};

// One customer's result and lesson: the feedback card and a row of the debrief's review.
struct ResultView {
    std::string Name;
    Portrait Look;
    int Mood = 2;
    int Outcome = 1;         // 0 misery, 1 mediocrity, 2 magic
    std::string OutcomeText;
    std::string Reach;       // "About 20 people will hear of this."
    int ReachPeople = 0;
    std::string Principle;   // why the answer given worked or did not ("" if none)
    std::string Said, Better, BetterWhy; // the better move when there was one
    std::string ReviewLine;  // "Better: “…”" for the debrief's review ("" if none)
    bool HintUsed = false;
};

struct CounterView {
    bool Present = false;               // someone is at the counter
    std::string CustomerId, BeatId, Request, NeedFound; // ids and texts, for tests, reports and the debug overlay
    int CustomerIndex = -1;
    bool IsReturning = false;
    Scene Setting;
    std::string Name, MoodText, Wants, Returning, Need, Line; // "" when not shown
    std::string QuotedLine;             // the line in the language's quotation marks
    Portrait Look;
    int Mood = 2;
    std::vector<WaitingView> Queue;
    std::optional<MeterView> Patience; // none with the timer off
    std::string PatienceOff;
    std::string ChooseLabel;
    std::vector<Control> Choices;       // in the order on screen; keys 1..n
    std::optional<Control> HintButton;  // training, before the hint is shown
    std::string Hint;                   // once shown
};

struct FeedbackView {
    ResultView Result;
    std::string PrincipleLabel, BetterLabel, BestPlay;
    std::string YouSaid, BetterQuoted;  // when there was a better move
    Control Continue;
};

struct DebriefView {
    std::string Heading, Score;
    Control Next;
    std::vector<MeterView> Outcomes;  // magic, mediocrity, misery
    std::string ReputationLabel, Reputation;
    Tone ReputationColour = Tone::Ink;
    std::vector<Line> Totals;         // promises, hints, budget
    std::string ChartLabel;
    std::vector<int> Trail;           // net reputation after each customer
    std::string BreakEvenLabel;
    MeterView BreakEven;
    std::string LessonsLabel;
    std::vector<std::string> Lessons; // the top three principles, most telling first
    std::string ReviewLabel;
    std::vector<ResultView> Review;   // assessment: every customer
    Control Export, Again;
};

struct WeekView {
    std::string Heading;
    std::vector<MeterView> Days;
    std::string Score, StageReached; // StageReached "" in assessment
    std::string CertificateHeading, CertificateBody, Date;
    Line Verdict;
    Control Export, Again;
};

struct BriefingView {
    std::string Venue, Heading, About, PoliciesLabel, Budget, WordOfMouthLabel, WordOfMouth;
    std::vector<std::string> Policies;
    Control Open;
};

// A row of choices on the title screen under its label.
struct ChoiceRow {
    std::string Label;
    std::vector<Control> Options; // none when the package fixed the choice
    std::string About;            // a line under the row ("" if none)
};

struct TitleView {
    std::string Heading, Tagline, Learner, Notice, How, Keys;
    std::vector<ChoiceRow> Rows;      // language, venue, mode, timer, text size
    Control ReducedMotion;
    std::string Playing;              // what Start plays: "Café counter · Training"
    Control Start;
    std::optional<Control> Restart;   // drop the week in progress
};

struct ErrorView {
    std::string Heading, Help;
    std::vector<std::string> Problems;
};

// The numbers of the shift on show (counter, feedback, debrief).
struct ShiftFacts {
    int Day = 0, Reputation = 0, Served = 0, Customers = 0, Spent = 0, Budget = 0;
    int ClockSeconds = 0, TimerSecondsLeft = 0, HintsUsed = 0, Score = 0;
    std::array<int, 3> Outcomes{}; // misery, mediocrity, magic
};

// The week (or assessment) under way.
struct WeekFacts {
    struct Day {
        int Number = 0, Score = 0, Reputation = 0;
    };
    uint64_t Seed = 0;
    int Form = 0, Length = 0, Score = 0, PassMark = 0;
    bool Complete = false, Passed = false;
    std::vector<Day> Days;
};

struct FrameView {
    Screen Now = Screen::Title;
    Preferences Prefs;                        // reduced motion, text size
    std::string VenueId;
    Mode Play = Mode::Training;
    std::optional<ShiftFacts> Facts;          // counter, feedback, debrief, week summary
    std::optional<WeekFacts> Progress;
    std::vector<std::string> PageNotices;     // texts, on every screen
    std::vector<std::string> PageNoticeKeys;  // their "page." keys
    std::string Announcement;                 // what a screen reader hears now
    Control Sound;                            // the sound cues on or off, on every screen but the error (remembered)
    std::vector<Event> Events;                // this frame's events from the core
    std::optional<double> NextChange;         // real seconds until a number or bar shown changes by
                                              // itself (a timer's whole second, the clock's minute); none: only input changes it
    std::optional<HudView> Hud;               // counter and feedback
    std::vector<PromiseView> Promises;        // counter and feedback
    std::string PromisesLabel;
    TitleView Title;
    BriefingView Briefing;
    CounterView Counter;
    StageView Stage;                          // counter and feedback: arrivals, reactions, departures
    FeedbackView Feedback;
    DebriefView Debrief;
    WeekView Summary;
    ErrorView Error;
};

// Presentation memory that outlives a frame: the ripples still on show.
struct FrameMemory {
    struct Started {
        int Change = 0;
        double Since = 0.0;
    };
    std::vector<Started> Ripples;
    // The stage (see StageView): who stands at the counter, who waits in line, since when.
    int AtCounter = -1;                          // customer index; -1: nobody yet this shift
    double ArrivedSince = 0.0, ReactedSince = -1e9, LeftSince = -1e9;
    int Reaction = -1;
    std::vector<std::pair<int, double>> InLine;  // customer index, joined since
    std::optional<uint64_t> ViewOf;              // the App::Revision the last view was built from,
    std::vector<int> ShownTime;                  // and the clock's numbers it showed (see UpdateFrameView);
    std::vector<int> ShownNow;                   // the numbers of this frame, compared with them
};

constexpr double kRippleSeconds = 1.6;

// The frame's view of `app` at `seconds` (real time), given the events since the last frame.
FrameView BuildFrameView(const App& app, const std::vector<Event>& events, double seconds, FrameMemory& memory);

// The same, into the last frame's `view`: when neither the app (its Revision), the events nor the
// shift clock's whole seconds changed anything shown, only what moves with real time (ripples, the
// stage, the time to the next change) is brought to `seconds`, the rest kept. Most drawn frames are
// such animation frames. `memory` and `view` belong to one App.
void UpdateFrameView(FrameView& view, const App& app, const std::vector<Event>& events, double seconds, FrameMemory& memory);

// "+40", "−20" or "0": signed numbers read better than colour for reputation.
std::string SignedText(int value);

// The name of a stage of the week in the language of `text`.
std::string StageText(const Strings& text, Stage stage);

// Every control of the frame, in reading order.
std::vector<const Control*> Controls(const FrameView& view);

// The control with this id, if the frame shows it.
const Control* FindControl(const FrameView& view, const std::string& id);

// The frame as JSON: what window.moments.state() returns and the native build
// prints (screen, venue, shift facts, choices with ids, controls, ripples, notices).
std::string FrameViewJson(const FrameView& view);

} // namespace moments
