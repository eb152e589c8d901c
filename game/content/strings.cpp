#include "strings.h"

#include "json_reader.h"

namespace moments {

const std::string& Strings::Get(const std::string& key) const {
    const auto it = Text.find(key);
    if (it != Text.end()) return it->second;
    static thread_local std::string missing;
    missing = "[" + key + "]";
    return missing;
}

std::string Strings::Format(const std::string& key, std::initializer_list<std::pair<const char*, std::string>> values) const {
    std::string out = Get(key);
    for (const auto& [name, value] : values) {
        const std::string token = std::string("{") + name + "}";
        for (size_t at = out.find(token); at != std::string::npos; at = out.find(token, at + value.size()))
            out.replace(at, token.size(), value);
    }
    return out;
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
