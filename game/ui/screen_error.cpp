// Error: content that failed to load, listed as file:pointer: message.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace moments::screens {

void Error(const App& app, Commands&) {
    // Interface text may itself be what failed to load, so fall back to the key names.
    widgets::Centred(app.Text.Get("error.heading"), theme::fonts.Heading, theme::kMisery);
    widgets::Paragraph(app.Text.Get("error.help"));
    widgets::BeginCard();
    for (const std::string& problem : ProblemTexts(app)) widgets::Paragraph(problem);
    widgets::EndCard();
}

} // namespace moments::screens
