// Moments of Truth: reads the command line and hands over to the platform.
//   --seed N            seed of the first shift (default 1)
//   --venue FILE        play this venue file instead of the shipped ones
//   --assets DIR        where venues/, locales/ and fonts/ are (default "assets")
//   --autoplay KIND     best | worst | random: a bot plays through the real UI
//   --quit-after-shift  with --autoplay: print the final state and exit at the debrief
#include "platform/platform.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

int Usage(const char* problem) {
    std::fprintf(stderr, "moments: %s\nusage: moments [--seed N] [--venue FILE] [--assets DIR] "
                         "[--autoplay best|worst|random] [--quit-after-shift]\n", problem);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    moments::PlatformConfig config;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--seed" && has_value) config.Game.Seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--venue" && has_value) config.Game.VenueFile = argv[++i];
        else if (arg == "--assets" && has_value) config.Game.AssetsDir = argv[++i];
        else if (arg == "--autoplay" && has_value) {
            config.Autoplay = moments::BotFromName(argv[++i]);
            if (!config.Autoplay) return Usage("--autoplay takes best, worst or random");
        } else if (arg == "--quit-after-shift") config.QuitAfterShift = true;
        else return Usage(("unknown argument " + arg).c_str());
    }
    if (config.QuitAfterShift && !config.Autoplay) return Usage("--quit-after-shift needs --autoplay");
    return moments::RunGame(config);
}
