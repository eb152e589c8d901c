// A problem found in a content file, located precisely enough to fix it:
// the file, the JSON pointer (RFC 6901) inside it, and what is wrong.
#pragma once
#include <string>
#include <vector>

namespace moments {

struct ContentError {
    std::string File;    // path as given to the loader
    std::string Pointer; // e.g. "/encounters/3/beats/0/responses/1/next"; "" for the whole file
    std::string Message; // what is wrong, in plain words
    std::string Rule = {}; // the linter's short stable id for the rule broken ("longest", "unreachable-beat"); "" from loaders
};

// "file:/pointer: message", the form editors and the linter print.
std::string Describe(const ContentError& error);
std::string Describe(const std::vector<ContentError>& errors); // one per line

// Reads a whole file (from a mounted pack if one holds it, see pack.h); on failure
// returns false and records why.
bool ReadTextFile(const std::string& path, std::string& out, std::vector<ContentError>& errors);

} // namespace moments
