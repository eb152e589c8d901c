// The frame loop: input, the app's tick, the frame view, drawing when something
// changed, resting when nothing will; and RunGame, which sets it all up.
// The window: window.cpp; the autoplay bot: autoplay.cpp; their state: host.h.
#include "host.h"

#include "app/reports.h"
#include "app/replay.h"
#include "bridge.h"
#include "content/pack.h"
#include "ui/mirror.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
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

constexpr double kMaxFrameSeconds = 0.25; // beyond a planned sleep, a stalled tab never jumps the clock
constexpr int kTickingHz = 4;                   // a timer that gave no RedrawIn: redraws a second
constexpr int kWakeMarginMs = 5;                // wake just after a change is due, so the tick has passed
constexpr size_t kFrameStatsKept = 4096;        // frame work times kept for the benchmark
constexpr double kSlowFrameMs = 2.0;            // frames slower than this are listed by FrameStatsJson
constexpr size_t kSlowFramesListed = 24;

Host* g_host = nullptr;

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
    if (late == bridge::LateSave::SetAside) AppSetNotice(h.Game, SetAsideNotice());
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

// Brings the frame's view up to date with the game and the events since the last
// frame, and hands those events to the LMS.
void Look(Host& h) {
    const double seconds = static_cast<double>(SDL_GetPerformanceCounter()) / static_cast<double>(SDL_GetPerformanceFrequency());
    UpdateFrameView(h.View, h.Game, std::exchange(h.Game.Recent, {}), seconds, h.Memory);
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

// Paints what changed since the last painted frame (all of it where the canvas
// keeps no pixels) and presents it; a frame as painted is not presented at all.
void PaintChanges(Host& h, const Damage& damage) {
    if (damage.Nothing()) return;
    ImDrawData& data = *ImGui::GetDrawData();
    Paint(data, damage, ImVec4(0.98f, 0.957f, 0.918f, 1.0f));
    if (h.KeepsPixels) RememberPainted(data, h.Painted);
    TakeScreenshotWhenReady(h);
    SDL_GL_SwapWindow(h.Window);
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
    const double work_ms = MillisecondsSince(work_start);
    const Uint64 damage_start = SDL_GetPerformanceCounter();
    const bool same_screen = h.Game.Now == h.DrawnScreen; // a new screen is painted whole without comparing
    const Damage damage = h.KeepsPixels && same_screen ? FindDamage(*ImGui::GetDrawData(), h.Painted) : Damage{true, {}};
    if (h.WorkMs.size() < kFrameStatsKept) h.WorkMs.push_back({work_ms, h.Game.Now, MillisecondsSince(damage_start)});
    if (h.Pace == UiPace::Animating) Quicken(h);
    else if (h.SettleLeft == 0) RestUntilNeeded(h);
    h.DrawnScreen = h.Game.Now;
    if (mirror::Changed()) bridge::PublishMirror(mirror::FrameJson());
    PaintChanges(h, damage);

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

} // namespace

std::string FrameStatsJson() {
    if (!g_host || g_host->WorkMs.empty()) return "{\"frames\":0}";
    const auto& costs = g_host->WorkMs;
    std::vector<double> sorted, damage;
    for (const auto& c : costs) {
        sorted.push_back(c.Ms);
        damage.push_back(c.DamageMs);
    }
    std::sort(sorted.begin(), sorted.end());
    std::sort(damage.begin(), damage.end());
    const auto in = [](const std::vector<double>& v, double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))]; };
    const auto at = [&](double q) { return in(sorted, q); };
    // The slowest frame after the first (which builds the font texture and GL objects), and where it was.
    size_t slowest = 0;
    for (size_t i = 1; i < costs.size(); ++i)
        if (slowest == 0 || costs[i].Ms > costs[slowest].Ms) slowest = i;
    char text[400];
    std::snprintf(text, sizeof text,
                  "{\"frames\":%zu,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f,\"first_ms\":%.3f,"
                  "\"max_after_first_ms\":%.3f,\"max_after_first_frame\":%zu,\"max_after_first_screen\":\"%s\","
                  "\"damage_median_ms\":%.3f,\"damage_p95_ms\":%.3f,\"slow\":[",
                  sorted.size(), at(0.5), at(0.95), sorted.back(), costs[0].Ms, slowest ? costs[slowest].Ms : 0.0, slowest,
                  ScreenName(costs[slowest].Shown), in(damage, 0.5), in(damage, 0.95));
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
    host.Config.Game.Today = TodayText();
    AppInit(host.Game, host.Config.Game);
    AppRememberSettings(host.Game, config.Settings); // one tap on Start plays with the last settings
    if (config.Muted) AppApply(host.Game, {AppCommandKind::SetMuted, 1}); // the page or package starts muted
    host.Told.Remembered = AppSettingsText(host.Game); // only a change the learner makes is remembered
    // The page's own reason (English, for HR) is in its console and quarantine; the learner reads theirs.
    if (!config.SetAside.empty()) AppSetNotice(host.Game, SetAsideNotice());
    const std::string resume = config.ResumeFromPage ? bridge::TakeResumeFromPage() : config.Resume;
    if (!resume.empty() && host.Game.Problems.empty()) {
        if (const auto error = AppRestore(host.Game, resume)) {
            AppSetNotice(host.Game, Message{"notice.bad_save", {{"reason", MessageArg::Nested(*error)}}});
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
