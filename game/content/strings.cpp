#include "strings.h"

#include "json_reader.h"

#include <algorithm>

namespace moments {

const std::string& Strings::Get(const std::string& key) const {
    const auto it = Text.find(key);
    if (it != Text.end()) return it->second;
    static thread_local std::string missing;
    missing = "[" + key + "]";
    return missing;
}

std::string Strings::Format(const std::string& key, std::initializer_list<std::pair<const char*, std::string>> values) const {
    // One pass over the template, so a value that itself holds "{name}" (a learner
    // called "{score}") is shown as typed, never expanded.
    const std::string& text = Get(key);
    std::string out;
    size_t at = 0;
    while (at < text.size()) {
        const size_t open = text.find('{', at), close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, at, open - at);
        const std::string name = text.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return name == v.first; });
        out += value != values.end() ? value->second : text.substr(open, close - open + 1);
        at = close + 1;
    }
    return out.append(text, std::min(at, text.size()), std::string::npos);
}

std::optional<Strings> ParseStrings(const std::string& text, const std::string& file, const std::string& language,
                                    std::vector<ContentError>& errors) {
    JsonReader r(file, errors);
    auto doc = r.Parse(text, json::Type::Object, "an object of key: text pairs");
    if (!doc) return std::nullopt;
    Strings s;
    s.Language = language;
    bool ok = true;
    for (json::Member& m : doc->Members) {
        if (m.Val.Kind != json::Type::String) {
            r.Fail(Child("", m.Key), "expected text");
            ok = false;
            continue;
        }
        s.Text.emplace(std::move(m.Key), std::move(m.Val.Text));
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
