#include "localise.h"

#include "json_reader.h"

#include <algorithm>
#include <set>

namespace moments {

namespace {

// Calls visit(key, text) for each translatable text of `v` in key order, `v` const or not. Keys
// are spelt out only when `keyed`: what lists or looks up by key needs them, a walk over the text alone does not.
template <class V, class Visit>
void ForEachText(V& v, bool keyed, Visit&& visit) {
    const auto key = [keyed](const auto&... parts) { return keyed ? (std::string{} + ... + parts) : std::string{}; };
    visit(key("title"), v.Title);
    for (auto& p : v.Policies) visit(key("policy.", p.Id), p.Text);
    for (auto& e : v.Encounters) {
        visit(key(e.Id, ".name"), e.Name);
        visit(key(e.Id, ".request"), e.Request);
        if (!e.HiddenNeed.empty()) visit(key(e.Id, ".hidden_need"), e.HiddenNeed);
        for (auto& b : e.Beats) {
            visit(key(e.Id, ".", b.Id, ".line"), b.Line);
            for (auto& r : b.Responses) {
                visit(key(e.Id, ".", b.Id, ".", r.Id, ".text"), r.Text);
                visit(key(e.Id, ".", b.Id, ".", r.Id, ".why"), r.Why);
                if (r.Pledge) visit(key(e.Id, ".", b.Id, ".", r.Id, ".promise"), r.Pledge->Text);
            }
        }
    }
}

} // namespace

std::vector<std::pair<std::string, std::string*>> TextSlots(Venue& venue) {
    std::vector<std::pair<std::string, std::string*>> slots;
    ForEachText(venue, true, [&](std::string key, std::string& text) { slots.emplace_back(std::move(key), &text); });
    return slots;
}

std::vector<std::pair<std::string, std::string>> SourceTexts(const Venue& venue) {
    std::vector<std::pair<std::string, std::string>> out;
    ForEachText(venue, true, [&](std::string key, const std::string& text) { out.emplace_back(std::move(key), text); });
    return out;
}

void AppendTexts(const Venue& venue, std::string& out) {
    ForEachText(venue, false, [&](const std::string&, const std::string& text) { out += text; });
}

void Localise(Venue& venue, const Venue& source, const Strings* translation) {
    std::vector<const std::string*> english;
    ForEachText(source, false, [&](const std::string&, const std::string& text) { english.push_back(&text); });
    size_t i = 0;
    ForEachText(venue, translation != nullptr, [&](const std::string& key, std::string& text) {
        if (i >= english.size()) return;
        const std::string* chosen = english[i++];
        if (translation)
            if (const auto it = translation->Text.find(key); it != translation->Text.end()) chosen = &it->second;
        text = *chosen;
    });
}

namespace {

// Parses `text` (read from `path`) as a JSON array whose items are all strings
// (or, if `nulls`, null); nullopt after recording errors otherwise.
std::optional<std::vector<json::Value>> ParseTextArray(const std::string& text, const std::string& path, bool nulls,
                                                       std::vector<ContentError>& errors) {
    JsonReader r(path, errors);
    auto doc = r.Parse(text, json::Type::Array, "error.expected_text_list");
    if (!doc) return std::nullopt;
    for (size_t i = 0; i < doc->Items.size(); ++i) {
        const json::Type kind = doc->Items[i].Kind;
        if (kind != json::Type::String && !(nulls && kind == json::Type::Null)) {
            r.Fail(Child("", i), {"error.expected_text", {}});
            return std::nullopt;
        }
    }
    return std::move(doc->Items);
}

// The build's compact form of a translation (tools/assets.py content): its
// texts as a list, null where it has none, in the order of the keys listed once
// in <locales>/<venue id>.keys.json rather than once per language.
std::optional<Strings> ParseCompactTranslation(const std::string& text, const std::string& path, const std::string& keys_path,
                                               const std::string& language, std::vector<ContentError>& errors) {
    std::string keys_text;
    if (!ReadTextFile(keys_path, keys_text, errors)) return std::nullopt;
    const auto keys = ParseTextArray(keys_text, keys_path, false, errors);
    const auto texts = ParseTextArray(text, path, true, errors);
    if (!keys || !texts) return std::nullopt;
    if (keys->size() != texts->size()) {
        errors.push_back({path, "", {"error.count_mismatch", {{"texts", texts->size()}, {"keys_file", keys_path}, {"keys", keys->size()}}}});
        return std::nullopt;
    }
    Strings s;
    s.Language = language;
    for (size_t i = 0; i < keys->size(); ++i)
        if ((*texts)[i].Kind == json::Type::String) s.Text[(*keys)[i].Text] = std::move((*texts)[i].Text);
    return s;
}

} // namespace

std::optional<Strings> LoadVenueTranslation(const std::string& locales_dir, const std::string& language,
                                            const std::string& venue_id, std::vector<ContentError>& errors) {
    const std::string path = locales_dir + "/" + language + "/" + venue_id + ".json";
    std::string text;
    if (!ReadTextFile(path, text, errors)) return std::nullopt;
    const size_t start = text.find_first_not_of(" \t\r\n");
    if (start != std::string::npos && text[start] == '[')
        return ParseCompactTranslation(text, path, locales_dir + "/" + venue_id + ".keys.json", language, errors);
    return ParseStrings(text, path, language, errors);
}

void CompareKeys(const std::vector<std::string>& reference, const Strings& translation, const std::string& file,
                 std::vector<ContentError>& errors) {
    const std::set<std::string> wanted(reference.begin(), reference.end());
    for (const std::string& key : reference)
        if (!translation.Text.count(key)) errors.push_back({file, "/" + key, {"error.missing_translation", {}}});
    for (const auto& [key, text] : translation.Text) {
        if (!wanted.count(key)) errors.push_back({file, "/" + key, {"error.unknown_translation_key", {}}});
        else if (text.empty()) errors.push_back({file, "/" + key, {"error.empty_translation", {}}});
    }
}

} // namespace moments
