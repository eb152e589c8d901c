// Plays a venue through its training week and every assessment form with a
// bot, as the simulator does, and tells whether every shift ended. A loaded
// venue's conversations cannot loop, so a shift needs at most one answer per
// beat, one follow-up per answer and one call per customer: more commands than
// that means it would never end. Shared by the content tests and the venue
// fuzz target.
#pragma once
#include "app/bot.h"
#include "core/week.h"

namespace moments::testing {

// The most commands a shift can take when no conversation loops.
inline size_t CommandBound(const Shift& s) {
    size_t bound = 1;
    for (const Customer& c : s.Customers) bound += 2 * s.Place->Encounters[static_cast<size_t>(c.Encounter)].Beats.size() + 1;
    return bound;
}

// Plays one shift with `bot` answering after `think_ticks`; false if it has not ended within the bound.
inline bool PlayShiftToEnd(Shift& s, BotKind bot, int think_ticks, Rng& rng) {
    for (size_t commands = CommandBound(s); s.Now != Phase::Ended; --commands) {
        if (commands == 0) return false;
        if (const int keep = BotKeepPromise(bot, s, rng); keep >= 0) Apply(s, {0, CommandKind::KeepPromise, keep});
        else if (s.Now == Phase::Serving) {
            Advance(s, think_ticks);
            Apply(s, {0, CommandKind::Choose, BotChoose(bot, s, rng)});
        } else Apply(s, {0, CommandKind::Next, 0});
        s.Events.clear();
    }
    return true;
}

// The training week and each assessment form, start to finish; false at the first shift that would not end.
inline bool PlaysToTheEnd(const Venue& venue, BotKind bot, uint64_t seed) {
    Rng rng{seed};
    const int forms = std::max<int>(1, static_cast<int>(venue.Assessment.size()));
    for (int run = 0; run <= forms; ++run) {
        Week week = run == 0 ? StartWeek(venue, seed, Mode::Training) : StartWeek(venue, seed, Mode::Assessment, run - 1);
        while (!WeekComplete(week)) {
            Shift s = StartNextShift(week, {TimerMode::Normal, week.Play});
            if (!PlayShiftToEnd(s, bot, 4 * kTicksPerSecond, rng)) return false;
            RecordDay(week, s);
        }
    }
    return true;
}

} // namespace moments::testing
