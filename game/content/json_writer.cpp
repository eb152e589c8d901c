// Compact JSON text from the Writer's calls, and parsed values written back.
#include "json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace moments::json {

void Writer::Separate() {
    if (!Out_.empty() && Out_.back() != '{' && Out_.back() != '[' && Out_.back() != ':') Out_ += ',';
}

Writer& Writer::Item(std::string_view text) {
    Separate();
    Out_ += text;
    return *this;
}

Writer& Writer::BeginObject() { return Item("{"); }
Writer& Writer::BeginObject(std::string_view key) { return Key(key).BeginObject(); }
Writer& Writer::EndObject() {
    Out_ += '}';
    return *this;
}

Writer& Writer::BeginArray() { return Item("["); }
Writer& Writer::BeginArray(std::string_view key) { return Key(key).BeginArray(); }
Writer& Writer::EndArray() {
    Out_ += ']';
    return *this;
}

Writer& Writer::Key(std::string_view key) {
    String(key);
    Out_ += ':';
    return *this;
}

// Escapes only what JSON requires; other UTF-8 passes through as it is.
Writer& Writer::String(std::string_view text) {
    Separate();
    Out_ += '"';
    for (char c : text) {
        switch (c) {
        case '"': Out_ += "\\\""; break;
        case '\\': Out_ += "\\\\"; break;
        case '\b': Out_ += "\\b"; break;
        case '\f': Out_ += "\\f"; break;
        case '\n': Out_ += "\\n"; break;
        case '\r': Out_ += "\\r"; break;
        case '\t': Out_ += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                Out_ += escape;
            } else {
                Out_ += c;
            }
        }
    }
    Out_ += '"';
    return *this;
}

Writer& Writer::String(std::string_view key, std::string_view text) { return Key(key).String(text); }

Writer& Writer::Int(int64_t number) { return Item(std::to_string(number)); }

Writer& Writer::Int(std::string_view key, int64_t number) { return Key(key).Int(number); }

// The fewest significant digits that read back exactly, laid out plainly for
// 1e-4 <= |x| < 1e15 ("0.0005", "120.0") and with an exponent otherwise ("1e-07").
Writer& Writer::Double(double number) {
    if (!std::isfinite(number)) return Null();
    char scientific[32]; // "-d.dddddddddddddddde-308"
    // Bisected (more digits always read back too): the mirror writes four numbers born as
    // floats per control, most needing 17 digits, and each try is a printf and a strtod.
    int fewest = 0, enough = 16;
    while (fewest < enough) {
        const int precision = (fewest + enough) / 2;
        std::snprintf(scientific, sizeof scientific, "%.*e", precision, number);
        if (std::strtod(scientific, nullptr) == number) enough = precision;
        else fewest = precision + 1;
    }
    std::snprintf(scientific, sizeof scientific, "%.*e", fewest, number);
    // "-d.ddde+XX" -> its digits, and where the decimal point falls among them.
    std::string digits;
    const char* c = scientific + (scientific[0] == '-' ? 1 : 0);
    for (; *c != 'e'; ++c)
        if (*c != '.') digits += *c;
    const int point = std::atoi(c + 1) + 1;
    const int count = static_cast<int>(digits.size());
    const auto zeros = [this](int n) { Out_.append(static_cast<size_t>(std::max(n, 0)), '0'); };
    Separate();
    if (std::signbit(number)) Out_ += '-';
    if (point > 0 && point <= 15) { // 120.0, 2.5
        Out_.append(digits, 0, static_cast<size_t>(std::min(point, count)));
        zeros(point - count);
        Out_ += '.';
        if (point < count) Out_.append(digits, static_cast<size_t>(point));
        else Out_ += '0';
    } else if (point > -4 && point <= 0) { // 0.0005
        Out_ += "0.";
        zeros(-point);
        Out_ += digits;
    } else { // 1e-07, 1.5e+300
        Out_ += digits[0];
        if (count > 1) Out_.append(".").append(digits, 1);
        char exponent[16];
        std::snprintf(exponent, sizeof exponent, "e%+03d", point - 1);
        Out_ += exponent;
    }
    return *this;
}

Writer& Writer::Double(std::string_view key, double number) { return Key(key).Double(number); }

Writer& Writer::Bool(bool value) { return Item(value ? "true" : "false"); }

Writer& Writer::Bool(std::string_view key, bool value) { return Key(key).Bool(value); }

Writer& Writer::Null() { return Item("null"); }

Writer& Writer::Null(std::string_view key) { return Key(key).Null(); }

Writer& Writer::Add(const Value& value) {
    switch (value.Kind) {
    case Type::Null: return Null();
    case Type::Bool: return Bool(value.Flag);
    case Type::Number: return value.IsInteger ? Int(value.Integer) : Double(value.Real);
    case Type::String: return String(value.Text);
    case Type::Array:
        BeginArray();
        for (const Value& item : value.Items) Add(item);
        return EndArray();
    case Type::Object:
        BeginObject();
        for (const Member& m : value.Members) Key(m.Key).Add(m.Val);
        return EndObject();
    }
    return *this;
}

std::string Write(const Value& value) {
    Writer w;
    w.Add(value);
    return w.Text();
}

} // namespace moments::json
