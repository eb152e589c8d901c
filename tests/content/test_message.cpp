// Messages: keys with arguments rendered in each language with its CLDR plural
// rules, list joiners and quotation marks; every key the code names exists.
#include "content/content_error.h"
#include "content/lint.h"
#include "content/message.h"
#include "content/strings.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace moments;

namespace {

const std::string kLocales = MOMENTS_SOURCE_DIR "/assets/locales";

// A shipped language's interface text.
Strings Shipped(const std::string& language) {
    std::vector<ContentError> errors;
    auto strings = LoadStrings(kLocales, language, errors);
    REQUIRE_MESSAGE(strings, Describe(errors));
    return *strings;
}

// Interface text from JSON written in the test.
Strings Parsed(const std::string& language, const std::string& text) {
    std::vector<ContentError> errors;
    auto strings = ParseStrings(text, "ui.json", language, errors);
    REQUIRE_MESSAGE(strings, Describe(errors));
    return *strings;
}

} // namespace

TEST_CASE("plural categories follow CLDR's cardinal rules for whole numbers") {
    const auto categories = [](const char* language, std::initializer_list<int> numbers) {
        std::string out;
        for (int n : numbers) out += std::string(out.empty() ? "" : " ") + PluralCategory(language, n);
        return out;
    };
    CHECK(categories("en", {0, 1, 2, 11, 21}) == "other one other other other");
    CHECK(categories("el", {0, 1, 2, 21}) == "other one other other");
    CHECK(categories("it", {0, 1, 2, 1000, 1000000, 3000000, 1000001}) == "other one other other many many other");
    // ro: "few" for 0 and n % 100 in 1..19 (but not 1 itself): 2 clienți, 19 clienți, 20 de clienți, 101 clienți.
    CHECK(categories("ro", {0, 1, 2, 19, 20, 100, 101, 119, 120}) == "few one few few other other few few other");
    // ru: 1, 21, 101 one; 2-4, 22-24 few; 0, 5-20, 25-30, 111-114 many.
    CHECK(categories("ru", {1, 21, 101, 111, 2, 4, 22, 12, 14, 0, 5, 11, 20, 25, 112}) ==
          "one one one many few few few many many many many many many many many");
    CHECK(PluralCategoriesNeeded("ru") == std::vector<std::string>{"one", "few", "many", "other"});
    CHECK(PluralCategoriesNeeded("ro") == std::vector<std::string>{"one", "few", "other"});
}

TEST_CASE("a plural text picks its form by the first number argument") {
    const Strings ru = Parsed("ru", R"({"left": {"one": "остался {n} клиент", "few": "осталось {n} клиента",
                                                 "many": "осталось {n} клиентов", "other": "осталось {n} клиента"}})");
    const auto left = [&](int n) { return Render(ru, {"left", {{"n", n}}}); };
    CHECK(left(1) == "остался 1 клиент");
    CHECK(left(3) == "осталось 3 клиента");
    CHECK(left(11) == "осталось 11 клиентов");
    CHECK(left(21) == "остался 21 клиент");
    CHECK(ru.Get("left") == "осталось {n} клиента"); // Get reads the "other" form
    // The shipped files: a save that is too long, in Romanian's three forms.
    const Strings ro = Shipped("ro");
    CHECK(Render(ro, {"error.save.too_long", {{"count", 1}}}).find("1 caracter,") != std::string::npos);
    CHECK(Render(ro, {"error.save.too_long", {{"count", 19}}}).find("19 caractere") != std::string::npos);
    CHECK(Render(ro, {"error.save.too_long", {{"count", 70000}}}).find("70000 de caractere") != std::string::npos);
    // What a learner reads after each customer: word of mouth comes in tens and twenties.
    CHECK(Render(ro, {"feedback.reach_good", {{"n", 10}}}) == "10 persoane vor afla cât de bine a mers");
    CHECK(Render(ro, {"feedback.reach_bad", {{"n", 20}}}) == "20 de persoane vor afla cât de rău a mers");
    CHECK(Render(Shipped("ru"), {"feedback.reach_good", {{"n", 10}}}) == "Об успехе узнают 10 человек");
    CHECK(Render(Shipped("ru"), {"feedback.reach_good", {{"n", 22}}}) == "Об успехе узнают 22 человека");
    CHECK(Render(Shipped("el"), {"feedback.reach_bad", {{"n", 1}}}) == "1 άτομο θα μάθει πόσο άσχημα πήγε");
}

TEST_CASE("a signed count shows its sign and picks the plural form by its size") {
    const auto people = [](const char* language, int n, const std::string& shown) {
        return Render(Shipped(language), {"hud.people", {{"n", MessageArg::Counted(n, shown)}}});
    };
    CHECK(people("en", -1, "\u22121") == "\u22121 person");
    CHECK(people("en", 30, "+30") == "+30 people");
    CHECK(people("ru", -21, "\u221221") == "\u221221 человек");
    CHECK(people("ru", 22, "+22") == "+22 человека");
    CHECK(people("ru", 40, "+40") == "+40 человек");
    CHECK(people("ro", -20, "\u221220") == "\u221220 de persoane");
    CHECK(people("ro", 10, "+10") == "+10 persoane");
    CHECK(people("el", 1, "+1") == "+1 άτομο");
}

TEST_CASE("lists are joined and values quoted the way each language writes them") {
    const std::vector<std::string> three{"a", "b", "c"};
    const std::pair<const char*, const char*> expected[] = {
        {"en", "a, b and c | x or y | “z”"}, {"it", "a, b e c | x o y | «z»"}, {"ru", "a, b и c | x или y | «z»"},
        {"el", "a, b και c | x ή y | «z»"},  {"ro", "a, b și c | x sau y | „z”"},
    };
    for (const auto& [language, text] : expected) {
        Strings s = Shipped(language);
        s.Text["test.line"] = "{list} | {either} | {quoted}";
        CHECK(Render(s, {"test.line", {{"list", three}, {"either", MessageArg::Alternatives({"x", "y"})}, {"quoted", MessageArg::Quoted("z")}}}) == text);
    }
}

TEST_CASE("arguments are filled once: a value holding a placeholder is shown as typed") {
    const Strings s = Parsed("en", R"({"hello": "Hello {name}, {missing} stays"})");
    CHECK(Render(s, {"hello", {{"name", "{name}"}}}) == "Hello {name}, {missing} stays");
    CHECK(Render(s, {"nowhere", {}}) == "[nowhere]");
    CHECK(Render(s, Message::Untranslated("for authors")) == "for authors");
}

TEST_CASE("a content error reads in the learner's language, and in English for tools") {
    std::vector<ContentError> errors;
    ParseStrings(R"({"a": 1,})", "ui.json", "it", errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].What.Key == "error.not_json");
    CHECK(Describe(errors[0]) == "ui.json:/: not valid JSON at line 1, column 9 (unexpected “}”)");
    CHECK(Describe(errors[0], Shipped("it")) == "ui.json:/: JSON non valido alla riga 1, colonna 9 («}» fuori posto)");
    CHECK(Describe(errors[0], Shipped("ru")) == "ui.json:/: ошибка JSON в строке 1, столбце 9 (неожиданный символ «}»)");
}

TEST_CASE("plural texts load, and the linter wants every form the language needs") {
    std::vector<ContentError> errors;
    CHECK_FALSE(ParseStrings(R"({"n": {"one": "{n} day"}})", "ui.json", "en", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].What.Key == "error.plural_without_other");

    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "moments_plural_lint";
    fs::remove_all(dir);
    for (const char* language : {"en", "ru"}) fs::create_directories(dir / language);
    std::ofstream(dir / "en/ui.json") << R"({"days": {"one": "{n} day", "other": "{n} days"}})";
    std::ofstream(dir / "ru/ui.json") << R"({"days": {"one": "{n} день", "other": "{n} дня"}})";
    const auto problems = LintInterfaceText(dir.string(), {"en", "ru"});
    std::string text;
    for (const ContentError& e : problems) text += Describe(e) + "\n";
    CHECK(text.find("ru/ui.json:/days: needs the \"few\" form") != std::string::npos);
    CHECK(text.find("ru/ui.json:/days: needs the \"many\" form") != std::string::npos);
    CHECK(text.find("en/ui.json") == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("every error key the code names is in the English interface text") {
    // The loaders, the save restore and JSON reader name their messages by key; a
    // key missing from ui.json would show "[error.x]" (the linter checks the other languages).
    const Strings& english = EnglishText();
    const std::regex key_literal(R"re("(error\.[a-z_.]+[a-z])")re");
    int keys = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(MOMENTS_SOURCE_DIR "/game")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream file(entry.path());
        std::stringstream text;
        text << file.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), key_literal), end; it != end; ++it) {
            const std::string key = (*it)[1];
            ++keys;
            CHECK_MESSAGE((english.Text.count(key) || english.Plurals.count(key)), entry.path().filename().string() << ": " << key);
        }
    }
    CHECK(keys > 50);
}
