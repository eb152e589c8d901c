#include "localise.h"

#include <algorithm>
#include <set>

namespace moments {

std::vector<std::pair<std::string, std::string*>> TextSlots(Venue& v) {
    std::vector<std::pair<std::string, std::string*>> slots;
    slots.emplace_back("title", &v.Title);
    for (Policy& p : v.Policies) slots.emplace_back("policy." + p.Id, &p.Text);
    for (Encounter& e : v.Encounters) {
        slots.emplace_back(e.Id + ".name", &e.Name);
        slots.emplace_back(e.Id + ".request", &e.Request);
        if (!e.HiddenNeed.empty()) slots.emplace_back(e.Id + ".hidden_need", &e.HiddenNeed);
        for (Beat& b : e.Beats) {
            const std::string beat = e.Id + "." + b.Id;
            slots.emplace_back(beat + ".line", &b.Line);
            for (Response& r : b.Responses) {
                const std::string response = beat + "." + r.Id;
                slots.emplace_back(response + ".text", &r.Text);
                slots.emplace_back(response + ".why", &r.Why);
                if (r.Pledge) slots.emplace_back(response + ".promise", &r.Pledge->Text);
            }
        }
    }
    return slots;
}

std::vector<std::pair<std::string, std::string>> SourceTexts(const Venue& venue) {
    Venue copy = venue; // TextSlots hands out pointers for writing; read through a copy
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [key, text] : TextSlots(copy)) out.emplace_back(key, *text);
    return out;
}

void Localise(Venue& venue, const Venue& source, const Strings* translation) {
    const auto english = SourceTexts(source);
    const auto slots = TextSlots(venue);
    for (size_t i = 0; i < slots.size() && i < english.size(); ++i) {
        const std::string* text = &english[i].second;
        if (translation)
            if (const auto it = translation->Text.find(slots[i].first); it != translation->Text.end()) text = &it->second;
        *slots[i].second = *text;
    }
}

std::optional<Strings> LoadVenueTranslation(const std::string& locales_dir, const std::string& language,
                                            const std::string& venue_id, std::vector<ContentError>& errors) {
    const std::string path = locales_dir + "/" + language + "/" + venue_id + ".json";
    std::string text;
    if (!ReadTextFile(path, text, errors)) return std::nullopt;
    return ParseStrings(text, path, language, errors);
}

void CompareKeys(const std::vector<std::string>& reference, const Strings& translation, const std::string& file,
                 std::vector<ContentError>& errors) {
    const std::set<std::string> wanted(reference.begin(), reference.end());
    for (const std::string& key : reference)
        if (!translation.Text.count(key)) errors.push_back({file, "/" + key, "missing translation"});
    for (const auto& [key, text] : translation.Text) {
        if (!wanted.count(key)) errors.push_back({file, "/" + key, "not a key of the English text"});
        else if (text.empty()) errors.push_back({file, "/" + key, "empty translation"});
    }
}

} // namespace moments
