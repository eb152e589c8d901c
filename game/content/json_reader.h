// Walks a parsed JSON document while remembering where it is, so every
// complaint carries the file and the JSON pointer of the offending value.
// Shared by the venue and locale loaders.
#pragma once
#include "content_error.h"
#include "json.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace moments {

class JsonReader {
public:
    JsonReader(std::string file, std::vector<ContentError>& errors) : File_(std::move(file)), Errors_(errors) {}

    // Parses text; on a syntax error records its line and column and returns nullopt.
    std::optional<json::Value> Parse(const std::string& text);
    // Parse, also requiring the document to be a `kind`; else records `expected`
    // (a key such as "error.expected_locale_file").
    std::optional<json::Value> Parse(const std::string& text, json::Type kind, const char* expected);

    void Fail(const std::string& pointer, Message what) { Errors_.push_back({File_, pointer, std::move(what)}); }

    // Checks `node` is an object and has no keys outside `allowed` (catches typos).
    bool Object(const json::Value& node, const std::string& at, std::initializer_list<const char*> allowed);

    // Typed field getters; record an error (and return a fallback) when the
    // field is missing (if required) or of the wrong type.
    std::string String(const json::Value& obj, const std::string& at, const char* key, bool required = true);
    int Int(const json::Value& obj, const std::string& at, const char* key, int fallback, int lo, int hi, bool required = false);
    bool Bool(const json::Value& obj, const std::string& at, const char* key);
    // A string that must be one of `names`; returns its index, or `fallback` after recording an error.
    int Choice(const json::Value& obj, const std::string& at, const char* key, std::initializer_list<const char*> names, int fallback);
    // An array field (missing counts as empty unless required).
    const json::Value* Array(const json::Value& obj, const std::string& at, const char* key, bool required);
    // An identifier: [a-z0-9_]+.
    std::string Id(const json::Value& obj, const std::string& at, const char* key = "id");

private:
    std::string File_;
    std::vector<ContentError>& Errors_;
};

// Joins a pointer and a key or index, escaping per RFC 6901.
std::string Child(const std::string& at, const std::string& key);
std::string Child(const std::string& at, size_t index);

} // namespace moments
