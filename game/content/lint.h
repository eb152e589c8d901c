// The content linter's rules (GAME.md §4 and the structure the game relies
// on), as a function so tests can check its messages. moments-lint prints them.
#pragma once
#include "content_error.h"
#include "core/venue.h"
#include "strings.h"

#include <string>
#include <vector>

namespace moments {

struct LintInput {
    std::string File;       // the venue's path, for messages
    Venue Data;
    std::string LocalesDir = {}; // its translations (<lang>/<id>.json), when the call names no folder for all
};

constexpr int kMinEncountersPerVenue = 12;

// Checks loaded venues one by one, and together as one package (the coverage
// rules: their problems name "package (a.json, b.json)" as the file), and their
// translations in `locales_dir`, else in each venue's LocalesDir (skipped when
// both are empty): each missing string is listed, with a count per language.
// Returns every problem found.
std::vector<ContentError> LintVenues(const std::vector<LintInput>& venues, const std::string& locales_dir);

// GAME.md §6 for one venue: no surface tells, a fresh assessment pool in
// parallel forms, a gentle first customer (lint_tells.cpp).
void LintJudgment(const LintInput& venue, std::vector<ContentError>& out);

// The keys of the venue's English text that `translation` lacks, in the text's order.
std::vector<std::string> MissingKeys(const Venue& venue, const Strings& translation);

// One translation (read from `file`) against the venue's English text: how many strings it
// lacks, then each missing, foreign or empty key (pointers into `file`), all with rule "translation".
void CheckTranslation(const Venue& venue, const Strings& translation, const std::string& file, std::vector<ContentError>& out);

// Checks that every language's ui.json in `locales_dir` has exactly English's keys.
std::vector<ContentError> LintInterfaceText(const std::string& locales_dir, const std::vector<std::string>& languages);

} // namespace moments
