// libFuzzer target: the locale loader and placeholder formatting never fail on
// bad text, and whatever JSON the parser accepts, the writer writes back intact.
#include "content/json.h"
#include "content/strings.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace moments;
    const std::string input(reinterpret_cast<const char*>(data), size);
    json::Value doc;
    if (!json::Parse(input, doc)) {
        const std::string written = json::Write(doc);
        json::Value again;
        if (json::Parse(written, again) || json::Write(again) != written) __builtin_trap();
    }
    std::vector<ContentError> errors;
    const auto strings = ParseStrings(input, "ui.json", "xx", errors);
    if (!strings) {
        if (errors.empty()) __builtin_trap();
        return 0;
    }
    for (const auto& [key, text] : strings->Text) strings->Format(key, {{"n", text}, {"name", key}});
    return 0;
}
