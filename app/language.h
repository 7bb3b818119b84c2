#pragma once

class QCoreApplication;
class QString;

namespace relais {

// Installs the translation the user chose in Preferences ("fr", "en") or, by default,
// the one of the system locale, with Qt's own strings (standard buttons, dialogs), and
// makes dates and numbers follow the same language.
void installTranslations(QCoreApplication &app);

// The language setting: "" (system), "fr" or "en".
QString chosenLanguage();

} // namespace relais
