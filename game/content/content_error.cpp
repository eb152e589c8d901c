#include "content_error.h"

#include "pack.h"

#include <cstdio>
#include <memory>

namespace moments {

std::string Describe(const ContentError& e, const Strings& language) {
    return e.File + ":" + (e.Pointer.empty() ? "/" : e.Pointer) + ": " + Render(language, e.What);
}

std::string Describe(const ContentError& e) { return Describe(e, EnglishText()); }

std::string Describe(const std::vector<ContentError>& errors) {
    std::string out;
    for (const ContentError& e : errors) out += Describe(e) + "\n";
    return out;
}

bool ReadTextFile(const std::string& path, std::string& out, std::vector<ContentError>& errors) {
    if (const std::string* packed = PackedFile(path)) {
        out = *packed;
        return true;
    }
    if (PacksOnly()) {
        errors.push_back({path, "", {"error.cannot_open", {}}});
        return false;
    }
    // stdio, not iostreams: iostreams would bring their locale tables into the web download.
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        errors.push_back({path, "", {"error.cannot_open", {}}});
        return false;
    }
    out.clear();
    char chunk[16384];
    for (size_t got; (got = std::fread(chunk, 1, sizeof chunk, file.get())) > 0;) out.append(chunk, got);
    if (std::ferror(file.get())) {
        errors.push_back({path, "", {"error.cannot_read", {}}});
        return false;
    }
    return true;
}

} // namespace moments
