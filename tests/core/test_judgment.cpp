// GAME.md §6, judgment not guessing, in the core: the order on screen comes
// from the seed and means nothing; assessments draw parallel forms of fresh
// customers; regulars come back with new lines; hints name a principle;
// saves from before these changes still resume.
#include "core/snapshot.h"
#include "fixture.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace moments;

namespace {

// ServiceCafe plus four assessment-only customers in two forms, and a return visit for gus.
Venue CafeWithForms() {
    Venue v = fixture::ServiceCafe();
    for (const char* id : {"ivy", "jon", "kai", "lea"}) v.Encounters.push_back(fixture::OneBeatCustomer(id));
    Encounter back = fixture::OneBeatCustomer("gus_back", Patience::Relaxed);
    back.Beats[0].Line = "Back again! Same as Monday?";
    v.Encounters.push_back(back);
    v.Encounters[3].ReturnVisit = 8;
    v.Assessment = {{"a", {4, 5}}, {"b", {6, 7}}};
    return v;
}

std::set<int> Customers(const Shift& s) {
    std::set<int> out;
    for (const Customer& c : s.Customers) out.insert(c.Encounter);
    return out;
}

} // namespace

SCENARIO("the order on screen is drawn from the seed, and choosing names the response, not the place") {
    const Venue v = fixture::SmallCafe();
    bool differs = false;
    std::vector<int> first_order;
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        const Shift s = fixture::Start(v, seed);
        std::vector<int> order = ResponseOrder(s);
        REQUIRE(order.size() == 3);
        CHECK(ResponseOrder(s) == order); // asking again changes nothing
        std::vector<int> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == std::vector<int>{0, 1, 2}); // every response, once
        if (first_order.empty()) first_order = order;
        differs |= order != first_order;
    }
    CHECK(differs); // two learners see the same customer's answers in different orders

    Shift s = fixture::Start(v, 9);
    const int warm_place = static_cast<int>(std::find(ResponseOrder(s).begin(), ResponseOrder(s).end(), 0) - ResponseOrder(s).begin());
    CHECK(warm_place >= 0);
    CHECK(Apply(s, {0, CommandKind::Choose, 0})); // "warm", wherever it was shown
    CHECK(s.Outcomes[static_cast<size_t>(Outcome::Magic)] == 1);
}

SCENARIO("the order survives a save and a resume") {
    const Venue v = fixture::ServiceCafe();
    Week week = StartWeek(v, 31, Mode::Training);
    Shift s = StartNextShift(week, {});
    Apply(s, {0, CommandKind::Choose, 0});
    Apply(s, {0, CommandKind::Next, 0});
    const std::vector<int> before = ResponseOrder(s);
    std::string error;
    const auto snap = DecodeSnapshot(EncodeSnapshot(TakeSnapshot(week, &s)), error);
    REQUIRE(snap);
    const auto session = Replay(v, *snap, error);
    REQUIRE(session);
    REQUIRE(session->Current);
    CHECK(ResponseOrder(*session->Current) == before);
}

SCENARIO("an assessment draws a parallel form of customers that training never shows") {
    const Venue v = CafeWithForms();
    CHECK(AssessmentFormCount(v) == 2);
    const Shift a = StartNextShift(StartWeek(v, 5, Mode::Assessment, 0), {});
    const Shift b = StartNextShift(StartWeek(v, 5, Mode::Assessment, 1), {});
    CHECK(Customers(a) == std::set<int>{4, 5});
    CHECK(Customers(b) == std::set<int>{6, 7});
    CHECK(Customers(StartNextShift(StartWeek(v, 5, Mode::Assessment, 2), {})) == Customers(a)); // attempts alternate
    std::string error;
    const auto snap = DecodeSnapshot(EncodeSnapshot(TakeSnapshot(StartWeek(v, 5, Mode::Assessment, 1), &b)), error);
    REQUIRE(snap);
    CHECK(snap->Form == 1);
    const auto session = Replay(v, *snap, error);
    REQUIRE(session);
    CHECK(Customers(*session->Current) == Customers(b)); // a resumed attempt keeps its form
}

SCENARIO("a regular who comes back says new lines") {
    const Venue v = CafeWithForms();
    const ShiftPlan plan = PlanDay(v, 1, {3}, 42); // gus had a moment of magic on day 1
    const auto at = std::find(plan.Encounters.begin(), plan.Encounters.end(), 8);
    REQUIRE(at != plan.Encounters.end());
    CHECK(plan.Returning[static_cast<size_t>(at - plan.Encounters.begin())]);
    CHECK(std::find(plan.Encounters.begin(), plan.Encounters.end(), 3) == plan.Encounters.end());
}

SCENARIO("a hint names the principle of the best answer, not the answer; hints are counted") {
    const Venue v = fixture::ServiceCafe();
    Week week = StartWeek(v, 3, Mode::Training);
    Shift s = StartNextShift(week, {TimerMode::Relaxed});
    while (CurrentEncounter(s)->Id != "fay") { // the upset customer: apologise first
        Apply(s, {0, CommandKind::Choose, 0});
        if (s.Now == Phase::Resolved) Apply(s, {0, CommandKind::Next, 0});
        if (s.Now == Phase::Ended) s = StartNextShift((RecordDay(week, s), week), {TimerMode::Relaxed});
    }
    CHECK(HintPrinciple(s) == Tag::Apologise);
    CHECK(HintsUsed(s) == 0);
    CHECK(Apply(s, {0, CommandKind::Hint, 0}));
    CHECK(HintsUsed(s) == 1);
}

SCENARIO("the feedback shows what was said beside the better move") {
    const Venue v = fixture::SmallCafe();
    Shift s = fixture::Start(v, 1, {TimerMode::Off});
    Apply(s, {0, CommandKind::Choose, 2}); // "cold"
    const Lesson lesson = LessonFor(s, 0);
    REQUIRE(lesson.Said);
    CHECK(lesson.Said->Id == "cold");
    CHECK(lesson.BetterMove->Id == "warm");
}

SCENARIO("a save written before response order and forms (format 2) still resumes") {
    const Venue v = fixture::SmallCafe();
    // Format 2 as the game wrote it: no form field; a choice names the response's index in the file.
    const std::string old_save = "mot2|small_cafe|3|t|p|0c0@a0,n0@go,c2@2sk"; // written by the game at commit 4a9a00d
    std::string error;
    const auto snap = DecodeSnapshot(old_save, error);
    REQUIRE_MESSAGE(snap, error);
    CHECK(snap->Form == 0);
    const auto session = Replay(v, *snap, error);
    REQUIRE_MESSAGE(session, error);
    REQUIRE(session->Current);
    const Shift& s = *session->Current;
    CHECK(s.Seed == 25); // "p" in base 36
    CHECK(s.Customers[0].Result == Outcome::Magic);  // "warm"
    CHECK(s.Customers[1].Result == Outcome::Misery); // "cold"
    CHECK(EncodeSnapshot(*snap).rfind("mot3|small_cafe|3|t|p|0|", 0) == 0); // and saves again as format 3
}

SCENARIO("a save from a future format is refused with a reason") {
    std::string error;
    CHECK_FALSE(DecodeSnapshot("mot9|small_cafe|3|t|p|0|0", error));
    CHECK(error.find("another version") != std::string::npos);
}
