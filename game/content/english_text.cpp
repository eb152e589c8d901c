// The English interface text compiled in, so errors can be worded before (or
// without) any locale file loading. The text is assets/locales/en/ui.json itself,
// embedded by CMake (tools/embed_text.cmake): the file stays the one source.
#include "message.h"
#include "strings.h"

namespace moments {

namespace {

const char kEnglishUiJson[] =
#include "english_ui_json.inc"
    ;

} // namespace

const Strings& EnglishText() {
    static const Strings english = [] {
        std::vector<ContentError> errors;
        auto parsed = ParseStrings(kEnglishUiJson, "en/ui.json (built in)", "en", errors);
        return parsed ? std::move(*parsed) : Strings{"en", {}, {}};
    }();
    return english;
}

} // namespace moments
