#pragma once

#include <QDialog>
#include <models/db/settingsrepository.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relais {

class Database;
class LogoPicker;

// Edit > Preferences…: the interface language, the backups (how many copies rotation
// keeps, in which folder) and how long the audit trail is kept, per user in QSettings, and the
// programme's name, organisation and logo, kept in the open file (so they travel with
// it) and printed on attendance sheets and reports. Nothing is saved until OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // Without a database (no file open) only the interface part can be edited.
    explicit PreferencesDialog(Database *database, QWidget *parent = nullptr);

    // QSettings key of the interface language: "" (the system's), "fr" or "en".
    static QString languageKey() { return QStringLiteral("ui/language"); }

    // Saves, and closes unless the file refused the programme settings.
    void accept() override;

private:
    void updateLanguageNote();

    Database *m_database = nullptr;
    QString m_savedLanguage;
    ProgrammeSettings m_savedProgramme;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLineEdit *m_programmeName = nullptr;
    QLineEdit *m_organisationName = nullptr;
    LogoPicker *m_logo = nullptr;
    QSpinBox *m_dailyBackups = nullptr;
    QSpinBox *m_weeklyBackups = nullptr;
    QSpinBox *m_monthlyBackups = nullptr;
    QLineEdit *m_backupsFolder = nullptr;
    QSpinBox *m_auditMonths = nullptr;
};

} // namespace relais
