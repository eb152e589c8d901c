// GAME.md §6, judgment not guessing, in the core: the order on screen comes
// from the seed and means nothing; assessments draw parallel forms of fresh
// customers; regulars come back with new lines; hints name a principle;
// saves from before these changes still resume; "best" is the path with the
// best end result, not the step that pleases most now.
#include "core/paths.h"
#include "core/score.h"
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

// The index of the response with this id in the open beat.
int IndexOf(const Shift& s, const std::string& id) {
    const auto& responses = CurrentBeat(s)->Responses;
    const auto it = std::find_if(responses.begin(), responses.end(), [&](const Response& r) { return r.Id == id; });
    REQUIRE(it != responses.end());
    return static_cast<int>(it - responses.begin());
}

// The id of the response that pleases most at this step: what "best" used to mean.
std::string GreediestId(const Shift& s) {
    const auto& responses = CurrentBeat(s)->Responses;
    return std::max_element(responses.begin(), responses.end(), [](const Response& a, const Response& b) { return a.Satisfaction < b.Satisfaction; })->Id;
}

std::string BestId(const Shift& s) { return CurrentBeat(s)->Responses[static_cast<size_t>(BestResponse(s))].Id; }

// Serves the customer at the counter by response ids, one per beat.
void ServeByIds(Shift& s, std::initializer_list<const char*> ids) {
    for (const char* id : ids) REQUIRE(Apply(s, {0, CommandKind::Choose, IndexOf(s, id)}));
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
    const std::vector<int> order = ResponseOrder(s); // one vector: iterators of two temporaries never compare
    CHECK(std::find(order.begin(), order.end(), 0) != order.end());
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
    SnapshotError error;
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
    SnapshotError error;
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
    SnapshotError error;
    const auto snap = DecodeSnapshot(old_save, error);
    REQUIRE_MESSAGE(snap, static_cast<int>(error.Problem));
    CHECK(snap->Form == 0);
    const auto session = Replay(v, *snap, error);
    REQUIRE_MESSAGE(session, static_cast<int>(error.Problem));
    REQUIRE(session->Current);
    const Shift& s = *session->Current;
    CHECK(s.Seed == 25); // "p" in base 36
    CHECK(s.Customers[0].Result == Outcome::Magic);  // "warm"
    CHECK(s.Customers[1].Result == Outcome::Misery); // "cold"
    CHECK(EncodeSnapshot(*snap).rfind("mot3|small_cafe|3|t|p|0|", 0) == 0); // and saves again as format 3
}

SCENARIO("a save from a future format is refused with a reason") {
    SnapshotError error;
    CHECK_FALSE(DecodeSnapshot("mot9|small_cafe|3|t|p|0|0", error));
    CHECK(error.Problem == SnapshotProblem::OtherFormat);
}

SCENARIO("best is the path with the best end result: a kind no beats handing over cash without ID") {
    const Venue bank = fixture::BankBranch();
    Shift s = fixture::ServeAlone(bank, 0);
    REQUIRE(GreediestId(s) == "hand_over"); // the customer would be happiest in the moment
    CHECK(BestId(s) == "kind_no");
    CHECK(HintPrinciple(s) == Tag::HoldLine);
    const BestPath path = BestPathFrom(bank, bank.Encounters[0], 0, Standing{});
    CHECK(path.Values[0].RulesBroken == 1);
    CHECK(path.Values[1].RulesBroken == 0);

    ServeByIds(s, {"hand_over"});
    CHECK(s.Customers[0].Result == Outcome::Magic); // the game pays the author's satisfaction...
    CHECK(s.Customers[0].Path[0].Judged == Verdict::Harmful); // ...but the rule protected him
    const Lesson lesson = LessonFor(s, 0);
    REQUIRE(lesson.BetterMove);
    CHECK(lesson.BetterMove->Id == "kind_no");
    CHECK(lesson.Said->Id == "hand_over");

    Shift kind = fixture::ServeAlone(bank, 0);
    ServeByIds(kind, {"kind_no", "app"});
    CHECK(kind.Customers[0].Result == Outcome::Magic);
    CHECK(kind.Customers[0].Path[0].Judged == Verdict::Best);
    CHECK(LessonFor(kind, 0).BetterMove == nullptr);
}

SCENARIO("best keeps the promises it makes: a pledge due before the customer can leave is not best") {
    const Venue bank = fixture::BankBranch();
    Shift s = fixture::ServeAlone(bank, 1);
    REQUIRE(GreediestId(s) == "ring_back");
    CHECK(BestId(s) == "sort_now");

    Shift greedy = fixture::ServeAlone(bank, 1);
    ServeByIds(greedy, {"ring_back", "fill_in"}); // the form takes longer than the promise allows
    CHECK(greedy.Customers[0].Result == Outcome::Misery);
    CHECK(greedy.Customers[0].Path[0].Judged == Verdict::Harmful);
    ServeByIds(s, {"sort_now"});
    CHECK(BestId(s) == "fill_in");
    ServeByIds(s, {"fill_in"});
    CHECK(s.Customers[0].Result == Outcome::Magic);

    // The search starts from where the customer stands: a promise already made counts.
    Standing pledged;
    pledged.Satisfaction = 3;
    pledged.PromiseSlackTicks = 10 * kTicksPerSecond;
    const BestPath rushed = BestPathFrom(bank, bank.Encounters[1], 1, pledged);
    CHECK(bank.Encounters[1].Beats[1].Responses[static_cast<size_t>(rushed.Response)].Id == "leave");
}

SCENARIO("best spends within the budget and minds the clock") {
    const Venue bank = fixture::BankBranch();
    Shift quin = fixture::ServeAlone(bank, 2);
    REQUIRE(GreediestId(quin) == "refund_all");
    CHECK(BestId(quin) == "waive");
    ServeByIds(quin, {"waive"});
    CHECK(quin.Customers[0].Result == Outcome::Magic);
    CHECK(ScoreShift(quin).Budget == 15);
    Shift lavish = fixture::ServeAlone(bank, 2);
    ServeByIds(lavish, {"refund_all"});
    CHECK(ScoreShift(lavish).Budget < 15);
    CHECK(lavish.Customers[0].Path[0].Judged == Verdict::Harmful);

    Shift rae = fixture::ServeAlone(bank, 3);
    REQUIRE(GreediestId(rae) == "full_tour");
    CHECK(BestId(rae) == "quick");
    Shift tour = fixture::ServeAlone(bank, 3);
    ServeByIds(tour, {"full_tour"});
    ServeByIds(rae, {"quick"});
    CHECK(tour.Customers[0].Result == Outcome::Mediocrity); // a long exchange grates on a hurried customer
    CHECK(rae.Customers[0].Result == Outcome::Magic);
}

SCENARIO("the linter's best answer per beat is the core's, judged from the way there that ends best") {
    const Venue bank = fixture::BankBranch();
    const auto ids = [&](int encounter) {
        std::vector<std::string> out;
        const Encounter& e = bank.Encounters[static_cast<size_t>(encounter)];
        const std::vector<int> best = BestResponses(bank, e);
        for (size_t b = 0; b < e.Beats.size(); ++b) out.push_back(best[b] < 0 ? "tie" : e.Beats[b].Responses[static_cast<size_t>(best[b])].Id);
        return out;
    };
    CHECK(ids(0) == std::vector<std::string>{"kind_no", "app"});
    CHECK(ids(1) == std::vector<std::string>{"sort_now", "fill_in"});
    CHECK(ids(2) == std::vector<std::string>{"waive"});
    Venue tied = bank;
    tied.Encounters[3].Beats[0].Responses[0] = fixture::Say("also_quick", 3);
    CHECK(BestResponses(tied, tied.Encounters[3])[0] == -1); // two equally good answers: no single best
}

SCENARIO("a long conversation is judged in one pass over its beats, not path by path") {
    // 300 beats, each "go_on" (+1) to the next or "stop" (0): 2^300 paths, far too many to list.
    Venue v = fixture::BankBranch();
    Encounter& chain = v.Encounters[2];
    chain.Temper = Patience::Relaxed;
    chain.Beats.clear();
    constexpr int kBeats = 300;
    for (int b = 0; b < kBeats; ++b)
        chain.Beats.push_back({"b" + std::to_string(b), "More?", {fixture::Say("go_on", 1, b + 1 < kBeats ? b + 1 : kEndBeat, 5), fixture::Say("stop", 0, kEndBeat, 5)}});
    const std::vector<int> best = BestResponses(v, chain);
    // Going on always adds more than a long exchange takes away (1 per 30 s against 6 per 30 s), so every beat goes on.
    CHECK(std::all_of(best.begin(), best.end(), [](int r) { return r == 0; }));
    Shift s = fixture::ServeAlone(v, 2);
    while (s.Now == Phase::Serving) REQUIRE(Apply(s, {0, CommandKind::Choose, BestResponse(s)}));
    CHECK(s.Customers[0].Path.size() == kBeats);
    CHECK(s.Customers[0].Result == Outcome::Magic);
}

SCENARIO("the ways kept with a venue and the judgement kept with a shift follow what they came from") {
    const Venue bank = fixture::BankBranch();
    CHECK(BestId(fixture::ServeAlone(bank, 1)) == "sort_now"); // maps pia's ways, and keeps them with `bank`
    Venue patient = bank; // pia's call back now falls due in 60 s: time enough for the 40 s form
    patient.Encounters[1].Beats[0].Responses[0].Pledge->DeadlineSeconds = 60;
    Shift s = fixture::ServeAlone(patient, 1);
    CHECK(BestId(s) == "ring_back"); // the edited copy maps its own ways, not the original's
    ServeByIds(s, {"ring_back"});
    CHECK(BestId(s) == "fill_in"); // 50 s left on the promise
    Advance(s, 15 * kTicksPerSecond);
    CHECK(BestId(s) == "leave"); // 35 s left: the form would now break it, so the open decision is judged again
    ServeByIds(s, {"leave"});
    CHECK(s.Customers[0].Path[1].Judged == Verdict::Best);
    CHECK(s.Customers[0].Result == Outcome::Mediocrity);
}
