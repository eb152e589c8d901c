#include "snapshot.h"

#include <charconv>

namespace moments {

namespace {

// [SECTION] Text encoding ----------------------------------------------------------
// A command is <kind letter><arg in base 36>@<ticks since the previous command, base 36>.

constexpr char kKindLetters[kCommandKindCount] = {'c', 'n', 'k', 'h'}; // CommandKind order
constexpr char kModeLetters[] = {'t', 'a'};                            // Mode order

void AppendBase36(std::string& out, uint64_t v) {
    char buf[16];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, 36);
    out.append(buf, res.ptr);
}

// Reads a base-36 unsigned number from [p, end); false if there is none.
bool ReadBase36(const char*& p, const char* end, uint64_t& v) {
    const auto res = std::from_chars(p, end, v, 36);
    if (res.ec != std::errc() || res.ptr == p) return false;
    p = res.ptr;
    return true;
}

bool ParseWhole(const std::string& s, uint64_t& v, int base = 10) {
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v, base);
    return res.ec == std::errc() && res.ptr == s.data() + s.size() && !s.empty();
}

std::vector<std::string> Split(const std::string& text, char sep) {
    std::vector<std::string> parts(1);
    for (char ch : text) {
        if (ch == sep) parts.emplace_back();
        else parts.back().push_back(ch);
    }
    return parts;
}

int IndexOf(const char* letters, int count, char ch) {
    for (int i = 0; i < count; ++i)
        if (letters[i] == ch) return i;
    return -1;
}

// One day: a timer digit, then commands separated by ','.
bool ParseDay(const std::string& text, DayLog& day, size_t& total_commands) {
    if (text.empty() || text[0] < '0' || text[0] > '2') return false;
    day.Options.Timer = static_cast<TimerMode>(text[0] - '0');
    const char* p = text.data() + 1;
    const char* end = text.data() + text.size();
    long long tick = 0;
    while (p < end) {
        const int kind = IndexOf(kKindLetters, kCommandKindCount, *p++);
        uint64_t arg = 0, delta = 0;
        if (kind < 0 || !ReadBase36(p, end, arg) || p == end || *p++ != '@' || !ReadBase36(p, end, delta)) return false;
        tick += static_cast<long long>(delta);
        if (arg > 1000 || tick > (1LL << 30) || ++total_commands > kMaxSnapshotCommands) return false;
        day.Commands.push_back({static_cast<int>(tick), static_cast<CommandKind>(kind), static_cast<int>(arg)});
        if (p < end && *p++ != ',') return false;
    }
    return true;
}

DayLog LogOf(const Shift& s) { return {s.Options, s.Log}; }

} // namespace

Snapshot TakeSnapshot(const Week& week, const Shift* current) {
    Snapshot snap{week.Place->Id, week.Place->Version, week.Play, week.Seed, week.Form, {}};
    for (const DayResult& d : week.Days) snap.Days.push_back({d.Options, d.Log});
    if (current) snap.Days.push_back(LogOf(*current));
    return snap;
}

std::string EncodeSnapshot(const Snapshot& s) {
    std::string out = "mot" + std::to_string(kSnapshotFormat) + "|" + s.VenueId + "|" + std::to_string(s.VenueVersion) + "|" +
                      kModeLetters[static_cast<int>(s.Play)] + "|";
    AppendBase36(out, s.Seed);
    out += '|' + std::to_string(s.Form) + '|';
    for (size_t d = 0; d < s.Days.size(); ++d) {
        if (d) out += ';';
        out += static_cast<char>('0' + static_cast<int>(s.Days[d].Options.Timer));
        int last = 0;
        for (size_t i = 0; i < s.Days[d].Commands.size(); ++i) {
            const Command& c = s.Days[d].Commands[i];
            if (i) out += ',';
            out += kKindLetters[static_cast<int>(c.Kind)];
            AppendBase36(out, static_cast<uint64_t>(c.Arg));
            out += '@';
            AppendBase36(out, static_cast<uint64_t>(c.Tick - last));
            last = c.Tick;
        }
    }
    return out;
}

std::optional<Snapshot> DecodeSnapshot(const std::string& text, SnapshotError& error) {
    if (text.size() > kMaxSnapshotChars) {
        error = {SnapshotProblem::TooLong, {}, static_cast<int64_t>(text.size()), 0, 0};
        return std::nullopt;
    }
    const std::vector<std::string> f = Split(text, '|');
    if (f[0].rfind("mot", 0) != 0) {
        error = {SnapshotProblem::NotASave, {}, 0, 0, 0};
        return std::nullopt;
    }
    uint64_t format = 0;
    if (!ParseWhole(f[0].substr(3), format) || format < kOldestSnapshotFormat || format > kSnapshotFormat) {
        error = {SnapshotProblem::OtherFormat, f[0].substr(3), 0, 0, 0};
        return std::nullopt;
    }
    // Format 2 had no form field: read it as form 0.
    std::vector<std::string> fields = f;
    if (format == 2 && fields.size() == 6) fields.insert(fields.begin() + 5, "0");
    Snapshot s;
    uint64_t version = 0, form = 0;
    const int mode = fields.size() == 7 && fields[3].size() == 1 ? IndexOf(kModeLetters, 2, fields[3][0]) : -1;
    size_t total = 0;
    bool ok = fields.size() == 7 && !fields[1].empty() && fields[1].size() <= 64 && ParseWhole(fields[2], version) &&
              version <= 1000000 && mode >= 0 && ParseWhole(fields[4], s.Seed, 36) && ParseWhole(fields[5], form) && form < 100;
    if (ok && !fields[6].empty()) {
        for (const std::string& day : Split(fields[6], ';')) {
            s.Days.emplace_back();
            ok = ok && s.Days.size() <= 16 && ParseDay(day, s.Days.back(), total);
        }
    }
    if (!ok) {
        error = {SnapshotProblem::Damaged, {}, 0, 0, 0};
        return std::nullopt;
    }
    s.Form = static_cast<int>(form);
    s.VenueId = fields[1];
    s.VenueVersion = static_cast<int>(version);
    s.Play = static_cast<Mode>(mode);
    return s;
}

std::optional<Shift> ReplayShift(const Week& week, const DayLog& log, SnapshotError& error) {
    Shift shift = StartNextShift(week, log.Options);
    for (const Command& c : log.Commands) {
        if (c.Tick < shift.Tick) {
            error = {SnapshotProblem::Damaged, {}, 0, 0, 0};
            return std::nullopt;
        }
        Advance(shift, c.Tick - shift.Tick);
        if (shift.Tick != c.Tick || !Apply(shift, c)) {
            error = {SnapshotProblem::DoesNotReplay, {}, &c - log.Commands.data() + 1, 0, 0};
            return std::nullopt;
        }
    }
    shift.Events.clear();
    return shift;
}

std::optional<Session> Replay(const Venue& venue, const Snapshot& snap, SnapshotError& error) {
    if (snap.VenueId != venue.Id || snap.VenueVersion != venue.Version) {
        error = {SnapshotProblem::OtherContent, snap.VenueId, snap.VenueVersion, venue.Version, 0};
        return std::nullopt;
    }
    Session session{StartWeek(venue, snap.Seed, snap.Play, snap.Form), std::nullopt};
    for (size_t d = 0; d < snap.Days.size(); ++d) {
        if (WeekComplete(session.Progress)) {
            error = {SnapshotProblem::TooManyShifts, {}, 0, 0, 0};
            return std::nullopt;
        }
        std::optional<Shift> shift = ReplayShift(session.Progress, snap.Days[d], error);
        if (!shift) {
            error.Shift = static_cast<int>(d + 1);
            return std::nullopt;
        }
        if (shift->Now == Phase::Ended) {
            RecordDay(session.Progress, *shift);
        } else if (d + 1 < snap.Days.size()) {
            error = {SnapshotProblem::Damaged, {}, 0, 0, static_cast<int>(d + 1)};
            return std::nullopt;
        } else {
            session.Current = std::move(*shift);
        }
    }
    return session;
}

} // namespace moments
