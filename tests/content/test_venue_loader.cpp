// Loading venues: good files become core data; bad files are reported with
// file, JSON pointer and the problem, and nothing half-loaded escapes.
#include "content/strings.h"
#include "content/venue_loader.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

// A small but complete venue; tests break one thing at a time.
const std::string kGoodVenue = R"({
  "id": "tiny", "version": 2, "setting": "cafe", "title": "Tiny",
  "word_of_mouth": {"misery": -20, "mediocrity": 0, "magic": 10},
  "budget": 10,
  "policies": [{"id": "no_refunds", "text": "No refunds."}],
  "week": [{"stage": "uncertainty", "arrival_gap": 30, "encounters": ["ana"]}],
  "encounters": [{
    "id": "ana", "name": "Ana", "mood": "upset", "expectation": "high", "patience": "hurried",
    "portrait": {"skin": 1, "hair": 2},
    "request": "Tea", "hidden_need": "Is in a hurry to a funeral",
    "beats": [
      {"id": "hello", "line": "Tea, please.", "responses": [
        {"id": "sure", "text": "Right away.", "why": "Speed.", "satisfaction": 2, "seconds": 10, "tags": ["little_extra"], "next": "pay"},
        {"id": "rules", "text": "Policy says...", "why": "Policy.", "satisfaction": -2, "seconds": 5, "tags": ["quote_policy"], "next": "end"}
      ]},
      {"id": "pay", "line": "Thanks.", "responses": [
        {"id": "call", "text": "I'll call you.", "why": "Follow up.", "satisfaction": 3, "seconds": 10, "cost": 4,
         "reveals_need": true, "promise": {"text": "Call back", "deadline": 300}, "next": "end"},
        {"id": "bye", "text": "Bye.", "why": "Flat.", "satisfaction": 0, "seconds": 5, "next": "end"}
      ]}
    ]
  }]
})";

std::vector<ContentError> ErrorsFor(const std::string& text) {
    std::vector<ContentError> errors;
    const auto venue = ParseVenue(text, "venues/tiny.json", errors);
    CHECK_FALSE(venue.has_value()); // a broken file never yields a half-built venue
    return errors;
}

// Replaces the first occurrence of `from` in the good venue.
std::string Broken(const std::string& from, const std::string& to) {
    std::string text = kGoodVenue;
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

bool Mentions(const std::vector<ContentError>& errors, const std::string& pointer, const std::string& words) {
    for (const ContentError& e : errors)
        if (e.Pointer == pointer && Render(EnglishText(), e.What).find(words) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("a valid venue loads into core data with every field") {
    std::vector<ContentError> errors;
    const auto venue = ParseVenue(kGoodVenue, "tiny.json", errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    CHECK(venue->Id == "tiny");
    CHECK(venue->Version == 2);
    CHECK(venue->Budget == 10);
    REQUIRE(venue->Encounters.size() == 1);
    const Encounter& e = venue->Encounters[0];
    CHECK(e.Arrival == Mood::Upset);
    CHECK(e.Expects == Expectation::High);
    CHECK(e.Temper == Patience::Hurried);
    CHECK(e.Look.Hair == 2);
    CHECK(e.HiddenNeed == "Is in a hurry to a funeral");
    REQUIRE(e.Beats.size() == 2);
    CHECK(e.Beats[0].Responses[0].Next == 1);
    CHECK(e.Beats[0].Responses[1].Next == kEndBeat);
    CHECK(e.Beats[0].Responses[1].Tags.Has(Tag::QuotePolicy));
    const Response& call = e.Beats[1].Responses[0];
    CHECK(call.Cost == 4);
    CHECK(call.RevealsNeed);
    REQUIRE(call.Pledge);
    CHECK(call.Pledge->DeadlineSeconds == 300);
    REQUIRE(venue->Week.size() == 1);
    CHECK(venue->Week[0].Encounters == std::vector<int>{0});
    CHECK(venue->Week[0].ArrivalGapSeconds == 30);
}

TEST_CASE("malformed JSON names the file and the line and column") {
    const auto errors = ErrorsFor("{\n  \"id\": \"tiny\",\n  \"version\": 2,,\n}");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].File == "venues/tiny.json");
    CHECK(Describe(errors[0]).find("venues/tiny.json:/: not valid JSON at line 3") == 0);
}

TEST_CASE("a dangling beat reference points at the exact response") {
    const auto errors = ErrorsFor(Broken("\"next\": \"pay\"", "\"next\": \"checkout\""));
    CHECK(Mentions(errors, "/encounters/0/beats/0/responses/0/next", "no beat “checkout”"));
}

TEST_CASE("wrong types, unknown tags, unknown fields and bad ids are each reported") {
    CHECK(Mentions(ErrorsFor(Broken("\"satisfaction\": 2", "\"satisfaction\": \"lots\"")),
                   "/encounters/0/beats/0/responses/0/satisfaction", "whole number"));
    CHECK(Mentions(ErrorsFor(Broken("\"little_extra\"", "\"sparkle\"")),
                   "/encounters/0/beats/0/responses/0/tags/0", "unknown tag \"sparkle\""));
    CHECK(Mentions(ErrorsFor(Broken("\"budget\": 10", "\"budgte\": 10")), "/budgte", "unknown field “budgte”"));
    CHECK(Mentions(ErrorsFor(Broken("\"id\": \"ana\"", "\"id\": \"Ana Maria\"")), "/encounters/0/id", "a-z, 0-9 and _"));
    CHECK(Mentions(ErrorsFor(Broken("\"mood\": \"upset\"", "\"mood\": \"grumpy\"")), "/encounters/0/mood", "must be one of calm or upset"));
    CHECK(Mentions(ErrorsFor(Broken("\"encounters\": [\"ana\"]", "\"encounters\": [\"bob\"]")), "/week/0/encounters/0", "no encounter \"bob\""));
}

TEST_CASE("missing required fields and impossible shapes are reported") {
    CHECK(Mentions(ErrorsFor(Broken("\"line\": \"Thanks.\",", "")), "/encounters/0/beats/1/line", "missing"));
    CHECK(Mentions(ErrorsFor(Broken(R"(,
        {"id": "bye", "text": "Bye.", "why": "Flat.", "satisfaction": 0, "seconds": 5, "next": "end"})", "")),
                   "/encounters/0/beats/1/responses", "2 to 4 responses"));
    CHECK(Mentions(ErrorsFor(Broken("\"id\": \"pay\"", "\"id\": \"hello\"")), "/encounters/0/beats/1/id", "duplicate id “hello”"));
    CHECK(Mentions(ErrorsFor("[1, 2]"), "", "expected an object"));
}

TEST_CASE("a file that cannot be read is reported, not thrown") {
    std::vector<ContentError> errors;
    CHECK_FALSE(LoadVenue("/nonexistent/venue.json", errors));
    REQUIRE(errors.size() == 1);
    CHECK(Describe(errors[0]) == "/nonexistent/venue.json:/: cannot open the file");
}

TEST_CASE("locale strings: lookups, placeholders and visible gaps") {
    std::vector<ContentError> errors;
    const auto s = ParseStrings(R"({"hello": "Hello, {name}! {name}?", "bye": "Bye"})", "en.json", "en", errors);
    REQUIRE(s);
    CHECK(s->Get("bye") == "Bye");
    CHECK(s->Format("hello", {{"name", "Ana"}}) == "Hello, Ana! Ana?");
    // A value is shown as typed: a learner called "{score}" is not expanded.
    CHECK(s->Format("hello", {{"name", "{score}"}, {"score", "99"}}) == "Hello, {score}! {score}?");
    CHECK(s->Format("hello", {}) == "Hello, {name}! {name}?"); // an unknown placeholder stays visible
    CHECK(s->Get("missing.key") == "[missing.key]");
    CHECK_FALSE(ParseStrings(R"({"n": 3})", "en.json", "en", errors));
    CHECK(Describe(errors.back()) == "en.json:/n: expected text, or an object of plural forms (\"one\", \"other\", ...)");
}

TEST_CASE("the file format: files without it are the earlier format, a newer one is refused with one clear message") {
    std::vector<ContentError> errors;
    CHECK_MESSAGE(ParseVenue(kGoodVenue, "tiny.json", errors), Describe(errors)); // format 1: no "format" field
    CHECK_MESSAGE(ParseVenue(Broken("\"id\": \"tiny\"", "\"format\": 2, \"id\": \"tiny\""), "tiny.json", errors), Describe(errors));
    // A newer file may use fields this game has never heard of: only the format is reported.
    const auto newer = ErrorsFor(Broken("\"id\": \"tiny\"", "\"format\": 3, \"lighting\": \"dusk\", \"id\": \"tiny\""));
    REQUIRE(newer.size() == 1);
    CHECK(Describe(newer[0]) == "venues/tiny.json:/format: written for a newer version of the game: format 3; this game reads up to 2");
    CHECK(Mentions(ErrorsFor(Broken("\"id\": \"tiny\"", "\"format\": 0, \"id\": \"tiny\"")), "/format", "between 1 and 2"));
    CHECK(Mentions(ErrorsFor(Broken("\"id\": \"tiny\"", "\"format\": \"2\", \"id\": \"tiny\"")), "/format", "whole number"));
}

TEST_CASE("beats that loop are refused, naming the beats and the response that leads back") {
    // hello -> pay -> hello: the conversation could go round forever.
    const auto loop = ErrorsFor(Broken("\"id\": \"bye\", \"text\": \"Bye.\", \"why\": \"Flat.\", \"satisfaction\": 0, \"seconds\": 5, \"next\": \"end\"",
                                       "\"id\": \"bye\", \"text\": \"Bye.\", \"why\": \"Flat.\", \"satisfaction\": 0, \"seconds\": 5, \"next\": \"hello\""));
    REQUIRE(loop.size() == 1);
    CHECK(loop[0].Pointer == "/encounters/0/beats/1/responses/1/next");
    CHECK(Render(EnglishText(), loop[0].What).find("beats form a cycle: hello -> pay -> hello;") == 0);
    CHECK(Render(EnglishText(), loop[0].What).find("lead to a later beat or to \"end\"") != std::string::npos);
    // A beat that answers itself.
    const auto self = ErrorsFor(Broken("\"deadline\": 300}, \"next\": \"end\"", "\"deadline\": 300}, \"next\": \"pay\""));
    CHECK(Mentions(self, "/encounters/0/beats/1/responses/0/next", "beats form a cycle: pay -> pay;"));
}
