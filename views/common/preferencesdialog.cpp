#include "preferencesdialog.h"

#include "logopicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <models/db/auditretention.h>
#include <models/db/databaseerror.h>
#include <views/backup/backupactions.h>

namespace relais {

PreferencesDialog::PreferencesDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_programmeName(new QLineEdit(this))
    , m_organisationName(new QLineEdit(this))
    , m_logo(new LogoPicker(this))
    , m_dailyBackups(new QSpinBox(this))
    , m_weeklyBackups(new QSpinBox(this))
    , m_monthlyBackups(new QSpinBox(this))
    , m_backupsFolder(new QLineEdit(this))
    , m_auditMonths(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));

    // ---- Interface: per user, outside the file.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, so that it can be found whatever the current one.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_savedLanguage = QSettings().value(languageKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_savedLanguage)));
    connect(
        m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);

    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("The new language applies when Relais restarts."));
    m_languageNote->setWordWrap(true);
    QSizePolicy notePolicy = m_languageNote->sizePolicy();
    notePolicy.setRetainSizeWhenHidden(true);
    m_languageNote->setSizePolicy(notePolicy);

    auto *interfaceGroup = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceGroup);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(QString(), m_languageNote);

    // ---- Programme: in the file, shared by everyone who opens it.
    m_programmeName->setObjectName(QStringLiteral("programmeName"));
    m_programmeName->setPlaceholderText(tr("e.g. Programme local de prévention des déchets"));
    m_organisationName->setObjectName(QStringLiteral("organisationName"));
    m_organisationName->setPlaceholderText(tr("e.g. Mulhouse Alsace Agglomération"));
    m_logo->setObjectName(QStringLiteral("logo"));

    auto *programmeGroup = new QGroupBox(tr("Programme"), this);
    programmeGroup->setObjectName(QStringLiteral("programmeGroup"));
    auto *programmeForm = new QFormLayout(programmeGroup);
    programmeForm->addRow(tr("&Programme name:"), m_programmeName);
    programmeForm->addRow(tr("&Organisation:"), m_organisationName);
    programmeForm->addRow(tr("Logo:"), m_logo);
    auto *printNote = new QLabel(database
            ? tr("Printed on attendance sheets, certificates of attendance and reports.")
            : tr("Open a Relais file to set its programme's name and logo."),
        programmeGroup);
    printNote->setWordWrap(true);
    printNote->setForegroundRole(QPalette::PlaceholderText);
    programmeForm->addRow(QString(), printNote);

    if (database) {
        try {
            m_savedProgramme = SettingsRepository(*database).programme();
        } catch (const DatabaseError &error) {
            qWarning("relais: %s",
                qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
        }
        m_programmeName->setText(m_savedProgramme.programmeName);
        m_organisationName->setText(m_savedProgramme.organisationName);
        m_logo->setPng(m_savedProgramme.logo);
    } else {
        programmeGroup->setEnabled(false);
        // Kept readable: it says why the group is disabled.
        printNote->setEnabled(true);
    }

    // ---- Backups: per user, outside the file.
    const RotationPolicy policy = BackupActions::policy();
    m_dailyBackups->setObjectName(QStringLiteral("dailyBackups"));
    m_dailyBackups->setRange(1, 366);
    m_dailyBackups->setValue(policy.daily);
    m_weeklyBackups->setObjectName(QStringLiteral("weeklyBackups"));
    m_weeklyBackups->setRange(0, 520);
    m_weeklyBackups->setValue(policy.weekly);
    m_monthlyBackups->setObjectName(QStringLiteral("monthlyBackups"));
    m_monthlyBackups->setRange(0, 1200);
    m_monthlyBackups->setValue(policy.monthly);
    m_backupsFolder->setObjectName(QStringLiteral("backupsFolder"));
    m_backupsFolder->setText(QDir::toNativeSeparators(BackupActions::folder()));
    m_backupsFolder->setPlaceholderText(tr("Beside each file, in “<name> backups”"));
    m_backupsFolder->setClearButtonEnabled(true);
    auto *chooseFolder = new QPushButton(tr("&Browse…"), this);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Backups folder"), QDir::fromNativeSeparators(m_backupsFolder->text()));
        if (!folder.isEmpty())
            m_backupsFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupsFolder, 1);
    folderRow->addWidget(chooseFolder);

    auto *backupsGroup = new QGroupBox(tr("Backups"), this);
    backupsGroup->setObjectName(QStringLiteral("backupsGroup"));
    auto *backupsForm = new QFormLayout(backupsGroup);
    backupsForm->addRow(tr("&Daily copies kept:"), m_dailyBackups);
    backupsForm->addRow(tr("&Weekly copies kept:"), m_weeklyBackups);
    backupsForm->addRow(tr("Mon&thly copies kept:"), m_monthlyBackups);
    backupsForm->addRow(tr("&Folder:"), folderRow);

    // ---- Audit trail (#9): per user, outside the file, like the backups.
    m_auditMonths->setObjectName(QStringLiteral("auditMonths"));
    m_auditMonths->setRange(0, 240);
    m_auditMonths->setSuffix(tr(" months"));
    m_auditMonths->setSpecialValueText(tr("For ever"));
    m_auditMonths->setValue(AuditRetention::months());
    auto *auditGroup = new QGroupBox(tr("Audit trail"), this);
    auditGroup->setObjectName(QStringLiteral("auditGroup"));
    auto *auditForm = new QFormLayout(auditGroup);
    auditForm->addRow(tr("&Keep the changes for:"), m_auditMonths);
    auto *auditNote = new QLabel(
        tr("Who changed personal data, when and how. Older entries are deleted when a file "
           "is opened."),
        auditGroup);
    auditNote->setWordWrap(true);
    auditNote->setForegroundRole(QPalette::PlaceholderText);
    auditForm->addRow(QString(), auditNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interfaceGroup);
    layout->addWidget(programmeGroup);
    layout->addWidget(backupsGroup);
    layout->addWidget(auditGroup);
    layout->addStretch();
    layout->addWidget(buttons);

    // Room for a long programme name without the fields looking cramped.
    m_programmeName->setMinimumWidth(m_programmeName->fontMetrics().averageCharWidth() * 48);
    updateLanguageNote();
}

void PreferencesDialog::accept()
{
    if (m_database) {
        ProgrammeSettings programme;
        programme.programmeName = m_programmeName->text().trimmed();
        programme.organisationName = m_organisationName->text().trimmed();
        programme.logo = m_logo->png();
        if (!(programme == m_savedProgramme)) {
            try {
                SettingsRepository(*m_database).setProgramme(programme);
                m_savedProgramme = programme;
            } catch (const DatabaseError &error) {
                QMessageBox::warning(this, tr("Preferences"),
                    tr("The programme settings could not be saved.") + QLatin1Char('\n')
                        + error.message());
                return;
            }
        }
    }
    RotationPolicy policy;
    policy.daily = m_dailyBackups->value();
    policy.weekly = m_weeklyBackups->value();
    policy.monthly = m_monthlyBackups->value();
    const RotationPolicy saved = BackupActions::policy();
    if (policy.daily != saved.daily || policy.weekly != saved.weekly
        || policy.monthly != saved.monthly)
        BackupActions::setPolicy(policy);
    const QString folder = QDir::fromNativeSeparators(m_backupsFolder->text().trimmed());
    if (folder != BackupActions::folder())
        BackupActions::setFolder(folder);
    if (m_auditMonths->value() != AuditRetention::months())
        AuditRetention::setMonths(m_auditMonths->value());
    const QString language = m_language->currentData().toString();
    if (language != m_savedLanguage) {
        QSettings().setValue(languageKey(), language);
        m_savedLanguage = language;
    }
    QDialog::accept();
}

void PreferencesDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_savedLanguage);
}

} // namespace relais
