#include "bot.h"

#include "content/text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace moments {

namespace {

constexpr std::array<const char*, kBotKindCount> kNames = {"best", "worst", "random", "first", "last",
                                                           "longest", "shortest", "bend", "quote", "overserve", "cues"};

// Picks the index that `better(a, b)` prefers over all others; earlier on screen wins ties.
template <typename Better>
int Pick(const Beat& beat, const std::vector<int>& order, Better better) {
    int pick = order[0];
    for (int i : order)
        if (better(beat.Responses[static_cast<size_t>(i)], beat.Responses[static_cast<size_t>(pick)])) pick = i;
    return pick;
}

// How eager a response is: over-service and extras count as eagerness.
int Eagerness(const Response& r) { return r.Seconds * 2 + (r.Tags.Any(IsOverService) ? 1 : 0); }

// Words of four letters or more, lower case: what an echo-spotter matches.
std::vector<std::string> Words(const std::string& lower) {
    std::vector<std::string> out(1);
    for (char ch : lower) {
        if (std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80)) out.back() += ch;
        else if (!out.back().empty()) out.emplace_back();
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& w) { return w.size() < 4; }), out.end());
    return out;
}

// How many of the cue words or phrases the text contains.
int Mentions(const std::string& text, std::initializer_list<const char*> cues) {
    int n = 0;
    for (const char* c : cues) n += text.find(c) != std::string::npos;
    return n;
}

// How appealing a response looks to someone who skims for cues (English source text), who has
// read the customer's `name` and `heard` the words of their line (both as CueText and Words give them).
int CueScore(const Response& r, const std::string& name, const std::vector<std::string>& heard) {
    const std::string text = CueText(r.Text);
    int score = 0;
    if (!name.empty() && text.find(name) != std::string::npos) score += 2;
    score += Mentions(text, {"i'll", "i will", "let me", "i've", "myself", "personally"});
    score += std::any_of(text.begin(), text.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
    for (const std::string& w : Words(text)) score += std::find(heard.begin(), heard.end(), w) != heard.end();
    score -= 2 * Mentions(text, {"sorry", "afraid", "unfortunately", "apolog"});
    score -= 2 * Mentions(text, {"policy", "rule", "not allowed", "can't"});
    score -= Mentions(text, {"upgrade", "try our", "special offer", "loyalty", "meal deal"});
    return score;
}

bool CitesRule(const Response& r) { return r.Tags.Has(Tag::QuotePolicy) || r.Tags.Has(Tag::HoldLine); }

// Prefers responses with `wanted`; otherwise goes by the book: no extras, no favours, quickest.
int PreferElsePlainest(const Beat& beat, const std::vector<int>& order, bool (*wanted)(const Response&)) {
    return Pick(beat, order, [wanted](const Response& a, const Response& b) {
        const bool wa = wanted(a), wb = wanted(b);
        if (wa != wb) return wa;
        const bool ma = a.Tags.Any(IsMagicBehaviour), mb = b.Tags.Any(IsMagicBehaviour);
        if (ma != mb) return !ma;
        return a.Seconds < b.Seconds;
    });
}

} // namespace

std::optional<BotKind> BotFromName(const std::string& name) {
    for (int i = 0; i < kBotKindCount; ++i)
        if (name == kNames[static_cast<size_t>(i)]) return static_cast<BotKind>(i);
    return std::nullopt;
}

const char* BotName(BotKind kind) { return kNames[static_cast<size_t>(kind)]; }

bool IsSurfaceBot(BotKind kind) {
    return kind == BotKind::First || kind == BotKind::Last || kind == BotKind::Longest || kind == BotKind::Shortest ||
           kind == BotKind::Cues;
}

int BotChoose(BotKind kind, const Shift& shift, Rng& rng) {
    const Beat* beat = CurrentBeat(shift);
    if (!beat) return -1;
    if (kind == BotKind::Best) return BestResponse(shift); // the order on screen means nothing to it
    const std::vector<int> order = ResponseOrder(shift);
    switch (kind) {
    case BotKind::Best: break;
    case BotKind::Worst:
        return Pick(*beat, order, [](const Response& a, const Response& b) {
            return a.Satisfaction != b.Satisfaction ? a.Satisfaction < b.Satisfaction : a.Seconds > b.Seconds;
        });
    case BotKind::Random: return rng.Below(static_cast<int>(beat->Responses.size()));
    case BotKind::First: return order.front();
    case BotKind::Last: return order.back();
    case BotKind::Longest:
        return Pick(*beat, order, [](const Response& a, const Response& b) { return CharacterCount(a.Text) > CharacterCount(b.Text); });
    case BotKind::Shortest:
        return Pick(*beat, order, [](const Response& a, const Response& b) { return CharacterCount(a.Text) < CharacterCount(b.Text); });
    case BotKind::Bend:
        return PreferElsePlainest(*beat, order, [](const Response& r) { return r.Tags.Has(Tag::BendRule); });
    case BotKind::Quote: return PreferElsePlainest(*beat, order, CitesRule);
    case BotKind::Overserve:
        return Pick(*beat, order, [](const Response& a, const Response& b) { return Eagerness(a) > Eagerness(b); });
    case BotKind::Cues: {
        std::vector<int> scores; // each response scored once, not once per comparison; the customer read once
        const std::string& name = CurrentEncounter(shift)->Name;
        const std::string name_cue = name.empty() ? "" : CueText(name);
        const std::vector<std::string> heard = Words(CueText(beat->Line));
        for (const Response& r : beat->Responses) scores.push_back(CueScore(r, name_cue, heard));
        const auto score = [&](const Response& r) { return scores[static_cast<size_t>(&r - beat->Responses.data())]; };
        return Pick(*beat, order, [&](const Response& a, const Response& b) { return score(a) > score(b); });
    }
    }
    return order.front();
}

int BotKeepPromise(BotKind kind, const Shift& shift, Rng& rng) {
    if (kind == BotKind::Worst || IsSurfaceBot(kind)) return -1; // a player who does not read never follows up
    for (int i = 0; i < static_cast<int>(shift.Promises.size()); ++i) {
        if (!CanKeepPromise(shift, i)) continue;
        if (kind == BotKind::Random && rng.Below(2) == 0) return -1;
        return i;
    }
    return -1;
}

} // namespace moments
