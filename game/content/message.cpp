#include "message.h"

#include "strings.h"

#include <algorithm>

namespace moments {

MessageArg MessageArg::Quoted(std::string text) {
    MessageArg arg(std::move(text));
    arg.Type = Kind::Quoted;
    return arg;
}

MessageArg MessageArg::Counted(int64_t count, std::string display) {
    MessageArg arg(count < 0 ? -count : count);
    arg.Text = std::move(display);
    return arg;
}

MessageArg MessageArg::Alternatives(std::vector<std::string> items) {
    MessageArg arg(std::move(items));
    arg.Type = Kind::Alternatives;
    return arg;
}

MessageArg MessageArg::Nested(Message inner) {
    MessageArg arg("");
    arg.Type = Kind::Nested;
    arg.Inner = std::make_shared<const Message>(std::move(inner));
    return arg;
}

Message Message::Untranslated(std::string text) { return {"", {{"text", std::move(text)}}}; }

// [SECTION] Plural rules

namespace {

// One language's CLDR cardinal rules for whole numbers (v = 0: no visible fraction digits),
// as the chart cited in message.h writes them.
struct PluralRules {
    const char* Language;
    const char* (*Category)(int64_t n);
    std::vector<std::string> Needed;
};

// en, el: one: i = 1 and v = 0 (el: n = 1); other.
const char* OneOther(int64_t n) { return n == 1 ? "one" : "other"; }

// it: one: i = 1 and v = 0; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 ("1.000.000 di clienti"); other.
const char* Italian(int64_t n) {
    if (n == 1) return "one";
    return n != 0 && n % 1000000 == 0 ? "many" : "other";
}

// ro: one: i = 1 and v = 0; few: v != 0 or n = 0 or n != 1 and n % 100 = 1..19; other ("20 de clienți").
const char* Romanian(int64_t n) {
    if (n == 1) return "one";
    const int64_t mod100 = n % 100;
    return n == 0 || (mod100 >= 1 && mod100 <= 19) ? "few" : "other";
}

// ru: one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
// many: v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14); other (fractions only).
const char* Russian(int64_t n) {
    const int64_t mod10 = n % 10, mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11) return "one";
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return "few";
    return "many";
}

const std::vector<PluralRules>& AllRules() {
    static const std::vector<PluralRules> rules = {
        {"en", OneOther, {"one", "other"}},
        {"el", OneOther, {"one", "other"}},
        {"it", Italian, {"one", "many", "other"}},
        {"ro", Romanian, {"one", "few", "other"}},
        {"ru", Russian, {"one", "few", "many", "other"}},
    };
    return rules;
}

// A language's rules; English's for a language the table does not know.
const PluralRules& RulesFor(const std::string& language) {
    const auto& rules = AllRules();
    const auto it = std::find_if(rules.begin(), rules.end(), [&](const PluralRules& r) { return language == r.Language; });
    return it != rules.end() ? *it : rules.front();
}

} // namespace

const char* PluralCategory(const std::string& language, int64_t count) {
    return RulesFor(language).Category(count < 0 ? -count : count);
}

std::vector<std::string> PluralCategoriesNeeded(const std::string& language) { return RulesFor(language).Needed; }

// [SECTION] Rendering

namespace {

// `items` joined as the language joins a list: "list.middle" between all but the
// last two, `end` ("list.end" or "list.or_end") before the last ("a, b and c", "a, b и c").
std::string JoinList(const Strings& strings, const std::vector<std::string>& items, const char* end) {
    if (items.empty()) return {};
    std::string out = items.back();
    for (size_t i = items.size() - 1; i-- > 0;)
        out = Render(strings, {i + 2 == items.size() ? end : "list.middle", {{"a", items[i]}, {"b", out}}});
    return out;
}

// One argument as text in the message's language.
std::string ArgText(const Strings& strings, const MessageArg& arg) {
    switch (arg.Type) {
    case MessageArg::Kind::Text: return arg.Text;
    case MessageArg::Kind::Number: return arg.Text.empty() ? std::to_string(arg.Number) : arg.Text;
    case MessageArg::Kind::List: return JoinList(strings, arg.Items, "list.end");
    case MessageArg::Kind::Alternatives: return JoinList(strings, arg.Items, "list.or_end");
    case MessageArg::Kind::Quoted: return strings.Quote(arg.Text);
    case MessageArg::Kind::Nested: return Render(strings, *arg.Inner);
    }
    return {};
}

// The template for the message: its plural form when the key has forms.
const std::string& Template(const Strings& strings, const Message& message) {
    const auto forms = strings.Plurals.find(message.Key);
    if (forms == strings.Plurals.end()) return strings.Get(message.Key);
    const auto number = std::find_if(message.Args.begin(), message.Args.end(),
                                     [](const auto& a) { return a.second.Type == MessageArg::Kind::Number; });
    const char* category = number == message.Args.end() ? "other" : PluralCategory(strings.Language, number->second.Number);
    const auto form = forms->second.find(category);
    return form != forms->second.end() ? form->second : forms->second.at("other");
}

} // namespace

std::string Render(const Strings& strings, const Message& message) {
    if (message.Key.empty()) return message.Args.empty() ? std::string() : message.Args.front().second.Text;
    // One pass over the template, so a value that itself holds "{name}" (a learner
    // called "{score}") is shown as typed, never expanded.
    const std::string& text = Template(strings, message);
    std::string out;
    size_t at = 0;
    while (at < text.size()) {
        const size_t open = text.find('{', at), close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, at, open - at);
        const std::string name = text.substr(open + 1, close - open - 1);
        const auto arg = std::find_if(message.Args.begin(), message.Args.end(), [&](const auto& a) { return name == a.first; });
        out += arg != message.Args.end() ? ArgText(strings, arg->second) : text.substr(open, close - open + 1);
        at = close + 1;
    }
    return out.append(text, std::min(at, text.size()), std::string::npos);
}

} // namespace moments
