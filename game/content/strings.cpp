#include "strings.h"

#include "json_reader.h"

namespace moments {

const std::string& Strings::Get(const std::string& key) const {
    const auto it = Text.find(key);
    if (it != Text.end()) return it->second;
    if (const auto forms = Plurals.find(key); forms != Plurals.end()) return forms->second.at("other");
    static thread_local std::string missing;
    missing = "[" + key + "]";
    return missing;
}

std::string Strings::Format(const std::string& key, std::initializer_list<std::pair<const char*, std::string>> values) const {
    Message message{key, {}};
    for (const auto& [name, value] : values) message.Args.emplace_back(name, value);
    return Render(*this, message);
}

namespace {

// A plural text: an object of CLDR categories -> text, which must give "other".
bool ReadPlural(JsonReader& r, const json::Member& m, Strings& s) {
    const std::string at = Child("", m.Key);
    if (!r.Object(m.Val, at, {"zero", "one", "two", "few", "many", "other"})) return false;
    auto& forms = s.Plurals[m.Key];
    for (const json::Member& form : m.Val.Members) {
        if (form.Val.Kind != json::Type::String) {
            r.Fail(Child(at, form.Key), {"error.expected_text", {}});
            return false;
        }
        forms.emplace(form.Key, form.Val.Text);
    }
    if (!forms.count("other")) r.Fail(at, {"error.plural_without_other", {}});
    return forms.count("other") > 0;
}

} // namespace

std::optional<Strings> ParseStrings(const std::string& text, const std::string& file, const std::string& language,
                                    std::vector<ContentError>& errors) {
    JsonReader r(file, errors);
    auto doc = r.Parse(text, json::Type::Object, "error.expected_strings");
    if (!doc) return std::nullopt;
    Strings s;
    s.Language = language;
    bool ok = true;
    for (json::Member& m : doc->Members) {
        if (m.Val.Kind == json::Type::Object) ok = ReadPlural(r, m, s) && ok;
        else if (m.Val.Kind != json::Type::String) {
            r.Fail(Child("", m.Key), {"error.expected_text_or_plural", {}});
            ok = false;
        } else s.Text.emplace(std::move(m.Key), std::move(m.Val.Text));
    }
    if (!ok) return std::nullopt;
    return s;
}

std::optional<Strings> LoadStrings(const std::string& directory, const std::string& language, std::vector<ContentError>& errors) {
    const std::string path = directory + "/" + language + "/ui.json";
    std::string text;
    if (!ReadTextFile(path, text, errors)) return std::nullopt;
    return ParseStrings(text, path, language, errors);
}

} // namespace moments
