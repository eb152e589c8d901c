#include "venue_loader.h"

#include "core/paths.h"
#include "json_reader.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace moments {

using json::Type;
using json::Value;

namespace {

constexpr int kMaxSeconds = 3600;
constexpr int kFirstFormat = 1; // files without "format" were written before it existed
constexpr int kMaxSatisfactionStep = 10;

// Collects an object's "id" fields in order, reporting duplicates.
std::map<std::string, int> IndexIds(JsonReader& r, const Value& list, const std::string& at) {
    std::map<std::string, int> ids;
    for (size_t i = 0; i < list.Items.size(); ++i) {
        const Value& id = list.Items[i]["id"];
        if (id.Kind != Type::String) continue;
        if (!ids.emplace(id.Text, static_cast<int>(i)).second)
            r.Fail(Child(Child(at, i), "id"), {"error.duplicate_id", {{"id", MessageArg::Quoted(id.Text)}}});
    }
    return ids;
}

void ReadTags(JsonReader& r, const Value& obj, const std::string& at, TagSet& tags) {
    const Value* list = r.Array(obj, at, "tags", false);
    if (!list) return;
    for (size_t i = 0; i < list->Items.size(); ++i) {
        const Value& t = list->Items[i];
        const auto tag = t.Kind == Type::String ? TagFromName(t.Text) : std::nullopt;
        if (tag) tags.Add(*tag);
        else r.Fail(Child(Child(at, "tags"), i), {"error.unknown_tag", {{"tag", json::Write(t)}}});
    }
}

std::optional<Promise> ReadPromise(JsonReader& r, const Value& obj, const std::string& at) {
    const Value* promise = obj.Find("promise");
    if (!promise) return std::nullopt;
    const std::string here = Child(at, "promise");
    if (!r.Object(*promise, here, {"text", "deadline"})) return std::nullopt;
    Promise p;
    p.Text = r.String(*promise, here, "text");
    p.DeadlineSeconds = r.Int(*promise, here, "deadline", 0, 30, kMaxSeconds, true);
    return p;
}

Response ReadResponse(JsonReader& r, const Value& obj, const std::string& at, const std::map<std::string, int>& beats) {
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
    else if (!next.empty()) r.Fail(Child(at, "next"), {"error.no_such_beat", {{"beat", MessageArg::Quoted(next)}}});
    return res;
}

Beat ReadBeat(JsonReader& r, const Value& obj, const std::string& at, const std::map<std::string, int>& beats) {
    Beat beat;
    if (!r.Object(obj, at, {"id", "line", "responses"})) return beat;
    beat.Id = r.Id(obj, at);
    beat.Line = r.String(obj, at, "line");
    const Value* list = r.Array(obj, at, "responses", true);
    if (!list) return beat;
    const std::string here = Child(at, "responses");
    const size_t count = list->Items.size();
    if (count < 2 || count > 4) r.Fail(here, {"error.response_count", {{"count", count}}});
    IndexIds(r, *list, here);
    for (size_t i = 0; i < count; ++i) beat.Responses.push_back(ReadResponse(r, list->Items[i], Child(here, i), beats));
    return beat;
}

// A conversation that loops never ends: the game, the simulator and the bots would hang.
// Points at the response that leads back, and names the beats of the loop.
void RefuseCycle(JsonReader& r, const Encounter& e, const std::string& beats_at) {
    const std::vector<int> cycle = FindBeatCycle(e);
    if (cycle.empty()) return;
    std::string names;
    for (int b : cycle) names += (names.empty() ? "" : " -> ") + e.Beats[static_cast<size_t>(b)].Id;
    const int last = cycle[cycle.size() - 2];
    const std::vector<Response>& responses = e.Beats[static_cast<size_t>(last)].Responses;
    const auto back = std::find_if(responses.begin(), responses.end(), [&](const Response& x) { return x.Next == cycle.front(); });
    const std::string at = Child(Child(Child(beats_at, static_cast<size_t>(last)), "responses"), static_cast<size_t>(back - responses.begin()));
    r.Fail(Child(at, "next"), {"error.beat_cycle", {{"beats", names}}});
}

Portrait ReadPortrait(JsonReader& r, const Value& obj, const std::string& at) {
    Portrait p;
    const Value* portrait = obj.Find("portrait");
    if (!portrait) return p;
    const std::string here = Child(at, "portrait");
    if (!r.Object(*portrait, here, {"skin", "hair", "hair_colour", "accessory", "age"})) return p;
    p.Skin = r.Int(*portrait, here, "skin", 0, 0, 5);
    p.Hair = r.Int(*portrait, here, "hair", 0, 0, 5);
    p.HairColour = r.Int(*portrait, here, "hair_colour", 0, 0, 5);
    p.Accessory = r.Int(*portrait, here, "accessory", 0, 0, 3);
    p.Age = r.Int(*portrait, here, "age", 0, 0, 2);
    return p;
}

// A list of encounter ids (a day's arrivals, an assessment form) as indices into the venue.
std::vector<int> ReadEncounterList(JsonReader& r, const Value& obj, const std::string& at, const std::map<std::string, int>& encounters,
                                   const char* empty_key) {
    std::vector<int> out;
    const Value* list = r.Array(obj, at, "encounters", true);
    if (!list) return out;
    const std::string here = Child(at, "encounters");
    if (list->Items.empty()) r.Fail(here, {empty_key, {}});
    for (size_t i = 0; i < list->Items.size(); ++i) {
        const Value& id = list->Items[i];
        const auto it = id.Kind == Type::String ? encounters.find(id.Text) : encounters.end();
        if (it == encounters.end()) r.Fail(Child(here, i), {"error.no_such_encounter", {{"id", json::Write(id)}}});
        else out.push_back(it->second);
    }
    return out;
}

Encounter ReadEncounter(JsonReader& r, const Value& obj, const std::string& at, const std::map<std::string, int>& encounters) {
    Encounter e;
    if (!r.Object(obj, at, {"id", "name", "portrait", "mood", "expectation", "patience", "request", "hidden_need", "beats", "return_visit"}))
        return e;
    e.Id = r.Id(obj, at);
    e.Name = r.String(obj, at, "name");
    e.Look = ReadPortrait(r, obj, at);
    e.Arrival = static_cast<Mood>(r.Choice(obj, at, "mood", {"calm", "upset"}, 0));
    e.Expects = static_cast<Expectation>(r.Choice(obj, at, "expectation", {"low", "standard", "high", "premium"}, 1));
    e.Temper = static_cast<Patience>(r.Choice(obj, at, "patience", {"hurried", "normal", "relaxed"}, 1));
    e.Request = r.String(obj, at, "request");
    e.HiddenNeed = r.String(obj, at, "hidden_need", false);
    if (const Value* back = obj.Find("return_visit")) {
        const auto it = back->Kind == Type::String ? encounters.find(back->Text) : encounters.end();
        if (it == encounters.end()) r.Fail(Child(at, "return_visit"), {"error.no_such_encounter", {{"id", json::Write(*back)}}});
        else e.ReturnVisit = it->second;
    }
    const Value* list = r.Array(obj, at, "beats", true);
    if (!list) return e;
    const std::string here = Child(at, "beats");
    if (list->Items.empty()) r.Fail(here, {"error.no_beats", {}});
    const auto beats = IndexIds(r, *list, here);
    for (size_t i = 0; i < list->Items.size(); ++i) e.Beats.push_back(ReadBeat(r, list->Items[i], Child(here, i), beats));
    RefuseCycle(r, e, here);
    return e;
}

Day ReadDay(JsonReader& r, const Value& obj, const std::string& at, const std::map<std::string, int>& encounters) {
    Day d;
    if (!r.Object(obj, at, {"stage", "arrival_gap", "encounters"})) return d;
    d.WeekStage = static_cast<Stage>(
        r.Choice(obj, at, "stage", {"uncertainty", "alignment", "experience", "ownership", "amazement"}, 0));
    d.ArrivalGapSeconds = r.Int(obj, at, "arrival_gap", 60, 0, kMaxSeconds);
    d.Encounters = ReadEncounterList(r, obj, at, encounters, "error.empty_day");
    return d;
}

AssessmentForm ReadForm(JsonReader& r, const Value& obj, const std::string& at, const std::map<std::string, int>& encounters) {
    AssessmentForm f;
    if (!r.Object(obj, at, {"id", "encounters"})) return f;
    f.Id = r.Id(obj, at);
    f.Encounters = ReadEncounterList(r, obj, at, encounters, "error.empty_form");
    return f;
}

void ReadWordOfMouth(JsonReader& r, const Value& obj, WordOfMouth& w) {
    const Value* reach = obj.Find("word_of_mouth");
    if (!reach || !r.Object(*reach, "/word_of_mouth", {"misery", "mediocrity", "magic"})) return;
    w.Misery = r.Int(*reach, "/word_of_mouth", "misery", w.Misery, -1000, 0);
    w.Mediocrity = r.Int(*reach, "/word_of_mouth", "mediocrity", w.Mediocrity, -1000, 1000);
    w.Magic = r.Int(*reach, "/word_of_mouth", "magic", w.Magic, 0, 1000);
}

// The venue file format the file declares; false (after saying so) when this game cannot read it.
bool ReadFormat(JsonReader& r, const Value& doc) {
    const Value* format = doc.Kind == Type::Object ? doc.Find("format") : nullptr;
    if (!format) return true; // the earlier format, or not an object (reported next)
    if (format->Kind == Type::Number && format->IsInteger && format->Integer > kVenueFormat) {
        r.Fail("/format", {"error.newer_format", {{"format", format->Integer}, {"supported", kVenueFormat}}});
        return false;
    }
    r.Int(doc, "", "format", kVenueFormat, kFirstFormat, kVenueFormat);
    return true;
}

// A colour written "#rrggbb", as 0xRRGGBB; nothing (after saying so) when it is not one.
std::optional<uint32_t> ReadColour(JsonReader& r, const Value& colours, const std::string& at, const char* key) {
    const Value* colour = colours.Find(key);
    if (!colour) return std::nullopt;
    const auto hex = [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; };
    if (colour->Kind == Type::String && colour->Text.size() == 7 && colour->Text[0] == '#' && std::all_of(colour->Text.begin() + 1, colour->Text.end(), hex))
        return static_cast<uint32_t>(std::stoul(colour->Text.substr(1), nullptr, 16));
    r.Fail(Child(at, key), {"error.bad_colour", {{"value", json::Write(*colour)}}});
    return std::nullopt;
}

// The counter scene: "scene" names a kit and its colours; "setting" is its earlier
// form (files of format 1 and 2 written before kits existed); neither: the neutral counter.
Scene ReadScene(JsonReader& r, const Value& doc) {
    Scene s;
    const Value* scene = doc.Find("scene");
    if (doc.Find("setting")) {
        if (scene) r.Fail("/setting", {"error.setting_renamed", {}});
        else s.Kit = r.Choice(doc, "", "setting", {"cafe", "hotel"}, 0) == 1 ? "hotel" : "cafe";
    }
    if (!scene || !r.Object(*scene, "/scene", {"kit", "colours"})) return s;
    if (r.Choice(*scene, "/scene", "kit", {"counter", "cafe", "hotel", "bank", "shop", "pharmacy", "helpdesk"}, -1) >= 0) s.Kit = (*scene)["kit"].Text;
    const Value* colours = scene->Find("colours");
    if (!colours || !r.Object(*colours, "/scene/colours", {"wall", "counter", "accent"})) return s;
    s.Wall = ReadColour(r, *colours, "/scene/colours", "wall");
    s.Counter = ReadColour(r, *colours, "/scene/colours", "counter");
    s.Accent = ReadColour(r, *colours, "/scene/colours", "accent");
    return s;
}

} // namespace

std::optional<Venue> ParseVenue(const std::string& text, const std::string& file, std::vector<ContentError>& errors) {
    const size_t errors_before = errors.size();
    JsonReader r(file, errors);
    const auto doc = r.Parse(text);
    if (!doc || !ReadFormat(r, *doc) || !r.Object(*doc, "", {"$schema", "format", "id", "version", "scene", "setting", "title", "word_of_mouth", "magic_margin", "budget",
                                     "policies", "week", "encounters", "locales", "assessment"}))
        return std::nullopt;
    Venue v;
    r.String(*doc, "", "$schema", false); // for editors (docs/venue.schema.json); only its type is checked
    v.Id = r.Id(*doc, "");
    v.Version = r.Int(*doc, "", "version", 1, 1, 1000000, true);
    v.Setting = ReadScene(r, *doc);
    v.Title = r.String(*doc, "", "title");
    ReadWordOfMouth(r, *doc, v.Reach);
    v.MagicMargin = r.Int(*doc, "", "magic_margin", 2, 1, 10);
    v.Budget = r.Int(*doc, "", "budget", 0, 0, 1000000);
    if (const Value* list = r.Array(*doc, "", "policies", false)) {
        IndexIds(r, *list, "/policies");
        for (size_t i = 0; i < list->Items.size(); ++i) {
            const std::string at = Child("/policies", i);
            const Value& policy = list->Items[i];
            if (r.Object(policy, at, {"id", "text"})) v.Policies.push_back({r.Id(policy, at), r.String(policy, at, "text")});
        }
    }
    if (const Value* list = r.Array(*doc, "", "locales", false)) {
        for (size_t i = 0; i < list->Items.size(); ++i) {
            const Value& lang = list->Items[i];
            if (lang.Kind == Type::String && lang.Text.size() == 2) v.Locales.push_back(lang.Text);
            else r.Fail(Child("/locales", i), {"error.bad_language_code", {}});
        }
    }
    const Value* encounters = r.Array(*doc, "", "encounters", true);
    std::map<std::string, int> encounter_ids;
    if (encounters) {
        encounter_ids = IndexIds(r, *encounters, "/encounters");
        for (size_t i = 0; i < encounters->Items.size(); ++i)
            v.Encounters.push_back(ReadEncounter(r, encounters->Items[i], Child("/encounters", i), encounter_ids));
    }
    if (const Value* week = r.Array(*doc, "", "week", true)) {
        if (week->Items.empty() || week->Items.size() > kStageCount) r.Fail("/week", {"error.week_length", {{"days", kStageCount}}});
        for (size_t i = 0; i < week->Items.size(); ++i) v.Week.push_back(ReadDay(r, week->Items[i], Child("/week", i), encounter_ids));
    }
    if (const Value* forms = r.Array(*doc, "", "assessment", false)) {
        IndexIds(r, *forms, "/assessment");
        for (size_t i = 0; i < forms->Items.size(); ++i) v.Assessment.push_back(ReadForm(r, forms->Items[i], Child("/assessment", i), encounter_ids));
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
