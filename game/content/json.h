// Our own small JSON reader and writer: the content loaders parse with it, the
// debug view, the accessible mirror and the LMS reports write with it.
//
// Parse is strict RFC 8259 (UTF-8 checked, no trailing commas, no comments,
// no duplicate keys, nothing after the document), so a file it accepts reads
// the same in every other JSON tool, and a translator's duplicated key is an
// error instead of silently lost text. It needs no exceptions (the web build
// has none) and never recurses, so arbitrary bytes cannot exhaust the stack.
//
//   json::Value doc;
//   if (const auto error = json::Parse(R"({"id": "cafe", "budget": 30})", doc)) ... Render(strings, error->Problem)
//   doc["budget"].Integer == 30
//
//   json::Writer w;
//   w.BeginObject().String("screen", "title").Int("day", 1).EndObject();
//   w.Text() == R"({"screen":"title","day":1})"
#pragma once
#include "message.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moments::json {

// [SECTION] Values

enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };

struct Member;

// One JSON value: a plain tree. Only the fields of its Kind mean anything.
struct Value {
    Type Kind = Type::Null;
    bool Flag = false;           // Bool
    bool IsInteger = false;      // Number written without fraction or exponent that fits in Integer
    int64_t Integer = 0;         // Number, exact when IsInteger
    double Real = 0;             // Number, always set (rounded when IsInteger and huge)
    std::string Text;            // String, UTF-8
    std::vector<Value> Items;    // Array
    std::vector<Member> Members; // Object, in document order; Parse guarantees unique keys

    // The member called `key`, or nullptr if there is none or this is not an object.
    const Value* Find(std::string_view key) const;
    // Like Find, but a missing member reads as null, so lookups chain: doc["week"]["days"].
    const Value& operator[](std::string_view key) const;
};

struct Member {
    std::string Key;
    Value Val;
};

// [SECTION] Parsing

constexpr size_t kMaxDepth = 200; // arrays and objects nested deeper are refused

struct ParseError {
    size_t Offset = 0;   // byte where the text goes wrong; the text's size when it ends too soon
    Message Problem;     // for people: "error.json.unexpected" ("unexpected “}”"), "error.json.ends_too_soon", ...
};

// Parses a whole document into `out`. Returns the first problem, or nullopt
// when the text is valid JSON (a leading UTF-8 byte order mark is allowed, as
// Windows editors write one). On failure `out` holds a partial tree.
std::optional<ParseError> Parse(std::string_view text, Value& out);

// [SECTION] Writing

// Builds compact JSON text. Commas come by themselves; the caller keeps
// objects and arrays balanced and gives each value inside an object a key,
// through the keyed overloads or Key(). Text passes through unchanged except
// for the escapes JSON requires (the quote, the backslash, control characters).
class Writer {
public:
    Writer& BeginObject();
    Writer& BeginObject(std::string_view key);
    Writer& EndObject();
    Writer& BeginArray();
    Writer& BeginArray(std::string_view key);
    Writer& EndArray();
    Writer& Key(std::string_view key);

    Writer& String(std::string_view text);
    Writer& String(std::string_view key, std::string_view text);
    Writer& Int(int64_t number);
    Writer& Int(std::string_view key, int64_t number);
    // The shortest text that reads back as the same double, always with a '.'
    // or an exponent so it stays a fraction ("2.0"); NaN and infinities become null.
    Writer& Double(double number);
    Writer& Double(std::string_view key, double number);
    Writer& Bool(bool value);
    Writer& Bool(std::string_view key, bool value);
    Writer& Bool(const char*) = delete; // a key without its value: use Bool(key, value)
    Writer& Null();
    Writer& Null(std::string_view key);
    // A whole parsed value, written back the way it was read.
    Writer& Add(const Value& value);

    const std::string& Text() const { return Out_; }

private:
    void Separate();                     // the comma before an item, unless it opens its container or follows a key
    Writer& Item(std::string_view text); // a value's text (or an opening bracket) after its comma
    std::string Out_;
};

// A value as compact JSON text, e.g. to quote it in a message.
std::string Write(const Value& value);

} // namespace moments::json
