// Immutable venue data: what a venue's JSON file describes, already validated (and, kept
// beside it, the ways the best-path search maps on first use: MappedWays).
// The core never parses files; moments_content builds these structs.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace moments {

// [SECTION] Vocabulary ---------------------------------------------------------

enum class Outcome : uint8_t { Misery, Mediocrity, Magic };
enum class Expectation : uint8_t { Low, Standard, High, Premium };
enum class Patience : uint8_t { Hurried, Normal, Relaxed };
enum class Mood : uint8_t { Calm, Upset };

// Behaviours a response can show. The first nine are GAME.md's misery triggers,
// then the over-service patterns, then the behaviours that make magic.
enum class Tag : uint8_t {
    NoBeforeCan,      // says "no" before saying what can be done
    QuotePolicy,      // hides behind the rule book
    NoFollowUp,       // leaves the customer to chase it
    MakeRepeat,       // makes them repeat their story or bounces them around
    Accuse,           // answers a complaint with accusation or interrogation
    DeflectBlame,     // refuses responsibility
    NoApology,        // skips the apology
    CustomerWrong,    // tells the customer they are wrong
    CutOff,           // cuts them off
    TooManyQuestions, // over-service: interrogates a simple order
    ScriptedPraise,   // over-service: robotic "Great choice!"
    PushExtras,       // over-service: upsells someone in a hurry
    Hovering,         // over-service: will not give them space
    AnticipateNeed,   // magic: meets a need they did not state
    Personalise,      // magic: treats them as a person, by name or detail
    OwnProblem,       // magic: takes ownership
    FollowUp,         // magic: promises and follows through
    BendRule,         // magic: customer-driven, finds a way round a rule (wrong when the rule protects them)
    Apologise,        // magic: a sincere apology
    LittleExtra,      // magic: what was expected plus a little more
    HoldLine,         // magic: a kind no that keeps a rule which protects the customer, says why and what can be done
    Count
};
constexpr int kTagCount = static_cast<int>(Tag::Count);
constexpr int kMiseryTriggerCount = 9;

// Tag names as written in venue files, in Tag order.
extern const std::array<const char*, kTagCount> kTagNames;
std::optional<Tag> TagFromName(const std::string& name); // nullopt if unknown
bool IsMiseryTrigger(Tag tag);
bool IsOverService(Tag tag);
bool IsMagicBehaviour(Tag tag);

// A set of tags as a bit mask (fits in 32 bits).
struct TagSet {
    uint32_t Bits = 0;
    void Add(Tag t) { Bits |= 1u << static_cast<int>(t); }
    bool Has(Tag t) const { return (Bits >> static_cast<int>(t)) & 1u; }
    bool Any(bool (*pred)(Tag)) const; // true if any member satisfies pred
};

// [SECTION] Dialogue ----------------------------------------------------------

constexpr int kEndBeat = -1; // a response whose Next is kEndBeat ends the encounter

struct Promise {
    std::string Text;        // what was promised, shown in the follow-up list
    int DeadlineSeconds = 0; // game seconds after the promise until it is broken
};

struct Response {
    std::string Id;           // stable id (LMS interaction ids, snapshots)
    std::string Text;         // what the player says
    std::string Why;          // one-line principle shown in feedback
    int Satisfaction = 0;     // change to the customer's satisfaction
    int Cost = 0;             // budget spent (comps, upgrades, favours)
    int Seconds = 0;          // game time the exchange takes; the queue feels it
    TagSet Tags;              // behaviours this response shows
    bool RevealsNeed = false; // uncovers the encounter's hidden need
    std::optional<Promise> Pledge; // a follow-up the player commits to, if any
    int Next = kEndBeat;      // index of the next beat, or kEndBeat
};

struct Beat {
    std::string Id;                  // stable id within the encounter
    std::string Line;                // what the customer says
    std::vector<Response> Responses; // 2 to 4
};

struct Portrait {
    int Skin = 0, Hair = 0, HairColour = 0, Accessory = 0, Age = 0; // small indices
};

struct Encounter {
    std::string Id;
    std::string Name;       // the customer's name
    Portrait Look;
    Mood Arrival = Mood::Calm;
    Expectation Expects = Expectation::Standard;
    Patience Temper = Patience::Normal;
    std::string Request;    // the visible request, shown in the queue
    std::string HiddenNeed; // empty if none
    std::vector<Beat> Beats; // Beats[0] is the first
    int ReturnVisit = -1;    // the encounter played when this regular comes back; -1: this one again
};

// One parallel form of the assessment: customers training never shows.
struct AssessmentForm {
    std::string Id;
    std::vector<int> Encounters; // indices into Venue::Encounters
};

struct Policy {
    std::string Id;
    std::string Text;
};

// The stages of the training week (GAME.md §1, seed 001).
enum class Stage : uint8_t { Uncertainty, Alignment, Experience, Ownership, Amazement };
constexpr int kStageCount = 5;

struct Day {
    Stage WeekStage = Stage::Uncertainty;
    std::vector<int> Encounters; // indices into Venue::Encounters, in arrival order
    int ArrivalGapSeconds = 60;  // planned game seconds between arrivals
};

struct WordOfMouth {
    int Misery = -20, Mediocrity = 0, Magic = 10; // people reached per outcome
    int For(Outcome o) const;
};

// The counter scene a venue asks for: a kit of backdrop and props, and colours
// that override the kit's own (0xRRGGBB; empty keeps the kit's).
struct Scene {
    std::string Kit = "counter"; // counter, cafe, hotel, bank, shop, pharmacy or helpdesk
    std::optional<uint32_t> Wall, Counter, Accent;
};

struct Ways; // paths.h

// The ways through each encounter (paths.h), mapped on a shift's first use and
// kept with the venue: they depend on nothing else. A copy starts empty, so an
// edited copy of a venue never reads its original's ways.
struct MappedWaysCache {
    std::vector<std::shared_ptr<const Ways>> Of; // [encounter * 2 + returning]; null until mapped
    MappedWaysCache() = default;
    MappedWaysCache(const MappedWaysCache&) {}
    MappedWaysCache& operator=(const MappedWaysCache&) {
        Of.clear();
        return *this;
    }
};

struct Venue {
    std::string Id;
    int Version = 1;
    Scene Setting;         // the scene drawn behind the customer
    std::string Title;
    WordOfMouth Reach;
    int MagicMargin = 2;   // satisfaction above expectation needed for magic
    int Budget = 0;        // money for comps in one shift
    std::vector<Policy> Policies;
    std::vector<Encounter> Encounters;
    std::vector<Day> Week; // one entry per shift of the training week
    std::vector<AssessmentForm> Assessment; // parallel forms; empty in older files: drawn from every encounter
    std::vector<std::string> Locales; // languages the venue's text is translated into ("en" is the source)
    mutable MappedWaysCache MappedWays; // filled by MappedWaysOf (paths.h); encounters must not change once a shift has used them
};

// A response's stable, readable id for reports and LMS interactions:
// "<venue>.<encounter>.<beat>.<response>" (never a place on screen or a letter).
std::string ResponseId(const Venue& v, const Encounter& e, const Beat& b, const Response& r);

// Satisfaction a customer must reach for their expectation to be met.
int ExpectationLevel(Expectation e);
// Satisfaction a customer starts with, given how they arrive.
int StartingSatisfaction(Mood m);
// Misery below the expectation, mediocrity up to the margin above it, magic beyond.
Outcome Classify(int satisfaction, Expectation e, int magic_margin);

} // namespace moments
