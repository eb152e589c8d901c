// A tiny venue built in code, so core tests need no files and no parser.
#pragma once
#include "core/shift.h"

namespace moments::fixture {

// A response with the fields the rules look at.
inline Response Say(const char* id, int satisfaction, int next = kEndBeat, int seconds = 10, int cost = 0) {
    Response r;
    r.Id = id;
    r.Text = id;
    r.Why = std::string("why ") + id;
    r.Satisfaction = satisfaction;
    r.Next = next;
    r.Seconds = seconds;
    r.Cost = cost;
    return r;
}

// One customer with a single beat: "warm" (+3, magic), "flat" (+1), "cold" (-2, misery).
inline Encounter OneBeatCustomer(const char* id, Patience temper = Patience::Normal) {
    Encounter e;
    e.Id = id;
    e.Name = id;
    e.Temper = temper;
    e.Request = "a coffee";
    e.Beats.push_back({"greet", "Hello", {Say("warm", 3), Say("flat", 1), Say("cold", -2)}});
    return e;
}

// Three calm customers with standard expectations, arriving a minute apart.
inline Venue SmallCafe() {
    Venue v;
    v.Id = "small_cafe";
    v.Version = 3;
    v.Title = "Small Cafe";
    v.Encounters = {OneBeatCustomer("ana"), OneBeatCustomer("ben", Patience::Hurried), OneBeatCustomer("cleo")};
    // Cleo's visit has a second beat, reached by asking a question.
    Encounter& cleo = v.Encounters[2];
    cleo.Beats[0].Responses.push_back(Say("ask", 1, 1, 20));
    cleo.Beats.push_back({"more", "Tell me more", {Say("tip", 2), Say("shrug", -1)}});
    v.Week.push_back({Stage::Uncertainty, {0, 1, 2}, 60});
    return v;
}

// Adds tags to a response (by builder chaining in fixtures).
inline Response Tagged(Response r, std::initializer_list<Tag> tags) {
    for (Tag t : tags) r.Tags.Add(t);
    return r;
}

// A venue exercising the rest of the service model, with a three-day week:
//   0 dora  hurried; "chat" is over-service, "slow" a long exchange
//   1 eli   hidden need revealed by "ask"; "promise" commits to a follow-up
//   2 fay   arrives upset; apology + ownership can still win her over
//   3 gus   relaxed regular; "name" personalises
inline Venue ServiceCafe() {
    Venue v;
    v.Id = "service_cafe";
    v.Version = 1;
    v.Budget = 10;
    Encounter dora = OneBeatCustomer("dora", Patience::Hurried);
    dora.Beats[0].Responses = {Say("quick", 3, kEndBeat, 10), Tagged(Say("chat", 3, kEndBeat, 10), {Tag::ScriptedPraise}),
                               Say("slow", 3, kEndBeat, 80)};
    Encounter eli = OneBeatCustomer("eli");
    eli.HiddenNeed = "a quiet table";
    Response ask = Say("ask", 1, 1, 15);
    ask.RevealsNeed = true;
    eli.Beats[0].Responses = {ask, Say("plain", 1)};
    Response promise = Tagged(Say("promise", 2, kEndBeat, 10), {Tag::FollowUp});
    promise.Pledge = Promise{"ring back", 300};
    eli.Beats.push_back({"need", "It's loud here", {promise, Say("shrug", -1), Say("comp", 2, kEndBeat, 10, 25)}});
    Encounter fay = OneBeatCustomer("fay");
    fay.Arrival = Mood::Upset;
    fay.Beats[0].Responses = {Tagged(Say("sorry", 3, 1), {Tag::Apologise}), Tagged(Say("blame", -2), {Tag::DeflectBlame})};
    fay.Beats.push_back({"fix", "Well?", {Tagged(Say("own", 2), {Tag::OwnProblem}), Say("meh", 0)}});
    Encounter gus = OneBeatCustomer("gus", Patience::Relaxed);
    gus.Beats[0].Responses = {Tagged(Say("name", 3), {Tag::Personalise}), Say("flat", 1)};
    v.Encounters = {dora, eli, fay, gus};
    v.Week = {{Stage::Uncertainty, {0, 1, 3}, 60}, {Stage::Alignment, {2, 0}, 60}, {Stage::Experience, {1, 2}, 60}};
    return v;
}

// A bank counter where the step that pleases most now is the wrong one (budget 10):
//   0 omar  cash without ID: "hand_over" (+3) bends a rule that protects him; "kind_no" (+1, hold_line) then "app" (+2)
//   1 pia   "ring_back" (+3) promises a call in 30 s, but the form after it takes 40 s; "sort_now" (+2)
//   2 quin  low expectations: "refund_all" (+3) costs 25; "waive" (+2) is free and delights him as much
//   3 rae   hurried: "full_tour" (+4) takes 120 s and grates; "quick" (+3) takes 10 s
inline Venue BankBranch() {
    Venue v;
    v.Id = "bank_branch";
    v.Budget = 10;
    Encounter omar = OneBeatCustomer("omar");
    omar.Beats[0].Responses = {Tagged(Say("hand_over", 3), {Tag::BendRule}), Tagged(Say("kind_no", 1, 1, 15), {Tag::HoldLine}),
                               Tagged(Say("cold_no", -2), {Tag::QuotePolicy, Tag::NoBeforeCan})};
    omar.Beats.push_back({"then_what", "So what can I do?", {Tagged(Say("app", 2), {Tag::AnticipateNeed}), Say("shrug", -1)}});
    Encounter pia = OneBeatCustomer("pia");
    Response ring_back = Tagged(Say("ring_back", 3, 1), {Tag::FollowUp});
    ring_back.Pledge = Promise{"ring Pia back", 30};
    pia.Beats[0].Responses = {ring_back, Tagged(Say("sort_now", 2, 1), {Tag::OwnProblem})};
    pia.Beats.push_back({"form", "I need the form too.", {Say("fill_in", 1, kEndBeat, 40), Say("leave", -2, kEndBeat, 5)}});
    Encounter quin = OneBeatCustomer("quin", Patience::Relaxed);
    quin.Expects = Expectation::Low;
    quin.Beats[0].Responses = {Say("refund_all", 3, kEndBeat, 10, 25), Say("waive", 2)};
    Encounter rae = OneBeatCustomer("rae", Patience::Hurried);
    rae.Beats[0].Responses = {Say("full_tour", 4, kEndBeat, 120), Say("quick", 3)};
    v.Encounters = {omar, pia, quin, rae};
    v.Week = {{Stage::Uncertainty, {0, 1, 2, 3}, 60}};
    return v;
}

// A shift serving one customer of the venue alone, with no timer.
inline Shift ServeAlone(const Venue& v, int encounter, Mode play = Mode::Training) {
    ShiftPlan plan;
    plan.Encounters = {encounter};
    return StartShift(v, plan, 1, {TimerMode::Off, play});
}

// Starts the venue's first day, as the game does on day one.
inline Shift Start(const Venue& v, uint64_t seed, Settings options = {}) {
    return StartShift(v, PlanDay(v, 0, {}, seed), seed, options);
}

} // namespace moments::fixture
