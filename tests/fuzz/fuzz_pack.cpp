// libFuzzer target: the asset pack the page hands over. Any bytes are either
// refused with a reason or mounted so that every listed file reads back whole,
// and compact translations in a pack load or fail with an error, never crash.
#include "content/localise.h"
#include "content/pack.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace moments;
    UnmountPacks();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto problem = MountPack(bytes, "fz")) {
        if (problem->Key.empty()) __builtin_trap();
        return 0;
    }
    std::vector<ContentError> errors;
    const auto texts = LoadVenueTranslation("fz", "it", "v", errors);
    if (!texts && errors.empty()) __builtin_trap();
    return 0;
}
