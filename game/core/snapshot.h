// A learner's save game: which content, which mode and seed, and every
// accepted command of every shift with its tick. Replaying it rebuilds the
// exact week, so save, resume and "replay a learner's shift" are one mechanism.
#pragma once
#include "week.h"

#include <optional>
#include <string>

namespace moments {

// Bumped whenever the encoding, or the rules that give the commands their
// meaning, change. Decode reads every format since kOldestSnapshotFormat and
// refuses others with a reason instead of misreading them.
// Format 3 added the assessment form; format 2 saves read as form 0.
constexpr int kSnapshotFormat = 3;
constexpr int kOldestSnapshotFormat = 2;
constexpr int kMaxSnapshotCommands = 20000; // far beyond any real week; guards bad input
constexpr size_t kMaxSnapshotChars = 65536;  // a week is a few thousand characters; the page holds the same cap

struct DayLog {
    Settings Options;
    std::vector<Command> Commands;
};

struct Snapshot {
    std::string VenueId;
    int VenueVersion = 0;
    Mode Play = Mode::Training;
    uint64_t Seed = 0;
    int Form = 0; // the assessment's parallel form
    std::vector<DayLog> Days; // finished days, then the shift in progress (if any)
};

// A week and the shift being played, if any: what a save restores.
struct Session {
    Week Progress;
    std::optional<Shift> Current; // null between shifts
};

// Captures the week and the shift in progress (which may be null). The shift
// must not have been recorded into the week yet.
Snapshot TakeSnapshot(const Week& week, const Shift* current);

// Compact printable text: "mot<format>|venue|version|mode|seed|form|day;day;...",
// each day "<timer><command>,<command>...". A choice names the response by its
// index in the venue file's beat (stable for a venue version), never by its
// place on screen. Uses only [0-9a-z|_,;@-], safe for LMS suspend data.
std::string EncodeSnapshot(const Snapshot& snapshot);

// Why a save was refused: a code and its figures, worded (in the learner's
// language) above the core, which holds no text for people.
enum class SnapshotProblem : uint8_t {
    None,
    TooLong,       // Number: the text's length in characters
    NotASave,      // not "mot<format>|..."
    OtherFormat,   // Detail: the save's format as written
    Damaged,       // fields unreadable, a command before the clock, an unfinished shift before the last
    OtherContent,  // Detail, Number: the save's venue and version; Expected: this venue's version
    TooManyShifts, // more shifts than the week has
    DoesNotReplay, // Number: the 1-based command that no longer applies
};

struct SnapshotError {
    SnapshotProblem Problem = SnapshotProblem::None;
    std::string Detail;
    int64_t Number = 0;
    int64_t Expected = 0;
    int Shift = 0; // the 1-based shift where replaying failed; 0 outside one
};

// Parses EncodeSnapshot's text; on failure returns nullopt and says why in `error`.
std::optional<Snapshot> DecodeSnapshot(const std::string& text, SnapshotError& error);

// Plays one logged shift as the next shift of `week`. Fails (nullopt, with
// `error`) if a command does not apply.
std::optional<Shift> ReplayShift(const Week& week, const DayLog& log, SnapshotError& error);

// Rebuilds the week a snapshot describes. Fails (nullopt, with `error`) if the
// snapshot belongs to other content or a command no longer applies.
std::optional<Session> Replay(const Venue& venue, const Snapshot& snapshot, SnapshotError& error);

} // namespace moments
