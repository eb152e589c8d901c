#include "text.h"

#include <cctype>

namespace moments {

int CharacterCount(const std::string& text) {
    int n = 0;
    for (unsigned char ch : text) n += (ch & 0xC0) != 0x80;
    return n;
}

std::string CutUtf8(const std::string& text, size_t limit) {
    if (text.size() <= limit) return text;
    size_t end = limit - 3;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + "...";
}

std::string CueText(std::string text) {
    static const std::string kCurlyApostrophe = "\xE2\x80\x99";
    std::string out; // built afresh: GCC 12 warns falsely (-Wrestrict) about string::replace here
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        if (text.compare(i, kCurlyApostrophe.size(), kCurlyApostrophe) == 0) {
            out += '\'';
            i += kCurlyApostrophe.size();
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
        }
    }
    return out;
}

} // namespace moments
