// The window, its GL context and ImGui set up with the game's fonts.
#include "host.h"

#include "bridge.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace moments {

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
    bridge::KeepCanvasPixels();
    h.Gl = SDL_GL_CreateContext(h.Window);
    if (!h.Gl) {
        std::fprintf(stderr, "OpenGL context failed: %s\n", SDL_GetError());
        return false;
    }
    h.KeepsPixels = bridge::CanvasKeepsPixels();
    SDL_GL_MakeCurrent(h.Window, h.Gl);
    SDL_GL_SetSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplSDL2_InitForOpenGL(h.Window, h.Gl);
    // The screens only ever show the arrow; the backend would set it on the canvas's style every
    // frame (a call into the page costing ~0.1 ms, an eighth of a frame's work).
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
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

#ifndef __EMSCRIPTEN__ // the web page simply goes away
void CloseWindow(Host& h) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(h.Gl);
    SDL_DestroyWindow(h.Window);
    SDL_Quit();
}
#endif

} // namespace moments
