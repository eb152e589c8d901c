// Turns a venue JSON file into the core's immutable Venue, checking every
// field and reference on the way. Never throws: problems come back as
// ContentErrors naming file, JSON pointer and what is wrong.
#pragma once
#include "content_error.h"
#include "core/venue.h"

#include <optional>

namespace moments {

// The venue file format this game writes and reads ("format" in a venue file);
// files without the field are format 1 and still load. docs/VENUES.md lists the changes.
constexpr int kVenueFormat = 2;

// Parses venue text; `file` is only used in error messages.
std::optional<Venue> ParseVenue(const std::string& text, const std::string& file, std::vector<ContentError>& errors);

// Reads and parses a venue file.
std::optional<Venue> LoadVenue(const std::string& path, std::vector<ContentError>& errors);

} // namespace moments
