#include "json_reader.h"

#include <algorithm>

namespace moments {

using nlohmann::json;

std::string Child(const std::string& at, const std::string& key) {
    std::string escaped;
    for (char ch : key) {
        if (ch == '~') escaped += "~0";
        else if (ch == '/') escaped += "~1";
        else escaped += ch;
    }
    return at + "/" + escaped;
}

std::string Child(const std::string& at, size_t index) { return at + "/" + std::to_string(index); }

namespace {

// Collects the first syntax error without exceptions (the web build has none):
// nlohmann's SAX interface reports the byte offset and what it saw there.
struct ErrorSpotter : nlohmann::json_sax<json> {
    size_t Offset = 0;
    std::string Token;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
        Offset = position;
        Token = last_token;
        return false;
    }
};

} // namespace

std::optional<json> JsonReader::Parse(const std::string& text) {
    json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded()) return doc;
    ErrorSpotter spot;
    json::sax_parse(text, &spot, nlohmann::detail::input_format_t::json, /*strict=*/true);
    // Turn the byte offset into line:column for humans.
    const size_t offset = std::min(spot.Offset > 0 ? spot.Offset - 1 : 0, text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    const size_t line_start = offset ? text.rfind('\n', offset - 1) : std::string::npos;
    const size_t column = 1 + (line_start == std::string::npos ? offset : offset - line_start - 1);
    std::string seen = spot.Token.substr(0, 20);
    for (char& ch : seen)
        if (static_cast<unsigned char>(ch) < 32) ch = ' ';
    Fail("", "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
                 (seen.empty() ? " (the text ends too soon)" : " (unexpected '" + seen + "')"));
    return std::nullopt;
}

bool JsonReader::Object(const json& node, const std::string& at, std::initializer_list<const char*> allowed) {
    if (!node.is_object()) {
        Fail(at, "expected an object");
        return false;
    }
    for (const auto& item : node.items()) {
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return item.key() == k; }))
            Fail(Child(at, item.key()), "unknown field '" + item.key() + "'");
    }
    return true;
}

std::string JsonReader::String(const json& obj, const std::string& at, const char* key, bool required) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) Fail(Child(at, key), "missing required text");
        return {};
    }
    if (!it->is_string()) {
        Fail(Child(at, key), "expected text");
        return {};
    }
    std::string value = it->get<std::string>();
    if (required && value.empty()) Fail(Child(at, key), "must not be empty");
    return value;
}

int JsonReader::Int(const json& obj, const std::string& at, const char* key, int fallback, int lo, int hi, bool required) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) Fail(Child(at, key), "missing required number");
        return fallback;
    }
    if (!it->is_number_integer()) {
        Fail(Child(at, key), "expected a whole number");
        return fallback;
    }
    const auto v = it->get<long long>();
    if (v < lo || v > hi) {
        Fail(Child(at, key), "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return fallback;
    }
    return static_cast<int>(v);
}

bool JsonReader::Bool(const json& obj, const std::string& at, const char* key) {
    const auto it = obj.find(key);
    if (it == obj.end()) return false;
    if (!it->is_boolean()) {
        Fail(Child(at, key), "expected true or false");
        return false;
    }
    return it->get<bool>();
}

int JsonReader::Choice(const json& obj, const std::string& at, const char* key, std::initializer_list<const char*> names, int fallback) {
    const auto it = obj.find(key);
    if (it == obj.end()) return fallback;
    if (it->is_string()) {
        int i = 0;
        for (const char* n : names) {
            if (*it == n) return i;
            ++i;
        }
    }
    std::string list;
    for (const char* n : names) list += std::string(list.empty() ? "" : ", ") + "'" + n + "'";
    Fail(Child(at, key), "must be one of " + list);
    return fallback;
}

const json* JsonReader::Array(const json& obj, const std::string& at, const char* key, bool required) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) Fail(Child(at, key), "missing required list");
        return nullptr;
    }
    if (!it->is_array()) {
        Fail(Child(at, key), "expected a list");
        return nullptr;
    }
    return &*it;
}

std::string JsonReader::Id(const json& obj, const std::string& at, const char* key) {
    std::string id = String(obj, at, key);
    const bool ok = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!id.empty() && !ok) Fail(Child(at, key), "'" + id + "' may only use a-z, 0-9 and _");
    return id;
}

} // namespace moments
