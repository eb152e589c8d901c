#include "theme.h"

#include <cstdio>
#include <string>

namespace moments::theme {

Fonts fonts;

namespace {

constexpr float kBodySize = 20.0f, kHeadingSize = 30.0f, kSmallSize = 16.0f;

// Latin with extensions, Greek and Cyrillic, general punctuation and the euro sign
// (Noto Sans), plus a few symbols merged in from DejaVu Sans. Kept in step with
// the subsets made in CMakeLists.txt.
const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};
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

bool FileExists(const std::string& path) {
    FILE* probe = std::fopen(path.c_str(), "rb");
    if (probe) std::fclose(probe);
    return probe != nullptr;
}

// One size of the text font with the symbols merged into it.
ImFont* AddFont(const std::string& dir, float size) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.OversampleH = 1; // rasterised at device resolution already
    ImFont* font = io.Fonts->AddFontFromFileTTF((dir + "/NotoSans.ttf").c_str(), size, &config, kTextRanges);
    if (FileExists(dir + "/Symbols.ttf")) {
        config.MergeMode = true;
        io.Fonts->AddFontFromFileTTF((dir + "/Symbols.ttf").c_str(), size, &config, kSymbolRanges);
    }
    return font;
}

} // namespace

bool Apply(const std::string& fonts_dir, float pixel_ratio, float text_scale) {
    ApplyStyle();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    if (!FileExists(fonts_dir + "/NotoSans.ttf")) {
        fonts.Body = fonts.Heading = fonts.Small = io.Fonts->AddFontDefault();
        return false;
    }
    const float scale = pixel_ratio * text_scale;
    fonts.Body = AddFont(fonts_dir, kBodySize * scale);
    fonts.Heading = AddFont(fonts_dir, kHeadingSize * scale);
    fonts.Small = AddFont(fonts_dir, kSmallSize * scale);
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

} // namespace moments::theme
