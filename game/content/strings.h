// The game's interface text for one language, loaded from assets/locales/<lang>/ui.json
// (a flat object of key -> text, or key -> {"one": ..., "other": ...} for text that
// changes with a number, see message.h). C++ code names keys, never the text itself.
#pragma once
#include "content_error.h"
#include "message.h"

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace moments {

struct Strings {
    std::string Language;                    // e.g. "en"
    std::map<std::string, std::string> Text; // key -> text
    std::map<std::string, std::map<std::string, std::string>> Plurals; // key -> CLDR category ("one", "few", ...) -> text

    // The text for `key` (a plural text's "other" form); the key itself in brackets
    // if it is missing, so a gap shows up on screen and in tests instead of an empty label.
    const std::string& Get(const std::string& key) const;

    // Get(key) with each "{name}" replaced by its value (Render with text arguments).
    std::string Format(const std::string& key, std::initializer_list<std::pair<const char*, std::string>> values) const;

    // `text` in the language's own quotation marks (the "quote" key: “…”, «…», „…”).
    std::string Quote(const std::string& text) const { return Format("quote", {{"text", text}}); }
};

// Parses a locale file's text; `file` is only used in error messages.
std::optional<Strings> ParseStrings(const std::string& text, const std::string& file, const std::string& language,
                                    std::vector<ContentError>& errors);

// Reads <directory>/<language>/ui.json.
std::optional<Strings> LoadStrings(const std::string& directory, const std::string& language, std::vector<ContentError>& errors);

} // namespace moments
