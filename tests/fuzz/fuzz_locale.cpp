// libFuzzer target: the locale loader and placeholder formatting never fail on bad text.
#include "content/strings.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace moments;
    std::vector<ContentError> errors;
    const auto strings = ParseStrings(std::string(reinterpret_cast<const char*>(data), size), "ui.json", "xx", errors);
    if (!strings) {
        if (errors.empty()) __builtin_trap();
        return 0;
    }
    for (const auto& [key, text] : strings->Text) strings->Format(key, {{"n", text}, {"name", key}});
    return 0;
}
