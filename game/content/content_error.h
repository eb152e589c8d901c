// A problem found in a content file, located precisely enough to fix it:
// the file, the JSON pointer (RFC 6901) inside it, and what is wrong as a text
// key with arguments ("error.<what>" in ui.json), worded in whichever language reads it.
#pragma once
#include "message.h"

#include <string>
#include <vector>

namespace moments {

struct ContentError {
    std::string File;    // path as given to the loader
    std::string Pointer; // e.g. "/encounters/3/beats/0/responses/1/next"; "" for the whole file
    Message What;        // what is wrong: {"error.unknown_field", {{"field", ...}}}
    std::string Rule = {}; // the linter's short stable id for the rule broken ("longest", "unreachable-beat"); "" from loaders
};

// "file:/pointer: message" in `language`, the form editors and the linter print.
std::string Describe(const ContentError& error, const Strings& language);
// The same in English, for command-line tools and logs.
std::string Describe(const ContentError& error);
std::string Describe(const std::vector<ContentError>& errors); // one per line, English

// Reads a whole file (from a mounted pack if one holds it, see pack.h); on failure
// returns false and records why.
bool ReadTextFile(const std::string& path, std::string& out, std::vector<ContentError>& errors);

} // namespace moments
