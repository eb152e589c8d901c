// Builds asset packs in memory for tests, as tools/assets.py writes them.
#pragma once
#include <string>
#include <utility>
#include <vector>

inline std::string MakePack(const std::vector<std::pair<std::string, std::string>>& files) {
    std::string index = "MOTPACK1 " + std::to_string(files.size()) + "\n", bytes;
    for (const auto& [path, content] : files) {
        index += std::to_string(content.size()) + " " + path + "\n";
        bytes += content;
    }
    return index + bytes;
}
