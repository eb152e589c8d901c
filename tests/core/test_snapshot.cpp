// Save, resume and replay are one mechanism: the stamped command log.
#include "core/snapshot.h"
#include "fixture.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

// Plays a shift with pauses of varying length, so timing matters to the result.
Shift PlayedShift(const Venue& v) {
    Shift s = StartShift(v, 0, 77, {});
    const int choices[] = {1, 3, 0, 2};
    int k = 0;
    while (s.Now != Phase::Ended) {
        Advance(s, 400 + 300 * k);
        if (s.Now == Phase::Serving) Apply(s, {0, CommandKind::Choose, choices[k++ % 4] % static_cast<int>(CurrentBeat(s)->Responses.size())});
        else if (s.Now == Phase::Resolved) Apply(s, {0, CommandKind::Next, 0});
    }
    return s;
}

} // namespace

TEST_CASE("a snapshot replays the shift exactly") {
    const Venue v = fixture::SmallCafe();
    const Shift played = PlayedShift(v);
    REQUIRE(played.Customers[0].Satisfaction < 2); // the slow first decision drained patience

    std::string error;
    const std::string text = EncodeSnapshot(TakeSnapshot(played));
    const auto decoded = DecodeSnapshot(text, error);
    REQUIRE_MESSAGE(decoded, error);
    const auto replayed = Replay(v, *decoded, error);
    REQUIRE_MESSAGE(replayed, error);
    CHECK(StateHash(*replayed) == StateHash(played));
    CHECK(replayed->Reputation == played.Reputation);
    CHECK(replayed->Tick == played.Tick);
}

TEST_CASE("a snapshot taken mid-shift resumes at the same customer") {
    const Venue v = fixture::SmallCafe();
    Shift s = StartShift(v, 0, 5, {});
    Advance(s, 200);
    Apply(s, {0, CommandKind::Choose, 0});
    Apply(s, {0, CommandKind::Next, 0});
    Advance(s, 30);
    std::string error;
    const auto resumed = Replay(v, *DecodeSnapshot(EncodeSnapshot(TakeSnapshot(s)), error), error);
    REQUIRE(resumed);
    // The log ends at the last command; the resumed shift is at the same customer
    // and reputation, and play continues from there.
    CHECK(resumed->Current == s.Current);
    CHECK(resumed->Reputation == s.Reputation);
    CHECK(resumed->Customers[0].Result == s.Customers[0].Result);
}

TEST_CASE("snapshot text is compact and uses only characters LMSs keep") {
    const Venue v = fixture::SmallCafe();
    const std::string text = EncodeSnapshot(TakeSnapshot(PlayedShift(v)));
    CHECK(text.size() < 120);
    for (char ch : text) {
        const bool safe = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '|' || ch == '_' ||
                          ch == ',' || ch == '@' || ch == '-';
        CHECK_MESSAGE(safe, "unsafe character: ", ch);
    }
}

TEST_CASE("old, foreign or damaged saves are refused with a reason, never misread") {
    std::string error;
    CHECK_FALSE(DecodeSnapshot("mot0|small_cafe|3|0|1|0|", error));
    CHECK(error.find("format '0' is not supported") != std::string::npos);
    CHECK_FALSE(DecodeSnapshot("{\"level\":3}", error));
    CHECK(error == "not a Moments of Truth save");
    CHECK_FALSE(DecodeSnapshot("mot1|small_cafe|3|0|zz|0|c1@", error));
    CHECK(error.find("damaged") != std::string::npos);
    CHECK_FALSE(DecodeSnapshot("mot1|small_cafe|3", error));
    CHECK_FALSE(DecodeSnapshot("", error));

    const Venue v = fixture::SmallCafe();
    auto other_version = DecodeSnapshot("mot1|small_cafe|2|0|1|0|", error);
    REQUIRE(other_version);
    CHECK_FALSE(Replay(v, *other_version, error));
    CHECK(error.find("version 2") != std::string::npos);

    auto impossible = DecodeSnapshot("mot1|small_cafe|3|0|1|0|c9@0", error);
    REQUIRE(impossible);
    CHECK_FALSE(Replay(v, *impossible, error));
    CHECK(error.find("does not replay") != std::string::npos);
}
