// Index
// [SECTION] Values
// [SECTION] Parsing: characters and their descriptions
// [SECTION] Parsing: scalars
// [SECTION] Parsing: the document
// (writing: json_writer.cpp)

#include "json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace moments::json {

// [SECTION] Values

const Value* Value::Find(std::string_view key) const {
    for (const Member& m : Members)
        if (m.Key == key) return &m.Val;
    return nullptr;
}

const Value& Value::operator[](std::string_view key) const {
    static const Value null;
    const Value* found = Find(key);
    return found ? *found : null;
}

namespace {

// [SECTION] Parsing: characters and their descriptions

constexpr size_t kLinearKeyCheck = 16; // objects up to this size look for duplicate keys by scanning

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of the well-formed UTF-8 character at `at`, or 0: no overlong forms,
// no UTF-16 surrogates, nothing above U+10FFFF (RFC 3629).
size_t Utf8Length(std::string_view text, size_t at) {
    const auto byte = [&](size_t i) { return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0u; };
    const unsigned lead = byte(0);
    if (lead < 0x80) return 1;
    size_t length = 0;
    unsigned low = 0x80, high = 0xBF; // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;  // overlong
        if (lead == 0xED) high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;  // overlong
        if (lead == 0xF4) high = 0x8F; // above U+10FFFF
    } else return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (size_t i = 2; i < length; ++i)
        if ((byte(i) & 0xC0) != 0x80) return 0;
    return length;
}

// How many bytes of the character at `at` a string copies as they are: 0 for the
// quote, the backslash, control characters and malformed UTF-8, which need a closer look.
size_t PlainLength(std::string_view text, size_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) return c >= 0x20 && c != '"' && c != '\\' ? 1 : 0;
    return Utf8Length(text, at);
}

// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// "U+000A": how a message names a character that cannot be shown as it is.
std::string CodePoint(unsigned c) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", c);
    return name;
}

// Text quoted in a message: control characters become spaces so a message stays on one line.
MessageArg Quoted(std::string_view text) {
    std::string out;
    for (char c : text) out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    return MessageArg::Quoted(out);
}

// Reads one document; the first problem ends the reading.
class Parser {
public:
    explicit Parser(std::string_view text) : Text_(text) {}
    std::optional<ParseError> Document(Value& root);

private:
    bool Fail(size_t at, Message problem);
    bool Unexpected(); // the character at At_ has no place here (or the text has ended)
    bool Expect(char c);
    void SkipSpace();
    bool Scalar(Value& v);
    bool Word(std::string_view word);
    bool Number(Value& v);
    bool Digits();
    bool String(std::string& out);
    bool Escape(std::string& out);
    bool Hex4(uint32_t& out);

    // An array or object being read: where its next item goes.
    struct Open {
        Value* Node;
        std::vector<size_t> KeyTable; // a big object's member indices + 1 by key hash; 0 is free
    };
    Value* NextItem(Open& open);
    bool IsDuplicate(Open& open);

    std::string_view Text_;
    size_t At_ = 0;
    std::optional<ParseError> Error_;
};

bool Parser::Fail(size_t at, Message problem) {
    Error_ = ParseError{at, std::move(problem)};
    return false;
}

bool Parser::Unexpected() {
    if (At_ >= Text_.size()) return Fail(Text_.size(), {"error.json.ends_too_soon", {}});
    const auto c = static_cast<unsigned char>(Text_[At_]);
    if (c < 0x20 || c == 0x7F) return Fail(At_, {"error.json.unexpected", {{"what", CodePoint(c)}}});
    const size_t length = Utf8Length(Text_, At_);
    if (length == 0) return Fail(At_, {"error.json.invalid_utf8", {}});
    return Fail(At_, {"error.json.unexpected", {{"what", Quoted(Text_.substr(At_, length))}}});
}

bool Parser::Expect(char c) {
    if (At_ < Text_.size() && Text_[At_] == c) {
        ++At_;
        return true;
    }
    return Unexpected();
}

void Parser::SkipSpace() {
    while (At_ < Text_.size() && (Text_[At_] == ' ' || Text_[At_] == '\n' || Text_[At_] == '\r' || Text_[At_] == '\t')) ++At_;
}

// [SECTION] Parsing: scalars

bool Parser::Scalar(Value& v) {
    switch (At_ < Text_.size() ? Text_[At_] : '\0') {
    case '"': v.Kind = Type::String; return Expect('"') && String(v.Text);
    case 't': v.Kind = Type::Bool; v.Flag = true; return Word("true");
    case 'f': v.Kind = Type::Bool; return Word("false");
    case 'n': return Word("null");
    default: return Number(v);
    }
}

// A literal spelled exactly (JSON has no True or NULL).
bool Parser::Word(std::string_view word) {
    for (char c : word)
        if (!Expect(c)) return false;
    return true;
}

// At least one digit (after a point or in an exponent).
bool Parser::Digits() {
    if (At_ >= Text_.size() || !IsDigit(Text_[At_])) return Unexpected();
    while (At_ < Text_.size() && IsDigit(Text_[At_])) ++At_;
    return true;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; whole numbers are kept exactly
// (a whole count must not pass through a double), fractions go through strtod.
// strtod reads '.' as the decimal point because nothing in the game calls setlocale.
bool Parser::Number(Value& v) {
    const size_t start = At_;
    if (At_ < Text_.size() && Text_[At_] == '-') ++At_;
    if (At_ < Text_.size() && Text_[At_] == '0') {
        ++At_;
        if (At_ < Text_.size() && IsDigit(Text_[At_])) return Fail(start, {"error.json.leading_zero", {}});
    } else if (!Digits()) {
        return false;
    }
    bool whole = true;
    if (At_ < Text_.size() && Text_[At_] == '.') {
        ++At_;
        whole = false;
        if (!Digits()) return false;
    }
    if (At_ < Text_.size() && (Text_[At_] == 'e' || Text_[At_] == 'E')) {
        ++At_;
        whole = false;
        if (At_ < Text_.size() && (Text_[At_] == '+' || Text_[At_] == '-')) ++At_;
        if (!Digits()) return false;
    }
    v.Kind = Type::Number;
    const std::string_view literal = Text_.substr(start, At_ - start);
    if (whole) {
        // Accumulated as a negative number: int64_t has one more of those than of positive ones.
        const bool negative = literal[0] == '-';
        int64_t n = 0;
        bool fits = true;
        for (char c : literal.substr(negative ? 1 : 0)) {
            const int digit = c - '0';
            fits = n >= (INT64_MIN + digit) / 10; // n * 10 - digit >= INT64_MIN (division rounds up here)
            if (!fits) break;
            n = n * 10 - digit;
        }
        if (fits && (negative || n != INT64_MIN)) {
            v.IsInteger = true;
            v.Integer = negative ? n : -n;
            v.Real = static_cast<double>(v.Integer);
            return true;
        }
    }
    v.Real = std::strtod(std::string(literal).c_str(), nullptr);
    if (!std::isfinite(v.Real)) return Fail(start, {"error.json.number_too_large", {}});
    return true;
}

// The rest of a string whose opening quote has been read. Runs of text that
// need no decoding (printable ASCII, well-formed UTF-8) are copied in one go.
bool Parser::String(std::string& out) {
    for (;;) {
        size_t run = At_, length = 0;
        while (run < Text_.size() && (length = PlainLength(Text_, run)) > 0) run += length;
        out.append(Text_.data() + At_, run - At_);
        At_ = run;
        if (At_ >= Text_.size()) return Fail(Text_.size(), {"error.json.ends_too_soon", {}});
        const auto c = static_cast<unsigned char>(Text_[At_]);
        if (c == '"') {
            ++At_;
            return true;
        }
        if (c == '\\') {
            if (!Escape(out)) return false;
            continue;
        }
        if (c == '\n') return Fail(At_, {"error.json.unclosed_text", {}});
        if (c < 0x20) return Fail(At_, {"error.json.control_character", {{"code", CodePoint(c)}}});
        return Fail(At_, {"error.json.invalid_utf8", {}});
    }
}

bool Parser::Escape(std::string& out) {
    const size_t start = At_; // the backslash
    if (++At_ >= Text_.size()) return Fail(Text_.size(), {"error.json.ends_too_soon", {}});
    const char c = Text_[At_++];
    switch (c) {
    case '"': case '\\': case '/': out += c; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'u': break;
    default: return Fail(start, {"error.json.unknown_escape", {{"escape", c >= 0x20 && c < 0x7F ? Quoted("\\" + std::string(1, c)) : MessageArg(CodePoint(static_cast<unsigned char>(c)))}}});
    }
    uint32_t cp = 0;
    if (!Hex4(cp)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) { // a high surrogate: the low half must follow
        uint32_t low = 0;
        if (Text_.substr(At_, 2) != "\\u") return Fail(start, {"error.json.unpaired_surrogate", {{"code", CodePoint(cp)}}});
        At_ += 2;
        if (!Hex4(low)) return false;
        if (low < 0xDC00 || low > 0xDFFF) return Fail(start, {"error.json.unpaired_surrogate", {{"code", CodePoint(cp)}}});
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return Fail(start, {"error.json.unpaired_surrogate", {{"code", CodePoint(cp)}}});
    }
    AppendUtf8(out, cp);
    return true;
}

// The four hex digits of a \u escape.
bool Parser::Hex4(uint32_t& out) {
    for (int i = 0; i < 4; ++i, ++At_) {
        if (At_ >= Text_.size()) return Fail(Text_.size(), {"error.json.ends_too_soon", {}});
        const char c = Text_[At_];
        const int digit = IsDigit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (digit < 0) return Fail(At_, {"error.json.hex_digits", {}});
        out = out * 16 + static_cast<uint32_t>(digit);
    }
    return true;
}

// [SECTION] Parsing: the document

// FNV-1a: short, and good enough to spread an object's keys over its table.
uint64_t Hash(std::string_view key) {
    uint64_t h = 14695981039346656037u;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211u;
    return h;
}

// Files member `index` in an open-addressing table (its size a power of two);
// false if a member with the same key is there already.
bool FileKey(std::vector<size_t>& table, const std::vector<Member>& members, size_t index) {
    const size_t mask = table.size() - 1;
    for (size_t at = Hash(members[index].Key) & mask;; at = (at + 1) & mask) {
        if (table[at] == 0) {
            table[at] = index + 1;
            return true;
        }
        if (members[table[at] - 1].Key == members[index].Key) return false;
    }
}

// Whether the object's newest key repeats an earlier one: by scanning while the
// object is small, then through a hash table, so a locale file with thousands of
// keys stays linear. The table is rebuilt twice as big whenever it is half full.
bool Parser::IsDuplicate(Open& open) {
    const std::vector<Member>& members = open.Node->Members;
    const size_t newest = members.size() - 1;
    if (members.size() <= kLinearKeyCheck) {
        for (size_t i = 0; i < newest; ++i)
            if (members[i].Key == members[newest].Key) return true;
        return false;
    }
    if (open.KeyTable.size() < 2 * members.size()) {
        size_t size = 64;
        while (size < 4 * members.size()) size *= 2;
        open.KeyTable.assign(size, 0);
        for (size_t i = 0; i < newest; ++i) FileKey(open.KeyTable, members, i);
    }
    return !FileKey(open.KeyTable, members, newest);
}

// Makes room for the next item of an open array, or reads the next key of an
// open object; returns where its value goes, or nullptr after a problem.
Value* Parser::NextItem(Open& open) {
    if (open.Node->Kind == Type::Array) return &open.Node->Items.emplace_back();
    SkipSpace();
    const size_t key_at = At_;
    Member& member = open.Node->Members.emplace_back();
    if (!Expect('"') || !String(member.Key)) return nullptr;
    if (IsDuplicate(open)) {
        Fail(key_at, {"error.json.duplicate_key", {{"key", Quoted(member.Key)}}});
        return nullptr;
    }
    SkipSpace();
    return Expect(':') ? &member.Val : nullptr;
}

// Iterative, with the open arrays and objects on a heap stack: nesting costs
// no call stack, so a deep document fails cleanly instead of overflowing.
std::optional<ParseError> Parser::Document(Value& root) {
    if (Text_.substr(0, 3) == "\xEF\xBB\xBF") At_ = 3;
    std::vector<Open> open;
    Value* slot = &root;
    for (;;) {
        SkipSpace();
        const char opener = At_ < Text_.size() ? Text_[At_] : '\0';
        if (opener == '{' || opener == '[') {
            if (open.size() == kMaxDepth) {
                Fail(At_, {"error.json.too_deep", {{"depth", kMaxDepth}}});
                return Error_;
            }
            slot->Kind = opener == '{' ? Type::Object : Type::Array;
            ++At_;
            SkipSpace();
            if (At_ < Text_.size() && Text_[At_] == (opener == '{' ? '}' : ']')) {
                ++At_; // empty
            } else {
                open.push_back({slot, {}});
                if (!(slot = NextItem(open.back()))) return Error_;
                continue;
            }
        } else if (!Scalar(*slot)) {
            return Error_;
        }
        // A value is complete: close what ends here, then find where the next value goes.
        for (;;) {
            SkipSpace();
            if (open.empty()) {
                if (At_ < Text_.size()) Unexpected();
                return Error_;
            }
            const char closer = open.back().Node->Kind == Type::Object ? '}' : ']';
            if (At_ < Text_.size() && Text_[At_] == closer) {
                ++At_;
                open.pop_back();
            } else if (At_ < Text_.size() && Text_[At_] == ',') {
                ++At_;
                if (!(slot = NextItem(open.back()))) return Error_;
                break;
            } else {
                Unexpected();
                return Error_;
            }
        }
    }
}

} // namespace

std::optional<ParseError> Parse(std::string_view text, Value& out) {
    out = Value{};
    return Parser(text).Document(out);
}

} // namespace moments::json
