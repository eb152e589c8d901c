// What the web game links but never runs, left out of the download. CMake links
// the game with --wrap for each function below (web only), so every call lands
// here and fails as its library documents failure.
//
// SDL2 is linked for its window, events and GL context only: the game draws with
// OpenGL and shows the browser's own cursors, so SDL never converts or blits a
// surface. Its video driver still refers to the software converters and blitters
// (through function tables the linker cannot see past): about 180 KB of code.
#include <SDL.h>

extern "C" {

// SDL_ConvertSurfaceFormat: no converted surface (SDL_CreateColorCursor, SDL_SetWindowIcon: unused here).
SDL_Surface* __wrap_SDL_ConvertSurfaceFormat(SDL_Surface*, Uint32, Uint32) {
    SDL_SetError("surface conversion is not built into the web game");
    return nullptr;
}

// SDL_ConvertSurface: as above.
SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, Uint32) {
    SDL_SetError("surface conversion is not built into the web game");
    return nullptr;
}

// SDL_UpperBlit (SDL_BlitSurface): the software renderer's path, never taken by a GL game.
int __wrap_SDL_UpperBlit(SDL_Surface*, const SDL_Rect*, SDL_Surface*, SDL_Rect*) { return SDL_SetError("blitting is not built into the web game"); }

// SDL_LowerBlit: as above.
int __wrap_SDL_LowerBlit(SDL_Surface*, SDL_Rect*, SDL_Surface*, SDL_Rect*) { return SDL_SetError("blitting is not built into the web game"); }

// SDL_RLESurface: run-length encoding of a surface for the software blitters
// above; without it no surface is ever encoded, so none needs decoding either.
int __wrap_SDL_RLESurface(SDL_Surface*) { return -1; }
void __wrap_SDL_UnRLESurface(SDL_Surface*, int) {}

// eglGetProcAddress: SDL asks it only for optional EGL extensions (and for
// SDL_GL_GetProcAddress, which the game never calls: WebGL functions are linked
// directly). Emscripten's own answers by a table of every GL function, which
// would keep all of them in the download.
void* __wrap_eglGetProcAddress(const char*) { return nullptr; }

// ImFontAtlas::AddFontDefault: ImGui's own ProggyClean font (about 9 KB gzip)
// is the fallback when no font is given. The web game always has its fonts in
// the asset pack, and refuses to start without them (RunGame: ReportFilesDamaged).
void* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(void*, const void*) { return nullptr; }

} // extern "C"
