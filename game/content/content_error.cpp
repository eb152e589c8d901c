#include "content_error.h"

#include <fstream>
#include <sstream>

namespace moments {

std::string Describe(const ContentError& e) {
    return e.File + ":" + (e.Pointer.empty() ? "/" : e.Pointer) + ": " + e.Message;
}

std::string Describe(const std::vector<ContentError>& errors) {
    std::string out;
    for (const ContentError& e : errors) out += Describe(e) + "\n";
    return out;
}

bool ReadTextFile(const std::string& path, std::string& out, std::vector<ContentError>& errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({path, "", "cannot open the file"});
        return false;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    out = buf.str();
    return true;
}

} // namespace moments
