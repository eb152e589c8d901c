// moments-lint --bench: loads and lints made-up venues whose customers are long
// dialogue graphs, and prints how long that takes. Figures, not a test.
#pragma once

namespace moments {

// Prints one line per venue shape (a 200-beat chain, a wide 200-beat lattice); returns 0.
int RunLintBench();

} // namespace moments
