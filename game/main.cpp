// Moments of Truth: reads the command line and hands over to the platform.
//   --seed N            seed of the first week (default 1; the web page draws a fresh one)
//   --attempt N         the learner's attempt number: picks the assessment's parallel form
//   --venue FILE        play this venue file instead of the manifest's
//   --assets DIR        where manifest.json, venues/, locales/ and fonts/ are (default "assets")
//   --lang CODE         a language of the manifest (default its first)
//   --learner NAME      the learner's name (from the LMS) for the title and certificate
//   --mode MODE         training or assessment, fixed: the title offers no other
//   --pass-mark N       0..100, default 70
//   --venues A,B        offer only these venues of the manifest
//   --from-customer N   the first shift opens with encounter N (0 = the file's first; the studio's preview)
//   --resume TEXT       restore this save (as written by the game); a bad one is set aside
//   --resume-from-page  web: restore the save the page holds (a long save never goes through argv)
//   --replay SAVE       native: step through a save in the terminal (n next, p previous, q quit), no window;
//                       SAVE as the game writes it, or as an LMS stores it ("m1:...", "m0:...")
//   --json              with --replay: print the trace of every decision as JSON instead
//   --save-set-aside R  the page kept a save aside (reason R) instead of passing it: say so
//   --reduced-motion    start with motion reduced (the page passes the browser's setting)
//   --settings TEXT     the settings the learner last chose ("venue=ID;mode=0;timer=1;text=0;motion=0;sound=1"),
//                       remembered by the page; what the package fixed wins
//   --muted             start with the sound off (?muted=1, a package's option)
//   --autoplay KIND     best, worst, random, first, ...: a simulator bot plays through the real UI
//   --quit-after-shift  with --autoplay: print the final state and exit at the debrief
//   --window WxH        native: the window's size (default 1280x720)
//   --screenshot FILE   native: save the counter screen as a BMP once it is drawn, then exit
//                       (with --autoplay, the bot waits at the first customer)
#include "platform/platform.h"

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <vector>
#include <string>

namespace {

std::vector<std::string> SplitList(const std::string& text) {
    std::vector<std::string> out(1);
    for (char ch : text) {
        if (ch == ',') out.emplace_back();
        else out.back() += ch;
    }
    return out;
}

// "390x844" -> width and height (strtol, not sscanf: the web download carries no scanf).
bool ParseSize(const char* text, int& width, int& height) {
    char* end = nullptr;
    width = static_cast<int>(std::strtol(text, &end, 10));
    if (end == text || *end != 'x') return false;
    const char* rest = end + 1;
    height = static_cast<int>(std::strtol(rest, &end, 10));
    return end != rest && *end == '\0';
}

int Usage(const char* problem) {
    std::fprintf(stderr, "moments: %s\nusage: moments [--seed N] [--attempt N] [--venue FILE] [--assets DIR] "
                         "[--from-customer N] [--autoplay best|worst|random] [--quit-after-shift] [--window WxH] [--screenshot FILE.bmp]\n"
                         "       [--replay SAVE [--json]]\n", problem);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    moments::PlatformConfig config;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--seed" && has_value) config.Game.Seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--attempt" && has_value) config.Game.Attempt = std::clamp(std::atoi(argv[++i]), 0, 1000000);
        else if (arg == "--venue" && has_value) config.Game.VenueFile = argv[++i];
        else if (arg == "--assets" && has_value) config.Game.AssetsDir = argv[++i];
        else if (arg == "--lang" && has_value) config.Game.Language = argv[++i];
        else if (arg == "--learner" && has_value) config.Game.LearnerName = argv[++i];
        else if (arg == "--mode" && has_value) {
            const std::string mode = argv[++i];
            if (mode != "training" && mode != "assessment") return Usage("--mode takes training or assessment");
            config.Game.Options.Play = mode == "assessment" ? moments::Mode::Assessment : moments::Mode::Training;
            if (config.Game.Options.Play == moments::Mode::Assessment) config.Game.Options.Timer = moments::TimerMode::Normal;
            config.Game.ModeFixed = true; // chosen by the package or page, not the learner
        } else if (arg == "--pass-mark" && has_value) config.Game.PassMark = std::clamp(std::atoi(argv[++i]), 0, 100);
        else if (arg == "--venues" && has_value) config.Game.VenueIds = SplitList(argv[++i]);
        else if (arg == "--from-customer" && has_value) {
            config.Game.FromCustomer = std::atoi(argv[++i]);
            if (config.Game.FromCustomer < 0) return Usage("--from-customer takes an encounter's index, 0 for the venue file's first");
        }
        else if (arg == "--resume" && has_value) config.Resume = argv[++i];
        else if (arg == "--resume-from-page") config.ResumeFromPage = true;
        else if (arg == "--replay" && has_value) config.Replay = argv[++i];
        else if (arg == "--json") config.ReplayJson = true;
        else if (arg == "--save-set-aside" && has_value) config.SetAside = argv[++i];
        else if (arg == "--reduced-motion") config.Game.Prefs.ReducedMotion = true;
        else if (arg == "--settings" && has_value) config.Settings = argv[++i];
        else if (arg == "--muted") config.Muted = true;
        else if (arg == "--autoplay" && has_value) {
            config.Autoplay = moments::BotFromName(argv[++i]);
            if (!config.Autoplay) return Usage("--autoplay takes a bot: best, worst, random, first, last, longest, shortest, bend, quote, overserve or cues");
        } else if (arg == "--quit-after-shift") config.QuitAfterShift = true;
        else if (arg == "--screenshot" && has_value) config.Screenshot = argv[++i];
        else if (arg == "--window" && has_value) {
            if (!ParseSize(argv[++i], config.WindowWidth, config.WindowHeight) || config.WindowWidth < 200 || config.WindowHeight < 200)
                return Usage("--window takes a size such as 390x844");
        }
        else return Usage(("unknown argument " + arg).c_str());
    }
    if (config.QuitAfterShift && !config.Autoplay) return Usage("--quit-after-shift needs --autoplay");
    if (config.ReplayJson && config.Replay.empty()) return Usage("--json needs --replay");
    return moments::RunGame(config);
}
