// The app's configuration for tests: the assets as the build stages them, with their manifest.
#pragma once
#include "app/app.h"

#include <cstdint>

inline moments::AppConfig StagedConfig(uint64_t seed) {
    moments::AppConfig c;
    c.AssetsDir = MOMENTS_STAGED_ASSETS;
    c.Seed = seed;
    return c;
}
