#include "snapshot.h"

#include <charconv>

namespace moments {

namespace {

// Commands are written as <kind letter><arg in base 36>@<tick delta in base 36>.
constexpr char kKindLetters[] = {'c', 'n'}; // Choose, Next

void AppendBase36(std::string& out, uint64_t v) {
    char buf[16];
    auto res = std::to_chars(buf, buf + sizeof buf, v, 36);
    out.append(buf, res.ptr);
}

// Reads a base-36 unsigned number from [p, end); false if there is none.
bool ReadBase36(const char*& p, const char* end, uint64_t& v) {
    auto res = std::from_chars(p, end, v, 36);
    if (res.ec != std::errc() || res.ptr == p) return false;
    p = res.ptr;
    return true;
}

// Splits on '|' so each header field can be checked on its own.
std::vector<std::string> SplitFields(const std::string& text) {
    std::vector<std::string> fields(1);
    for (char ch : text) {
        if (ch == '|') fields.emplace_back();
        else fields.back().push_back(ch);
    }
    return fields;
}

bool ParseCommands(const std::string& text, std::vector<Command>& out) {
    const char* p = text.data();
    const char* end = p + text.size();
    int tick = 0;
    while (p < end) {
        Command cmd;
        if (*p == kKindLetters[0]) cmd.Kind = CommandKind::Choose;
        else if (*p == kKindLetters[1]) cmd.Kind = CommandKind::Next;
        else return false;
        ++p;
        uint64_t arg = 0, delta = 0;
        if (!ReadBase36(p, end, arg) || p == end || *p++ != '@' || !ReadBase36(p, end, delta)) return false;
        if (arg > 1000 || delta > (1u << 30)) return false;
        tick += static_cast<int>(delta);
        cmd.Arg = static_cast<int>(arg);
        cmd.Tick = tick;
        out.push_back(cmd);
        if (p < end && *p++ != ',') return false;
    }
    return true;
}

bool ParseInt(const std::string& s, uint64_t& v, int base = 10) {
    auto res = std::from_chars(s.data(), s.data() + s.size(), v, base);
    return res.ec == std::errc() && res.ptr == s.data() + s.size() && !s.empty();
}

} // namespace

Snapshot TakeSnapshot(const Shift& shift) {
    return {shift.Place->Id, shift.Place->Version, shift.Day, shift.Seed, shift.Options, shift.Log};
}

std::string EncodeSnapshot(const Snapshot& s) {
    std::string out = "mot" + std::to_string(kSnapshotFormat) + "|" + s.VenueId + "|" +
                      std::to_string(s.VenueVersion) + "|" + std::to_string(s.Day) + "|";
    AppendBase36(out, s.Seed);
    out += "|" + std::to_string(static_cast<int>(s.Options.Timer)) + "|";
    int last = 0;
    for (size_t i = 0; i < s.Commands.size(); ++i) {
        const Command& c = s.Commands[i];
        if (i) out += ',';
        out += kKindLetters[static_cast<int>(c.Kind)];
        AppendBase36(out, static_cast<uint64_t>(c.Arg));
        out += '@';
        AppendBase36(out, static_cast<uint64_t>(c.Tick - last));
        last = c.Tick;
    }
    return out;
}

std::optional<Snapshot> DecodeSnapshot(const std::string& text, std::string& error) {
    const std::vector<std::string> f = SplitFields(text);
    if (f[0].rfind("mot", 0) != 0) {
        error = "not a Moments of Truth save";
        return std::nullopt;
    }
    if (f[0] != "mot" + std::to_string(kSnapshotFormat)) {
        error = "save format '" + f[0].substr(3) + "' is not supported (this build reads format " +
                std::to_string(kSnapshotFormat) + ")";
        return std::nullopt;
    }
    uint64_t version = 0, day = 0, seed = 0, timer = 0;
    Snapshot s;
    if (f.size() != 7 || f[1].empty() || !ParseInt(f[2], version) || !ParseInt(f[3], day) ||
        !ParseInt(f[4], seed, 36) || !ParseInt(f[5], timer) || timer > 2 || day > 100 || version > 1000000 ||
        !ParseCommands(f[6], s.Commands)) {
        error = "save is damaged (fields unreadable)";
        return std::nullopt;
    }
    s.VenueId = f[1];
    s.VenueVersion = static_cast<int>(version);
    s.Day = static_cast<int>(day);
    s.Seed = seed;
    s.Options.Timer = static_cast<TimerMode>(timer);
    return s;
}

std::optional<Shift> Replay(const Venue& venue, const Snapshot& snap, std::string& error) {
    if (snap.VenueId != venue.Id || snap.VenueVersion != venue.Version) {
        error = "save is for " + snap.VenueId + " version " + std::to_string(snap.VenueVersion) +
                ", not " + venue.Id + " version " + std::to_string(venue.Version);
        return std::nullopt;
    }
    if (snap.Day < 0 || snap.Day >= static_cast<int>(venue.Week.size())) {
        error = "save names day " + std::to_string(snap.Day + 1) + ", which this venue does not have";
        return std::nullopt;
    }
    Shift shift = StartShift(venue, snap.Day, snap.Seed, snap.Options);
    for (const Command& c : snap.Commands) {
        if (c.Tick < shift.Tick) {
            error = "save is damaged (command before the clock)";
            return std::nullopt;
        }
        Advance(shift, c.Tick - shift.Tick);
        if (shift.Tick != c.Tick || !Apply(shift, c)) {
            error = "save does not replay on this content (command " + std::to_string(&c - snap.Commands.data()) + ")";
            return std::nullopt;
        }
    }
    shift.Events.clear();
    return shift;
}

} // namespace moments
