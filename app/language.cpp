#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace relais {

QString chosenLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void installTranslations(QCoreApplication &app)
{
    const QString chosen = chosenLanguage();
    QLocale locale = QLocale::system();
    if (chosen == QLatin1String("fr"))
        locale = QLocale(QLocale::French, QLocale::France);
    else if (chosen == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Languages without a translation read the English source strings, which still
    // need their plural forms from relais_en.
    auto *relais = new QTranslator(&app);
    if (relais->load(
            locale, QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || relais->load(QStringLiteral(":/i18n/relais_en.qm")))
        QCoreApplication::installTranslator(relais);
}

} // namespace relais
