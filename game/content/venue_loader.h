// Turns a venue JSON file into the core's immutable Venue, checking every
// field and reference on the way. Never throws: problems come back as
// ContentErrors naming file, JSON pointer and what is wrong.
#pragma once
#include "content_error.h"
#include "core/venue.h"

#include <optional>

namespace moments {

// Parses venue text; `file` is only used in error messages.
std::optional<Venue> ParseVenue(const std::string& text, const std::string& file, std::vector<ContentError>& errors);

// Reads and parses a venue file.
std::optional<Venue> LoadVenue(const std::string& path, std::vector<ContentError>& errors);

} // namespace moments
