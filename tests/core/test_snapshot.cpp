// Save, resume and replay are one mechanism: the stamped command logs of a week.
#include "core/snapshot.h"
#include "fixture.h"

#include <doctest/doctest.h>

using namespace moments;

namespace {

// Plays one shift with pauses of varying length, so timing matters to the result.
void PlayOut(Shift& s, int variety) {
    const int choices[] = {1, 3, 0, 2};
    int k = variety;
    while (s.Now != Phase::Ended) {
        Advance(s, 400 + 300 * (k % 5));
        if (s.Now == Phase::Serving) Apply(s, {0, CommandKind::Choose, choices[k++ % 4] % static_cast<int>(CurrentBeat(s)->Responses.size())});
        else Apply(s, {0, CommandKind::Next, 0});
    }
}

// Two finished days and a third in progress.
struct Played {
    Week week;
    Shift current;
};

Played PlayTwoAndAHalfDays(const Venue& v) {
    Week week = StartWeek(v, 77, Mode::Training);
    for (int day = 0; day < 2; ++day) {
        Shift s = StartNextShift(week, {});
        PlayOut(s, day);
        RecordDay(week, s);
    }
    Shift current = StartNextShift(week, {TimerMode::Relaxed});
    Advance(current, 500);
    Apply(current, {0, CommandKind::Choose, 0});
    return {week, current};
}

} // namespace

TEST_CASE("a snapshot replays the week exactly, down to the shift in progress") {
    const Venue v = fixture::ServiceCafe();
    const Played played = PlayTwoAndAHalfDays(v);

    SnapshotError error;
    const std::string text = EncodeSnapshot(TakeSnapshot(played.week, &played.current));
    const auto decoded = DecodeSnapshot(text, error);
    REQUIRE_MESSAGE(decoded, static_cast<int>(error.Problem));
    const auto session = Replay(v, *decoded, error);
    REQUIRE_MESSAGE(session, static_cast<int>(error.Problem));
    REQUIRE(session->Progress.Days.size() == 2);
    for (size_t d = 0; d < 2; ++d) {
        CHECK(session->Progress.Days[d].Reputation == played.week.Days[d].Reputation);
        CHECK(session->Progress.Days[d].Result.Total == played.week.Days[d].Result.Total);
    }
    CHECK(session->Progress.Loyal == played.week.Loyal);
    REQUIRE(session->Current);
    CHECK(StateHash(*session->Current) == StateHash(played.current));
    CHECK(session->Current->Options.Timer == TimerMode::Relaxed);
}

TEST_CASE("a snapshot between shifts resumes with no shift in progress") {
    const Venue v = fixture::ServiceCafe();
    const Played played = PlayTwoAndAHalfDays(v);
    SnapshotError error;
    const auto session = Replay(v, *DecodeSnapshot(EncodeSnapshot(TakeSnapshot(played.week, nullptr)), error), error);
    REQUIRE_MESSAGE(session, static_cast<int>(error.Problem));
    CHECK(session->Progress.Days.size() == 2);
    CHECK_FALSE(session->Current);
}

TEST_CASE("snapshot text is compact and uses only characters LMSs keep") {
    const Venue v = fixture::ServiceCafe();
    const Played played = PlayTwoAndAHalfDays(v);
    const std::string text = EncodeSnapshot(TakeSnapshot(played.week, &played.current));
    CHECK(text.size() < 250);
    for (char ch : text) {
        const bool safe = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '|' || ch == '_' ||
                          ch == ',' || ch == ';' || ch == '@' || ch == '-';
        CHECK_MESSAGE(safe, "unsafe character: ", ch);
    }
}

TEST_CASE("old, foreign or damaged saves are refused with a reason, never misread") {
    SnapshotError error;
    CHECK_FALSE(DecodeSnapshot("mot1|service_cafe|1|0|1|0|c1@5", error));
    CHECK(error.Problem == SnapshotProblem::OtherFormat);
    CHECK(error.Detail == "1");
    CHECK_FALSE(DecodeSnapshot("{\"level\":3}", error));
    CHECK(error.Problem == SnapshotProblem::NotASave);
    CHECK_FALSE(DecodeSnapshot("mot2|service_cafe|1|t|zz|0c1@", error));
    CHECK(error.Problem == SnapshotProblem::Damaged);
    CHECK_FALSE(DecodeSnapshot("mot2|service_cafe|1|x|1|", error)); // unknown mode
    CHECK_FALSE(DecodeSnapshot("mot2|service_cafe|1", error));
    CHECK_FALSE(DecodeSnapshot("", error));

    const Venue v = fixture::ServiceCafe();
    auto other_version = DecodeSnapshot("mot2|service_cafe|2|t|1|", error);
    REQUIRE(other_version);
    CHECK_FALSE(Replay(v, *other_version, error));
    CHECK(error.Problem == SnapshotProblem::OtherContent);
    CHECK(error.Number == 2);
    CHECK(error.Expected == v.Version);

    auto impossible = DecodeSnapshot("mot2|service_cafe|1|t|1|0c9@0", error);
    REQUIRE(impossible);
    CHECK_FALSE(Replay(v, *impossible, error));
    CHECK(error.Problem == SnapshotProblem::DoesNotReplay);
    CHECK(error.Number == 1);
    CHECK(error.Shift == 1);

    auto too_long = DecodeSnapshot("mot2|service_cafe|1|t|1|0;0;0;0", error);
    REQUIRE(too_long);
    CHECK_FALSE(Replay(v, *too_long, error));
}

TEST_CASE("a save longer than any week is refused by its length, before it is read") {
    SnapshotError error;
    const std::string valid_head = "mot3|service_cafe|1|t|1|0|0c1@5";
    std::string huge = valid_head;
    while (huge.size() <= kMaxSnapshotChars) huge += ",c1@5";
    CHECK_FALSE(DecodeSnapshot(huge, error));
    CHECK(error.Problem == SnapshotProblem::TooLong);
    huge.assign(10 * 1024 * 1024, 'c'); // 10 MB, as a broken LMS might hand over
    CHECK_FALSE(DecodeSnapshot(huge, error));
    CHECK(error.Number == static_cast<int64_t>(huge.size()));
    CHECK(DecodeSnapshot(valid_head, error)); // the cap is far above a real save
}
