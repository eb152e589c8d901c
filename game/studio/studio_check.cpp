#include "studio_check.h"

#include "app/bot.h"
#include "content/json.h"
#include "content/lint.h"
#include "content/localise.h"
#include "content/venue_loader.h"
#include "tools/sim_table.h"

#include <algorithm>
#include <map>
#include <vector>

namespace moments {

namespace {

constexpr const char* kVenueFile = "venue.json"; // the name the loader's and linter's messages carry
constexpr int kThinkSeconds = 3;                 // as moments-sim --table

// [SECTION] Translations ---------------------------------------------------------------

// What the translations say against the venue: the keys each lacks, and its problems.
struct TranslationReport {
    std::map<std::string, std::vector<std::string>> Missing; // lang -> keys, in the venue's order
    std::vector<std::pair<std::string, ContentError>> Problems; // lang, problem
};

// Each language the venue lists or a translation is given for; a listed one with no text lacks every key.
TranslationReport CheckTranslations(const Venue& venue, const std::string& translations_json) {
    TranslationReport report;
    json::Value given;
    if (const auto bad = json::Parse(translations_json, given); bad || given.Kind != json::Type::Object) {
        report.Problems.push_back({"", {"", "", Message::Untranslated("the translations are not an object of language: file text"), "translation"}});
        return report;
    }
    for (const std::string& lang : venue.Locales)
        if (lang != "en" && !given.Find(lang)) report.Missing[lang] = MissingKeys(venue, Strings{lang, {}, {}});
    for (const json::Member& m : given.Members) {
        const std::string file = m.Key + "/" + venue.Id + ".json";
        std::vector<ContentError> found;
        const auto strings = m.Val.Kind == json::Type::String ? ParseStrings(m.Val.Text, file, m.Key, found) : std::nullopt;
        if (strings) {
            const std::vector<std::string> missing = MissingKeys(venue, *strings);
            CheckTranslation(venue, *strings, file, found);
            // Each missing key is listed under `missing`, not once more as a problem.
            std::erase_if(found, [&](const ContentError& e) {
                return !e.Pointer.empty() && std::find(missing.begin(), missing.end(), e.Pointer.substr(1)) != missing.end();
            });
            report.Missing[m.Key] = missing;
        } else if (found.empty()) {
            found.push_back({file, "", Message::Untranslated("a translation must be given as the file's text"), "translation"});
        }
        for (ContentError& e : found) {
            e.What = Message::Untranslated((e.Pointer.empty() ? "" : e.Pointer.substr(1) + ": ") + Render(EnglishText(), e.What));
            e.Pointer.clear();
            if (e.Rule.empty()) e.Rule = "translation";
            report.Problems.push_back({m.Key, std::move(e)});
        }
    }
    return report;
}

// [SECTION] Writing the answer ----------------------------------------------------------

// One table cell: a bot's mean score, magic and misery shares (percent) and reputation per shift.
void CellJson(json::Writer& w, const char* key, const Tally& t) {
    w.BeginObject(key).Double("score", Mean(t.Scores)).Double("magic", 100 * Rate(t.Outcomes, Outcome::Magic));
    w.Double("misery", 100 * Rate(t.Outcomes, Outcome::Misery)).Double("reputation", Mean(t.Reputations));
}

// The GAME.md §5 table and its rules, as moments-sim --table --check judges them.
void BalanceJson(json::Writer& w, const Venue& venue, int seeds) {
    const BalanceTable table = PlayTable(venue, seeds, kThinkSeconds);
    w.BeginObject("balance").Int("seeds", seeds).BeginArray("columns").String("bot").String("training week").String("assessment (all forms)");
    for (const AssessmentForm& f : venue.Assessment) w.String("form " + f.Id);
    w.EndArray().BeginArray("rows");
    for (const BotRow& row : table.Rows) {
        w.BeginObject().String("bot", BotName(row.Bot));
        CellJson(w, "week", row.Training);
        w.EndObject();
        CellJson(w, "assessment", row.Assessment);
        w.BeginArray("forms");
        for (size_t f = 0; f < row.Forms.size(); ++f)
            w.BeginObject().String("id", f < venue.Assessment.size() ? venue.Assessment[f].Id : "").Double("score", Mean(row.Forms[f].Scores)).EndObject();
        w.EndArray().EndObject().EndObject();
    }
    w.EndArray().BeginArray("rules");
    bool passed = true;
    for (const BalanceRule& rule : BalanceRules(venue, table)) {
        std::string text = rule.Demand;
        for (const std::string& broken : rule.Broken) text = (text == rule.Demand ? "" : text + "; ") + broken;
        w.BeginObject().String("id", rule.Id).String("text", text).Bool("ok", rule.Broken.empty()).EndObject();
        passed &= rule.Broken.empty();
    }
    w.EndArray().Bool("passed", passed).String("table", FormatTable(venue, table)).EndObject();
}

// The loader's errors: what keeps the venue from playing, each at its pointer.
void ErrorsJson(json::Writer& w, const std::vector<ContentError>& errors) {
    w.BeginArray("errors");
    for (const ContentError& e : errors) w.BeginObject().String("pointer", e.Pointer).String("message", Render(EnglishText(), e.What)).EndObject();
    w.EndArray();
}

} // namespace

std::string StudioCheckJson(const std::string& venue_text, const std::string& translations_json, int seeds) {
    json::Writer w;
    w.BeginObject();
    std::vector<ContentError> errors;
    const std::optional<Venue> venue = ParseVenue(venue_text, kVenueFile, errors);
    if (!venue) {
        w.Null("venue");
        ErrorsJson(w, errors);
        w.BeginArray("problems").EndArray().BeginObject("missing").EndObject().Null("balance").EndObject();
        return w.Text();
    }
    w.BeginObject("venue").String("id", venue->Id).String("title", venue->Title).Int("customers", static_cast<int64_t>(venue->Encounters.size())).EndObject();
    ErrorsJson(w, errors);
    w.BeginArray("problems");
    for (const ContentError& e : LintVenues({{kVenueFile, *venue}}, ""))
        w.BeginObject().String("pointer", e.Pointer).String("rule", e.Rule).String("message", Render(EnglishText(), e.What)).EndObject();
    const TranslationReport translations = CheckTranslations(*venue, translations_json);
    for (const auto& [lang, e] : translations.Problems)
        w.BeginObject().String("pointer", "").String("rule", e.Rule).String("lang", lang).String("message", Render(EnglishText(), e.What)).EndObject();
    w.EndArray().BeginObject("missing");
    for (const auto& [lang, keys] : translations.Missing) {
        w.BeginArray(lang);
        for (const std::string& key : keys) w.String(key);
        w.EndArray();
    }
    w.EndObject();
    BalanceJson(w, *venue, seeds);
    w.EndObject();
    return w.Text();
}

std::string StudioVersion() { return "moments-studio 1 (venue format " + std::to_string(kVenueFormat) + ")"; }

} // namespace moments
