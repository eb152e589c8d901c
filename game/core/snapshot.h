// A shift's save game: which content, which seed and day, and every accepted
// command with its tick. Replaying it rebuilds the exact state, so save,
// resume and "replay a learner's shift" are one mechanism.
#pragma once
#include "shift.h"

#include <optional>
#include <string>

namespace moments {

// Bumped whenever the encoding or the meaning of a field changes. Decode
// refuses other formats with a message instead of misreading them.
constexpr int kSnapshotFormat = 1;

struct Snapshot {
    std::string VenueId;
    int VenueVersion = 0;
    int Day = 0;
    uint64_t Seed = 0;
    Settings Options;
    std::vector<Command> Commands;
};

// Captures what is needed to rebuild `shift`.
Snapshot TakeSnapshot(const Shift& shift);

// Compact printable text: "mot<format>|venue|version|day|seed|timer|commands".
// Uses only [0-9a-z|_.,-], safe for LMS suspend data.
std::string EncodeSnapshot(const Snapshot& snapshot);

// Parses EncodeSnapshot's text; on failure returns nullopt and says why in `error`.
std::optional<Snapshot> DecodeSnapshot(const std::string& text, std::string& error);

// Rebuilds the shift a snapshot describes. Fails (nullopt, with `error`) if the
// snapshot belongs to other content or a command no longer applies.
std::optional<Shift> Replay(const Venue& venue, const Snapshot& snapshot, std::string& error);

} // namespace moments
