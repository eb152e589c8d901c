#include "lint.h"

#include "core/paths.h"
#include "localise.h"
#include "strings.h"

#include <algorithm>
#include <array>

namespace moments {

namespace {

// The JSON pointer of an encounter.
std::string At(size_t encounter) { return "/encounters/" + std::to_string(encounter); }

// [SECTION] One venue ---------------------------------------------------------------

// A beat no response leads to is text the learner never sees: usually a mistyped "next".
void CheckReachableBeats(const LintInput& in, size_t ei, std::vector<ContentError>& out) {
    const Encounter& e = in.Data.Encounters[ei];
    const std::vector<bool> reached = ReachableBeats(e);
    for (size_t b = 0; b < e.Beats.size(); ++b)
        if (!reached[b])
            out.push_back({in.File, At(ei) + "/beats/" + std::to_string(b), Message::Untranslated("beat '" + e.Beats[b].Id + "' cannot be reached from the first beat ('" + e.Beats[0].Id + "') of encounter '" + e.Id +
                               "': no response leads to it; set some response's \"next\" to \"" + e.Beats[b].Id + "\", or delete the beat"),
                           "unreachable-beat"});
}

// GAME.md §4: every customer can be delighted and can be let down, by what the employee says.
void CheckOutcomes(const LintInput& in, size_t ei, std::vector<ContentError>& out) {
    const Encounter& e = in.Data.Encounters[ei];
    const auto reachable = ReachableOutcomes(in.Data, e);
    if (!reachable[static_cast<size_t>(Outcome::Magic)])
        out.push_back({in.File, At(ei), Message::Untranslated("no path ends in magic for '" + e.Id + "': whatever the employee says, the customer is never delighted; give the best responses more satisfaction"), "no-magic"});
    if (!reachable[static_cast<size_t>(Outcome::Misery)])
        out.push_back({in.File, At(ei), Message::Untranslated("no path ends in misery for '" + e.Id + "': no answer can let the customer down, so there is nothing to learn; add a response a careless employee would give, with negative satisfaction"), "no-misery"});
}

// A hidden need nobody can uncover, or a reveal with nothing to reveal, is a broken encounter.
void CheckHiddenNeed(const LintInput& in, size_t ei, std::vector<ContentError>& out) {
    const Encounter& e = in.Data.Encounters[ei];
    bool reveals = false;
    for (const Beat& b : e.Beats)
        for (const Response& r : b.Responses) reveals |= r.RevealsNeed;
    if (!e.HiddenNeed.empty() && !reveals) out.push_back({in.File, At(ei) + "/hidden_need", Message::Untranslated("no response has reveals_need, so the need can never be found: set \"reveals_need\": true on the response that uncovers it"), "hidden-need"});
    if (e.HiddenNeed.empty() && reveals) out.push_back({in.File, At(ei), Message::Untranslated("a response reveals a need, but hidden_need is empty: write the need there, or drop reveals_need"), "hidden-need"});
}

// The training week walks the five stages in order, one a day.
void CheckWeek(const LintInput& in, std::vector<ContentError>& out) {
    const Venue& v = in.Data;
    if (v.Week.size() != kStageCount) out.push_back({in.File, "/week", Message::Untranslated("the week needs five days, one per stage, not " + std::to_string(v.Week.size())), "week"});
    for (size_t d = 0; d < v.Week.size(); ++d)
        if (static_cast<size_t>(v.Week[d].WeekStage) != d)
            out.push_back({in.File, "/week/" + std::to_string(d) + "/stage", Message::Untranslated("day " + std::to_string(d + 1) + " should be stage " + std::to_string(d + 1) + " of uncertainty, alignment, experience, ownership, amazement"), "week"});
}

// Each listed language has a translation file with exactly the English keys.
void CheckTranslations(const LintInput& in, const std::string& locales_dir, std::vector<ContentError>& out) {
    if (std::find(in.Data.Locales.begin(), in.Data.Locales.end(), "en") == in.Data.Locales.end())
        out.push_back({in.File, "/locales", Message::Untranslated("must include \"en\", the language of the venue file"), "locales"});
    for (const std::string& lang : in.Data.Locales) {
        if (lang == "en") continue;
        if (const auto t = LoadVenueTranslation(locales_dir, lang, in.Data.Id, out))
            CheckTranslation(in.Data, *t, locales_dir + "/" + lang + "/" + in.Data.Id + ".json", out);
    }
}

// [SECTION] The package: every venue linted together -----------------------------

// What a learner meets somewhere in the package (GAME.md §4): counted over all its venues.
struct Coverage {
    std::array<int, kMiseryTriggerCount> Triggers{};
    int OverService = 0, Recoveries = 0, HiddenNeeds = 0, Dilemmas = 0, Promises = 0;
};

// The misery triggers in plain words, in Tag order, for messages a trainer reads.
constexpr std::array<const char*, kMiseryTriggerCount> kTriggerMeaning = {
    "saying no before what can be done", "hiding behind the rule book", "leaving the customer to chase it",
    "making them repeat their story", "accusing or interrogating them", "refusing responsibility",
    "skipping the apology", "telling them they are wrong", "cutting them off"};

// A beat where quoting the rule is on offer next to a costlier way round it.
bool IsPolicyDilemma(const Beat& b) {
    const auto quote = std::find_if(b.Responses.begin(), b.Responses.end(), [](const Response& r) { return r.Tags.Has(Tag::QuotePolicy); });
    if (quote == b.Responses.end()) return false;
    return std::any_of(b.Responses.begin(), b.Responses.end(), [&](const Response& r) {
        return r.Tags.Has(Tag::BendRule) && (r.Cost > quote->Cost || r.Seconds > quote->Seconds);
    });
}

// Adds one venue's customers and responses to the package's counts.
void Count(const Venue& v, Coverage& c) {
    for (const Encounter& e : v.Encounters) {
        c.Recoveries += e.Arrival == Mood::Upset;
        c.HiddenNeeds += !e.HiddenNeed.empty();
        for (const Beat& b : e.Beats) {
            c.Dilemmas += IsPolicyDilemma(b);
            for (const Response& r : b.Responses) {
                for (int t = 0; t < kMiseryTriggerCount; ++t) c.Triggers[static_cast<size_t>(t)] += r.Tags.Has(static_cast<Tag>(t));
                c.OverService += r.Tags.Any(IsOverService);
                c.Promises += r.Pledge && r.Pledge->DeadlineSeconds > 0;
            }
        }
    }
}

// Package problems belong to no single file: they name the files linted together.
std::string PackageName(const std::vector<LintInput>& venues) {
    std::string names;
    for (const LintInput& in : venues) names += (names.empty() ? "" : ", ") + in.File;
    return "package (" + names + ")";
}

// One coverage rule: `what` the package has too little of, and how to add more.
void Require(std::vector<ContentError>& out, const std::string& package, int have, int need, const std::string& what, const std::string& fix) {
    if (have < need)
        out.push_back({package, "", Message::Untranslated("the package has " + std::to_string(have) + " " + what + ", at least " + std::to_string(need) +
                                        " needed: " + fix + " (in any venue of the package)"), "coverage"});
}

// GAME.md §4: over the whole package, the learner meets each kind of mistake and situation.
void CheckCoverage(const std::vector<LintInput>& venues, std::vector<ContentError>& out) {
    Coverage c;
    for (const LintInput& in : venues) Count(in.Data, c);
    const std::string package = PackageName(venues);
    for (size_t t = 0; t < kTriggerMeaning.size(); ++t)
        Require(out, package, c.Triggers[t], 2, std::string("responses with misery trigger '") + kTagNames[t] + "' (" + kTriggerMeaning[t] + ")",
                std::string("tag a tempting wrong answer \"") + kTagNames[t] + "\"");
    Require(out, package, c.OverService, 3, "over-service traps", "add an eager answer tagged too_many_questions, scripted_praise, push_extras or hovering");
    Require(out, package, c.Recoveries, 2, "recoveries (customers who arrive upset)", "give a customer \"mood\": \"upset\"");
    Require(out, package, c.HiddenNeeds, 2, "hidden needs", "give a customer a \"hidden_need\" and a response with \"reveals_need\": true");
    Require(out, package, c.Dilemmas, 2, "policy dilemmas with a cost",
            "offer a quote_policy answer beside a bend_rule answer that costs more money or time");
    Require(out, package, c.Promises, 1, "promises with a deadline", "add a response with a \"promise\" that has a \"deadline\"");
}

} // namespace

std::vector<ContentError> LintVenues(const std::vector<LintInput>& venues, const std::string& locales_dir) {
    std::vector<ContentError> out;
    for (const LintInput& in : venues) {
        if (in.Data.Encounters.size() < static_cast<size_t>(kMinEncountersPerVenue))
            out.push_back({in.File, "/encounters", Message::Untranslated(std::to_string(in.Data.Encounters.size()) + " encounters; a venue needs at least " +
                                                       std::to_string(kMinEncountersPerVenue) + ": add more customers"), "min-customers"});
        for (size_t ei = 0; ei < in.Data.Encounters.size(); ++ei) {
            CheckReachableBeats(in, ei, out);
            CheckOutcomes(in, ei, out);
            CheckHiddenNeed(in, ei, out);
        }
        CheckWeek(in, out);
        LintJudgment(in, out);
        const std::string& translations = locales_dir.empty() ? in.LocalesDir : locales_dir;
        if (!translations.empty()) CheckTranslations(in, translations, out);
    }
    if (!venues.empty()) CheckCoverage(venues, out);
    return out;
}

std::vector<std::string> MissingKeys(const Venue& venue, const Strings& translation) {
    std::vector<std::string> missing;
    for (const auto& [key, text] : SourceTexts(venue))
        if (!translation.Text.count(key)) missing.push_back(key);
    return missing;
}

void CheckTranslation(const Venue& venue, const Strings& translation, const std::string& file, std::vector<ContentError>& out) {
    std::vector<std::string> keys;
    for (const auto& [key, text] : SourceTexts(venue)) keys.push_back(key);
    if (const size_t missing = MissingKeys(venue, translation).size(); missing > 0)
        out.push_back({file, "", Message::Untranslated(translation.Language + ": " + std::to_string(missing) + " of " + std::to_string(keys.size()) +
                                     " strings missing (listed below); the game would show them in English"), "translation"});
    const size_t first = out.size();
    CompareKeys(keys, translation, file, out);
    for (size_t i = first; i < out.size(); ++i) out[i].Rule = "translation";
}

namespace {

// Plural texts: the language has English's, each with every form its CLDR rules reach (message.h).
void CheckPlurals(const Strings& english, const Strings& language, const std::string& file, std::vector<ContentError>& out) {
    for (const auto& [key, forms] : english.Plurals)
        if (!language.Plurals.count(key)) out.push_back({file, "/" + key, Message::Untranslated("missing plural text (an object of forms)"), "plural"});
    for (const auto& [key, forms] : language.Plurals) {
        if (!english.Plurals.count(key)) out.push_back({file, "/" + key, Message::Untranslated("not a plural text in English"), "plural"});
        const std::vector<std::string> needed = PluralCategoriesNeeded(language.Language);
        std::string all;
        for (const std::string& form : needed) all += (all.empty() ? "" : ", ") + form;
        for (const std::string& form : needed)
            if (!forms.count(form) || forms.at(form).empty())
                out.push_back({file, "/" + key, Message::Untranslated("needs the \"" + form + "\" form (" + language.Language + " needs " + all + ")"), "plural"});
    }
}

} // namespace

std::vector<ContentError> LintInterfaceText(const std::string& locales_dir, const std::vector<std::string>& languages) {
    std::vector<ContentError> out;
    const auto english = LoadStrings(locales_dir, "en", out);
    if (!english) return out;
    std::vector<std::string> keys;
    for (const auto& [key, text] : english->Text) keys.push_back(key);
    CheckPlurals(*english, *english, locales_dir + "/en/ui.json", out);
    for (const std::string& lang : languages) {
        if (lang == "en") continue;
        const std::string file = locales_dir + "/" + lang + "/ui.json";
        if (const auto t = LoadStrings(locales_dir, lang, out)) {
            CompareKeys(keys, *t, file, out);
            CheckPlurals(*english, *t, file, out);
        }
    }
    return out;
}

} // namespace moments
