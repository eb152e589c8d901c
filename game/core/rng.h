// A small seeded random number generator whose whole state lives in the
// simulation, so a shift replays exactly from its seed (no rand(), no time()).
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace moments {

// SplitMix64: tiny state, good statistical quality, identical on every platform.
struct Rng {
    uint64_t State = 0;

    // Next raw 64-bit value.
    uint64_t Next() {
        uint64_t z = (State += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform integer in [0, n); n must be positive. Bias is negligible for game-sized n.
    int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
    // Uniform integer in [lo, hi].
    int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
    // Fisher-Yates: every order of `items` equally likely.
    template <typename T>
    void Shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[static_cast<std::size_t>(Below(static_cast<int>(i)))]);
    }
};

} // namespace moments
