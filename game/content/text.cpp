#include "text.h"

#include <cctype>

namespace moments {

int CharacterCount(const std::string& text) {
    int n = 0;
    for (unsigned char ch : text) n += (ch & 0xC0) != 0x80;
    return n;
}

std::string CueText(std::string text) {
    for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (size_t at; (at = text.find("\xE2\x80\x99")) != std::string::npos;) text.replace(at, 3, "'");
    return text;
}

} // namespace moments
