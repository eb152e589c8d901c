// The app's content: the manifest's venues and languages loaded, a language
// switched (interface and venue text), and what the font must draw.
#include "app.h"
#include "app_parts.h"

#include "content/localise.h"
#include "content/manifest.h"
#include "content/pack.h"
#include "content/text.h"
#include "content/venue_loader.h"

#include <algorithm>

namespace moments {

namespace {

// Content that does not load opens the error screen listing every problem.
void Fail(App& app, const std::vector<ContentError>& errors) {
    app.Problems.insert(app.Problems.end(), errors.begin(), errors.end());
    app.Now = Screen::Error;
}

// Loads one language's interface text (its venue translations wait until it is used).
// When texts come in packs, a language whose ui.json is not mounted yet waits too: it is
// offered under its name from the manifest.
void LoadLanguage(App& app, const std::string& code, const std::string& name, std::vector<ContentError>& errors) {
    Language lang;
    lang.Code = code;
    lang.Name = name;
    if (app.FetchLanguages && code == "en" && !PackedFile(app.LocalesDir + "/en/ui.json")) {
        lang.Interface = EnglishText(); // the packs leave out what the game has built in
        lang.InterfaceLoaded = true;
        if (lang.Name.empty()) lang.Name = lang.Interface.Get("language.name");
    } else if (!app.FetchLanguages || PackedFile(app.LocalesDir + "/" + code + "/ui.json")) {
        auto text = LoadStrings(app.LocalesDir, code, errors);
        if (!text) return;
        lang.Interface = std::move(*text);
        lang.InterfaceLoaded = true;
        if (lang.Name.empty()) lang.Name = lang.Interface.Get("language.name");
    }
    app.Languages.push_back(std::move(lang));
}

// Whether a venue has a translation into this language (English is the source).
bool Translates(const Venue& venue, const std::string& code) {
    return code != "en" && std::find(venue.Locales.begin(), venue.Locales.end(), code) != venue.Locales.end();
}

// Loads a language's translations of every venue, once.
bool LoadVenueText(App& app, Language& lang) {
    if (lang.VenueTextLoaded) return true;
    std::vector<ContentError> errors;
    std::vector<std::optional<Strings>> texts;
    for (const Venue& v : app.Sources) {
        texts.push_back(Translates(v, lang.Code) ? LoadVenueTranslation(app.LocalesDir, lang.Code, v.Id, errors) : std::nullopt);
    }
    if (!errors.empty()) {
        Fail(app, errors);
        return false;
    }
    lang.VenueText = std::move(texts);
    lang.VenueTextLoaded = true;
    return true;
}

// Whether mounted packs hold every text of a language not loaded yet.
bool TextsMounted(const App& app, const Language& lang) {
    if (!lang.InterfaceLoaded && !PackedFile(app.LocalesDir + "/" + lang.Code + "/ui.json")) return false;
    return std::all_of(app.Sources.begin(), app.Sources.end(), [&](const Venue& v) {
        return !Translates(v, lang.Code) || PackedFile(app.LocalesDir + "/" + lang.Code + "/" + v.Id + ".json") != nullptr;
    });
}

// Whether the manifest has any of the venues asked for (asking for none counts as all).
bool OffersAny(const Manifest& manifest, const std::vector<std::string>& ids) {
    return ids.empty() || std::any_of(manifest.Venues.begin(), manifest.Venues.end(), [&](const ManifestVenue& v) {
        return std::find(ids.begin(), ids.end(), v.Id) != ids.end();
    });
}

// The venue files to load: the one named on the command line, else the manifest's,
// in its order, kept to those asked for (all of them when none of those asked for exists).
std::vector<std::string> VenueFiles(const AppConfig& config, const std::optional<Manifest>& manifest, bool none_known) {
    if (!config.VenueFile.empty()) return {config.VenueFile};
    std::vector<std::string> files;
    if (!manifest) return files;
    for (const ManifestVenue& v : manifest->Venues)
        if (config.VenueIds.empty() || none_known || std::find(config.VenueIds.begin(), config.VenueIds.end(), v.Id) != config.VenueIds.end())
            files.push_back(config.AssetsDir + "/" + v.File);
    return files;
}

// A preview (the studio's) opens the first shift with one customer: that encounter, then the day's others.
void OpenWithCustomer(Venue& venue, int encounter) {
    if (venue.Week.empty() || encounter < 0 || encounter >= static_cast<int>(venue.Encounters.size())) return;
    std::vector<int>& first = venue.Week.front().Encounters;
    first.erase(std::remove(first.begin(), first.end(), encounter), first.end());
    first.insert(first.begin(), encounter);
}

} // namespace

void UseLanguage(App& app, int index) {
    ++app.Revision;
    Language& lang = app.Languages[static_cast<size_t>(index)];
    if (app.FetchLanguages && !lang.VenueTextLoaded && !TextsMounted(app, lang)) {
        app.PendingLanguage = lang.Code; // the platform fetches its pack; AppLanguageArrived switches
        app.Outbox.push_back({RequestKind::FetchLanguage, lang.Code, ""});
        return;
    }
    if (!lang.InterfaceLoaded) {
        std::vector<ContentError> errors;
        auto text = LoadStrings(app.LocalesDir, lang.Code, errors);
        if (!text) {
            Fail(app, errors);
            return;
        }
        lang.Interface = std::move(*text);
        lang.InterfaceLoaded = true;
    }
    if (!LoadVenueText(app, lang)) return;
    app.PendingLanguage.clear();
    app.LanguageIndex = index;
    app.Text = lang.Interface;
    for (size_t i = 0; i < app.Venues.size(); ++i)
        Localise(app.Venues[i], app.Sources[i], lang.VenueText[i] ? &*lang.VenueText[i] : nullptr);
}

void AppInit(App& app, const AppConfig& config) {
    const uint64_t revision = app.Revision + 1; // an App started afresh is a change too: no kept view survives it
    app = App{};
    app.Revision = revision;
    app.Seed = config.Seed;
    app.Attempt = config.Attempt;
    app.Options = config.Options;
    app.ModeFixed = config.ModeFixed;
    app.PassMark = config.PassMark;
    app.LearnerName = CutUtf8(config.LearnerName, kMaxLearnerName); // a name, not a book: LMS data is not trusted
    app.Prefs = config.Prefs;
    app.Today = config.Today;
    app.FetchLanguages = config.FetchLanguages;
    std::vector<ContentError> errors;
    const std::optional<Manifest> manifest = LoadManifest(config.AssetsDir, errors);
    const bool none_known = manifest && !OffersAny(*manifest, config.VenueIds);
    for (const std::string& file : VenueFiles(config, manifest, none_known))
        if (auto venue = LoadVenue(file, errors)) {
            OpenWithCustomer(*venue, config.FromCustomer);
            app.Sources.push_back(std::move(*venue));
        }
    app.Venues = app.Sources;
    app.LocalesDir = config.AssetsDir + "/locales";
    if (manifest)
        for (size_t i = 0; i < manifest->Languages.size(); ++i)
            LoadLanguage(app, manifest->Languages[i], i < manifest->Names.size() ? manifest->Names[i] : "", errors);
    for (const Language& lang : app.Languages) // for the error screen: the learner's language if it loaded, else the first
        if (lang.InterfaceLoaded && (lang.Code == config.Language || &lang == &app.Languages.front())) app.Text = lang.Interface;
    if (!errors.empty()) {
        Fail(app, errors);
        return;
    }
    if (!AppSetLanguage(app, config.Language)) UseLanguage(app, 0);
    if (config.VenueFile.empty() && !config.VenueIds.empty() && none_known) {
        std::vector<std::string> asked;
        for (const std::string& id : config.VenueIds) asked.push_back(app.Text.Quote(id));
        app.Notice = Message{"notice.unknown_venues", {{"ids", MessageArg::Alternatives(asked)}, {"known", ManifestVenueIds(*manifest)}}};
    }
}

std::string TextInUse(const App& app) {
    std::string text = app.LearnerName + (app.Notice ? Render(app.Text, *app.Notice) : "") + app.Today;
    for (const auto& [key, value] : app.Text.Text) text += value;
    for (const Language& lang : app.Languages) text += lang.Name;
    for (const Venue& venue : app.Venues) AppendTexts(venue, text);
    for (const auto& [key, forms] : app.Text.Plurals)
        for (const auto& [form, value] : forms) text += value;
    for (const std::string& problem : ProblemTexts(app)) text += problem;
    return text;
}

bool AppSetLanguage(App& app, const std::string& code) {
    for (size_t i = 0; i < app.Languages.size(); ++i)
        if (app.Languages[i].Code == code) {
            UseLanguage(app, static_cast<int>(i));
            return true;
        }
    return false;
}

void AppLanguageArrived(App& app, const std::string& code) {
    if (!code.empty() && code == app.PendingLanguage) AppSetLanguage(app, code);
}

std::vector<std::string> ProblemTexts(const App& app) {
    const Strings& language = app.Text.Text.empty() ? EnglishText() : app.Text;
    std::vector<std::string> texts;
    for (const ContentError& e : app.Problems) texts.push_back(Describe(e, language));
    return texts;
}

} // namespace moments
