#include "json_reader.h"

#include <algorithm>

namespace moments {

using json::Type;
using json::Value;

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

std::optional<json::Value> JsonReader::Parse(const std::string& text) {
    json::Value doc;
    const auto error = json::Parse(text, doc);
    if (!error) return doc;
    // Line and column for humans; the column counts characters, as editors do, not UTF-8 bytes.
    size_t line = 1, column = 1;
    for (size_t i = 0; i < error->Offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            line += 1;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) column += 1;
    }
    Fail("", {"error.not_json", {{"line", line}, {"column", column}, {"problem", MessageArg::Nested(error->Problem)}}});
    return std::nullopt;
}

std::optional<json::Value> JsonReader::Parse(const std::string& text, json::Type kind, const char* expected) {
    auto doc = Parse(text);
    if (doc && doc->Kind != kind) {
        Fail("", {expected, {}});
        return std::nullopt;
    }
    return doc;
}

bool JsonReader::Object(const Value& node, const std::string& at, std::initializer_list<const char*> allowed) {
    if (node.Kind != Type::Object) {
        Fail(at, {"error.expected_object", {}});
        return false;
    }
    for (const json::Member& m : node.Members) {
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return m.Key == k; }))
            Fail(Child(at, m.Key), {"error.unknown_field", {{"field", MessageArg::Quoted(m.Key)}}});
    }
    return true;
}

std::string JsonReader::String(const Value& obj, const std::string& at, const char* key, bool required) {
    const Value* v = obj.Find(key);
    if (!v) {
        if (required) Fail(Child(at, key), {"error.missing_text", {}});
        return {};
    }
    if (v->Kind != Type::String) {
        Fail(Child(at, key), {"error.expected_text", {}});
        return {};
    }
    if (required && v->Text.empty()) Fail(Child(at, key), {"error.empty_text", {}});
    return v->Text;
}

int JsonReader::Int(const Value& obj, const std::string& at, const char* key, int fallback, int lo, int hi, bool required) {
    const Value* v = obj.Find(key);
    if (!v) {
        if (required) Fail(Child(at, key), {"error.missing_number", {}});
        return fallback;
    }
    if (v->Kind != Type::Number || !v->IsInteger) {
        Fail(Child(at, key), {"error.expected_whole_number", {}});
        return fallback;
    }
    if (v->Integer < lo || v->Integer > hi) {
        Fail(Child(at, key), {"error.out_of_range", {{"low", lo}, {"high", hi}}});
        return fallback;
    }
    return static_cast<int>(v->Integer);
}

bool JsonReader::Bool(const Value& obj, const std::string& at, const char* key) {
    const Value* v = obj.Find(key);
    if (!v) return false;
    if (v->Kind != Type::Bool) {
        Fail(Child(at, key), {"error.expected_bool", {}});
        return false;
    }
    return v->Flag;
}

int JsonReader::Choice(const Value& obj, const std::string& at, const char* key, std::initializer_list<const char*> names, int fallback) {
    const Value* v = obj.Find(key);
    if (!v) return fallback;
    if (v->Kind == Type::String) {
        int i = 0;
        for (const char* n : names) {
            if (v->Text == n) return i;
            ++i;
        }
    }
    Fail(Child(at, key), {"error.not_one_of", {{"choices", MessageArg::Alternatives({names.begin(), names.end()})}}});
    return fallback;
}

const Value* JsonReader::Array(const Value& obj, const std::string& at, const char* key, bool required) {
    const Value* v = obj.Find(key);
    if (!v) {
        if (required) Fail(Child(at, key), {"error.missing_list", {}});
        return nullptr;
    }
    if (v->Kind != Type::Array) {
        Fail(Child(at, key), {"error.expected_list", {}});
        return nullptr;
    }
    return v;
}

std::string JsonReader::Id(const Value& obj, const std::string& at, const char* key) {
    std::string id = String(obj, at, key);
    const bool ok = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!id.empty() && !ok) Fail(Child(at, key), {"error.bad_id", {{"id", MessageArg::Quoted(id)}}});
    return id;
}

} // namespace moments
