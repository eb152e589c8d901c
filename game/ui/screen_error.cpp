// Error: content that failed to load, listed as file:pointer: message.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace moments::screens {

void Error(const FrameView& view, UiFrame&) {
    widgets::Centred(view.Error.Heading, theme::fonts.Heading, theme::kMisery);
    widgets::Paragraph(view.Error.Help);
    widgets::BeginCard();
    for (const std::string& problem : view.Error.Problems) widgets::Paragraph(problem);
    widgets::EndCard();
}

} // namespace moments::screens
