#include "sim_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace moments {

namespace {

constexpr int kSurfaceMargin = 10; // surface strategies may beat random play's mean by at most this
constexpr int kFormTolerance = 5;  // parallel forms' mean scores differ by at most this

// [SECTION] Playing ------------------------------------------------------------------

// Plays one shift to the end: the bot thinks, answers, and follows up when it would.
void PlayShift(Shift& s, BotKind bot, int think_seconds, Rng& rng) {
    const int think = think_seconds * kTicksPerSecond;
    while (s.Now != Phase::Ended) {
        if (const int keep = BotKeepPromise(bot, s, rng); keep >= 0) {
            Apply(s, {0, CommandKind::KeepPromise, keep});
        } else if (s.Now == Phase::Serving) {
            Advance(s, think);
            Apply(s, {0, CommandKind::Choose, BotChoose(bot, s, rng)});
        } else {
            Apply(s, {0, CommandKind::Next, 0});
        }
        s.Events.clear();
    }
}

void Record(const Shift& s, Tally& t) {
    for (int o = 0; o < 3; ++o) t.Outcomes[static_cast<size_t>(o)] += s.Outcomes[static_cast<size_t>(o)];
    t.PerEncounter.resize(s.Place->Encounters.size());
    for (const Customer& c : s.Customers) {
        if (s.Place->Encounters[static_cast<size_t>(c.Encounter)].Temper == Patience::Hurried) t.Hurried[static_cast<size_t>(c.Result)] += 1;
        t.PerEncounter[static_cast<size_t>(c.Encounter)][static_cast<size_t>(c.Result)] += 1;
    }
    t.Reputations.push_back(s.Reputation);
    t.Spent += s.Spent;
    t.PromisesMade += static_cast<long long>(s.Promises.size());
    for (const PromiseState& p : s.Promises) t.PromisesKept += p.Kept;
    t.Encounters += static_cast<long long>(s.Customers.size());
}

// Plays a whole week (or an assessment) and files every shift and the final score.
void PlayWeek(Week& week, BotKind bot, int think_seconds, Rng& rng, Tally& t, int max_shifts = 1 << 30) {
    const TimerMode timer = week.Play == Mode::Training ? TimerMode::Relaxed : TimerMode::Normal;
    while (!WeekComplete(week) && static_cast<int>(t.Reputations.size()) < max_shifts) {
        Shift s = StartNextShift(week, {timer, week.Play});
        PlayShift(s, bot, think_seconds, rng);
        Record(s, t);
        RecordDay(week, s);
        t.Score += week.Days.back().Result.Total;
    }
    if (WeekComplete(week)) t.Scores.push_back(WeekScore(week));
}

void Merge(Tally& into, const Tally& from) {
    for (size_t o = 0; o < 3; ++o) {
        into.Outcomes[o] += from.Outcomes[o];
        into.Hurried[o] += from.Hurried[o];
    }
    into.Reputations.insert(into.Reputations.end(), from.Reputations.begin(), from.Reputations.end());
    into.Scores.insert(into.Scores.end(), from.Scores.begin(), from.Scores.end());
}

// [SECTION] Rules --------------------------------------------------------------------

const BotRow& RowOf(const BalanceTable& table, BotKind bot) { return table.Rows[static_cast<size_t>(bot)]; }

std::string Figure(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Best play: mostly magic, never misery, and it passes.
void CheckBest(const char* where, const Tally& t, std::vector<std::string>& out) {
    if (Rate(t.Outcomes, Outcome::Magic) < 0.80 || t.Outcomes[0] != 0)
        out.push_back(std::string("best play in ") + where + ": " + Figure(100 * Rate(t.Outcomes, Outcome::Magic)) +
                      "% magic and " + std::to_string(t.Outcomes[0]) + " misery (needs >= 80% and none)");
    if (Mean(t.Scores) < kDefaultPassMark)
        out.push_back(std::string("best play in ") + where + " scores " + Figure(Mean(t.Scores)) + ", below the pass mark");
}

// A surface strategy fails the pass mark and stays within kSurfaceMargin of random play.
void CheckSurface(BotKind bot, const char* where, const Tally& t, const Tally& random, std::vector<std::string>& out) {
    const double score = Mean(t.Scores), ceiling = Mean(random.Scores) + kSurfaceMargin;
    if (score >= kDefaultPassMark || score > ceiling)
        out.push_back(std::string("'") + BotName(bot) + "' in " + where + " scores " + Figure(score) +
                      " (must be below the pass mark and at most random's " + Figure(ceiling - kSurfaceMargin) + " + 10)");
}

void CheckBelowZero(BotKind bot, const char* where, const Tally& t, std::vector<std::string>& out) {
    if (Mean(t.Reputations) >= 0)
        out.push_back(std::string("'") + BotName(bot) + "' in " + where + " ends at reputation " + Figure(Mean(t.Reputations)) +
                      " per shift (must be below zero)");
}

// Parallel forms are matched: best and random score alike on each.
void CheckForms(const Venue& venue, const BalanceTable& table, std::vector<std::string>& out) {
    for (BotKind bot : {BotKind::Best, BotKind::Random}) {
        const auto& forms = RowOf(table, bot).Forms;
        for (size_t i = 1; i < forms.size(); ++i)
            if (std::abs(Mean(forms[i].Scores) - Mean(forms[0].Scores)) > kFormTolerance)
                out.push_back(std::string("assessment forms ") + venue.Assessment[0].Id + " and " + venue.Assessment[i].Id +
                              " are not matched: '" + BotName(bot) + "' scores " + Figure(Mean(forms[0].Scores)) + " and " +
                              Figure(Mean(forms[i].Scores)));
    }
}

} // namespace

// [SECTION] Public ---------------------------------------------------------------------

double Mean(const std::vector<int>& v) {
    double sum = 0;
    for (int x : v) sum += x;
    return v.empty() ? 0 : sum / static_cast<double>(v.size());
}

double Spread(const std::vector<int>& v) {
    const double m = Mean(v);
    double sum = 0;
    for (int x : v) sum += (x - m) * (x - m);
    return v.size() < 2 ? 0 : std::sqrt(sum / static_cast<double>(v.size() - 1));
}

double Rate(const std::array<long long, 3>& counts, Outcome o) {
    const long long total = counts[0] + counts[1] + counts[2];
    return total ? static_cast<double>(counts[static_cast<size_t>(o)]) / static_cast<double>(total) : 0.0;
}

Tally SimulateShifts(const Venue& venue, BotKind bot, int shifts, uint64_t seed, int think_seconds) {
    Tally t;
    Rng rng{seed * 7919 + 1};
    for (uint64_t w = 0; static_cast<int>(t.Reputations.size()) < shifts; ++w) {
        Week week = StartWeek(venue, seed + w * 101, Mode::Training);
        PlayWeek(week, bot, think_seconds, rng, t, shifts);
    }
    return t;
}

BalanceTable PlayTable(const Venue& venue, int seeds, int think_seconds) {
    BalanceTable table{seeds, {}};
    for (int b = 0; b < kBotKindCount; ++b) {
        BotRow row{static_cast<BotKind>(b), {}, std::vector<Tally>(static_cast<size_t>(AssessmentFormCount(venue))), {}};
        Rng rng{static_cast<uint64_t>(b) * 7919 + 1};
        for (int seed = 1; seed <= seeds; ++seed) {
            Week week = StartWeek(venue, static_cast<uint64_t>(seed) * 101, Mode::Training);
            PlayWeek(week, row.Bot, think_seconds, rng, row.Training);
            for (size_t f = 0; f < row.Forms.size(); ++f) {
                Week exam = StartWeek(venue, static_cast<uint64_t>(seed) * 131, Mode::Assessment, static_cast<int>(f));
                PlayWeek(exam, row.Bot, think_seconds, rng, row.Forms[f]);
            }
        }
        for (const Tally& f : row.Forms) Merge(row.Assessment, f);
        table.Rows.push_back(std::move(row));
    }
    return table;
}

std::string FormatTable(const Venue& venue, const BalanceTable& table) {
    std::string out = venue.Id + ": mean score (0-100, pass mark " + std::to_string(kDefaultPassMark) + ") over " +
                      std::to_string(table.Seeds) + " seeds; magic / misery share; reputation per shift\n";
    char line[256];
    std::snprintf(line, sizeof line, "| %-9s | %-28s | %-28s |", "bot", "training week", "assessment (all forms)");
    out += line;
    for (const AssessmentForm& f : venue.Assessment) out += " form " + f.Id + " |";
    out += "\n|-----------|------------------------------|------------------------------|";
    for (size_t i = 0; i < venue.Assessment.size(); ++i) out += "--------|";
    out += "\n";
    auto cell = [](const Tally& t) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%5.1f  %3.0f%% / %3.0f%%  %+6.1f", Mean(t.Scores), 100 * Rate(t.Outcomes, Outcome::Magic),
                      100 * Rate(t.Outcomes, Outcome::Misery), Mean(t.Reputations));
        return std::string(buf);
    };
    for (const BotRow& row : table.Rows) {
        std::snprintf(line, sizeof line, "| %-9s | %-28s | %-28s |", BotName(row.Bot), cell(row.Training).c_str(), cell(row.Assessment).c_str());
        out += line;
        if (!venue.Assessment.empty())
            for (const Tally& f : row.Forms) {
                std::snprintf(line, sizeof line, " %-6.1f|", Mean(f.Scores));
                out += line;
            }
        out += "\n";
    }
    return out;
}

std::vector<BalanceRule> BalanceRules(const Venue& venue, const BalanceTable& table) {
    std::vector<BalanceRule> rules;
    BalanceRule best{"best", "best play passes with at least 80% magic and no misery, in training and on every assessment form", {}};
    CheckBest("training", RowOf(table, BotKind::Best).Training, best.Broken);
    const auto& best_forms = RowOf(table, BotKind::Best).Forms;
    for (size_t f = 0; f < best_forms.size(); ++f) {
        const std::string where = "assessment form " + (venue.Assessment.empty() ? std::string("(whole pool)") : venue.Assessment[f].Id);
        CheckBest(where.c_str(), best_forms[f], best.Broken);
    }
    rules.push_back(std::move(best));
    for (BotKind bot : {BotKind::Worst, BotKind::Random, BotKind::Overserve}) {
        BalanceRule rule{BotName(bot), BotRuleDemand(bot), {}};
        if (std::string b = BotRuleBroken(bot, RowOf(table, bot).Training); !b.empty()) rule.Broken.push_back(b);
        rules.push_back(std::move(rule));
    }
    for (int b = 0; b < kBotKindCount; ++b) {
        const auto bot = static_cast<BotKind>(b);
        const std::string name = BotName(bot);
        if (IsSurfaceBot(bot)) {
            BalanceRule rule{name, "'" + name + "' fails the pass mark and scores at most random's mean + 10, in training and in assessment", {}};
            CheckSurface(bot, "training", RowOf(table, bot).Training, RowOf(table, BotKind::Random).Training, rule.Broken);
            CheckSurface(bot, "assessment", RowOf(table, bot).Assessment, RowOf(table, BotKind::Random).Assessment, rule.Broken);
            rules.push_back(std::move(rule));
        } else if (bot == BotKind::Bend || bot == BotKind::Quote) {
            BalanceRule rule{name, "'" + name + "' ends below zero reputation per shift, in training and in assessment", {}};
            CheckBelowZero(bot, "training", RowOf(table, bot).Training, rule.Broken);
            CheckBelowZero(bot, "assessment", RowOf(table, bot).Assessment, rule.Broken);
            rules.push_back(std::move(rule));
        }
    }
    BalanceRule forms{"forms", "the parallel assessment forms score within 5 points of each other for best and random", {}};
    CheckForms(venue, table, forms.Broken);
    rules.push_back(std::move(forms));
    return rules;
}

std::vector<std::string> BrokenRules(const Venue& venue, const BalanceTable& table) {
    std::vector<std::string> out;
    for (const BalanceRule& rule : BalanceRules(venue, table)) out.insert(out.end(), rule.Broken.begin(), rule.Broken.end());
    return out;
}

std::string BotRuleDemand(BotKind bot) {
    switch (bot) {
    case BotKind::Best: return "best play: at least 80% magic and no misery";
    case BotKind::Worst: return "worst play: at least 60% misery";
    case BotKind::Random: return "random play: mean reputation below zero";
    case BotKind::Bend: return "always bending the rule: mean reputation below zero";
    case BotKind::Quote: return "always citing the rule: mean reputation below zero";
    case BotKind::Overserve: return "over-serving everyone: hurried customers end no better than mediocrity";
    default: return ""; // surface strategies are judged against random play: see BalanceRules
    }
}

std::string BotRuleBroken(BotKind bot, const Tally& t) {
    bool holds = true;
    switch (bot) {
    case BotKind::Best: holds = Rate(t.Outcomes, Outcome::Magic) >= 0.80 && t.Outcomes[0] == 0; break;
    case BotKind::Worst: holds = Rate(t.Outcomes, Outcome::Misery) >= 0.60; break;
    case BotKind::Random:
    case BotKind::Bend:
    case BotKind::Quote: holds = Mean(t.Reputations) < 0; break;
    case BotKind::Overserve: holds = t.Hurried[static_cast<size_t>(Outcome::Magic)] == 0; break;
    default: break;
    }
    return holds ? "" : BotRuleDemand(bot);
}

} // namespace moments
