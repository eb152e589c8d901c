// The autoplay bot (--autoplay): plays a shift through the keyboard, as a
// learner would, for the native smoke tests, screenshots and --quit-after-shift.
#include "host.h"

#include "app/bot.h"

#include <algorithm>
#include <cstdio>

namespace moments {

namespace {

constexpr int kAutoplayFramesPerAction = 4;     // let each screen draw before acting
constexpr int kAutoplayFrameLimit = 20000;      // a bot that gets nowhere fails loudly

// A key pressed or released, as SDL delivers one from the keyboard.
void PushKey(SDL_Scancode code, bool down) {
    SDL_Event e{};
    e.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    e.key.keysym.scancode = code;
    e.key.keysym.sym = SDL_GetKeyFromScancode(code);
    e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    SDL_PushEvent(&e);
}

// A character typed, as SDL delivers one from the keyboard.
void PushText(char ch) {
    SDL_Event e{};
    e.type = SDL_TEXTINPUT;
    e.text.text[0] = ch;
    SDL_PushEvent(&e);
}

} // namespace

// The bot plays as a keyboard user would: digits to answer, Enter to go on.
void StepAutoplay(Host& h) {
    Autoplay& bot = *h.Bot;
    if (++bot.Frame > kAutoplayFrameLimit) {
        std::fprintf(stderr, "autoplay: no debrief after %d frames\n", kAutoplayFrameLimit);
        h.ExitCode = 1;
        h.Running = false;
        return;
    }
    if (bot.EnterHeld) {
        PushKey(SDL_SCANCODE_RETURN, false);
        bot.EnterHeld = false;
        return;
    }
    if (bot.Frame % kAutoplayFramesPerAction != 0) return;
    if (!h.Config.Screenshot.empty() && h.Game.Now == Screen::Counter) return; // hold still for the picture
    const bool at_counter = h.Game.Now == Screen::Counter || h.Game.Now == Screen::Feedback;
    if (at_counter && BotKeepPromise(bot.Kind, *h.Game.Play, bot.Random) >= 0) {
        PushText('f');
        return;
    }
    switch (h.Game.Now) {
    case Screen::Title:
    case Screen::Briefing:
    case Screen::Feedback:
    case Screen::WeekSummary:
        PushKey(SDL_SCANCODE_RETURN, true);
        bot.EnterHeld = true;
        break;
    case Screen::Counter:
        if (const int pick = BotChoose(bot.Kind, *h.Game.Play, bot.Random); pick >= 0) {
            const std::vector<int> order = ResponseOrder(*h.Game.Play); // the key of the pick's place on screen
            PushText(static_cast<char>('1' + (std::find(order.begin(), order.end(), pick) - order.begin())));
        }
        break;
    case Screen::Debrief:
        if (h.Config.QuitAfterShift) {
            std::printf("%s\n", FrameViewJson(h.View).c_str());
            h.Running = false;
        } else {
            PushKey(SDL_SCANCODE_RETURN, true);
            bot.EnterHeld = true;
        }
        break;
    case Screen::Error:
        std::fprintf(stderr, "autoplay: the game opened on its error screen\n");
        h.ExitCode = 1;
        h.Running = false;
        break;
    }
}

} // namespace moments
