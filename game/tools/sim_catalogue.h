// moments-sim --catalogue FILE [--assets DIR]: the venue content the HR report
// reads learners' answers against, with the core's own verdicts (report/build.py wraps it).
#pragma once

namespace moments {

// Reads --catalogue and its options and writes the catalogue; 0 on success.
int CatalogueMain(int argc, char** argv);

} // namespace moments
