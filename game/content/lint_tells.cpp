// The content linter's judgment rules (GAME.md §6): a venue must not be
// winnable by surface cues (length, openings, stock phrases, the customer's
// name, always bending or always citing the rule), and its assessment pool
// must be fresh material in matched parallel forms. Thresholds: docs/VENUES.md.
#include "lint.h"
#include "text.h"

#include "core/paths.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

namespace moments {

namespace {

constexpr double kMaxLengthTellShare = 0.40; // best is the longest (or the shortest) in at most this share of beats
constexpr int kMinPhraseUses = 3;            // a stock phrase used this often must be on good and bad responses
constexpr int kMinOpeningUses = 5;           // an opening word used this often must be too
constexpr double kMinRuleWinShare = 0.15;    // bending or citing the rule wins in this share of beats at least...
constexpr double kMaxRuleWinShare = 0.85;    // ...and at most this share
constexpr int kMinAssessmentForms = 2;
constexpr int kMinFormCustomers = 6;

// Phrases a pattern-spotting learner learns to seek or avoid (lower case).
constexpr const char* kStockPhrases[] = {"great choice", "i'm afraid", "unfortunately", "sorry", "policy", "rule",
                                         "i'll", "of course", "absolutely", "let me", "happy to", "no problem"};

std::string FirstWord(const std::string& lower) {
    std::string word;
    for (char ch : lower) {
        if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '\'') word += ch;
        else if (!word.empty()) break;
    }
    return word;
}

// How often a cue shows up on good (satisfaction > 0) and bad (< 0) responses.
struct CueCount {
    int Uses = 0, Good = 0, Bad = 0;
    void Add(const Response& r) {
        ++Uses;
        Good += r.Satisfaction > 0;
        Bad += r.Satisfaction < 0;
    }
    bool IsTell(int min_uses) const { return Uses >= min_uses && (Good == 0 || Bad == 0); }
    std::string Describe() const {
        return "used " + std::to_string(Uses) + " times, " + std::to_string(Good) + " on good and " + std::to_string(Bad) + " on poor responses";
    }
};

// The response whose length is strictly the largest (sign 1) or smallest (-1), or -1.
int LengthExtreme(const Beat& b, int sign) {
    int pick = -1, extreme = 0;
    bool tie = false;
    for (size_t i = 0; i < b.Responses.size(); ++i) {
        const int len = CharacterCount(b.Responses[i].Text) * sign;
        if (pick < 0 || len > extreme) pick = static_cast<int>(i), extreme = len, tie = false;
        else if (len == extreme) tie = true;
    }
    return tie ? -1 : pick;
}

struct RuleCount {
    int Uses = 0, Wins = 0;
};

// Per encounter and beat, the core's best response (-1 on a tie), found once for every rule.
using Bests = std::vector<std::vector<int>>;

// Calls visit(beat, best) for every beat of the venue with the core's best response there.
template <typename Visit>
void ForEachBeatWithBest(const LintInput& in, const Bests& best_of, Visit visit) {
    for (size_t ei = 0; ei < in.Data.Encounters.size(); ++ei) {
        const Encounter& e = in.Data.Encounters[ei];
        for (size_t beat = 0; beat < e.Beats.size(); ++beat) visit(e.Beats[beat], best_of[ei][beat]);
    }
}

void CheckLengthTells(const LintInput& in, const Bests& best_of, std::vector<ContentError>& out) {
    int beats = 0, longest = 0, shortest = 0;
    ForEachBeatWithBest(in, best_of, [&](const Beat& b, int best) {
        if (best < 0 || b.Responses.size() < 2) return;
        ++beats;
        longest += LengthExtreme(b, 1) == best;
        shortest += LengthExtreme(b, -1) == best;
    });
    if (beats == 0) return;
    for (const auto& [count, word] : {std::pair{longest, "longest"}, std::pair{shortest, "shortest"}})
        if (count > kMaxLengthTellShare * beats)
            out.push_back({in.File, "/encounters", Message::Untranslated("the best response is the " + std::string(word) + " in " + std::to_string(count) + " of " +
                                                       std::to_string(beats) + " beats (at most 40% allowed): length gives the answer away"), word});
}

void CheckPhraseTells(const LintInput& in, std::vector<ContentError>& out) {
    std::map<std::string, CueCount> phrases, openings;
    CueCount names;
    for (const Encounter& e : in.Data.Encounters)
        for (const Beat& b : e.Beats)
            for (const Response& r : b.Responses) {
                const std::string text = CueText(r.Text);
                for (const char* p : kStockPhrases)
                    if (text.find(p) != std::string::npos) phrases[p].Add(r);
                if (const std::string w = FirstWord(text); !w.empty()) openings[w].Add(r);
                if (!e.Name.empty() && text.find(CueText(e.Name)) != std::string::npos) names.Add(r);
            }
    for (const auto& [phrase, n] : phrases)
        if (n.IsTell(kMinPhraseUses)) out.push_back({in.File, "/encounters", Message::Untranslated("the phrase \"" + phrase + "\" is a tell: " + n.Describe()), "phrase"});
    for (const auto& [word, n] : openings)
        if (n.IsTell(kMinOpeningUses)) out.push_back({in.File, "/encounters", Message::Untranslated("responses opening with \"" + word + "\" are a tell: " + n.Describe()), "opening"});
    if (names.IsTell(kMinPhraseUses)) out.push_back({in.File, "/encounters", Message::Untranslated("saying the customer's name is a tell: " + names.Describe()), "name"});
}

void CheckRuleTells(const LintInput& in, const Bests& best_of, std::vector<ContentError>& out) {
    RuleCount bend, cite;
    ForEachBeatWithBest(in, best_of, [&](const Beat& b, int best) {
        for (size_t i = 0; i < b.Responses.size(); ++i) {
            const TagSet& t = b.Responses[i].Tags;
            const bool wins = static_cast<int>(i) == best;
            if (t.Has(Tag::BendRule)) bend.Uses += 1, bend.Wins += wins;
            if (t.Has(Tag::QuotePolicy) || t.Has(Tag::HoldLine)) cite.Uses += 1, cite.Wins += wins;
        }
    });
    for (const auto& [n, what, rule] : {std::tuple{bend, "bending the rule (bend_rule)", "bend"}, std::tuple{cite, "citing the rule (quote_policy, hold_line)", "quote"}}) {
        if (n.Uses < kMinPhraseUses) continue;
        const double share = static_cast<double>(n.Wins) / n.Uses;
        if (share < kMinRuleWinShare || share > kMaxRuleWinShare)
            out.push_back({in.File, "/encounters", Message::Untranslated(std::string(what) + " is the best answer in " + std::to_string(n.Wins) + " of " +
                                                       std::to_string(n.Uses) + " beats: it should sometimes win and sometimes lose (15-85%)"), rule});
    }
}

bool InWeek(const Venue& v, int encounter) {
    return std::any_of(v.Week.begin(), v.Week.end(), [&](const Day& d) {
        return std::find(d.Encounters.begin(), d.Encounters.end(), encounter) != d.Encounters.end();
    });
}

void CheckAssessmentPool(const LintInput& in, std::vector<ContentError>& out) {
    const Venue& v = in.Data;
    if (static_cast<int>(v.Assessment.size()) < kMinAssessmentForms)
        out.push_back({in.File, "/assessment", Message::Untranslated("the assessment pool needs at least two parallel forms, not " + std::to_string(v.Assessment.size())), "forms"});
    std::vector<int> seen;
    for (size_t f = 0; f < v.Assessment.size(); ++f) {
        const std::string at = "/assessment/" + std::to_string(f) + "/encounters";
        const auto& list = v.Assessment[f].Encounters;
        if (static_cast<int>(list.size()) < kMinFormCustomers)
            out.push_back({in.File, at, Message::Untranslated("a form needs at least six customers, not " + std::to_string(list.size())), "forms"});
        if (list.size() != v.Assessment[0].Encounters.size())
            out.push_back({in.File, at, Message::Untranslated("parallel forms need the same number of customers"), "forms"});
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string here = at + "/" + std::to_string(i);
            const int e = list[i];
            if (InWeek(v, e)) out.push_back({in.File, here, Message::Untranslated("'" + v.Encounters[static_cast<size_t>(e)].Id + "' is a training customer: assessment customers must be new"), "fresh-assessment"});
            if (std::find(seen.begin(), seen.end(), e) != seen.end()) out.push_back({in.File, here, Message::Untranslated("'" + v.Encounters[static_cast<size_t>(e)].Id + "' is in more than one form"), "fresh-assessment"});
            for (const Encounter& other : v.Encounters)
                if (other.ReturnVisit == e) out.push_back({in.File, here, Message::Untranslated("'" + v.Encounters[static_cast<size_t>(e)].Id + "' is a regular's return visit, which training shows"), "fresh-assessment"});
            seen.push_back(e);
        }
    }
}

void CheckFirstCustomer(const LintInput& in, std::vector<ContentError>& out) {
    const Venue& v = in.Data;
    if (v.Week.empty() || v.Week[0].Encounters.empty()) return;
    const Encounter& first = v.Encounters[static_cast<size_t>(v.Week[0].Encounters[0])];
    if (first.Temper != Patience::Relaxed || first.Arrival == Mood::Upset)
        out.push_back({in.File, "/week/0/encounters/0", Message::Untranslated("the week opens with '" + first.Id + "': day 1 should open with a calm, relaxed customer"), "first-customer"});
}

} // namespace

void LintJudgment(const LintInput& in, std::vector<ContentError>& out) {
    Bests bests;
    for (const Encounter& e : in.Data.Encounters) bests.push_back(BestResponses(in.Data, e));
    CheckLengthTells(in, bests, out);
    CheckPhraseTells(in, out);
    CheckRuleTells(in, bests, out);
    CheckAssessmentPool(in, out);
    CheckFirstCustomer(in, out);
}

} // namespace moments
