// What the game tells the page around it (and, natively, the log). On the web
// each call checks the page provides the hook and logs if not; the page reads
// the debug view through the exported moments_state_json().
#pragma once
#include "app/frame_view.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace moments::bridge {

// Makes `view` (the host's view of the current frame) what window.moments.state() describes.
void Attach(const FrameView* view);

// The first frame is on screen: the page can drop its loading indicator.
void NotifyReady();

// The game cannot draw (no WebGL 2 context): the page explains instead of a blank canvas.
void ReportGraphicsUnavailable();
// The page's game files lack something the game cannot start without (web: "fonts").
void ReportFilesDamaged(const char* what);

// [SECTION] LMS: forwarded to the page's MomentsLMS adapter (web/lms.js) when
// present; natively written to the log. None of these ever fail the game.
void SaveProgress(const std::string& save_text);
void RecordChoice(const std::string& choice_json);
void RecordResult(int score, bool passed, bool completed);
// Keeps a save that could not be restored aside, so nothing is lost.
void Quarantine(const std::string& save_text, const std::string& reason);

// The save the page kept for this launch (web: handed over on the heap, never
// on the stack or the command line; natively ""). The page lets go of it.
std::string TakeResumeFromPage();

// What the page handed over once the game had started (a slow LRS; see
// moments_resume_arrived and AppRestoreArrivedLate), once: then None again.
enum class LateSave : uint8_t { None, Arrived, SetAside };
LateSave TakeLateSave();

// What the page told the game since the last call: (topic, key) notices such as
// ("lrs", "offline"), in order (see AppSetPageNotice).
std::vector<std::pair<std::string, std::string>> TakePageNotices();
void AddPageNotice(const char* topic, const char* key);

// Asks that the canvas keep its pixels between frames (WebGL's preserveDrawingBuffer),
// so a frame can repaint only what changed (see damage.h); call before the GL context
// is made. Returns whether the context made afterwards does (natively: false).
void KeepCanvasPixels();
bool CanvasKeepsPixels();

// The web loop is paused until input: the page may resume it (and only then).
void NotePaused();

// The learner's settings changed (AppSettingsText): the page remembers them for the next launch.
void RememberSettings(const std::string& settings);

// This frame's sound cues for the page to play (web/sound.js): a JSON array of
// {"event": name, "outcome": name, "reach": people}, the FrameView's events plus
// "customer_arrived". Natively there is no sound.
void PlayCues(const std::string& cues_json);

// Hands the page the accessible mirror of the frame just drawn (JSON, see ui/mirror.h).
void PublishMirror(const std::string& json);

// Saves a file for the player: a download in the browser, a file in the
// working directory natively. Returns where it went (for the log).
std::string SaveFile(const std::string& name, const std::string& content);

// Native only (zlib), for `moments --replay` on a save copied from an LMS report:
// a save as an LMS stores it (web/lms-store.js: "m1:" + base64url of raw DEFLATE,
// or "m0:" + the text) back to the game's save text; other text comes back as it
// is. (On the web the page decodes saves itself.)
std::string UnpackStoredSave(const std::string& stored);

// Asks the page for a language's pack (assets.<code>.pack.gz, its venue translations).
// The page mounts it and then sends the notice (kLanguageArrived, code); natively
// every file is on disk, so this is never asked.
void FetchLanguage(const std::string& code);
inline constexpr const char* kLanguageArrived = "language_arrived";

} // namespace moments::bridge
