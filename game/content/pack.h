// A pack: every asset file in one blob, so the web build needs no virtual file
// system. tools/assets.py writes it; the page hands it to the game before main().
// Format: a line "MOTPACK1 <count>", then <count> lines "<size> <path>", then the
// files' bytes one after another, in the listed order.
#pragma once
#include "message.h"

#include <optional>
#include <string>
#include <string_view>

namespace moments {

// Makes the pack's files readable under `root` (e.g. "assets/venues/x.json"),
// shadowing the disk. On a damaged pack returns why ("error.pack.*"), and mounts
// nothing. (Its interface text is in the pack: the page shows the built-in English.)
std::optional<Message> MountPack(std::string_view bytes, const std::string& root);

// The bytes of a mounted file, or nullptr if no pack holds `path`.
const std::string* PackedFile(const std::string& path);

// From now on a file that no mounted pack holds does not exist: nothing is read
// from disk (the web build has no file system to read from).
void UsePacksOnly();
bool PacksOnly();

// Forgets every mounted file, and reads from disk again (for tests).
void UnmountPacks();

} // namespace moments
