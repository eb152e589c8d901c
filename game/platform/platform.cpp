#include "platform.h"

#include "app/reports.h"
#include "app/frame_view.h"
#include "app/replay.h"
#include "bridge.h"
#include "content/pack.h"
#include "page_cues.h"
#include "touch.h"
#include "ui/mirror.h"
#include "ui/ui.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif

namespace moments {

namespace {

// [SECTION] Host state ------------------------------------------------------------

constexpr double kMaxFrameSeconds = 0.25; // beyond a planned sleep, a stalled tab never jumps the clock
constexpr int kAutoplayFramesPerAction = 4;     // let each screen draw before acting
constexpr int kAutoplayFrameLimit = 20000;      // a bot that gets nowhere fails loudly
constexpr int kSettleFrames = 4;                // ImGui needs a few frames to settle after input
constexpr int kTickingHz = 4;                   // a timer that gave no RedrawIn: redraws a second
constexpr int kWakeMarginMs = 5;                // wake just after a change is due, so the tick has passed
constexpr size_t kFrameStatsKept = 4096;        // frame work times kept for the benchmark
constexpr double kSlowFrameMs = 2.0;            // frames slower than this are listed by FrameStatsJson
constexpr size_t kSlowFramesListed = 24;

struct Autoplay {
    BotKind Kind = BotKind::Best;
    Rng Random{2024};
    int Frame = 0;
    bool EnterHeld = false;
};

// What the font atlas depends on: the text size, and the characters in use
// (the language's, and an error screen's).
struct FontKey {
    int TextSize = 0;
    int Language = 0;
    bool Error = false;
    bool operator==(const FontKey&) const = default;
};

FontKey FontKeyOf(const App& app) { return {app.Prefs.TextSize, app.LanguageIndex, app.Now == Screen::Error}; }

struct Host {
    PlatformConfig Config;
    App Game;
    SDL_Window* Window = nullptr;
    SDL_GLContext Gl = nullptr;
    Uint64 LastCounter = 0;
    double Accumulator = 0.0;
    std::optional<Autoplay> Bot;
    std::vector<SDL_Event> HeldKeyUps; // released in the same frame as pressed: replayed next frame
    float PixelRatio = 1.0f;
    FontKey Font;                       // what the font atlas was built for
    int SettleLeft = kSettleFrames;     // frames to draw after the last input or change
    int WaitMs = 0;                     // the web loop's timer between frames (0: every display frame)
    int FrameCount = 0;
    int CounterFrames = 0;              // frames drawn at the counter, for --screenshot
    Screen DrawnScreen = Screen::Error; // what the last drawn frame showed
    struct FrameCost {
        double Ms = 0;                  // tick + UI build, in milliseconds
        Screen Shown = Screen::Title;
    };
    std::vector<FrameCost> WorkMs;      // per drawn frame, for the benchmark
    FrameMemory Memory;                 // ripples still on show
    FrameView View;                     // this frame's view: what is drawn, mirrored and reported
    UiMemory Ui;                        // what the UI remembers between frames
    UiPace Pace = UiPace::Idle;         // what the last drawn frame asked for
    std::optional<double> RedrawIn;     // and, ticking, when its next visible change is due
    TouchPointer Pointer;               // a lifted finger hovers nothing
    PageCues Told;                      // the cues and settings the page was last given
    bool Running = true;
    bool FirstFrame = true;
    int ExitCode = 0;
};

Host* g_host = nullptr;

// [SECTION] Input -----------------------------------------------------------------

void PushKey(SDL_Scancode code, bool down) {
    SDL_Event e{};
    e.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    e.key.keysym.scancode = code;
    e.key.keysym.sym = SDL_GetKeyFromScancode(code);
    e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    SDL_PushEvent(&e);
}

void PushText(char ch) {
    SDL_Event e{};
    e.type = SDL_TEXTINPUT;
    e.text.text[0] = ch;
    SDL_PushEvent(&e);
}

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

// [SECTION] Frame -------------------------------------------------------------------

// Turns the wall-clock time since the last frame into whole simulation ticks.
int TicksSinceLastFrame(Host& h) {
    const Uint64 now = SDL_GetPerformanceCounter();
    const double seconds = static_cast<double>(now - h.LastCounter) / static_cast<double>(SDL_GetPerformanceFrequency());
    h.LastCounter = now;
    h.Accumulator += std::min(seconds, kMaxFrameSeconds + h.WaitMs / 1000.0); // a planned sleep counts in full
    const int ticks = static_cast<int>(h.Accumulator * kTicksPerSecond);
    h.Accumulator -= static_cast<double>(ticks) / kTicksPerSecond;
    return ticks;
}

// ImGui 1.86 samples keys once a frame, so a key pressed and released within
// one frame (fast typists, automation) would be lost. Such a release is held
// back one frame so the press is seen.
// Returns true if anything came in (which wakes the drawing up).
bool PollEvents(Host& h) {
    std::vector<SDL_Event> held;
    held.swap(h.HeldKeyUps);
    bool any = !held.empty();
    for (SDL_Event& e : held) ImGui_ImplSDL2_ProcessEvent(&e);
    std::vector<SDL_Scancode> pressed;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        any = true;
        if (event.type == SDL_KEYDOWN) pressed.push_back(event.key.keysym.scancode);
        if (event.type == SDL_KEYUP && std::find(pressed.begin(), pressed.end(), event.key.keysym.scancode) != pressed.end()) {
            h.HeldKeyUps.push_back(event);
            continue;
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        FollowTouch(h.Pointer, event);
        if (event.type == SDL_QUIT) h.Running = false;
#ifndef NDEBUG
        if (event.type == SDL_KEYDOWN && event.key.keysym.scancode == SDL_SCANCODE_F12) h.Ui.Debug = !h.Ui.Debug; // the debug overlay
#endif
    }
    return any;
}

// Lets the machine rest between frames that need not be drawn. Natively: sleep
// until input or the next tick. On the web: at Ticking pace run on a timer that
// wakes when the next visible change is due (a timer's next whole second) instead
// of every display frame, and when idle stop the loop entirely (the page restarts
// it on the next input: see web/main.js).
void RestUntilNeeded(Host& h) {
#ifdef __EMSCRIPTEN__
    if (h.SettleLeft > 0) return;
    if (h.Pace == UiPace::Idle) {
        emscripten_pause_main_loop();
        bridge::NotePaused();
    }
    if (h.Pace == UiPace::Ticking) {
        const int wait = h.RedrawIn ? std::max(1, static_cast<int>(std::ceil(*h.RedrawIn * 1000.0)) + kWakeMarginMs) : 1000 / kTickingHz;
        if (wait != h.WaitMs) emscripten_set_main_loop_timing(EM_TIMING_SETTIMEOUT, wait);
        h.WaitMs = wait;
    }
#else
    (void)h;
    SDL_WaitEventTimeout(nullptr, 1000 / 60);
#endif
}

// Back to one frame per display refresh, for input and animation.
void Quicken(Host& h) {
#ifdef __EMSCRIPTEN__
    if (h.WaitMs != 0) emscripten_set_main_loop_timing(EM_TIMING_RAF, 1);
#endif
    h.WaitMs = 0;
}

// Draws only when something changed or moves: input, a new screen, the game's
// events, or the pace the UI asked for. Otherwise the frame costs next to nothing.
bool ShouldDraw(Host& h, bool input) {
    if (input || h.Game.Now != h.DrawnScreen || !h.View.Events.empty() || h.Bot) {
        Quicken(h);
        h.SettleLeft = kSettleFrames;
    }
    if (h.SettleLeft > 0) {
        --h.SettleLeft;
        return true;
    }
    return h.Pace != UiPace::Idle;
}

// Rebuilds the font atlas (and its GL texture) when the text size or the text in use changes.
void FollowText(Host& h) {
    if (FontKeyOf(h.Game) == h.Font) return;
    h.Font = FontKeyOf(h.Game);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    UiSetup(h.Config.Game.AssetsDir, h.PixelRatio, h.Font.TextSize, TextInUse(h.Game));
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Tells the LMS what happened this frame: each choice, progress after each
// customer, the result when a shift ends.
void ReportToLms(const App& app, const std::vector<Event>& events) {
    bool save = false, result = false;
    for (const Event& e : events) {
        if (const auto choice = ReportChoice(app, e)) bridge::RecordChoice(ToJson(*choice));
        save |= e.Kind == EventKind::EncounterResolved || e.Kind == EventKind::PromiseKept || e.Kind == EventKind::PromiseBroken;
        result |= e.Kind == EventKind::ShiftEnded;
    }
    if (save || result) bridge::SaveProgress(AppSave(app));
    if (result)
        if (const auto r = ReportResult(app)) bridge::RecordResult(r->Score, r->Passed, r->Completed);
}

// Carries out what the game asked of the platform.
void ServeRequests(Host& h) {
    for (const Request& r : h.Game.Outbox)
        if (r.Kind == RequestKind::SaveFile) bridge::SaveFile(r.Name, r.Content);
        else if (r.Kind == RequestKind::FetchLanguage) bridge::FetchLanguage(r.Name);
    h.Game.Outbox.clear();
}

// What the learner reads when the page kept aside a save it could not read (the
// page's own reason, in English for HR, is in its console and quarantine).
Message SetAsideNotice() { return Message{"notice.bad_save", {{"reason", MessageArg::Nested({"error.save.unreadable", {}})}}}; }

// A save the LMS handed over after the game started: taken if nothing was
// decided yet, else kept aside (the learner's choices here are never replaced).
// Returns whether what is shown changed.
bool RestoreArrivedLate(Host& h, bridge::LateSave late) {
    if (late == bridge::LateSave::SetAside) h.Game.Notice = SetAsideNotice();
    if (late != bridge::LateSave::Arrived) return late == bridge::LateSave::SetAside;
    const std::string text = bridge::TakeResumeFromPage();
    if (text.empty() || !h.Game.Problems.empty()) return false;
    const auto refused = AppRestoreArrivedLate(h.Game, text);
    if (refused) bridge::Quarantine(text, Render(EnglishText(), *refused));
    return !refused;
}

// A control the accessible mirror activated does what pressing it on the canvas does.
bool ApplyMirrorActivation(Host& h) {
    const std::string id = mirror::TakeActivation();
    const Control* control = id.empty() ? nullptr : FindControl(h.View, id);
    if (control) AppApply(h.Game, control->Command);
    return control != nullptr;
}

// Builds this frame's view from the game and the events since the last one, and
// hands those events to the LMS.
void Look(Host& h) {
    const double seconds = static_cast<double>(SDL_GetPerformanceCounter()) / static_cast<double>(SDL_GetPerformanceFrequency());
    h.View = BuildFrameView(h.Game, std::exchange(h.Game.Recent, {}), seconds, h.Memory);
    ReportToLms(h.Game, h.View.Events);
    TellPage(h.Game, h.View, h.Told);
}

double MillisecondsSince(Uint64 start) {
    return 1000.0 * static_cast<double>(SDL_GetPerformanceCounter() - start) / static_cast<double>(SDL_GetPerformanceFrequency());
}

#ifndef __EMSCRIPTEN__
// Saves what was just drawn as a 24-bit BMP (rows flipped: GL reads bottom-up).
bool SaveScreenshot(SDL_Window* window, const std::string& path) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window, &w, &h);
    std::vector<unsigned char> rows(static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, rows.data());
    SDL_Surface* image = SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24);
    if (!image) return false;
    for (int y = 0; y < h; ++y)
        std::copy_n(&rows[static_cast<size_t>(h - 1 - y) * static_cast<size_t>(w) * 3], static_cast<size_t>(w) * 3,
                    static_cast<unsigned char*>(image->pixels) + static_cast<ptrdiff_t>(y) * image->pitch);
    const bool saved = SDL_SaveBMP(image, path.c_str()) == 0;
    SDL_FreeSurface(image);
    return saved;
}
#endif

// With --screenshot: once the counter has been drawn for a few frames, saves it and ends the program.
// Native only: the browser tests take the web build's pictures, and the download carries no SDL surface code.
void TakeScreenshotWhenReady(Host& h) {
#ifdef __EMSCRIPTEN__
    (void)h;
#else
    constexpr int kScreenshotFrames = 12; // counter frames drawn before the screenshot: layout settled
    if (h.Config.Screenshot.empty() || h.DrawnScreen != Screen::Counter || h.Pace == UiPace::Animating) return; // the customer still walking up
    if (++h.CounterFrames < kScreenshotFrames) return;
    if (!SaveScreenshot(h.Window, h.Config.Screenshot)) {
        std::fprintf(stderr, "moments: could not save the screenshot to %s: %s\n", h.Config.Screenshot.c_str(), SDL_GetError());
        h.ExitCode = 1;
    }
    h.Running = false;
#endif
}

void Frame() {
    Host& h = *g_host;
    ++h.FrameCount;
    const bool input = PollEvents(h);
    FollowText(h);
    const Uint64 work_start = SDL_GetPerformanceCounter();
    // What the page said counts as input when it changes what is shown (a notice, a language).
    const auto shown_notices = h.Game.PageNotices;
    const int shown_language = h.Game.LanguageIndex;
    for (const auto& [topic, key] : bridge::TakePageNotices()) {
        if (topic == bridge::kLanguageArrived) AppLanguageArrived(h.Game, key);
        else AppSetPageNotice(h.Game, topic, key);
    }
    bool noticed = h.Game.PageNotices != shown_notices || h.Game.LanguageIndex != shown_language;
    noticed |= RestoreArrivedLate(h, bridge::TakeLateSave());
    const bool activated = ApplyMirrorActivation(h);
    const float swiped = TakeScroll(); // the page's swipe and its momentum
    h.Ui.ScrollBy += swiped;
    AppTick(h.Game, TicksSinceLastFrame(h));
    if (h.Bot) StepAutoplay(h);
    Look(h);
    if (!ShouldDraw(h, input || activated || noticed || swiped != 0.0f)) {
        ServeRequests(h);
        RestUntilNeeded(h);
        return;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    HideLiftedPointer(h.Pointer);
    ImGui::NewFrame();
    mirror::BeginFrame();
    const UiFrame drawn = DrawUi(h.View, h.Ui);
    h.Pace = drawn.Pace;
    h.RedrawIn = drawn.RedrawIn;
    mirror::EndFrame();
    ImGui::Render();
    if (h.Pace == UiPace::Animating) Quicken(h);
    else if (h.SettleLeft == 0) RestUntilNeeded(h);
    if (h.WorkMs.size() < kFrameStatsKept) h.WorkMs.push_back({MillisecondsSince(work_start), h.Game.Now});
    h.DrawnScreen = h.Game.Now;
    if (mirror::Changed()) bridge::PublishMirror(mirror::FrameJson());
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.98f, 0.957f, 0.918f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    TakeScreenshotWhenReady(h);
    SDL_GL_SwapWindow(h.Window);

    for (const AppCommand& c : drawn.Commands) AppApply(h.Game, c);
    ServeRequests(h);
    if (h.FirstFrame) {
        h.FirstFrame = false;
        bridge::NotifyReady();
    }
#ifdef __EMSCRIPTEN__
    if (!h.Running) emscripten_cancel_main_loop();
#endif
}

// [SECTION] Set-up ------------------------------------------------------------------

// The date for the certificate, read here because the game itself reads no clock.
std::string TodayText() {
    const std::time_t now = std::time(nullptr);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", std::localtime(&now));
    return text;
}

bool OpenWindow(Host& h) {
#ifdef __EMSCRIPTEN__
    // Keys reach the game only while its canvas has focus, so keys pressed in
    // the page's accessible mirror (or an LMS frame) are not played twice.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
#endif
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return false;
    }
#ifdef __EMSCRIPTEN__
    const char* glsl = "#version 300 es";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    const char* glsl = "#version 130";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    h.Window = SDL_CreateWindow("Moments of Truth", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, h.Config.WindowWidth, h.Config.WindowHeight, flags);
    if (!h.Window) {
        std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
        return false;
    }
    h.Gl = SDL_GL_CreateContext(h.Window);
    if (!h.Gl) {
        std::fprintf(stderr, "OpenGL context failed: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(h.Window, h.Gl);
    SDL_GL_SetSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplSDL2_InitForOpenGL(h.Window, h.Gl);
    ImGui_ImplOpenGL3_Init(glsl);
    int window_w = 0, drawable_w = 0, unused = 0;
    SDL_GetWindowSize(h.Window, &window_w, &unused);
    SDL_GL_GetDrawableSize(h.Window, &drawable_w, &unused);
    h.PixelRatio = window_w > 0 ? std::max(1.0f, static_cast<float>(drawable_w) / static_cast<float>(window_w)) : 1.0f;
    h.Font = FontKeyOf(h.Game);
    if (!UiSetup(h.Config.Game.AssetsDir, h.PixelRatio, h.Font.TextSize, TextInUse(h.Game)))
        std::fprintf(stderr, "moments: font missing in %s/fonts; using ImGui's built-in font\n", h.Config.Game.AssetsDir.c_str());
    return true;
}

#ifndef __EMSCRIPTEN__
void CloseWindow(Host& h) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(h.Gl);
    SDL_DestroyWindow(h.Window);
    SDL_Quit();
}
#endif

} // namespace

std::string FrameStatsJson() {
    if (!g_host || g_host->WorkMs.empty()) return "{\"frames\":0}";
    const auto& costs = g_host->WorkMs;
    std::vector<double> sorted;
    for (const auto& c : costs) sorted.push_back(c.Ms);
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) { return sorted[std::min(sorted.size() - 1, static_cast<size_t>(q * static_cast<double>(sorted.size())))]; };
    // The slowest frame after the first (which builds the font texture and GL objects), and where it was.
    size_t slowest = 0;
    for (size_t i = 1; i < costs.size(); ++i)
        if (slowest == 0 || costs[i].Ms > costs[slowest].Ms) slowest = i;
    char text[320];
    std::snprintf(text, sizeof text,
                  "{\"frames\":%zu,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f,\"first_ms\":%.3f,"
                  "\"max_after_first_ms\":%.3f,\"max_after_first_frame\":%zu,\"max_after_first_screen\":\"%s\",\"slow\":[",
                  sorted.size(), at(0.5), at(0.95), sorted.back(), costs[0].Ms, slowest ? costs[slowest].Ms : 0.0, slowest,
                  ScreenName(costs[slowest].Shown));
    std::string json = text;
    for (size_t i = 0, listed = 0; i < costs.size() && listed < kSlowFramesListed; ++i) // where the spikes are: frame, screen, ms
        if (costs[i].Ms > kSlowFrameMs) {
            std::snprintf(text, sizeof text, "%s[%zu,\"%s\",%.1f]", listed++ ? "," : "", i, ScreenName(costs[i].Shown), costs[i].Ms);
            json += text;
        }
    return json + "]}";
}

int RunGame(const PlatformConfig& config) {
#ifndef __EMSCRIPTEN__
    if (!config.Replay.empty()) return RunReplay(config.Game, bridge::UnpackStoredSave(config.Replay), config.ReplayJson);
#endif
    static Host host; // lives for the whole program: the web main loop outlives this call
    g_host = &host;
    host.Config = config;
#ifdef __EMSCRIPTEN__
    UsePacksOnly(); // no file system: what the page mounted is all there is
    host.Config.Game.FetchLanguages = true; // the page mounts the chosen language's pack; others come when chosen
#endif
    AppInit(host.Game, host.Config.Game);
    host.Game.Today = TodayText();
    AppRememberSettings(host.Game, config.Settings); // one tap on Start plays with the last settings
    if (config.Muted) host.Game.Prefs.Muted = true;
    host.Told.Remembered = AppSettingsText(host.Game); // only a change the learner makes is remembered
    // The page's own reason (English, for HR) is in its console and quarantine; the learner reads theirs.
    if (!config.SetAside.empty()) host.Game.Notice = SetAsideNotice();
    const std::string resume = config.ResumeFromPage ? bridge::TakeResumeFromPage() : config.Resume;
    if (!resume.empty() && host.Game.Problems.empty()) {
        if (const auto error = AppRestore(host.Game, resume)) {
            host.Game.Notice = Message{"notice.bad_save", {{"reason", MessageArg::Nested(*error)}}};
            bridge::Quarantine(resume, Render(EnglishText(), *error)); // for trainers and logs
        }
    }
    for (const ContentError& problem : host.Game.Problems) std::fprintf(stderr, "%s\n", Describe(problem).c_str());
    if (config.Autoplay) host.Bot = Autoplay{*config.Autoplay};
    bridge::Attach(&host.View);
#ifdef __EMSCRIPTEN__
    if (!UiHasFonts(config.Game.AssetsDir)) { // the web build leaves ImGui's fallback font out (web_link_trim.cpp)
        bridge::ReportFilesDamaged("fonts");
        return 1;
    }
#endif
    if (!OpenWindow(host)) {
        bridge::ReportGraphicsUnavailable();
        return 1;
    }
    host.LastCounter = SDL_GetPerformanceCounter();
#ifdef __EMSCRIPTEN__
    emscripten_set_main_loop(Frame, 0, true);
#else
    while (host.Running) Frame();
    CloseWindow(host);
#endif
    return host.ExitCode;
}

} // namespace moments

// The page had input for the game (a tap on a mirror control, a swipe, a key): the
// next frame comes at the next display refresh, not when a ticking timer is due.
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
void moments_wake_now() {
    if (!moments::g_host) return;
    moments::Quicken(*moments::g_host);
#ifdef __EMSCRIPTEN__
    emscripten_pause_main_loop(); // drops the timer already set; resuming schedules the next display frame
    emscripten_resume_main_loop();
#endif
}
}
