// Our JSON reader and writer: content authors get a line, a column and a plain
// reason for every mistake; the page gets text any JSON reader takes.
#include "content/json.h"
#include "content/json_reader.h"

#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <limits>

using namespace moments;

namespace {

// What the loaders tell a content author about `text`, or "valid".
std::string Complaint(const std::string& text) {
    std::vector<ContentError> errors;
    JsonReader reader("ui.json", errors);
    if (reader.Parse(text)) return "valid";
    REQUIRE(errors.size() == 1);
    return Describe(errors[0]);
}

json::Value Parsed(const std::string& text) {
    json::Value v;
    const auto error = json::Parse(text, v);
    REQUIRE_MESSAGE(!error, error->Problem);
    return v;
}

} // namespace

TEST_CASE("tutorial: read a document, look things up, write JSON back") {
    // Parse fills a plain tree and returns a problem only when the text is not JSON.
    json::Value doc;
    REQUIRE_FALSE(json::Parse(R"({"id": "cafe", "budget": 30, "tags": ["warm", "quick"], "open": true})", doc));

    // Objects keep their members in the order of the file; Find says whether a key is there.
    REQUIRE(doc.Kind == json::Type::Object);
    CHECK(doc.Members[0].Key == "id");
    CHECK(doc.Find("budget"));
    CHECK_FALSE(doc.Find("title"));

    // operator[] never fails: a missing key reads as null, so lookups chain.
    CHECK(doc["id"].Text == "cafe");
    CHECK(doc["budget"].IsInteger);
    CHECK(doc["budget"].Integer == 30);
    CHECK(doc["tags"].Items[1].Text == "quick");
    CHECK(doc["open"].Flag);
    CHECK(doc["title"]["first"].Kind == json::Type::Null);

    // The writer adds the commas; keyed calls belong inside objects, plain ones in arrays.
    json::Writer w;
    w.BeginObject().String("screen", "title").Int("day", 1).BeginArray("choices").String("Yes").String("No").EndArray();
    w.Null("customer").EndObject();
    CHECK(w.Text() == R"({"screen":"title","day":1,"choices":["Yes","No"],"customer":null})");
}

TEST_CASE("every kind of value parses, with any whitespace between tokens") {
    const json::Value doc = Parsed(" \t\r\n{ \"a\" : [ null , true , false , 0 , -7 , 2.5 , \"x\" , [ ] , { } ] }\n");
    const auto& items = doc["a"].Items;
    REQUIRE(items.size() == 9);
    CHECK(items[0].Kind == json::Type::Null);
    CHECK((items[1].Kind == json::Type::Bool && items[1].Flag));
    CHECK((items[2].Kind == json::Type::Bool && !items[2].Flag));
    CHECK((items[3].IsInteger && items[3].Integer == 0));
    CHECK((items[4].IsInteger && items[4].Integer == -7));
    CHECK((items[5].Kind == json::Type::Number && !items[5].IsInteger && items[5].Real == 2.5));
    CHECK(items[6].Text == "x");
    CHECK((items[7].Kind == json::Type::Array && items[7].Items.empty()));
    CHECK((items[8].Kind == json::Type::Object && items[8].Members.empty()));
    CHECK(Parsed("\"just text\"").Text == "just text"); // any value may be the whole document
}

TEST_CASE("whole numbers stay exact; fractions and exponents are not whole numbers") {
    // 2^53 + 1 would round through a double: a count must not change on loading.
    CHECK(Parsed("9007199254740993").Integer == 9007199254740993);
    CHECK(Parsed("9223372036854775807").Integer == std::numeric_limits<int64_t>::max());
    CHECK(Parsed("-9223372036854775808").Integer == std::numeric_limits<int64_t>::min());
    CHECK(Parsed("-0").IsInteger);
    // Beyond int64_t, or written as 3.0 or 1e2, a number is a fraction to JsonReader::Int.
    CHECK_FALSE(Parsed("9223372036854775808").IsInteger);
    CHECK(Parsed("9223372036854775808").Real == 9223372036854775808.0);
    CHECK_FALSE(Parsed("3.0").IsInteger);
    CHECK(Parsed("1E+2").Real == 100);
    CHECK(Parsed("-1.5e-3").Real == -0.0015);
}

TEST_CASE("escapes and UTF-8 text arrive as UTF-8") {
    CHECK(Parsed(R"("\" \\ \/ \b \f \n \r \t")").Text == "\" \\ / \b \f \n \r \t");
    CHECK(Parsed(R"("caf\u00e9 \u20AC")").Text == "caf\xC3\xA9 \xE2\x82\xAC");
    CHECK(Parsed(R"("\ud83d\ude00")").Text == "\xF0\x9F\x98\x80"); // a surrogate pair is one emoji
    CHECK(Parsed(R"("a\u0000b")").Text == std::string("a\0b", 3));
    CHECK(Parsed("\"\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87 \xF0\x9F\x98\x80\"").Text == "\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87 \xF0\x9F\x98\x80");
    CHECK(Parsed("\xEF\xBB\xBF{\"k\": \"v\"}")["k"].Text == "v"); // Windows editors start files with a byte order mark
}

TEST_CASE("syntax mistakes are reported with line, column and a plain reason") {
    const std::string at = "ui.json:/: not valid JSON at line ";
    // The shape of the document.
    CHECK(Complaint("") == at + "1, column 1 (the text ends too soon)");
    CHECK(Complaint("{\"a\": 1") == at + "1, column 8 (the text ends too soon)");
    CHECK(Complaint("{\"a\": 1,}") == at + "1, column 9 (unexpected “}”)");
    CHECK(Complaint("[1, 2,]") == at + "1, column 7 (unexpected “]”)");
    CHECK(Complaint("[1 2]") == at + "1, column 4 (unexpected “2”)");
    CHECK(Complaint("{\"a\" 1}") == at + "1, column 6 (unexpected “1”)");
    CHECK(Complaint("{a: 1}") == at + "1, column 2 (unexpected “a”)");
    CHECK(Complaint("{\"a\": 1}\n{\"b\": 2}") == at + "2, column 1 (unexpected “{”)");
    CHECK(Complaint("{\"a\": tru}") == at + "1, column 10 (unexpected “}”)");
    CHECK(Complaint("{\"a\": True}") == at + "1, column 7 (unexpected “T”)");
    CHECK(Complaint("{\"a\": 1} // done") == at + "1, column 10 (unexpected “/”)");
    // Numbers.
    CHECK(Complaint("[007]") == at + "1, column 2 (a number cannot start with 0)");
    CHECK(Complaint("[+1]") == at + "1, column 2 (unexpected “+”)");
    CHECK(Complaint("[.5]") == at + "1, column 2 (unexpected “.”)");
    CHECK(Complaint("[1.]") == at + "1, column 4 (unexpected “]”)");
    CHECK(Complaint("[1e]") == at + "1, column 4 (unexpected “]”)");
    CHECK(Complaint("[-]") == at + "1, column 3 (unexpected “]”)");
    CHECK(Complaint("[1e400]") == at + "1, column 2 (number too large)");
    // Text.
    CHECK(Complaint("{\"a\": \"Tea,\n please\"}") == at + "1, column 12 (text not closed before the end of the line)");
    CHECK(Complaint("{\"a\": \"Tea,\tplease\"}") == at + "1, column 12 (control character U+0009 in text (write it as an escape))");
    CHECK(Complaint("{\"a\": \"Tea") == at + "1, column 11 (the text ends too soon)");
    CHECK(Complaint(R"({"a": "50\% off"})") == at + "1, column 10 (unknown escape “\\%”)");
    CHECK(Complaint(R"({"a": "\u00G9"})") == at + "1, column 12 (\\u needs four hex digits)");
    // A keyboard's Cyrillic counts as one column per letter, as the editor shows it.
    CHECK(Complaint("{\n\"\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87\": 1 x}") == at + "2, column 11 (unexpected “x”)");
}

TEST_CASE("a key used twice in one object is refused, naming the key") {
    // A translator's duplicated key would otherwise silently drop one of the two texts.
    CHECK(Complaint("{\n  \"app.title\": \"Moments\",\n  \"app.title\": \"Momenti\"\n}") ==
          "ui.json:/: not valid JSON at line 3, column 3 (duplicate key “app.title”)");
    CHECK(Complaint(R"({"\u0061": 1, "a": 2})") == "ui.json:/: not valid JSON at line 1, column 15 (duplicate key “a”)");
    // The same key in different objects is fine.
    CHECK(Complaint(R"({"a": {"a": 1}, "b": {"a": 2}})") == "valid");
    // A big object (a whole locale file) finds a duplicate just as well.
    std::string big = "{";
    for (int i = 0; i < 2000; ++i) big += "\"key" + std::to_string(i) + "\": \"text\", ";
    CHECK(Complaint(big + "\"last\": 1}") == "valid");
    CHECK(Complaint(big + "\"key7\": 1}").find("(duplicate key “key7”)") != std::string::npos);
}

TEST_CASE("only well-formed UTF-8 and paired surrogates are text") {
    const std::string at = "ui.json:/: not valid JSON at line 1, column ";
    CHECK(Complaint("[\"\xC0\xAF\"]") == at + "3 (invalid UTF-8)");         // an overlong '/'
    CHECK(Complaint("[\"\xE0\x80\xAF\"]") == at + "3 (invalid UTF-8)");     // another overlong '/'
    CHECK(Complaint("[\"\xED\xA0\x80\"]") == at + "3 (invalid UTF-8)");     // a UTF-16 surrogate written in UTF-8
    CHECK(Complaint("[\"\xF4\x90\x80\x80\"]") == at + "3 (invalid UTF-8)"); // above U+10FFFF
    CHECK(Complaint("[\"\x80\"]") == at + "3 (invalid UTF-8)");             // a continuation byte alone
    CHECK(Complaint("[\"\xC3\"]") == at + "3 (invalid UTF-8)");             // a character cut in half
    CHECK(Complaint("[\"\xFF\"]") == at + "3 (invalid UTF-8)");
    CHECK(Complaint("[\xC3\xA9]") == at + "2 (unexpected “\xC3\xA9”)");     // valid UTF-8, but not a value
    CHECK(Complaint("[\x01]") == at + "2 (unexpected U+0001)");
    CHECK(Complaint(R"(["\ud83d"])") == at + "3 (unpaired surrogate U+D83D)");
    CHECK(Complaint(R"(["\ude00"])") == at + "3 (unpaired surrogate U+DE00)");
    CHECK(Complaint(R"(["\ud83d\u0041"])") == at + "3 (unpaired surrogate U+D83D)");
}

TEST_CASE("deep nesting fails cleanly instead of overflowing the stack") {
    const auto nested = [](size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    CHECK(Complaint(nested(json::kMaxDepth)) == "valid");
    CHECK(Complaint(nested(json::kMaxDepth + 1)) == "ui.json:/: not valid JSON at line 1, column 201 (nested deeper than 200 levels)");
    CHECK(Complaint(std::string(1000000, '[')).find("nested deeper than 200 levels") != std::string::npos);
    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
    CHECK(Complaint(objects).find("nested deeper than 200 levels") != std::string::npos);
}

TEST_CASE("the writer escapes what JSON requires and passes other UTF-8 through") {
    json::Writer w;
    w.BeginArray().String("say \"hi\" \\ now").String("line\nbreak\ttab\r\b\f").String(std::string("\x01\x1F\0", 3));
    w.String("caf\xC3\xA9 \xE2\x80\x9C\xE2\x80\x9D \xF0\x9F\x98\x80 \x7F").EndArray();
    CHECK(w.Text() == "[\"say \\\"hi\\\" \\\\ now\",\"line\\nbreak\\ttab\\r\\b\\f\",\"\\u0001\\u001f\\u0000\","
                      "\"caf\xC3\xA9 \xE2\x80\x9C\xE2\x80\x9D \xF0\x9F\x98\x80 \x7F\"]");
    CHECK(Parsed(w.Text()).Items[2].Text == std::string("\x01\x1F\0", 3));
}

TEST_CASE("the writer nests, separates and writes every kind of value") {
    json::Writer w;
    w.BeginObject().BeginObject("empty").EndObject().BeginArray("none").EndArray();
    w.BeginArray("rows").BeginObject().Int("n", 1).EndObject().BeginObject().Int("n", 2).EndObject().EndArray();
    w.Bool("yes", true).Bool("no", false).Null("nothing").Double("half", 0.5);
    w.Int("least", std::numeric_limits<int64_t>::min()).Int("most", std::numeric_limits<int64_t>::max());
    w.Key("later").String("v").EndObject();
    CHECK(w.Text() == R"({"empty":{},"none":[],"rows":[{"n":1},{"n":2}],"yes":true,"no":false,"nothing":null,"half":0.5,)"
                      R"("least":-9223372036854775808,"most":9223372036854775807,"later":"v"})");
}

TEST_CASE("doubles: the shortest text that reads back exactly, and still a fraction") {
    const auto text = [](double d) { return json::Writer().Double(d).Text(); };
    CHECK(text(2.5) == "2.5");
    CHECK(text(0.1) == "0.1");
    CHECK(text(2.0) == "2.0"); // stays a fraction, not the whole number 2
    CHECK(text(-0.0) == "-0.0");
    CHECK(text(120.0) == "120.0");
    CHECK(text(0.0005) == "0.0005");
    CHECK(text(1.0 / 3) == "0.3333333333333333");
    CHECK(text(1e-7) == "1e-07");
    CHECK(text(1e21) == "1e+21");
    CHECK(text(123456789012345.0) == "123456789012345.0");
    CHECK(text(static_cast<double>(0.7f)) == "0.699999988079071"); // a float's exact value, as the queue's patience
    CHECK(text(std::nan("")) == "null");
    CHECK(text(-HUGE_VAL) == "null");
    for (double d : {1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1e-300, 5e-324, DBL_MAX, -DBL_MIN, 1e15, 1e16, 0.000123456789, 299792458.0}) {
        CAPTURE(d);
        const json::Value back = Parsed(text(d));
        CHECK(back.Real == d);
        CHECK_FALSE(back.IsInteger);
    }
}

TEST_CASE("what Parse reads, Write writes back: the same tree and the same text") {
    const std::string source = R"({"b": [1, -2, 3.25, 1e-9, true, false, null, "x\ny \u00e9 \ud83d\ude00", {}, []],)"
                               R"( "a": {"nested": {"deeper": ["\u0001"]}}, "": 0})";
    const json::Value first = Parsed(source);
    const std::string once = json::Write(first);
    CHECK(once == R"({"b":[1,-2,3.25,1e-09,true,false,null,"x\ny é 😀",{},[]],"a":{"nested":{"deeper":["\u0001"]}},"":0})");
    const json::Value second = Parsed(once);
    CHECK(json::Write(second) == once);
    CHECK(second.Members[0].Key == "b"); // document order survives
    CHECK(second["b"].Items[0].IsInteger);
    CHECK_FALSE(second["b"].Items[2].IsInteger);
}
