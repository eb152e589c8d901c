// Repainting only what changed (game/platform/damage.h): ImGui frames built
// headless, compared as the platform compares them before painting.
#include "platform/damage.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace moments;

namespace {

// An ImGui context with its default font and a 400x300 display, for the test's life.
struct Headless {
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(400, 300);
        io.IniFilename = nullptr;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    }
    ~Headless() { ImGui::DestroyContext(); }
};

// Where an item was drawn, as a rectangle (x, y = min; z, w = max).
ImVec4 LastItem() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x, b.y};
}

// One frame of a counter-like window: a caption near the top, a line near the bottom.
struct Drawn {
    ImVec4 Caption, Line;
};
Drawn Frame(const std::string& caption, bool second_window = false) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("counter", nullptr, ImGuiWindowFlags_NoDecoration);
    Drawn d;
    ImGui::TextUnformatted(caption.c_str());
    d.Caption = LastItem();
    ImGui::SetCursorPosY(260);
    ImGui::TextUnformatted("What do you say?");
    d.Line = LastItem();
    ImGui::End();
    if (second_window) {
        ImGui::SetNextWindowPos(ImVec2(200, 100));
        ImGui::Begin("notice");
        ImGui::TextUnformatted("Saved");
        ImGui::End();
    }
    ImGui::Render();
    return d;
}

// The canvas after painting a frame with this caption.
PaintedFrame PaintedWith(const std::string& caption) {
    Frame(caption);
    PaintedFrame painted;
    RememberPainted(*ImGui::GetDrawData(), painted);
    return painted;
}

bool Inside(const ImVec4& inner, const ImVec4& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.z <= outer.z && inner.w <= outer.w;
}
bool Overlap(const ImVec4& a, const ImVec4& b) { return a.x < b.z && b.x < a.z && a.y < b.w && b.y < a.w; }

} // namespace

TEST_CASE("nothing painted yet: the first frame is painted whole") {
    Headless imgui;
    Frame("Patience 40 s");
    PaintedFrame painted;
    CHECK(FindDamage(*ImGui::GetDrawData(), painted).Everything);
}

TEST_CASE("a frame as painted is not painted again") {
    Headless imgui;
    const PaintedFrame painted = PaintedWith("Patience 40 s");
    Frame("Patience 40 s");
    CHECK(FindDamage(*ImGui::GetDrawData(), painted).Nothing());
}

TEST_CASE("a timer's caption that changes is repainted alone, not the rest of the window") {
    Headless imgui;
    const PaintedFrame painted = PaintedWith("Patience 40 s");
    for (const std::string next : {"Patience 39 s", "Patience 9 s"}) { // the same length, and one glyph fewer
        CAPTURE(next);
        const Drawn d = Frame(next);
        const Damage damage = FindDamage(*ImGui::GetDrawData(), painted);
        REQUIRE_FALSE(damage.Everything);
        REQUIRE(damage.Rects.size() == 1);
        const ImVec4 r = damage.Rects[0];
        const ImVec4 digits{d.Caption.x + ImGui::CalcTextSize("Patience ").x, d.Caption.y, d.Caption.x + ImGui::CalcTextSize("Patience 40").x, d.Caption.w};
        CHECK(Overlap(r, digits));                            // the seconds are repainted
        CHECK(Inside(r, ImVec4(0, d.Caption.y - 4, 400, d.Caption.w + 4))); // within the caption's line
        CHECK_FALSE(Overlap(r, d.Line));                      // the line below is left as painted
    }
}

TEST_CASE("a window that comes or goes repaints everything") {
    Headless imgui;
    const PaintedFrame painted = PaintedWith("Patience 40 s");
    Frame("Patience 40 s", true); // ImGui shows a new window from its second frame, once it is measured
    Frame("Patience 40 s", true);
    CHECK(FindDamage(*ImGui::GetDrawData(), painted).Everything);
}

TEST_CASE("a display of another size repaints everything") {
    Headless imgui;
    const PaintedFrame painted = PaintedWith("Patience 40 s");
    ImGui::GetIO().DisplaySize = ImVec2(390, 300);
    Frame("Patience 40 s");
    CHECK(FindDamage(*ImGui::GetDrawData(), painted).Everything);
}
