#include "manifest.h"

#include "json_reader.h"

namespace moments {

namespace {

// A list of strings at obj[key], recording an error for anything else.
std::vector<std::string> StringList(JsonReader& r, const json::Value& obj, const std::string& at, const char* key, bool required = true) {
    std::vector<std::string> out;
    const json::Value* list = r.Array(obj, at, key, required);
    if (!list) return out;
    for (size_t i = 0; i < list->Items.size(); ++i) {
        if (list->Items[i].Kind == json::Type::String) out.push_back(list->Items[i].Text);
        else r.Fail(Child(Child(at, key), i), {"error.expected_text", {}});
    }
    return out;
}

} // namespace

std::optional<Manifest> LoadManifest(const std::string& assets_dir, std::vector<ContentError>& errors) {
    const std::string path = assets_dir + "/manifest.json";
    std::string text;
    if (!ReadTextFile(path, text, errors)) return std::nullopt;
    const size_t before = errors.size();
    JsonReader r(path, errors);
    const auto doc = r.Parse(text, json::Type::Object, "error.expected_manifest");
    if (!doc || !r.Object(*doc, "", {"venues", "languages", "names"})) return std::nullopt;
    Manifest m;
    if (const json::Value* venues = r.Array(*doc, "", "venues", true))
        for (size_t i = 0; i < venues->Items.size(); ++i) {
            const json::Value& v = venues->Items[i];
            const std::string at = Child("/venues", i);
            if (!r.Object(v, at, {"id", "file", "title", "locales"})) continue;
            m.Venues.push_back({r.Id(v, at), r.String(v, at, "file"), r.String(v, at, "title"), StringList(r, v, at, "locales")});
        }
    m.Languages = StringList(r, *doc, "", "languages");
    if (m.Languages.empty() && errors.size() == before) r.Fail("/languages", {"error.no_languages", {}});
    m.Names = StringList(r, *doc, "", "names", false);
    if (!m.Names.empty() && m.Names.size() != m.Languages.size()) r.Fail("/names", {"error.language_names", {}});
    if (errors.size() != before) return std::nullopt;
    return m;
}

std::vector<std::string> ManifestVenueIds(const Manifest& manifest) {
    std::vector<std::string> ids;
    for (const ManifestVenue& v : manifest.Venues) ids.push_back(v.Id);
    return ids;
}

} // namespace moments
