#include "lint.h"

#include "core/paths.h"
#include "localise.h"
#include "strings.h"

#include <algorithm>
#include <array>

namespace moments {

namespace {

std::string At(size_t encounter) { return "/encounters/" + std::to_string(encounter); }

// [SECTION] One venue ---------------------------------------------------------------

void CheckReachableBeats(const LintInput& in, size_t ei, std::vector<ContentError>& out) {
    const Encounter& e = in.Data.Encounters[ei];
    std::vector<bool> seen(e.Beats.size(), false);
    std::vector<int> todo = {0};
    while (!todo.empty()) {
        const int b = todo.back();
        todo.pop_back();
        if (b < 0 || seen[static_cast<size_t>(b)]) continue;
        seen[static_cast<size_t>(b)] = true;
        for (const Response& r : e.Beats[static_cast<size_t>(b)].Responses) todo.push_back(r.Next);
    }
    for (size_t b = 0; b < e.Beats.size(); ++b)
        if (!seen[b]) out.push_back({in.File, At(ei) + "/beats/" + std::to_string(b), "beat '" + e.Beats[b].Id + "' cannot be reached from the first beat"});
}

void CheckOutcomes(const LintInput& in, size_t ei, std::vector<ContentError>& out) {
    const auto reachable = ReachableOutcomes(in.Data, in.Data.Encounters[ei]);
    if (!reachable[static_cast<size_t>(Outcome::Magic)]) out.push_back({in.File, At(ei), "no path ends in magic"});
    if (!reachable[static_cast<size_t>(Outcome::Misery)]) out.push_back({in.File, At(ei), "no path ends in misery"});
}

void CheckHiddenNeed(const LintInput& in, size_t ei, std::vector<ContentError>& out) {
    const Encounter& e = in.Data.Encounters[ei];
    bool reveals = false;
    for (const Beat& b : e.Beats)
        for (const Response& r : b.Responses) reveals |= r.RevealsNeed;
    if (!e.HiddenNeed.empty() && !reveals) out.push_back({in.File, At(ei) + "/hidden_need", "no response has reveals_need, so the need can never be found"});
    if (e.HiddenNeed.empty() && reveals) out.push_back({in.File, At(ei), "a response reveals a need, but hidden_need is empty"});
}

void CheckWeek(const LintInput& in, std::vector<ContentError>& out) {
    const Venue& v = in.Data;
    if (v.Week.size() != kStageCount) out.push_back({in.File, "/week", "the week needs five days, one per stage, not " + std::to_string(v.Week.size())});
    for (size_t d = 0; d < v.Week.size(); ++d)
        if (static_cast<size_t>(v.Week[d].WeekStage) != d)
            out.push_back({in.File, "/week/" + std::to_string(d) + "/stage", "day " + std::to_string(d + 1) + " should be stage " + std::to_string(d + 1) + " of uncertainty, alignment, experience, ownership, amazement"});
}

void CheckTranslations(const LintInput& in, const std::string& locales_dir, std::vector<ContentError>& out) {
    if (std::find(in.Data.Locales.begin(), in.Data.Locales.end(), "en") == in.Data.Locales.end())
        out.push_back({in.File, "/locales", "must include \"en\", the language of the venue file"});
    std::vector<std::string> keys;
    for (const auto& [key, text] : SourceTexts(in.Data)) keys.push_back(key);
    for (const std::string& lang : in.Data.Locales) {
        if (lang == "en") continue;
        if (const auto t = LoadVenueTranslation(locales_dir, lang, in.Data.Id, out))
            CompareKeys(keys, *t, locales_dir + "/" + lang + "/" + in.Data.Id + ".json", out);
    }
}

// [SECTION] All venues together -----------------------------------------------------

struct Coverage {
    std::array<int, kMiseryTriggerCount> Triggers{};
    int OverService = 0, Recoveries = 0, HiddenNeeds = 0, Dilemmas = 0, Promises = 0;
};

// A beat where quoting the rule is on offer next to a costlier way round it.
bool IsPolicyDilemma(const Beat& b) {
    const auto quote = std::find_if(b.Responses.begin(), b.Responses.end(), [](const Response& r) { return r.Tags.Has(Tag::QuotePolicy); });
    if (quote == b.Responses.end()) return false;
    return std::any_of(b.Responses.begin(), b.Responses.end(), [&](const Response& r) {
        return r.Tags.Has(Tag::BendRule) && (r.Cost > quote->Cost || r.Seconds > quote->Seconds);
    });
}

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

void Require(std::vector<ContentError>& out, const std::string& file, int have, int need, const std::string& what) {
    if (have < need)
        out.push_back({file, "", "across all venues, " + what + ": " + std::to_string(have) + " found, at least " + std::to_string(need) + " needed"});
}

void CheckCoverage(const std::vector<LintInput>& venues, std::vector<ContentError>& out) {
    Coverage c;
    for (const LintInput& in : venues) Count(in.Data, c);
    const std::string file = venues.front().File;
    for (int t = 0; t < kMiseryTriggerCount; ++t)
        Require(out, file, c.Triggers[static_cast<size_t>(t)], 2, std::string("misery trigger '") + kTagNames[static_cast<size_t>(t)] + "' as an option");
    Require(out, file, c.OverService, 3, "over-service traps");
    Require(out, file, c.Recoveries, 2, "recoveries (customers who arrive upset)");
    Require(out, file, c.HiddenNeeds, 2, "hidden needs");
    Require(out, file, c.Dilemmas, 2, "policy dilemmas with a cost (quote_policy beside a costlier bend_rule)");
    Require(out, file, c.Promises, 1, "promises with a deadline");
}

} // namespace

std::vector<ContentError> LintVenues(const std::vector<LintInput>& venues, const std::string& locales_dir) {
    std::vector<ContentError> out;
    for (const LintInput& in : venues) {
        if (in.Data.Encounters.size() < static_cast<size_t>(kMinEncountersPerVenue))
            out.push_back({in.File, "/encounters", std::to_string(in.Data.Encounters.size()) + " encounters; a venue needs at least " + std::to_string(kMinEncountersPerVenue)});
        for (size_t ei = 0; ei < in.Data.Encounters.size(); ++ei) {
            CheckReachableBeats(in, ei, out);
            CheckOutcomes(in, ei, out);
            CheckHiddenNeed(in, ei, out);
        }
        CheckWeek(in, out);
        LintJudgment(in, out);
        if (!locales_dir.empty()) CheckTranslations(in, locales_dir, out);
    }
    if (!venues.empty()) CheckCoverage(venues, out);
    return out;
}

std::vector<ContentError> LintInterfaceText(const std::string& locales_dir, const std::vector<std::string>& languages) {
    std::vector<ContentError> out;
    const auto english = LoadStrings(locales_dir, "en", out);
    if (!english) return out;
    std::vector<std::string> keys;
    for (const auto& [key, text] : english->Text) keys.push_back(key);
    for (const std::string& lang : languages)
        if (lang != "en")
            if (const auto t = LoadStrings(locales_dir, lang, out)) CompareKeys(keys, *t, locales_dir + "/" + lang + "/ui.json", out);
    return out;
}

} // namespace moments
