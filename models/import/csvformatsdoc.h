#pragma once

#include <QString>

namespace relais {

// docs/csv-formats.md: how Relais reads a CSV file, then for every kind of import the table
// of its columns (field, required or not, type and the values it accepts, several values in
// one cell or not, the header names recognised), all taken from ImportFields so that the
// document cannot drift from the code. For developers and support, in English whatever the
// user's language: its own sentences are not translated (the field labels are ImportFields'
// English source texts when no translator is installed). The `csvformatsdoc` tool writes
// it; tests/test_csvcorpus.cpp fails when the committed file differs.
QString csvFormatsMarkdown();

} // namespace relais
