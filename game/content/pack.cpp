#include "pack.h"

#include <charconv>
#include <map>
#include <vector>

namespace moments {

namespace {

std::map<std::string, std::string, std::less<>> g_files;

// Reads one "\n"-terminated line from `rest`, advancing it; false at the end.
bool NextLine(std::string_view& rest, std::string_view& line) {
    const size_t end = rest.find('\n');
    if (end == std::string_view::npos) return false;
    line = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    return true;
}

// Reads a decimal number at the start of `text`, advancing past it.
bool Number(std::string_view& text, size_t& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data()) return false;
    text.remove_prefix(static_cast<size_t>(end - text.data()));
    return true;
}

// Reads "<size> <path>" from an index line.
bool IndexEntry(std::string_view line, size_t& size, std::string_view& path) {
    if (!Number(line, size) || !line.starts_with(' ') || line.size() < 2) return false;
    path = line.substr(1);
    return true;
}

} // namespace

std::optional<Message> MountPack(std::string_view bytes, const std::string& root) {
    constexpr std::string_view kMagic = "MOTPACK1 ";
    std::string_view rest = bytes, line;
    size_t count = 0;
    const Message bad_header{"error.pack.bad_header", {}};
    if (!NextLine(rest, line) || !line.starts_with(kMagic)) return bad_header;
    line.remove_prefix(kMagic.size());
    if (!Number(line, count) || !line.empty()) return bad_header;
    // Every index line takes at least 4 bytes ("0 x\n"): a larger count cannot be real.
    if (count > rest.size() / 4) return Message{"error.pack.too_many_files", {}};
    std::vector<std::pair<std::string, size_t>> index;
    for (size_t i = 0; i < count; ++i) {
        size_t size = 0;
        std::string_view path;
        if (!NextLine(rest, line) || !IndexEntry(line, size, path))
            return Message{"error.pack.bad_entry", {{"entry", i + 1}}};
        index.emplace_back(root + "/" + std::string(path), size);
    }
    std::map<std::string, std::string, std::less<>> files;
    for (const auto& [path, size] : index) {
        if (size > rest.size()) return Message{"error.pack.cut_short", {{"file", path}}};
        files[path] = std::string(rest.substr(0, size));
        rest.remove_prefix(size);
    }
    if (!rest.empty()) return Message{"error.pack.extra_bytes", {}};
    files.merge(g_files); // the new pack wins where paths meet
    g_files = std::move(files);
    return std::nullopt;
}

const std::string* PackedFile(const std::string& path) {
    const auto it = g_files.find(path);
    return it == g_files.end() ? nullptr : &it->second;
}

namespace {
bool g_packs_only = false;
} // namespace

void UsePacksOnly() { g_packs_only = true; }

bool PacksOnly() { return g_packs_only; }

void UnmountPacks() {
    g_files.clear();
    g_packs_only = false;
}

} // namespace moments
