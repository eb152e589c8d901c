#include "lint_bench.h"

#include "content/lint.h"
#include "content/venue_loader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace moments {

namespace {

constexpr int kBeats = 200;
constexpr int kCustomers = 16; // 4 in the week, two assessment forms of 6
constexpr int kRuns = 20;

struct Shape {
    const char* Name;
    int Branches; // responses per beat: each leads 1, 2, … beats on, the last ends the conversation
};

// A response leading `step` beats on (or ending), with a satisfaction that varies by branch.
std::string ResponseJson(int beat, int branch, int branches) {
    const int ahead = beat + branch + 1;
    const bool ends = branch == branches - 1 || ahead >= kBeats;
    const int satisfaction = (branch % 2 == 0 ? 1 : -1) * (1 + branch / 2);
    return std::string("{\"id\":\"r") + std::to_string(branch) + "\",\"text\":\"Answer " + std::to_string(branch) + " to line " + std::to_string(beat) +
           ".\",\"why\":\"Why.\",\"satisfaction\":" + std::to_string(satisfaction) + ",\"seconds\":5,\"next\":\"" +
           (ends ? std::string("end") : "b" + std::to_string(ahead)) + "\"}";
}

// One customer whose conversation is `shape` over kBeats beats.
std::string EncounterJson(int customer, const Shape& shape) {
    std::string beats;
    for (int b = 0; b < kBeats; ++b) {
        std::string responses;
        for (int r = 0; r < shape.Branches; ++r) responses += (r ? "," : "") + ResponseJson(b, r, shape.Branches);
        beats += std::string(b ? ",{\"id\":\"b" : "{\"id\":\"b") + std::to_string(b) + "\",\"line\":\"Line " + std::to_string(b) +
                 ".\",\"responses\":[" + responses + "]}";
    }
    return "{\"id\":\"c" + std::to_string(customer) + "\",\"name\":\"Customer " + std::to_string(customer) +
           "\",\"patience\":\"relaxed\",\"request\":\"Help.\",\"beats\":[" + beats + "]}";
}

// A whole venue file: every customer has the same shape of conversation.
std::string VenueJson(const Shape& shape) {
    std::string encounters;
    for (int c = 0; c < kCustomers; ++c) encounters += (c ? "," : "") + EncounterJson(c, shape);
    const char* stages[] = {"uncertainty", "alignment", "experience", "ownership", "amazement"};
    std::string week;
    for (int d = 0; d < 5; ++d) week += std::string(d ? "," : "") + "{\"stage\":\"" + stages[d] + "\",\"encounters\":[\"c" + std::to_string(d % 4) + "\"]}";
    auto form = [](int first) {
        std::string ids;
        for (int c = first; c < first + 6; ++c) ids += (c > first ? ",\"c" : "\"c") + std::to_string(c) + "\"";
        return "[" + ids + "]";
    };
    return "{\"format\":2,\"id\":\"bench\",\"version\":1,\"title\":\"Bench\",\"week\":[" + week + "],\"assessment\":[{\"id\":\"a\",\"encounters\":" +
           form(4) + "},{\"id\":\"b\",\"encounters\":" + form(10) + "}],\"encounters\":[" + encounters + "]}";
}

// Milliseconds since `start`.
double Since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The median and range of a set of timings, as printed.
std::string Summary(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    char text[96];
    std::snprintf(text, sizeof text, "median %.2f ms (%.2f-%.2f)", ms[ms.size() / 2], ms.front(), ms.back());
    return text;
}

} // namespace

int RunLintBench() {
    std::printf("moments-lint --bench: %d runs each; a venue of %d customers, each a %d-beat conversation\n", kRuns, kCustomers, kBeats);
    for (const Shape& shape : {Shape{"chain (2 answers, both to the next beat)", 2}, Shape{"lattice (4 answers: 1, 2 or 3 beats on, or the end)", 4}}) {
        const std::string text = VenueJson(shape);
        std::vector<double> load_ms, lint_ms;
        size_t findings = 0;
        for (int run = 0; run < kRuns; ++run) {
            auto start = std::chrono::steady_clock::now();
            std::vector<ContentError> errors;
            auto venue = ParseVenue(text, "bench.json", errors);
            load_ms.push_back(Since(start));
            if (!venue) {
                std::fprintf(stderr, "bench venue refused:\n%s", Describe(errors).c_str());
                return 1;
            }
            start = std::chrono::steady_clock::now();
            findings = LintVenues({{"bench.json", std::move(*venue)}}, "").size();
            lint_ms.push_back(Since(start));
        }
        std::printf("%s: load %s, lint %s, %zu findings\n", shape.Name, Summary(load_ms).c_str(), Summary(lint_ms).c_str(), findings);
    }
    return 0;
}

} // namespace moments
