// The content linter: the shipped venues pass, and each rule catches what it should.
#include "content/lint.h"
#include "content/venue_loader.h"
#include "core/paths.h"
#include "core/shift.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

const std::string kAssets = std::string(MOMENTS_SOURCE_DIR) + "/assets";

LintInput Shipped(const std::string& id) {
    std::vector<ContentError> errors;
    auto venue = LoadVenue(kAssets + "/venues/" + id + ".json", errors);
    REQUIRE_MESSAGE(venue, Describe(errors));
    return {id + ".json", std::move(*venue)};
}

std::vector<LintInput> BothVenues() { return {Shipped("cafe_counter"), Shipped("hotel_concierge")}; }

bool Reports(const std::vector<ContentError>& errors, const std::string& pointer, const std::string& words) {
    for (const ContentError& e : errors)
        if (e.Pointer == pointer && Render(EnglishText(), e.What).find(words) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("the shipped venues and their translations pass the linter") {
    const auto problems = LintVenues(BothVenues(), kAssets + "/locales");
    CHECK_MESSAGE(problems.empty(), Describe(problems));
}

TEST_CASE("lint: an encounter with no way to magic, or none to misery") {
    auto venues = BothVenues();
    for (Beat& b : venues[0].Data.Encounters[0].Beats)
        for (Response& r : b.Responses) r.Satisfaction = std::min(r.Satisfaction, 0);
    CHECK(Reports(LintVenues(venues, ""), "/encounters/0", "no path ends in magic for '" + venues[0].Data.Encounters[0].Id + "'"));
    for (Beat& b : venues[0].Data.Encounters[1].Beats)
        for (Response& r : b.Responses) r.Satisfaction = 5;
    CHECK(Reports(LintVenues(venues, ""), "/encounters/1", "no path ends in misery for '" + venues[0].Data.Encounters[1].Id + "'"));
}

TEST_CASE("lint: a beat nobody can reach") {
    auto venues = BothVenues();
    Encounter& e = venues[0].Data.Encounters[2];
    e.Beats.push_back({"orphan", "Hello?", e.Beats[0].Responses});
    CHECK(Reports(LintVenues(venues, ""), "/encounters/2/beats/" + std::to_string(e.Beats.size() - 1), "beat 'orphan' cannot be reached from the first beat ('" + e.Beats[0].Id +
                                                                                                "') of encounter '" + e.Id + "': no response leads to it; set some response's \"next\" to \"orphan\""));
}

TEST_CASE("lint: too few encounters, a short week, and a hidden need nobody can find") {
    auto venues = BothVenues();
    venues[1].Data.Encounters.resize(11);
    venues[1].Data.Week.pop_back();
    for (Beat& b : venues[0].Data.Encounters[3].Beats)
        for (Response& r : b.Responses) r.RevealsNeed = false;
    const auto problems = LintVenues(venues, "");
    CHECK(Reports(problems, "/encounters", "11 encounters; a venue needs at least 12"));
    CHECK(Reports(problems, "/week", "the week needs five days"));
    if (!venues[0].Data.Encounters[3].HiddenNeed.empty())
        CHECK(Reports(problems, "/encounters/3/hidden_need", "no response has reveals_need"));
}

TEST_CASE("lint: coverage rules count over the package, and say what to add") {
    std::vector<LintInput> venues = {Shipped("cafe_counter")};
    for (Encounter& e : venues[0].Data.Encounters) {
        e.Arrival = Mood::Calm;
        for (Beat& b : e.Beats)
            for (Response& r : b.Responses) {
                r.Tags = TagSet{};
                r.Pledge.reset();
            }
    }
    const auto problems = LintVenues(venues, "");
    CHECK(Reports(problems, "", "the package has 0 responses with misery trigger 'cut_off' (cutting them off), at least 2 needed: tag a tempting wrong answer \"cut_off\" (in any venue of the package)"));
    CHECK(Reports(problems, "", "0 over-service traps, at least 3 needed: add an eager answer tagged too_many_questions"));
    CHECK(Reports(problems, "", "0 recoveries (customers who arrive upset), at least 2 needed: give a customer \"mood\": \"upset\""));
    CHECK(Reports(problems, "", "policy dilemmas with a cost"));
    CHECK(Reports(problems, "", "0 promises with a deadline, at least 1 needed"));
    for (const ContentError& e : problems)
        if (e.Pointer.empty()) CHECK(e.File == "package (cafe_counter.json)"); // a package problem belongs to no one file
}

TEST_CASE("lint: two venues that each lack something pass together, as one package") {
    // Without the given tags, the café alone falls short on that kind of mistake.
    auto without = [](Tag gone, const std::string& file) {
        LintInput in = Shipped("cafe_counter");
        in.File = file;
        for (Encounter& e : in.Data.Encounters)
            for (Beat& b : e.Beats)
                for (Response& r : b.Responses) r.Tags.Bits &= ~(1u << static_cast<int>(gone));
        return in;
    };
    const LintInput no_cut_off = without(Tag::CutOff, "a.json"), no_accuse = without(Tag::Accuse, "b.json");
    auto package_problems = [](const std::vector<LintInput>& venues) {
        std::vector<ContentError> out;
        for (ContentError& e : LintVenues(venues, ""))
            if (e.File.rfind("package", 0) == 0) out.push_back(std::move(e));
        return out;
    };
    const auto alone_a = package_problems({no_cut_off}), alone_b = package_problems({no_accuse});
    REQUIRE(alone_a.size() == 1);
    CHECK(alone_a[0].File == "package (a.json)");
    CHECK(Render(EnglishText(), alone_a[0].What).find("'cut_off'") != std::string::npos);
    REQUIRE(alone_b.size() == 1);
    CHECK(Render(EnglishText(), alone_b[0].What).find("'accuse'") != std::string::npos);
    const auto together = package_problems({no_cut_off, no_accuse});
    CHECK_MESSAGE(together.empty(), Describe(together));
}

TEST_CASE("lint: translations missing keys or carrying foreign ones") {
    auto venues = BothVenues();
    Response& renamed = venues[0].Data.Encounters[0].Beats[0].Responses[0];
    const std::string beat = venues[0].Data.Encounters[0].Id + "." + venues[0].Data.Encounters[0].Beats[0].Id;
    const std::string old_key = "/" + beat + "." + renamed.Id + ".text";
    renamed.Id = "renamed";
    const auto problems = LintVenues(venues, kAssets + "/locales");
    REQUIRE(venues[0].Data.Locales.size() == 5);
    CHECK(Reports(problems, "/" + beat + ".renamed.text", "missing translation"));
    CHECK(Reports(problems, old_key, "not a key of the English text"));
}

TEST_CASE("lint: surface tells and a stale assessment pool (GAME.md §6)") {
    std::vector<LintInput> venues = {Shipped("cafe_counter")};
    Venue& v = venues[0].Data;
    for (Encounter& e : v.Encounters) {
        const std::vector<int> bests = BestResponses(v, e); // the core's best, before the tells go in
        for (Beat& b : e.Beats) {
            const int best = bests[static_cast<size_t>(&b - e.Beats.data())];
            if (best < 0) continue;
            for (Response& r : b.Responses) r.Text = "Right."; // the rest say nothing telling
            Response& telling = b.Responses[static_cast<size_t>(best)];
            telling.Text = "Splendid, great choice! And I'll see to every last detail of it myself, right away.";
            telling.Tags.Add(Tag::BendRule); // bending the rule always wins
        }
    }
    v.Assessment = {{"a", {v.Week[0].Encounters[0]}}};
    v.Encounters[static_cast<size_t>(v.Week[0].Encounters[0])].Temper = Patience::Hurried;
    const auto problems = LintVenues(venues, "");
    CHECK(Reports(problems, "/encounters", "the best response is the longest in"));
    CHECK(Reports(problems, "/encounters", "the phrase \"great choice\" is a tell"));
    CHECK(Reports(problems, "/encounters", "responses opening with \"splendid\" are a tell"));
    CHECK(Reports(problems, "/encounters", "bending the rule (bend_rule) is the best answer in"));
    CHECK(Reports(problems, "/assessment", "at least two parallel forms, not 1"));
    CHECK(Reports(problems, "/assessment/0/encounters", "a form needs at least six customers"));
    CHECK(Reports(problems, "/assessment/0/encounters/0", "is a training customer"));
    CHECK(Reports(problems, "/week/0/encounters/0", "day 1 should open with a calm, relaxed customer"));
}
