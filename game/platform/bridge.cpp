#include "bridge.h"

#include "app/frame_view.h"
#include "content/pack.h"
#include "platform.h"
#include "ui/mirror.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <zlib.h>
#endif
#ifdef __EMSCRIPTEN__

// Calls the page's hook if it exists; a page without it is not an error.
EM_JS(void, moments_page_ready, (), {
    if (typeof Module['onGameReady'] === 'function') Module['onGameReady']();
    else console.log('moments: page has no onGameReady hook');
});

EM_JS(void, moments_page_files_damaged, (const char* what), {
    if (typeof Module['onFilesDamaged'] === 'function') Module['onFilesDamaged'](UTF8ToString(what));
});

EM_JS(void, moments_page_no_graphics, (), {
    if (typeof Module['onGraphicsUnavailable'] === 'function') Module['onGraphicsUnavailable']();
});

// Each LMS call checks the adapter is there and swallows its failures: an
// absent or broken LMS must never stop the game.
EM_JS(void, moments_lms_save, (const char* text), {
    try { if (window['MomentsLMS']) window['MomentsLMS']['saveProgress'](UTF8ToString(text)); }
    catch (e) { console.warn('moments: saving progress failed', e); }
});
EM_JS(void, moments_lms_choice, (const char* json), {
    try { if (window['MomentsLMS']) window['MomentsLMS']['recordChoice'](JSON.parse(UTF8ToString(json))); }
    catch (e) { console.warn('moments: recording a choice failed', e); }
});
EM_JS(void, moments_lms_result, (int score, int passed, int completed), {
    try { if (window['MomentsLMS']) window['MomentsLMS']['recordResult']({'score': score, 'passed': !!passed, 'completed': !!completed}); }
    catch (e) { console.warn('moments: recording the result failed', e); }
});
EM_JS(void, moments_lms_quarantine, (const char* text, const char* reason), {
    try { if (window['MomentsLMS']) window['MomentsLMS']['quarantine'](UTF8ToString(text), UTF8ToString(reason)); }
    catch (e) { console.warn('moments: keeping the bad save aside failed', e); }
});

// The page's save for this launch, copied onto the heap (the caller frees it), or 0.
EM_JS(char*, moments_page_take_resume, (), {
    var text = Module['resumeSave'];
    Module['resumeSave'] = null;
    if (typeof text !== 'string' || !text) return 0;
    var size = lengthBytesUTF8(text) + 1;
    var at = _malloc(size);
    if (at) stringToUTF8(text, at, size);
    return at;
});

// Every WebGL context made on the game's canvas keeps its drawing buffer between frames.
EM_JS(void, moments_page_keep_pixels, (), {
    var canvas = Module['canvas'];
    var make = canvas.getContext.bind(canvas);
    canvas.getContext = function(type, attributes) { return make(type, Object.assign({}, attributes, {'preserveDrawingBuffer': true})); };
});
EM_JS(int, moments_page_keeps_pixels, (), {
    var gl = Module['canvas'].getContext('webgl2');
    return gl && gl.getContextAttributes()['preserveDrawingBuffer'] ? 1 : 0;
});

// Tells the page the loop rests, so its input handlers know to wake it.
EM_JS(void, moments_page_paused, (), { Module['gamePaused'] = true; });

EM_JS(void, moments_page_settings, (const char* text), {
    if (typeof Module['onSettings'] === 'function') Module['onSettings'](UTF8ToString(text));
});
EM_JS(void, moments_page_cues, (const char* json), {
    if (typeof Module['onCues'] === 'function') Module['onCues'](JSON.parse(UTF8ToString(json)));
});

// The page rebuilds its DOM mirror of the canvas from this.
EM_JS(void, moments_page_mirror, (const char* json), {
    if (typeof Module['onMirror'] === 'function') Module['onMirror'](UTF8ToString(json));
});

// Offers text to the player as a download.
EM_JS(void, moments_page_download, (const char* name, const char* content), {
    if (typeof Module['onDownload'] === 'function') Module['onDownload'](UTF8ToString(name), UTF8ToString(content));
    else console.log('moments: page has no onDownload hook');
});

EM_JS(void, moments_page_fetch_language, (const char* code), {
    if (typeof Module['onFetchLanguage'] === 'function') Module['onFetchLanguage'](UTF8ToString(code));
});
#endif

namespace moments::bridge {

namespace {
const FrameView* g_view = nullptr;
LateSave g_late_save = LateSave::None; // what the page handed over after the game started
std::vector<std::pair<std::string, std::string>> g_page_notices; // from the page, not yet applied
} // namespace

// Keeps a notice for the next frame (see moments_page_notice below).
void AddPageNotice(const char* topic, const char* key) { g_page_notices.emplace_back(topic ? topic : "", key ? key : ""); }

std::vector<std::pair<std::string, std::string>> TakePageNotices() { return std::exchange(g_page_notices, {}); }

LateSave TakeLateSave() { return std::exchange(g_late_save, LateSave::None); }

std::string TakeResumeFromPage() {
#ifdef __EMSCRIPTEN__
    char* text = moments_page_take_resume();
    if (!text) return "";
    std::string out(text);
    std::free(text);
    return out;
#else
    return "";
#endif
}

void Attach(const FrameView* view) { g_view = view; }

void NotifyReady() {
#ifdef __EMSCRIPTEN__
    moments_page_ready();
#else
    std::fprintf(stderr, "moments: first frame drawn\n");
#endif
}

#ifdef __EMSCRIPTEN__
void ReportGraphicsUnavailable() { moments_page_no_graphics(); }
void ReportFilesDamaged(const char* what) { moments_page_files_damaged(what); }
void NotePaused() { moments_page_paused(); }
void KeepCanvasPixels() { moments_page_keep_pixels(); }
bool CanvasKeepsPixels() { return moments_page_keeps_pixels() != 0; }
void PublishMirror(const std::string& json) { moments_page_mirror(json.c_str()); }
void RememberSettings(const std::string& settings) { moments_page_settings(settings.c_str()); }
void PlayCues(const std::string& cues_json) { moments_page_cues(cues_json.c_str()); }
void SaveProgress(const std::string& text) { moments_lms_save(text.c_str()); }
void RecordChoice(const std::string& json) { moments_lms_choice(json.c_str()); }
void RecordResult(int score, bool passed, bool completed) { moments_lms_result(score, passed, completed); }
void Quarantine(const std::string& text, const std::string& reason) { moments_lms_quarantine(text.c_str(), reason.c_str()); }
#else
void ReportGraphicsUnavailable() { std::fprintf(stderr, "moments: no OpenGL 3 context, so nothing can be drawn\n"); }
void ReportFilesDamaged(const char* what) { std::fprintf(stderr, "moments: the game files lack their %s\n", what); }
void NotePaused() {}
void KeepCanvasPixels() {} // natively a swap leaves the back buffer undefined: every frame is painted whole
bool CanvasKeepsPixels() { return false; }
void PublishMirror(const std::string&) {} // natively the screen reader story is the OS's, not ours
void RememberSettings(const std::string&) {} // natively each launch starts from the command line
void PlayCues(const std::string&) {}
void SaveProgress(const std::string& text) { std::fprintf(stderr, "lms: save %s\n", text.c_str()); }
void RecordChoice(const std::string& json) { std::fprintf(stderr, "lms: choice %s\n", json.c_str()); }
void RecordResult(int score, bool passed, bool completed) {
    std::fprintf(stderr, "lms: result score=%d passed=%d completed=%d\n", score, passed, completed);
}
void Quarantine(const std::string& text, const std::string& reason) {
    std::fprintf(stderr, "lms: kept aside a save that could not be restored (%s): %s\n", reason.c_str(), text.c_str());
}
#endif

void FetchLanguage(const std::string& code) {
#ifdef __EMSCRIPTEN__
    moments_page_fetch_language(code.c_str());
#else
    std::fprintf(stderr, "moments: no translations of %s on disk\n", code.c_str());
#endif
}

std::string SaveFile(const std::string& name, const std::string& content) {
#ifdef __EMSCRIPTEN__
    moments_page_download(name.c_str(), content.c_str());
    return "download " + name;
#else
    std::ofstream(name, std::ios::binary) << content;
    std::fprintf(stderr, "moments: saved %s\n", name.c_str());
    return name;
#endif
}

#ifndef __EMSCRIPTEN__
std::string UnpackStoredSave(const std::string& stored) {
    if (stored.rfind("m0:", 0) == 0) return stored.substr(3);
    if (stored.rfind("m1:", 0) == 0) {
        std::string bytes; // base64url, unpadded
        uint32_t bits = 0;
        int count = 0;
        for (char ch : stored.substr(3)) {
            const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            const char* at = std::strchr(digits, ch);
            if (!ch || !at) return stored; // not ours: the replay says why
            bits = bits << 6 | static_cast<uint32_t>(at - digits);
            if ((count += 6) >= 8) bytes += static_cast<char>(bits >> (count -= 8) & 0xFF);
        }
        z_stream z{};
        if (inflateInit2(&z, -15) != Z_OK) return stored; // raw DEFLATE, as CompressionStream("deflate-raw") writes
        std::string text(kMaxSnapshotChars + 1, '\0'); // a longer save is refused anyway: no bombs
        z.next_in = reinterpret_cast<Bytef*>(bytes.data());
        z.avail_in = static_cast<uInt>(bytes.size());
        z.next_out = reinterpret_cast<Bytef*>(text.data());
        z.avail_out = static_cast<uInt>(text.size());
        const int result = inflate(&z, Z_FINISH);
        text.resize(text.size() - z.avail_out);
        inflateEnd(&z);
        return result == Z_STREAM_END ? text : stored;
    }
    return stored;
}
#endif

} // namespace moments::bridge

// The page activates the control with this id (a DOM button of the mirror was pressed).
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
void moments_mirror_activate(const char* id) { moments::mirror::Activate(id ? id : ""); }
}

// The page tells the game what the learner should know about their progress
// (topic and key, e.g. "lrs" and "offline"; an empty key clears the topic).
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
void moments_page_notice(const char* topic, const char* key) { moments::bridge::AddPageNotice(topic, key); }
}

// The LRS answered after the game had started: the page put its save in
// Module.resumeSave (the next frame restores it if nothing was decided yet), or
// kept aside what could not be a save (set_aside != 0: the learner is told).
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
void moments_resume_arrived(int set_aside) {
    moments::bridge::g_late_save = set_aside ? moments::bridge::LateSave::SetAside : moments::bridge::LateSave::Arrived;
}
}

// Frame work statistics for the benchmark (see platform.h).
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
const char* moments_frame_stats_json() {
    static std::string last;
    last = moments::FrameStatsJson();
    return last.c_str();
}
}

// The page hands over the asset pack (see content/pack.h) before main() runs.
// Returns "" once mounted, else why the pack is unusable.
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
const char* moments_mount_pack(const char* bytes, int size) {
    static std::string problem;
    const auto refused = moments::MountPack(std::string_view(bytes, static_cast<size_t>(std::max(size, 0))), "assets");
    problem = refused ? moments::Render(moments::EnglishText(), *refused) : ""; // the page's own text is English too
    return problem.c_str();
}
}

// The debug view as JSON, for window.moments.state(). The pointer stays valid
// until the next call.
extern "C" {
#ifdef __EMSCRIPTEN__
EMSCRIPTEN_KEEPALIVE
#endif
const char* moments_state_json() {
    static std::string last;
    last = moments::bridge::g_view ? moments::FrameViewJson(*moments::bridge::g_view) : "{}";
    return last.c_str();
}
}
