// libFuzzer target: any save text (from local storage or an LMS) is decoded or
// refused with a reason, and a decoded one replays or is refused; never a fault.
#include "content/venue_loader.h"
#include "core/snapshot.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// The shipped café, read once; its path comes from the build.
const moments::Venue& Cafe() {
    static const moments::Venue venue = [] {
        std::vector<moments::ContentError> errors;
        auto v = moments::LoadVenue(MOMENTS_FUZZ_VENUE, errors);
        if (!v) {
            std::fprintf(stderr, "%s", moments::Describe(errors).c_str());
            std::abort();
        }
        return *v;
    }();
    return venue;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace moments;
    SnapshotError error;
    const auto snap = DecodeSnapshot(std::string(reinterpret_cast<const char*>(data), size), error);
    if (!snap) {
        if (error.Problem == SnapshotProblem::None) __builtin_trap();
        return 0;
    }
    Snapshot own = *snap;
    own.VenueId = Cafe().Id; // also exercise replay, whatever venue the text names
    own.VenueVersion = Cafe().Version;
    if (!Replay(Cafe(), own, error) && error.Problem == SnapshotProblem::None) __builtin_trap();
    return 0;
}
