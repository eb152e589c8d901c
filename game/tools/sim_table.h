// The simulator's balance measurements: bots playing training weeks and every
// assessment form, and the GAME.md §5 rules checked against what they scored.
#pragma once
#include "app/bot.h"
#include "core/week.h"

#include <array>
#include <string>
#include <vector>

namespace moments {

// What one bot did over many shifts (or weeks, or attempts).
struct Tally {
    std::array<long long, 3> Outcomes{}, Hurried{};
    std::vector<std::array<long long, 3>> PerEncounter; // outcomes by encounter index
    std::vector<int> Reputations; // one per shift
    std::vector<int> Scores;      // one per finished week or assessment attempt
    long long Score = 0, Spent = 0, PromisesMade = 0, PromisesKept = 0, Encounters = 0;
};

double Mean(const std::vector<int>& v);
double Spread(const std::vector<int>& v);
double Rate(const std::array<long long, 3>& counts, Outcome o);

// Plays `shifts` training shifts as consecutive weeks, so regulars return as in the game.
Tally SimulateShifts(const Venue& venue, BotKind bot, int shifts, uint64_t seed, int think_seconds);

// One bot's row: a training week and each assessment form, `seeds` times each.
struct BotRow {
    BotKind Bot = BotKind::Best;
    Tally Training;
    std::vector<Tally> Forms; // one per assessment form
    Tally Assessment;         // every form together
};
struct BalanceTable {
    int Seeds = 0;
    std::vector<BotRow> Rows; // in BotKind order
};

BalanceTable PlayTable(const Venue& venue, int seeds, int think_seconds);

// The table as aligned text (it is pasted into the README).
std::string FormatTable(const Venue& venue, const BalanceTable& table);

// One GAME.md §5 rule: a short stable id (the bot it judges, or "forms"), what it demands,
// and each way the table breaks it (empty when it holds).
struct BalanceRule {
    std::string Id, Demand;
    std::vector<std::string> Broken;
};

// Every GAME.md §5 rule, in a fixed order, held or broken.
std::vector<BalanceRule> BalanceRules(const Venue& venue, const BalanceTable& table);

// Every GAME.md §5 rule the table breaks, one sentence each; empty if all hold.
std::vector<std::string> BrokenRules(const Venue& venue, const BalanceTable& table);

// The one rule `bot` answers for on a plain run, in words; "" for the surface strategies.
std::string BotRuleDemand(BotKind bot);

// The one rule `bot` answers for, checked on a plain run; "" if it holds.
std::string BotRuleBroken(BotKind bot, const Tally& t);

} // namespace moments
