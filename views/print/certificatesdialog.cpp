#include "certificatesdialog.h"

#include "printoutputs.h"
#include "views/forms/dateedit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>
#include <models/db/databaseerror.h>

namespace relais {

namespace {
const QString completedOnlyKey = QStringLiteral("print/certificates/completedOnly");
const QString issuedAtKey = QStringLiteral("print/certificates/issuedAt");
const QString signatoryNameKey = QStringLiteral("print/certificates/signatoryName");
const QString signatoryRoleKey = QStringLiteral("print/certificates/signatoryRole");
} // namespace

CertificatesDialog::CertificatesDialog(
    Database &database, qint64 cohortId, QList<qint64> contactIds, QWidget *parent)
    : QDialog(parent)
    , m_contactIds(std::move(contactIds))
    , m_allTrainees(new QRadioButton(this))
    , m_completedOnly(new QRadioButton(this))
    , m_issuedOn(new DateEdit(this))
    , m_issuedAt(new QLineEdit(this))
    , m_signatoryName(new QLineEdit(this))
    , m_signatoryRole(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_outputs(new PrintOutputs(this,
          { tr("Certificates of Attendance — Print Preview"),
              tr("Print Certificates of Attendance"), tr("Save Certificates of Attendance as PDF"),
              tr("The certificates could not be printed on %1.") }))
{
    setObjectName(QStringLiteral("certificatesDialog"));
    setWindowTitle(tr("Certificates of Attendance"));

    QString loadError;
    try {
        m_certificates.emplace(TrainingCertificates::load(database, cohortId));
    } catch (const DatabaseError &error) {
        loadError = error.message();
    }

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setText(m_certificates ? m_certificates->data().cohort.name : loadError);

    // Counts beside each choice: the officer sees at once how many will print.
    int all = 0;
    int completed = 0;
    if (m_certificates) {
        CertificatesOptions chosen;
        chosen.contactIds = m_contactIds;
        for (const auto &certificate : m_certificates->certificatesFor(chosen))
            all += certificate.sessions.isEmpty() ? 0 : 1;
        chosen.completedOnly = true;
        for (const auto &certificate : m_certificates->certificatesFor(chosen))
            completed += certificate.sessions.isEmpty() ? 0 : 1;
    }
    m_allTrainees->setObjectName(QStringLiteral("allTrainees"));
    m_allTrainees->setText(m_contactIds.isEmpty() ? tr("&All trainees (%1)").arg(all)
                                                  : tr("&All the trainees chosen (%1)").arg(all));
    m_completedOnly->setObjectName(QStringLiteral("completedOnly"));
    m_completedOnly->setText(tr("&Only those who completed the training (%1)").arg(completed));
    auto *who = new QButtonGroup(this);
    who->addButton(m_allTrainees);
    who->addButton(m_completedOnly);
    const bool hasRule = m_certificates && m_certificates->data().cohort.rule.count > 0;
    m_completedOnly->setEnabled(hasRule);
    if (m_certificates) {
        m_completedOnly->setToolTip(m_certificates->data().cohort.rule.description());
    }

    const QSettings settings;
    (hasRule && settings.value(completedOnlyKey, false).toBool() ? m_completedOnly : m_allTrainees)
        ->setChecked(true);
    m_issuedOn->setObjectName(QStringLiteral("issuedOn"));
    m_issuedOn->setDate(QDate::currentDate());
    m_issuedAt->setObjectName(QStringLiteral("issuedAt"));
    m_issuedAt->setText(settings.value(issuedAtKey).toString());
    m_signatoryName->setObjectName(QStringLiteral("signatoryName"));
    m_signatoryName->setText(settings.value(signatoryNameKey).toString());
    m_signatoryRole->setObjectName(QStringLiteral("signatoryRole"));
    m_signatoryRole->setText(settings.value(signatoryRoleKey, tr("Programme officer")).toString());

    auto *whoGroup = new QGroupBox(tr("Who gets a certificate"), this);
    auto *whoLayout = new QVBoxLayout(whoGroup);
    whoLayout->addWidget(m_allTrainees);
    whoLayout->addWidget(m_completedOnly);

    auto *form = new QFormLayout;
    form->addRow(tr("Date of &issue:"), m_issuedOn);
    form->addRow(tr("&Place of issue:"), m_issuedAt);
    form->addRow(tr("Signed &by:"), m_signatoryName);
    form->addRow(tr("&Role:"), m_signatoryRole);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_outputs->addButtons(buttons);
    connect(m_outputs, &PrintOutputs::aboutToOutput, this, &CertificatesDialog::rememberOptions);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(whoGroup);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_outputs->savedLabel());
    layout->addStretch();
    layout->addWidget(buttons);

    if (!m_certificates) {
        for (QWidget *widget : { static_cast<QWidget *>(whoGroup),
                 static_cast<QWidget *>(m_issuedOn), static_cast<QWidget *>(m_issuedAt),
                 static_cast<QWidget *>(m_signatoryName), static_cast<QWidget *>(m_signatoryRole) })
            widget->setEnabled(false);
        return;
    }
    connect(m_completedOnly, &QRadioButton::toggled, this, &CertificatesDialog::optionsChanged);
    connect(m_issuedOn, &QDateEdit::dateChanged, this, &CertificatesDialog::optionsChanged);
    for (QLineEdit *edit : { m_issuedAt, m_signatoryName, m_signatoryRole })
        connect(edit, &QLineEdit::textChanged, this, &CertificatesDialog::optionsChanged);
    optionsChanged();
}

CertificatesDialog::~CertificatesDialog() = default;

CertificatesOptions CertificatesDialog::options() const
{
    CertificatesOptions options;
    options.contactIds = m_contactIds;
    options.completedOnly = m_completedOnly->isChecked();
    options.issuedOn = m_issuedOn->date();
    options.issuedAt = m_issuedAt->text().simplified();
    options.signatoryName = m_signatoryName->text().simplified();
    options.signatoryRole = m_signatoryRole->text().simplified();
    return options;
}

void CertificatesDialog::optionsChanged()
{
    m_certificates->setOptions(options());
    m_outputs->setDocument(&*m_certificates);
    // Counts after a colon need no plural forms.
    QString summary = QStringList { tr("Trainees: %1").arg(m_certificates->certificates().size()),
        tr("Pages: %1").arg(m_certificates->pageCount()) }
                          .join(QStringLiteral(" · "));
    if (m_certificates->withoutAttendance() > 0) {
        summary += QLatin1Char('\n')
            + tr("Without any half-day attended, and so without a certificate: %1")
                  .arg(m_certificates->withoutAttendance());
    }
    m_summary->setText(summary);
}

void CertificatesDialog::rememberOptions() const
{
    const CertificatesOptions chosen = options();
    QSettings settings;
    if (m_completedOnly->isEnabled())
        settings.setValue(completedOnlyKey, chosen.completedOnly);
    settings.setValue(issuedAtKey, chosen.issuedAt);
    settings.setValue(signatoryNameKey, chosen.signatoryName);
    settings.setValue(signatoryRoleKey, chosen.signatoryRole);
}

void CertificatesDialog::preview()
{
    m_outputs->preview();
}

void CertificatesDialog::print()
{
    m_outputs->print();
}

void CertificatesDialog::saveAsPdf()
{
    m_outputs->saveAsPdf();
}

} // namespace relais
