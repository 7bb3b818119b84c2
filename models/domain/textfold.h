#pragma once

#include <QString>

namespace relais {

// The key under which two spellings of a name are "the same" for the officer:
// accents, case, ligatures and runs of blanks do not count ("Sénéchal" == "senechal").
// Used for sorting, duplicate detection and unique reference-list names; full-text
// search folds the same way in the database.
QString foldedKey(const QString &text);

// foldedKey() with letters and digits only: "Présent(e)" → "presente", "Tél." → "tel".
// How an import recognises a header or a spelled-out value.
QString foldedLettersKey(const QString &text);

// Trims and collapses inner runs of white space to one space.
QString simplifiedName(const QString &text);

} // namespace relais
