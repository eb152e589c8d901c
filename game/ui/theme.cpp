#include "theme.h"

#include <cstdio>

namespace moments::theme {

Fonts fonts;

namespace {

constexpr float kBodySize = 20.0f, kHeadingSize = 30.0f, kSmallSize = 16.0f;

// Latin with extensions, Greek and Cyrillic, general punctuation and a few symbols.
const ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F,
                                0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2605, 0x2605,
                                0x2713, 0x2717, 0};

void ApplyStyle() {
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowPadding = ImVec2(20, 16);
    s.FramePadding = ImVec2(14, 10);
    s.ItemSpacing = ImVec2(12, 12);
    s.FrameRounding = 10.0f;
    s.WindowRounding = 0.0f;
    s.ChildRounding = 14.0f;
    s.GrabRounding = 8.0f;
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
}

} // namespace

bool Apply(const char* font_path, float pixel_ratio) {
    ApplyStyle();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.OversampleH = 1; // rasterised at device resolution already
    FILE* probe = std::fopen(font_path, "rb");
    if (probe) std::fclose(probe);
    if (!probe) {
        fonts.Body = fonts.Heading = fonts.Small = io.Fonts->AddFontDefault();
        return false;
    }
    fonts.Body = io.Fonts->AddFontFromFileTTF(font_path, kBodySize * pixel_ratio, &config, kGlyphRanges);
    fonts.Heading = io.Fonts->AddFontFromFileTTF(font_path, kHeadingSize * pixel_ratio, &config, kGlyphRanges);
    fonts.Small = io.Fonts->AddFontFromFileTTF(font_path, kSmallSize * pixel_ratio, &config, kGlyphRanges);
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
