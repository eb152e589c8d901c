#include "score.h"

#include <algorithm>

namespace moments {

namespace {

// Rounds a/b to the nearest integer for non-negative a and positive b.
int RoundDiv(long long a, long long b) { return static_cast<int>((a * 2 + b) / (b * 2)); }

} // namespace

Score ScoreShift(const Shift& s) {
    Score score;
    const int misery = s.Outcomes[0], mediocrity = s.Outcomes[1], magic = s.Outcomes[2];
    const int served = misery + mediocrity + magic;
    // Work in thousandths of a point, round once at the end.
    long long milli = 0;
    if (served > 0) {
        const long long outcomes = (50000LL * magic + 20000LL * mediocrity) / served;
        const long long worst = static_cast<long long>(served) * s.Place->Reach.Misery;
        const long long best = static_cast<long long>(served) * s.Place->Reach.Magic;
        const long long reputation = best > worst ? 20000LL * std::clamp<long long>(s.Reputation - worst, 0, best - worst) / (best - worst) : 0;
        score.Outcomes = RoundDiv(outcomes, 1000);
        score.Reputation = RoundDiv(reputation, 1000);
        milli += outcomes + reputation;
    }
    const int made = static_cast<int>(s.Promises.size());
    const int kept = static_cast<int>(std::count_if(s.Promises.begin(), s.Promises.end(), [](const PromiseState& p) { return p.Kept; }));
    const long long promises = made == 0 ? 15000 : 15000LL * kept / made;
    const int budget = std::max(1, s.Place->Budget);
    const long long over = std::max(0, s.Spent - s.Place->Budget);
    const long long money = std::max(0LL, 15000LL - 15000LL * over / budget);
    score.Promises = RoundDiv(promises, 1000);
    score.Budget = RoundDiv(money, 1000);
    score.MiseryPenalty = 10 * misery;
    milli += promises + money - 10000LL * misery;
    score.Total = std::clamp(RoundDiv(std::max(0LL, milli), 1000), 0, 100);
    return score;
}

} // namespace moments
