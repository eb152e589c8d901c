// A tiny venue built in code, so core tests need no files and no parser.
#pragma once
#include "core/venue.h"

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

} // namespace moments::fixture
