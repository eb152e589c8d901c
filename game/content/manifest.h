// What a build or package offers: assets/manifest.json, written by tools/assets.py
// from the venue and locale files it was given. The game lists what it names, in
// its order; no list of venues or languages lives in code.
//   {"venues": [{"id": "cafe_counter", "file": "venues/cafe_counter.json",
//                "title": "Kettle & Crumb Café", "locales": ["en", "it"]}],
//    "languages": ["en", "it"], "names": ["English", "Italiano"]}
// "names" (each language named in itself, parallel to "languages") may be left out.
#pragma once
#include "content_error.h"

#include <optional>
#include <string>
#include <vector>

namespace moments {

struct ManifestVenue {
    std::string Id;                   // the venue's id
    std::string File;                 // relative to the assets folder
    std::string Title;                // in English, for messages about the venue
    std::vector<std::string> Locales; // languages it is offered in
};

struct Manifest {
    std::vector<ManifestVenue> Venues;  // in title-screen order
    std::vector<std::string> Languages; // in title-screen order; the first is the fallback
    std::vector<std::string> Names;     // each language named in itself, parallel to Languages (or empty)
};

// Reads <assets_dir>/manifest.json; nullopt with errors if it is missing or malformed.
std::optional<Manifest> LoadManifest(const std::string& assets_dir, std::vector<ContentError>& errors);

// The ids of the manifest's venues, in its order (for messages, as a list argument).
std::vector<std::string> ManifestVenueIds(const Manifest& manifest);

} // namespace moments
