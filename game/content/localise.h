// Venue text in other languages. A venue file holds the English source text;
// assets/locales/<lang>/<venue id>.json maps stable keys to translations:
//   title                      policy.<policy>
//   <encounter>.name           <encounter>.request        <encounter>.hidden_need
//   <encounter>.<beat>.line    <encounter>.<beat>.<response>.text | .why | .promise
#pragma once
#include "content_error.h"
#include "core/venue.h"
#include "strings.h"

#include <string>
#include <utility>
#include <vector>

namespace moments {

// Every translatable text of a venue, by key, pointing into the venue.
std::vector<std::pair<std::string, std::string*>> TextSlots(Venue& venue);

// The venue's English text by key (what translators start from).
std::vector<std::pair<std::string, std::string>> SourceTexts(const Venue& venue);

// Appends every translatable text of `venue` to `out` (the glyphs to rasterise), without keys.
void AppendTexts(const Venue& venue, std::string& out);

// Rewrites `venue`'s text in place from `source` (the same venue as loaded, in
// English) and `translation` (null for English); keys the translation lacks
// fall back to English (the linter reports them). Only strings change, so
// pointers into the venue stay valid and a shift in progress carries on.
void Localise(Venue& venue, const Venue& source, const Strings* translation);

// Loads <locales_dir>/<language>/<venue id>.json, as translators write it (an
// object of key: text) or as the build stages it (a list of texts, see
// tools/assets.py content); nullopt with errors if it is unreadable.
std::optional<Strings> LoadVenueTranslation(const std::string& locales_dir, const std::string& language,
                                            const std::string& venue_id, std::vector<ContentError>& errors);

// Reports keys in `translation` (read from `file`) that are missing from or foreign to `reference`.
void CompareKeys(const std::vector<std::string>& reference, const Strings& translation, const std::string& file,
                 std::vector<ContentError>& errors);

} // namespace moments
