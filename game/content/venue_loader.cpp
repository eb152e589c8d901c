#include "venue_loader.h"

#include "json_reader.h"

#include <map>

namespace moments {

using nlohmann::json;

namespace {

constexpr int kMaxSeconds = 3600;
constexpr int kMaxSatisfactionStep = 10;

// Collects an object's "id" fields in order, reporting duplicates.
std::map<std::string, int> IndexIds(JsonReader& r, const json& list, const std::string& at, const char* what) {
    std::map<std::string, int> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_object() || !list[i].contains("id") || !list[i]["id"].is_string()) continue;
        const std::string id = list[i]["id"].get<std::string>();
        if (!ids.emplace(id, static_cast<int>(i)).second)
            r.Fail(Child(Child(at, i), "id"), std::string("duplicate ") + what + " id '" + id + "'");
    }
    return ids;
}

void ReadTags(JsonReader& r, const json& obj, const std::string& at, TagSet& tags) {
    const json* list = r.Array(obj, at, "tags", false);
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
        const json& t = (*list)[i];
        const auto tag = t.is_string() ? TagFromName(t.get<std::string>()) : std::nullopt;
        if (tag) tags.Add(*tag);
        else r.Fail(Child(Child(at, "tags"), i), "unknown tag " + t.dump() + " (see docs/VENUES.md for the list)");
    }
}

std::optional<Promise> ReadPromise(JsonReader& r, const json& obj, const std::string& at) {
    const auto it = obj.find("promise");
    if (it == obj.end()) return std::nullopt;
    const std::string here = Child(at, "promise");
    if (!r.Object(*it, here, {"text", "deadline"})) return std::nullopt;
    Promise p;
    p.Text = r.String(*it, here, "text");
    p.DeadlineSeconds = r.Int(*it, here, "deadline", 0, 30, kMaxSeconds, true);
    return p;
}

Response ReadResponse(JsonReader& r, const json& obj, const std::string& at, const std::map<std::string, int>& beats) {
    Response res;
    if (!r.Object(obj, at, {"id", "text", "why", "satisfaction", "cost", "seconds", "tags", "reveals_need", "promise", "next"}))
        return res;
    res.Id = r.Id(obj, at);
    res.Text = r.String(obj, at, "text");
    res.Why = r.String(obj, at, "why");
    res.Satisfaction = r.Int(obj, at, "satisfaction", 0, -kMaxSatisfactionStep, kMaxSatisfactionStep, true);
    res.Cost = r.Int(obj, at, "cost", 0, 0, 100000);
    res.Seconds = r.Int(obj, at, "seconds", 0, 0, kMaxSeconds, true);
    ReadTags(r, obj, at, res.Tags);
    res.RevealsNeed = r.Bool(obj, at, "reveals_need");
    res.Pledge = ReadPromise(r, obj, at);
    const std::string next = r.String(obj, at, "next");
    if (next == "end") res.Next = kEndBeat;
    else if (const auto it = beats.find(next); it != beats.end()) res.Next = it->second;
    else if (!next.empty()) r.Fail(Child(at, "next"), "no beat '" + next + "' in this encounter (use \"end\" to finish)");
    return res;
}

Beat ReadBeat(JsonReader& r, const json& obj, const std::string& at, const std::map<std::string, int>& beats) {
    Beat beat;
    if (!r.Object(obj, at, {"id", "line", "responses"})) return beat;
    beat.Id = r.Id(obj, at);
    beat.Line = r.String(obj, at, "line");
    const json* list = r.Array(obj, at, "responses", true);
    if (!list) return beat;
    const std::string here = Child(at, "responses");
    if (list->size() < 2 || list->size() > 4) r.Fail(here, "a beat needs 2 to 4 responses, not " + std::to_string(list->size()));
    IndexIds(r, *list, here, "response");
    for (size_t i = 0; i < list->size(); ++i) beat.Responses.push_back(ReadResponse(r, (*list)[i], Child(here, i), beats));
    return beat;
}

Portrait ReadPortrait(JsonReader& r, const json& obj, const std::string& at) {
    Portrait p;
    const auto it = obj.find("portrait");
    if (it == obj.end()) return p;
    const std::string here = Child(at, "portrait");
    if (!r.Object(*it, here, {"skin", "hair", "hair_colour", "accessory", "age"})) return p;
    p.Skin = r.Int(*it, here, "skin", 0, 0, 5);
    p.Hair = r.Int(*it, here, "hair", 0, 0, 5);
    p.HairColour = r.Int(*it, here, "hair_colour", 0, 0, 5);
    p.Accessory = r.Int(*it, here, "accessory", 0, 0, 3);
    p.Age = r.Int(*it, here, "age", 0, 0, 2);
    return p;
}

Encounter ReadEncounter(JsonReader& r, const json& obj, const std::string& at) {
    Encounter e;
    if (!r.Object(obj, at, {"id", "name", "portrait", "mood", "expectation", "patience", "request", "hidden_need", "beats"}))
        return e;
    e.Id = r.Id(obj, at);
    e.Name = r.String(obj, at, "name");
    e.Look = ReadPortrait(r, obj, at);
    e.Arrival = static_cast<Mood>(r.Choice(obj, at, "mood", {"calm", "upset"}, 0));
    e.Expects = static_cast<Expectation>(r.Choice(obj, at, "expectation", {"low", "standard", "high", "premium"}, 1));
    e.Temper = static_cast<Patience>(r.Choice(obj, at, "patience", {"hurried", "normal", "relaxed"}, 1));
    e.Request = r.String(obj, at, "request");
    e.HiddenNeed = r.String(obj, at, "hidden_need", false);
    const json* list = r.Array(obj, at, "beats", true);
    if (!list) return e;
    const std::string here = Child(at, "beats");
    if (list->empty()) r.Fail(here, "an encounter needs at least one beat");
    const auto beats = IndexIds(r, *list, here, "beat");
    for (size_t i = 0; i < list->size(); ++i) e.Beats.push_back(ReadBeat(r, (*list)[i], Child(here, i), beats));
    return e;
}

Day ReadDay(JsonReader& r, const json& obj, const std::string& at, const std::map<std::string, int>& encounters) {
    Day d;
    if (!r.Object(obj, at, {"stage", "arrival_gap", "encounters"})) return d;
    d.WeekStage = static_cast<Stage>(
        r.Choice(obj, at, "stage", {"uncertainty", "alignment", "experience", "ownership", "amazement"}, 0));
    d.ArrivalGapSeconds = r.Int(obj, at, "arrival_gap", 60, 0, kMaxSeconds);
    const json* list = r.Array(obj, at, "encounters", true);
    if (!list) return d;
    const std::string here = Child(at, "encounters");
    if (list->empty()) r.Fail(here, "a day needs at least one encounter");
    for (size_t i = 0; i < list->size(); ++i) {
        const json& id = (*list)[i];
        const auto it = id.is_string() ? encounters.find(id.get<std::string>()) : encounters.end();
        if (it == encounters.end()) r.Fail(Child(here, i), "no encounter " + id.dump() + " in this venue");
        else d.Encounters.push_back(it->second);
    }
    return d;
}

void ReadWordOfMouth(JsonReader& r, const json& obj, WordOfMouth& w) {
    const auto it = obj.find("word_of_mouth");
    if (it == obj.end() || !r.Object(*it, "/word_of_mouth", {"misery", "mediocrity", "magic"})) return;
    w.Misery = r.Int(*it, "/word_of_mouth", "misery", w.Misery, -1000, 0);
    w.Mediocrity = r.Int(*it, "/word_of_mouth", "mediocrity", w.Mediocrity, -1000, 1000);
    w.Magic = r.Int(*it, "/word_of_mouth", "magic", w.Magic, 0, 1000);
}

} // namespace

std::optional<Venue> ParseVenue(const std::string& text, const std::string& file, std::vector<ContentError>& errors) {
    const size_t errors_before = errors.size();
    JsonReader r(file, errors);
    const auto doc = r.Parse(text);
    if (!doc || !r.Object(*doc, "", {"id", "version", "setting", "title", "word_of_mouth", "magic_margin", "budget",
                                     "policies", "week", "encounters", "locales"}))
        return std::nullopt;
    Venue v;
    v.Id = r.Id(*doc, "");
    v.Version = r.Int(*doc, "", "version", 1, 1, 1000000, true);
    v.Setting = r.Choice(*doc, "", "setting", {"cafe", "hotel"}, 0) == 1 ? "hotel" : "cafe";
    v.Title = r.String(*doc, "", "title");
    ReadWordOfMouth(r, *doc, v.Reach);
    v.MagicMargin = r.Int(*doc, "", "magic_margin", 2, 1, 10);
    v.Budget = r.Int(*doc, "", "budget", 0, 0, 1000000);
    if (const json* list = r.Array(*doc, "", "policies", false)) {
        IndexIds(r, *list, "/policies", "policy");
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string at = Child("/policies", i);
            if (r.Object((*list)[i], at, {"id", "text"})) v.Policies.push_back({r.Id((*list)[i], at), r.String((*list)[i], at, "text")});
        }
    }
    if (const json* list = r.Array(*doc, "", "locales", false)) {
        for (size_t i = 0; i < list->size(); ++i) {
            const json& lang = (*list)[i];
            if (lang.is_string() && lang.get<std::string>().size() == 2) v.Locales.push_back(lang.get<std::string>());
            else r.Fail(Child("/locales", i), "expected a two-letter language code such as \"it\"");
        }
    }
    const json* encounters = r.Array(*doc, "", "encounters", true);
    std::map<std::string, int> encounter_ids;
    if (encounters) {
        encounter_ids = IndexIds(r, *encounters, "/encounters", "encounter");
        for (size_t i = 0; i < encounters->size(); ++i)
            v.Encounters.push_back(ReadEncounter(r, (*encounters)[i], Child("/encounters", i)));
    }
    if (const json* week = r.Array(*doc, "", "week", true)) {
        if (week->empty() || week->size() > kStageCount) r.Fail("/week", "the week needs 1 to 5 days");
        for (size_t i = 0; i < week->size(); ++i) v.Week.push_back(ReadDay(r, (*week)[i], Child("/week", i), encounter_ids));
    }
    if (errors.size() != errors_before) return std::nullopt;
    return v;
}

std::optional<Venue> LoadVenue(const std::string& path, std::vector<ContentError>& errors) {
    std::string text;
    if (!ReadTextFile(path, text, errors)) return std::nullopt;
    return ParseVenue(text, path, errors);
}

} // namespace moments
