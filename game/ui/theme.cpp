#include "theme.h"

#include "content/content_error.h"

#include <string>
#include <vector>

namespace moments::theme {

Fonts fonts;

namespace {

constexpr float kBodySize = 20.0f, kHeadingSize = 30.0f, kSmallSize = 16.0f;

// Always in the font (Noto Sans): Latin-1, general punctuation (the screens' own
// bullets and quotes) and the euro sign; the rest comes from the text in use. A
// few symbols are merged in from DejaVu Sans. Kept in step with the subsets
// made in CMakeLists.txt.
const ImWchar kBaseRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};
const ImWchar kSymbolRanges[] = {0x2190, 0x2193, 0x2212, 0x2212, 0x2605, 0x2605, 0x2713, 0x2713, 0x2717, 0x2717, 0};

void ApplyStyle() {
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowPadding = ImVec2(20, 16);
    s.FramePadding = ImVec2(14, 10);
    s.ItemSpacing = ImVec2(12, 12);
    s.FrameRounding = 10.0f;
    s.WindowRounding = 0.0f;
    s.ChildRounding = 14.0f;
    s.GrabRounding = 8.0f;
    s.ScrollbarSize = 10.0f;
    s.ScrollbarRounding = 5.0f;
    s.WindowBorderSize = 0.0f;
    s.FrameBorderSize = 0.0f;
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kInk);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(kInkSoft);
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(kPaper);
    c[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(kCard);
    c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(kAccentSoft);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.96f, 0.80f, 0.70f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.90f, 0.68f, 0.55f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.89f, 0.83f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.96f, 0.84f, 0.76f, 1.0f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.92f, 0.74f, 0.62f, 1.0f);
    c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(kAccent);
    c[ImGuiCol_PlotHistogram] = ImGui::ColorConvertU32ToFloat4(kAccent);
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(kFocus);
    c[ImGuiCol_Separator] = ImVec4(0.80f, 0.74f, 0.66f, 1.0f);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0.80f, 0.70f, 0.60f, 1.0f);
    c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(0.72f, 0.55f, 0.45f, 1.0f);
    c[ImGuiCol_ScrollbarGrabActive] = ImGui::ColorConvertU32ToFloat4(kAccent);
}

// The font files' bytes, read once (from the pack on the web): ImGui rasterises
// from them whenever the text size changes, so they live as long as the program.
struct FontFiles {
    std::string Text, Symbols;
};

const FontFiles& ReadFonts(const std::string& dir) {
    static FontFiles files;
    static bool read = false;
    if (!read) {
        std::vector<ContentError> ignored; // a missing font falls back, see Apply
        ReadTextFile(dir + "/NotoSans.ttf", files.Text, ignored);
        ReadTextFile(dir + "/Symbols.ttf", files.Symbols, ignored);
        read = true;
    }
    return files;
}

// ImGui reads font data it does not own: ours stays in FontFiles.
ImFont* AddFontBytes(const std::string& bytes, float size, ImFontConfig config, const ImWchar* ranges) {
    config.FontDataOwnedByAtlas = false;
    void* data = const_cast<char*>(bytes.data());
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), size, &config, ranges);
}

// The glyphs to rasterise: the base ranges and every character of `text`. The
// ranges must outlive the atlas build, so they stay until the next call.
const ImWchar* GlyphRanges(const std::string& text) {
    static ImVector<ImWchar> ranges;
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kBaseRanges);
    const char* end = text.data() + text.size();
    for (const char* at = text.data(); at < end;) { // ImGui's AddText, but ASCII (most text) without its decoder
        if (static_cast<unsigned char>(*at) < 0x80) {
            builder.SetBit(static_cast<unsigned char>(*at++));
            continue;
        }
        const char* run = at; // UTF-8 sequences run until the next ASCII byte
        while (at < end && static_cast<unsigned char>(*at) >= 0x80) ++at;
        builder.AddText(run, at);
    }
    ranges.clear();
    builder.BuildRanges(&ranges);
    return ranges.Data;
}

// One size of the text font with the symbols merged into it.
ImFont* AddFont(const FontFiles& files, float size, const ImWchar* ranges) {
    ImFontConfig config;
    config.OversampleH = 1; // rasterised at device resolution already
    ImFont* font = AddFontBytes(files.Text, size, config, ranges);
    if (!files.Symbols.empty()) {
        config.MergeMode = true;
        AddFontBytes(files.Symbols, size, config, kSymbolRanges);
    }
    return font;
}

} // namespace

bool HasFonts(const std::string& fonts_dir) { return !ReadFonts(fonts_dir).Text.empty(); }

bool Apply(const std::string& fonts_dir, float pixel_ratio, float text_scale, const std::string& text_in_use) {
    ApplyStyle();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const FontFiles& files = ReadFonts(fonts_dir);
    if (files.Text.empty()) {
        fonts.Body = fonts.Heading = fonts.Small = io.Fonts->AddFontDefault();
        return false;
    }
    const float scale = pixel_ratio * text_scale;
    const ImWchar* ranges = GlyphRanges(text_in_use);
    fonts.Body = AddFont(files, kBodySize * scale, ranges);
    fonts.Heading = AddFont(files, kHeadingSize * scale, ranges);
    fonts.Small = AddFont(files, kSmallSize * scale, ranges);
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.FontDefault = fonts.Body;
    return true;
}

ImU32 OutcomeColour(int outcome) {
    switch (outcome) {
    case 0: return kMisery;
    case 1: return kMediocrity;
    default: return kMagic;
    }
}

ImU32 ToneColour(Tone tone) {
    switch (tone) {
    case Tone::Ink: return 0;
    case Tone::Soft: return kInkSoft;
    case Tone::Accent: return kAccent;
    case Tone::Magic: return kMagic;
    case Tone::Mediocrity: return kMediocrity;
    case Tone::Misery: return kMisery;
    }
    return 0;
}

} // namespace moments::theme
