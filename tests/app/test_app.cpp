// The game flow between screens, driven by commands as the UI would send them.
#include "app/app.h"
#include "app/bot.h"
#include "app/reports.h"
#include "app/frame_view.h"
#include "core/fixture.h"
#include "content/content_error.h"
#include "content/json.h"
#include "content/manifest.h"
#include "content/pack.h"
#include "content/packs.h"

#include "staged_config.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace moments;

namespace {

AppConfig Config() { return StagedConfig(11); }

// The frame's view, serialised and parsed back: what the page's window.moments.state() returns.
json::Value State(const App& app) {
    json::Value state;
    FrameMemory memory;
    const auto error = json::Parse(FrameViewJson(BuildFrameView(app, {}, 0.0, memory)), state);
    REQUIRE_MESSAGE(!error, error->Problem);
    return state;
}

// The notice the title screen shows, in the learner's language.
std::string TitleNotice(const App& app) {
    FrameMemory memory;
    return BuildFrameView(app, {}, 0.0, memory).Title.Notice;
}

// Plays the next shift of the selected venue with a bot, through AppCommands only.
void PlayShift(App& app, BotKind bot) {
    Rng rng{5};
    if (app.Now == Screen::Title) AppApply(app, {AppCommandKind::Begin, 0});
    REQUIRE(app.Now == Screen::Briefing);
    AppApply(app, {AppCommandKind::StartShift, 0});
    for (int guard = 0; app.Now != Screen::Debrief && guard < 10000; ++guard) {
        const int keep = BotKeepPromise(bot, *app.Play, rng);
        if (keep >= 0) AppApply(app, {AppCommandKind::KeepPromise, keep});
        else if (app.Now == Screen::Counter) AppApply(app, {AppCommandKind::Choose, BotChoose(bot, *app.Play, rng)});
        else if (app.Now == Screen::Feedback) {
            CHECK(State(app)["feedback"]["principle"].Text != "");
            AppApply(app, {AppCommandKind::Continue, 0});
        }
    }
    REQUIRE(app.Now == Screen::Debrief);
}

} // namespace

TEST_CASE("a whole shift from title to debrief, as the UI drives it") {
    App app;
    AppInit(app, Config());
    REQUIRE_MESSAGE(app.Problems.empty(), Describe(app.Problems.front()));
    CHECK(State(app)["screen"].Text == "title");

    PlayShift(app, BotKind::Best);
    const auto state = State(app);
    CHECK(state["screen"].Text == "debrief");
    const int64_t magic = state["outcomes"]["magic"].Integer, misery = state["outcomes"]["misery"].Integer;
    CHECK(state["reputation"].Integer == 10 * magic - 20 * misery);
    CHECK(state["served"].Integer == state["customers"].Integer);
    CHECK(magic > misery);

    AppApply(app, {AppCommandKind::BackToTitle, 0});
    CHECK(app.Now == Screen::Title);
}

TEST_CASE("the training week runs five days, then shows the week summary") {
    App app;
    AppInit(app, Config());
    for (int day = 1; day <= 5; ++day) {
        PlayShift(app, BotKind::Best);
        CHECK(State(app)["day"].Integer == day);
        CHECK(State(app)["week"]["days"].Items.size() == static_cast<size_t>(day));
        AppApply(app, {AppCommandKind::Continue, 0});
    }
    CHECK(app.Now == Screen::WeekSummary);
    const auto week = State(app)["week"];
    CHECK(week["complete"].Flag);
    CHECK(week["score"].Integer >= app.PassMark);
    CHECK(week["passed"].Flag);
}

TEST_CASE("assessment: one shift, no feedback cards, every customer reviewed at the end") {
    App app;
    AppInit(app, Config());
    AppApply(app, {AppCommandKind::SetMode, static_cast<int>(Mode::Assessment)});
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    Rng rng{1};
    int feedback_cards = 0;
    for (int guard = 0; app.Now != Screen::Debrief && guard < 1000; ++guard) {
        feedback_cards += app.Now == Screen::Feedback;
        AppApply(app, {AppCommandKind::Choose, BotChoose(BotKind::Random, *app.Play, rng)});
        AppApply(app, {AppCommandKind::Hint, 0});
        CHECK_FALSE(app.Play->HintShown);
    }
    CHECK(feedback_cards == 0);
    const auto state = State(app);
    CHECK(state["mode"].Text == "assessment");
    const Venue& venue = *SelectedVenue(app);
    CHECK(state["review"].Items.size() == venue.Assessment[static_cast<size_t>(app.Progress->Form)].Encounters.size());
    AppApply(app, {AppCommandKind::Continue, 0});
    CHECK(app.Now == Screen::WeekSummary);
}

TEST_CASE("save and restore: the same customer, the same reputation") {
    App app;
    AppInit(app, Config());
    PlayShift(app, BotKind::Random);
    AppApply(app, {AppCommandKind::Continue, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    AppApply(app, {AppCommandKind::Choose, 0});
    if (app.Now == Screen::Feedback) AppApply(app, {AppCommandKind::Continue, 0});
    const std::string save = AppSave(app);
    const auto before = State(app);

    App other;
    AppInit(other, Config());
    REQUIRE_FALSE(AppRestore(other, save));
    const auto after = State(other);
    CHECK(after["screen"].Text == before["screen"].Text);
    CHECK(json::Write(after["customer"]) == json::Write(before["customer"]));
    CHECK(after["reputation"].Integer == before["reputation"].Integer);
    CHECK(json::Write(after["week"]["days"]) == json::Write(before["week"]["days"]));

    App untouched;
    AppInit(untouched, Config());
    const auto error = AppRestore(untouched, "mot2|nowhere|1|t|1|");
    REQUIRE(error);
    CHECK(error->Key == "error.save.unknown_venue");
    CHECK(Render(untouched.Text, *error).find("nowhere") != std::string::npos);
    CHECK(untouched.Now == Screen::Title);
    CHECK_FALSE(untouched.Progress);
}

TEST_CASE("progress the LMS hands over late is taken before the learner's first choice, never after it") {
    App played;
    AppInit(played, Config());
    PlayShift(played, BotKind::Random);
    const std::string save = AppSave(played);

    App waiting; // the learner opened the counter, but has chosen nothing yet
    AppInit(waiting, Config());
    AppApply(waiting, {AppCommandKind::Begin, 0});
    AppApply(waiting, {AppCommandKind::StartShift, 0});
    REQUIRE(waiting.Now == Screen::Counter);
    REQUIRE_FALSE(AppRestoreArrivedLate(waiting, save));
    CHECK(AppSave(waiting) == save);
    CHECK(json::Write(State(waiting)["week"]["days"]) == json::Write(State(played)["week"]["days"]));

    App playing; // the learner already answered a customer here
    AppInit(playing, Config());
    AppApply(playing, {AppCommandKind::Begin, 0});
    AppApply(playing, {AppCommandKind::StartShift, 0});
    AppApply(playing, {AppCommandKind::Choose, 0});
    const std::string mine = AppSave(playing);
    const auto refused = AppRestoreArrivedLate(playing, save);
    REQUIRE(refused);
    CHECK(refused->Key == "error.save.arrived_late");
    CHECK(AppSave(playing) == mine);
}

TEST_CASE("the worst player ends the day with a negative reputation") {
    App app;
    AppInit(app, Config());
    PlayShift(app, BotKind::Worst);
    CHECK(State(app)["reputation"].Integer < 0);
}

TEST_CASE("the counter view lists the customer's line and the choices in the order on screen, with stable ids") {
    App app;
    AppInit(app, Config());
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    const auto state = State(app);
    CHECK(state["screen"].Text == "counter");
    CHECK(state["customer"]["name"].Text != "");
    CHECK(state["customer"]["line"].Text != "");
    const Beat* beat = CurrentBeat(*app.Play);
    REQUIRE(beat);
    REQUIRE(state["choices"].Items.size() == beat->Responses.size());
    const std::vector<int> order = ResponseOrder(*app.Play);
    const Encounter& e = *CurrentEncounter(*app.Play);
    for (size_t place = 0; place < order.size(); ++place) {
        const Response& r = beat->Responses[static_cast<size_t>(order[place])];
        CHECK(state["choices"].Items[place].Text == r.Text);
        CHECK(state["choice_ids"].Items[place].Text == app.Play->Place->Id + "." + e.Id + "." + beat->Id + "." + r.Id);
    }
}

TEST_CASE("a broken venue opens the error screen listing file, place and problem") {
    const std::string path = "/tmp/moments_broken_venue.json";
    std::ofstream(path) << R"({"id": "x", "version": 1, "week": [], "encounters": [{"id": 5}]})";
    AppConfig config = Config();
    config.VenueFile = path;
    App app;
    AppInit(app, config);
    CHECK(app.Now == Screen::Error);
    const auto state = State(app);
    CHECK(state["screen"].Text == "error");
    REQUIRE(!state["errors"].Items.empty());
    CHECK(state["errors"].Items[0].Text.find(path + ":/") == 0);
    // Commands cannot leave the error screen into a broken game.
    AppApply(app, {AppCommandKind::Begin, 0});
    CHECK(app.Now == Screen::Error);
}

TEST_CASE("commands that do not belong to the screen are ignored") {
    App app;
    AppInit(app, Config());
    AppApply(app, {AppCommandKind::Choose, 0});
    AppApply(app, {AppCommandKind::Continue, 0});
    CHECK(app.Now == Screen::Title);
    AppApply(app, {AppCommandKind::StartShift, 0}); // the briefing comes first
    CHECK(app.Now == Screen::Title);
}

TEST_CASE("languages: the interface and the venues switch, even mid-shift") {
    App app;
    AppInit(app, Config());
    REQUIRE_MESSAGE(app.Problems.empty(), Describe(app.Problems.front()));
    std::vector<ContentError> errors;
    const auto manifest = LoadManifest(MOMENTS_STAGED_ASSETS, errors);
    REQUIRE(manifest);
    REQUIRE(app.Languages.size() == manifest->Languages.size()); // every language the build staged is offered
    for (size_t i = 0; i < app.Languages.size(); ++i) CHECK(app.Languages[i].Code == manifest->Languages[i]);
    const std::string english_title = app.Venues[0].Title;
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    const auto before = State(app);

    for (const std::string code : {"it", "ru", "el", "ro"}) {
        CAPTURE(code);
        REQUIRE(AppSetLanguage(app, code));
        CHECK(app.Text.Language == code);
        CHECK(app.Text.Get("app.title") != "Moments of Truth");
        CHECK(app.Venues[0].Title != english_title);
        const auto now = State(app);
        CHECK(now["customer"]["index"].Integer == before["customer"]["index"].Integer); // the same customer, now in another language
        CHECK(now["customer"]["line"].Text != before["customer"]["line"].Text);
        CHECK(now["choices"].Items.size() == before["choices"].Items.size());
    }
    REQUIRE(AppSetLanguage(app, "en"));
    CHECK(State(app)["customer"]["line"].Text == before["customer"]["line"].Text);
    CHECK_FALSE(AppSetLanguage(app, "xx"));
    CHECK(app.Text.Language == "en");
}

TEST_CASE("GIVEN a broken translation of a language not chosen WHEN the game starts and later switches to it THEN only the switch shows the error") {
    namespace fs = std::filesystem;
    const fs::path assets = fs::temp_directory_path() / "moments-lazy-language";
    fs::remove_all(assets);
    fs::copy(MOMENTS_STAGED_ASSETS, assets, fs::copy_options::recursive);
    std::ofstream(assets / "locales/ro/cafe_counter.json") << "{\"title\": ";
    AppConfig config = Config();
    config.AssetsDir = assets.string();
    config.Language = "it";
    App app;
    AppInit(app, config);
    REQUIRE_MESSAGE(app.Problems.empty(), Describe(app.Problems.front())); // Romanian is not read until it is chosen
    CHECK(app.Text.Language == "it");
    CHECK(app.Venues[0].Title == "Caffè Kettle & Crumb");
    AppApply(app, {AppCommandKind::SetLanguage, 4}); // ro, in title-screen order
    CHECK(app.Now == Screen::Error);
    REQUIRE(app.Problems.size() == 1);
    CHECK(app.Problems[0].What.Key == "error.not_json");
    CHECK(Describe(app.Problems[0]).find("locales/ro/cafe_counter.json:/: not valid JSON at line 1") != std::string::npos);
    fs::remove_all(assets);
}

namespace {
// A pack of these staged files (MakePack), by their paths under the assets folder.
std::string PackOfStaged(const std::vector<std::string>& paths) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const std::string& path : paths) {
        std::vector<ContentError> errors;
        REQUIRE(ReadTextFile(std::string(MOMENTS_STAGED_ASSETS) + "/" + path, files.emplace_back(path, "").second, errors));
    }
    return MakePack(files);
}
} // namespace

TEST_CASE("GIVEN texts that come in packs (the web's) WHEN a language not mounted is chosen THEN the game asks for its pack and switches once it is mounted") {
    REQUIRE_FALSE(MountPack(PackOfStaged({"locales/en/ui.json"}), MOMENTS_STAGED_ASSETS)); // the main pack's: the first language's interface
    AppConfig config = Config();
    config.FetchLanguages = true;
    App app;
    AppInit(app, config);
    REQUIRE_MESSAGE(app.Problems.empty(), app.Problems.front());
    CHECK(app.Languages[4].Name == "Română"); // offered under its name from the manifest before its texts are here
    const std::string english_title = app.Venues[0].Title;
    AppApply(app, {AppCommandKind::SetLanguage, 4}); // ro, in title-screen order
    CHECK(app.Now == Screen::Title);
    CHECK(app.Text.Language == "en"); // not yet: its pack is on its way
    REQUIRE(app.Outbox.size() == 1);
    CHECK(app.Outbox[0].Kind == RequestKind::FetchLanguage);
    CHECK(app.Outbox[0].Name == "ro");
    REQUIRE_FALSE(MountPack(PackOfStaged({"locales/ro/ui.json", "locales/ro/cafe_counter.json", "locales/ro/hotel_concierge.json"}),
                            MOMENTS_STAGED_ASSETS));
    AppLanguageArrived(app, "it"); // not the one asked for: nothing changes
    CHECK(app.Text.Language == "en");
    AppLanguageArrived(app, "ro");
    CHECK(app.Text.Language == "ro");
    CHECK(app.Venues[0].Title != english_title);
    UnmountPacks();
}

TEST_CASE("GIVEN a language WHEN the font asks for the text in use THEN it has that language's text and every language's name") {
    AppConfig config = Config();
    config.Language = "ru";
    config.LearnerName = "Zoë Łukasiewicz";
    App app;
    AppInit(app, config);
    REQUIRE_MESSAGE(app.Problems.empty(), Describe(app.Problems.front()));
    const std::string text = TextInUse(app);
    for (const Language& lang : app.Languages) CHECK(text.find(lang.Interface.Get("language.name")) != std::string::npos);
    CHECK(text.find(app.Text.Get("app.title")) != std::string::npos);
    CHECK(text.find(app.Venues[1].Encounters[0].Beats[0].Line) != std::string::npos);
    CHECK(text.find("Łukasiewicz") != std::string::npos);
    CHECK(text.find(app.Languages[3].Interface.Get("app.title")) == std::string::npos); // Greek interface text is not in use
}

TEST_CASE("the CSV export has a row for every choice, safely quoted") {
    App app;
    AppInit(app, Config());
    PlayShift(app, BotKind::Random);
    size_t choices = 0;
    for (const Customer& c : app.Play->Customers) choices += c.Path.size();
    AppApply(app, {AppCommandKind::ExportChoices, 0});
    REQUIRE(app.Outbox.size() == 1);
    const std::string& csv = app.Outbox[0].Content;
    CHECK(csv.rfind("\xEF\xBB\xBFseed,day,customer,name,encounter,beat,response,said,", 0) == 0); // UTF-8 mark for Excel
    CHECK(csv.find("\n" + std::to_string(app.Play->Seed) + ",1,1,") != std::string::npos); // every row names the seed that replays it
    size_t rows = 0, quotes = 0;
    bool in_quotes = false;
    for (char ch : csv) {
        if (ch == '"') in_quotes = !in_quotes, ++quotes;
        if (ch == '\n' && !in_quotes) ++rows;
    }
    CHECK(rows == choices + 1); // header plus one row per decision
    CHECK(quotes % 2 == 0);
    CHECK(csv.find("\"") != std::string::npos); // responses with commas are quoted
}

TEST_CASE("GIVEN a shift played by the random bot WHEN the choices are exported THEN each row's result and best answer are what the LMS was told") {
    App app;
    AppInit(app, Config());
    Rng rng{3};
    std::vector<std::string> told; // "<result>,<correct id>" per choice, in the order the LMS heard them
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    for (int guard = 0; app.Now != Screen::Debrief && guard < 10000; ++guard) {
        const int keep = BotKeepPromise(BotKind::Random, *app.Play, rng);
        if (keep >= 0) AppApply(app, {AppCommandKind::KeepPromise, keep});
        else if (app.Now == Screen::Counter) AppApply(app, {AppCommandKind::Choose, BotChoose(BotKind::Random, *app.Play, rng)});
        else AppApply(app, {AppCommandKind::Continue, 0});
        for (const Event& e : app.Recent)
            if (const auto choice = ReportChoice(app, e)) told.push_back(choice->Result + "," + choice->CorrectId);
        app.Recent.clear();
    }
    REQUIRE(app.Now == Screen::Debrief);
    AppApply(app, {AppCommandKind::ExportChoices, 0});
    REQUIRE(app.Outbox.size() == 1);
    const std::string& csv = app.Outbox[0].Content;
    CHECK(csv.substr(0, csv.find('\n')).find(",outcome,reach,result,best_response") != std::string::npos);
    std::vector<std::string> exported; // the last two columns of each row (neither holds a comma)
    for (size_t start = csv.find('\n') + 1; start < csv.size(); start = csv.find('\n', start) + 1) {
        const std::string row = csv.substr(start, csv.find('\n', start) - start);
        exported.push_back(row.substr(row.rfind(',', row.rfind(',') - 1) + 1));
    }
    REQUIRE(told.size() > 3);
    CHECK(exported == told);
    CHECK(std::any_of(told.begin(), told.end(), [](const std::string& t) { return t.rfind("correct,", 0) != 0; })); // the bot also erred
}

TEST_CASE("the CSV export neutralises text a spreadsheet would run as a formula") {
    App app;
    AppInit(app, Config());
    PlayShift(app, BotKind::Random);
    for (Encounter& e : app.Venues[static_cast<size_t>(app.VenueIndex)].Encounters)
        for (Beat& b : e.Beats)
            for (Response& r : b.Responses) r.Text = "=HYPERLINK(\"http://example.com\")";
    AppApply(app, {AppCommandKind::ExportChoices, 0});
    REQUIRE(app.Outbox.size() == 1);
    const std::string& csv = app.Outbox[0].Content;
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://example.com\"\")\"") != std::string::npos);
    CHECK(csv.find(",=") == std::string::npos);
}

TEST_CASE("with the timer off, real time does not count: nobody's patience drains") {
    AppConfig config = Config();
    config.Options.Timer = TimerMode::Off;
    App app;
    AppInit(app, config);
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    const int tick = app.Play->Tick;
    const int satisfaction = app.Play->Customers[0].Satisfaction;
    AppTick(app, 3600 * kTicksPerSecond);
    CHECK(app.Play->Tick == tick);
    CHECK(app.Play->Customers[0].Satisfaction == satisfaction);
    CHECK(WaitingCustomers(*app.Play).empty());
}

TEST_CASE("a learner name from the LMS is cut to a name's length, on a character boundary") {
    AppConfig config = Config();
    config.LearnerName = "Zoë {score} " + std::string(2000000, 'x');
    App app;
    AppInit(app, config);
    CHECK(app.LearnerName.size() <= kMaxLearnerName);
    CHECK(app.LearnerName.rfind("Zoë {score} xxx", 0) == 0);
    CHECK(app.LearnerName.size() > 100);
}

TEST_CASE("a package's mode is fixed: the title cannot switch it and a save of the other mode is kept aside") {
    AppConfig trainee = Config();
    App training;
    AppInit(training, trainee);
    PlayShift(training, BotKind::Random);
    const std::string training_save = AppSave(training);

    AppConfig config = Config();
    config.Options.Play = Mode::Assessment;
    config.ModeFixed = true;
    App app;
    AppInit(app, config);
    AppApply(app, {AppCommandKind::SetMode, static_cast<int>(Mode::Training)});
    CHECK(app.Options.Play == Mode::Assessment);
    const auto error = AppRestore(app, training_save);
    REQUIRE(error);
    CHECK(Render(app.Text, *error) == "the save is for training, not for this package's assessment");
    CHECK(app.Options.Play == Mode::Assessment);
    CHECK_FALSE(app.Progress);
}

TEST_CASE("a venue list that names no venue we have offers every venue, with a notice, not an empty title") {
    AppConfig config = Config();
    config.VenueIds = {"zzz"};
    App app;
    AppInit(app, config);
    CHECK(app.Problems.empty());
    CHECK(app.Venues.size() == 2);
    const auto notice = [&] { return State(app)["screen"].Text == "title" ? TitleNotice(app) : std::string(); };
    CHECK(notice().find("“zzz”") != std::string::npos);
    CHECK(notice().find("cafe_counter and hotel_concierge") != std::string::npos); // what to type instead, as English lists
    REQUIRE(AppSetLanguage(app, "it")); // the notice follows the learner's language
    CHECK(notice().find("cafe_counter e hotel_concierge") != std::string::npos);
    config.VenueIds = {"hotel_concierge", "zzz"}; // one known: only that one, no notice
    AppInit(app, config);
    REQUIRE(app.Venues.size() == 1);
    CHECK(app.Venues[0].Id == "hotel_concierge");
    CHECK(notice().empty());
}

TEST_CASE("the LMS is told the kind no is correct and the happy-now cash without ID is not; the best bot says the kind no") {
    const Venue bank = fixture::BankBranch();
    // What the LMS hears after one choice for Omar (cash without ID), made from a fresh shift.
    const auto report_for = [&](const char* said) {
        App app;
        app.Play = fixture::ServeAlone(bank, 0);
        const auto& responses = CurrentBeat(*app.Play)->Responses;
        const auto it = std::find_if(responses.begin(), responses.end(), [&](const Response& r) { return r.Id == said; });
        REQUIRE(Apply(*app.Play, {0, CommandKind::Choose, static_cast<int>(it - responses.begin())}));
        for (const Event& e : DrainEvents(*app.Play))
            if (const auto choice = ReportChoice(app, e)) return *choice;
        FAIL("no choice reported");
        return ChoiceReport{};
    };
    const ChoiceReport greedy = report_for("hand_over");
    CHECK(greedy.ResponseId == "bank_branch.omar.greet.hand_over");
    CHECK(greedy.CorrectId == "bank_branch.omar.greet.kind_no");
    CHECK(greedy.Result == "incorrect");
    const ChoiceReport kind = report_for("kind_no");
    CHECK(kind.CorrectId == "bank_branch.omar.greet.kind_no");
    CHECK(kind.Result == "correct");

    Rng rng{1};
    for (int customer = 0; customer < static_cast<int>(bank.Encounters.size()); ++customer) {
        Shift s = fixture::ServeAlone(bank, customer);
        while (s.Now == Phase::Serving) REQUIRE(Apply(s, {0, CommandKind::Choose, BotChoose(BotKind::Best, s, rng)}));
        CHECK_MESSAGE(s.Customers[0].Result == Outcome::Magic, bank.Encounters[static_cast<size_t>(customer)].Id);
        CHECK(std::none_of(s.Customers[0].Path.begin(), s.Customers[0].Path.end(), [](const Step& st) { return st.Judged != Verdict::Best; }));
    }
}

TEST_CASE("GIVEN a manifest naming one venue and two languages WHEN the game starts THEN the title offers exactly those") {
    namespace fs = std::filesystem;
    const fs::path assets = fs::temp_directory_path() / "moments-manifest-choice";
    fs::remove_all(assets);
    fs::copy(MOMENTS_STAGED_ASSETS, assets, fs::copy_options::recursive);
    std::ofstream(assets / "manifest.json") << R"({"venues": [{"id": "hotel_concierge", "file": "venues/hotel_concierge.json",
        "title": "Hotel Lanterna", "locales": ["en", "it"]}], "languages": ["it", "en"]})";
    AppConfig config = Config();
    config.AssetsDir = assets.string();
    config.Language = "ru"; // not in this package: the manifest's first language instead
    App app;
    AppInit(app, config);
    REQUIRE_MESSAGE(app.Problems.empty(), Describe(app.Problems.front()));
    REQUIRE(app.Venues.size() == 1);
    CHECK(app.Venues[0].Id == "hotel_concierge");
    REQUIRE(app.Languages.size() == 2);
    CHECK(app.Languages[0].Code == "it");
    CHECK(app.Text.Language == "it");
    CHECK_FALSE(AppSetLanguage(app, "ru"));

    fs::remove(assets / "manifest.json"); // a folder without a manifest is an error on screen, not an empty title
    AppInit(app, config);
    CHECK(app.Now == Screen::Error);
    REQUIRE_FALSE(app.Problems.empty());
    CHECK(app.Problems[0].File.find("manifest.json") != std::string::npos);
    fs::remove_all(assets);
}

TEST_CASE("GIVEN a customer to start from (the studio's preview) WHEN the first shift opens THEN that customer comes first, then the day's own") {
    AppConfig config = Config();
    App plain;
    AppInit(plain, config);
    REQUIRE(plain.Problems.empty());
    const Venue& venue = plain.Sources.front();
    const std::vector<int> day = venue.Week.front().Encounters;
    const int last = static_cast<int>(venue.Encounters.size()) - 1;
    REQUIRE(std::find(day.begin(), day.end(), last) == day.end()); // a customer day 1 does not have

    config.FromCustomer = last;
    App app;
    AppInit(app, config);
    AppApply(app, {AppCommandKind::Begin, 0});
    AppApply(app, {AppCommandKind::StartShift, 0});
    REQUIRE(app.Play);
    CHECK(app.Play->Customers.front().Encounter == last);
    std::vector<int> rest;
    for (size_t i = 1; i < app.Play->Customers.size(); ++i) rest.push_back(app.Play->Customers[i].Encounter);
    CHECK(rest == day);

    config.FromCustomer = day[2]; // one of the day's own: moved to the front, not met twice
    App again;
    AppInit(again, config);
    std::vector<int> expected = {day[2]};
    for (int e : day)
        if (e != day[2]) expected.push_back(e);
    CHECK(again.Sources.front().Week.front().Encounters == expected);
}
