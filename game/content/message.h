// A message a player, trainer or author reads, kept as a text key with arguments
// until the moment it is shown, so one message can be rendered in any language:
//
//   Message m{"error.unknown_field", {{"field", MessageArg::Quoted("colour")}}};
//   Render(english, m) == "unknown field “colour”"
//   Message n{"hud.customers_left", {{"count", 3}}};  // ui.json: {"one": "{count} customer", "other": "{count} customers"}
//   Render(russian, n) == "3 клиента"
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace moments {

struct Strings;
struct Message;

// One argument: text, a number (which also picks the plural form), a list joined
// with the language's own "a, b and c" (or "a, b or c"), text set in the language's
// quotation marks, or another message rendered in the same language.
struct MessageArg {
    enum class Kind : uint8_t { Text, Number, List, Alternatives, Quoted, Nested };
    Kind Type = Kind::Text;
    std::string Text;               // Text, Quoted; a Number's own display ("+20") when not empty
    int64_t Number = 0;             // Number
    std::vector<std::string> Items; // List, Alternatives
    std::shared_ptr<const Message> Inner; // Nested

    MessageArg(std::string text) : Text(std::move(text)) {}
    MessageArg(const char* text) : Text(text) {}
    template <typename Integer, typename = std::enable_if_t<std::is_integral_v<Integer>>>
    MessageArg(Integer number) : Type(Kind::Number), Number(static_cast<int64_t>(number)) {}
    MessageArg(std::vector<std::string> items) : Type(Kind::List), Items(std::move(items)) {}
    // Text shown in quotation marks: a name, an id, a value from a file.
    static MessageArg Quoted(std::string text);
    // A count shown as `display` ("+20", "−20") whose size picks the plural form.
    static MessageArg Counted(int64_t count, std::string display);
    // Choices joined as "a, b or c".
    static MessageArg Alternatives(std::vector<std::string> items);
    // A message inside a message ("not valid JSON at line 3 (the text ends too soon)").
    static MessageArg Nested(Message inner);
};

struct Message {
    std::string Key; // a ui.json key; empty for text that is not translated (see Untranslated)
    std::vector<std::pair<std::string, MessageArg>> Args;

    // Text for authors that stays in English (the linter's findings): rendered as is in every language.
    static Message Untranslated(std::string text);
};

// [SECTION] Plural rules

// CLDR cardinal plural categories ("one", "few", "many", "other").
// Source: Unicode CLDR, Language Plural Rules,
// https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
const char* PluralCategory(const std::string& language, int64_t count);

// The categories whole numbers reach in `language`, plus "other" (every CLDR language
// has it): the forms a plural text in that language's ui.json must give.
std::vector<std::string> PluralCategoriesNeeded(const std::string& language);

// [SECTION] Rendering

// The message's text in `strings`' language: "{name}" placeholders filled once
// (a value holding "{x}" is shown as typed), the plural form picked by the first
// number argument, lists joined with "list.middle" and "list.end" (alternatives
// with "list.or_end"), quoted arguments in "quote". A missing key shows as "[key]".
std::string Render(const Strings& strings, const Message& message);

// The English interface text built into the program (assets/locales/en/ui.json,
// embedded at build time): for command-line tools and logs, which have no learner
// and no language, and for an error screen when no interface text could be read.
const Strings& EnglishText();

} // namespace moments
