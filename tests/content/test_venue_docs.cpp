// docs/VENUES.md and docs/venue.schema.json against the loader: every complete
// example in the guide loads and plays, every partial one is marked as such and
// is valid JSON, and the complete examples use every field the schema lists
// (so each is a field the loader reads: it refuses any other).
#include "content/json.h"
#include "content/venue_loader.h"
#include "play_to_end.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace moments;

namespace {

const std::string kDocs = std::string(MOMENTS_SOURCE_DIR) + "/docs";

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A ```json block of the guide: "```json" opens a complete venue file,
// "```json fragment <part>" a part of one (the schema's $defs/<part>).
struct Example {
    int Line = 0;         // where the block starts, for messages
    std::string Fence;    // the opening line after the backticks
    std::string Text;
    bool Complete() const { return Fence == "json"; }
};

std::vector<Example> JsonExamples(const std::string& markdown) {
    std::vector<Example> out;
    std::istringstream lines(markdown);
    std::string line;
    Example* open = nullptr;
    for (int n = 1; std::getline(lines, line); ++n) {
        if (open && line == "```") open = nullptr;
        else if (open) open->Text += line + "\n";
        else if (line.rfind("```json", 0) == 0) open = &out.emplace_back(Example{n, line.substr(3), ""});
    }
    return out;
}

json::Value ParseOrFail(const std::string& text, const std::string& what) {
    json::Value doc;
    const auto error = json::Parse(text, doc);
    REQUIRE_MESSAGE(!error, what << ": " << (error ? Render(EnglishText(), error->Problem) : std::string()));
    return doc;
}

// The schema node a "$ref": "#/$defs/x" points to (or the node itself).
const json::Value& Resolve(const json::Value& schema, const json::Value& node) {
    const json::Value* ref = node.Find("$ref");
    if (!ref) return node;
    REQUIRE(ref->Text.rfind("#/$defs/", 0) == 0);
    return schema["$defs"][ref->Text.substr(8)];
}

// Walks the schema beside the examples' values at the same place; reports each property no example uses.
void CheckEveryFieldUsed(const json::Value& schema, const json::Value& node, const std::vector<const json::Value*>& values,
                         const std::string& at, std::vector<std::string>& unused) {
    const json::Value& s = Resolve(schema, node);
    if (const json::Value* items = s.Find("items")) {
        std::vector<const json::Value*> elements;
        for (const json::Value* v : values)
            for (const json::Value& e : v->Items) elements.push_back(&e);
        CheckEveryFieldUsed(schema, *items, elements, at + "/*", unused);
    }
    if (const json::Value* properties = s.Find("properties"))
        for (const json::Member& p : properties->Members) {
            std::vector<const json::Value*> found;
            for (const json::Value* v : values)
                if (const json::Value* child = v->Find(p.Key)) found.push_back(child);
            if (found.empty()) unused.push_back(at + "/" + p.Key);
            else CheckEveryFieldUsed(schema, p.Val, found, at + "/" + p.Key, unused);
        }
}

} // namespace

TEST_CASE("every complete example in docs/VENUES.md loads and plays to the end; partial ones are marked and are JSON") {
    const auto examples = JsonExamples(ReadAll(kDocs + "/VENUES.md"));
    int complete = 0;
    for (const Example& e : examples) {
        const std::string where = "docs/VENUES.md:" + std::to_string(e.Line);
        CAPTURE(where);
        if (e.Complete()) {
            std::vector<ContentError> errors;
            const auto venue = ParseVenue(e.Text, where, errors);
            REQUIRE_MESSAGE(venue, Describe(errors));
            CHECK(testing::PlaysToTheEnd(*venue, BotKind::Best, 3));
            CHECK(testing::PlaysToTheEnd(*venue, BotKind::Random, 3));
            ++complete;
        } else {
            CHECK_MESSAGE(e.Fence.rfind("json fragment ", 0) == 0, "a partial example is marked ```json fragment <part>, not ```" << e.Fence);
            ParseOrFail(e.Text, where); // no comments, no "..."
        }
    }
    CHECK(complete >= 1);
}

TEST_CASE("the complete examples use every field docs/venue.schema.json lists, so the loader reads each of them") {
    const json::Value schema = ParseOrFail(ReadAll(kDocs + "/venue.schema.json"), "docs/venue.schema.json");
    std::vector<json::Value> docs;
    for (const Example& e : JsonExamples(ReadAll(kDocs + "/VENUES.md")))
        if (e.Complete()) docs.push_back(ParseOrFail(e.Text, "example"));
    std::vector<const json::Value*> values;
    for (const json::Value& d : docs) values.push_back(&d);
    std::vector<std::string> unused;
    CheckEveryFieldUsed(schema, schema, values, "", unused);
    std::string list;
    for (const std::string& u : unused) list += u + "\n";
    CHECK_MESSAGE(unused.empty(), "fields in the schema that no complete example in docs/VENUES.md uses:\n" << list);
}
