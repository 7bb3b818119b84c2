#include "attendancesheetdialog.h"

#include "printoutputs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <models/db/databaseerror.h>

namespace relais {

namespace {
const QString registeredOnlyKey = QStringLiteral("print/attendanceSheet/registeredOnly");
const QString withEmailKey = QStringLiteral("print/attendanceSheet/withEmail");
const QString blankRowsKey = QStringLiteral("print/attendanceSheet/blankRows");
} // namespace

AttendanceSheetDialog::AttendanceSheetDialog(Database &database, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_allInvited(new QRadioButton(this))
    , m_registeredOnly(new QRadioButton(this))
    , m_withEmail(new QCheckBox(tr("&E-mail column"), this))
    , m_blankRows(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_outputs(new PrintOutputs(this,
          { tr("Attendance Sheet — Print Preview"), tr("Print Attendance Sheet"),
              tr("Save Attendance Sheet as PDF"),
              tr("The attendance sheet could not be printed on %1.") }))
{
    setObjectName(QStringLiteral("attendanceSheetDialog"));
    setWindowTitle(tr("Attendance Sheet"));

    QString loadError;
    try {
        m_sheet.emplace(AttendanceSheet::load(database, meetingId));
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
    if (m_sheet) {
        const Meeting &meeting = m_sheet->data().meeting;
        heading->setText(meeting.date.isValid() ? tr("%1, %2").arg(
                             meeting.title, QLocale().toString(meeting.date, QLocale::LongFormat))
                                                : meeting.title);
    } else {
        heading->setText(loadError);
    }

    // Counts beside each choice: the officer sees at once how long the list is.
    int expected = 0;
    int registered = 0;
    if (m_sheet) {
        AttendanceSheetOptions registeredOptions;
        registeredOptions.registeredOnly = true;
        for (const Invitee &invitee : m_sheet->data().invitees) {
            expected += AttendanceSheet::isListed(invitee, AttendanceSheetOptions()) ? 1 : 0;
            registered += AttendanceSheet::isListed(invitee, registeredOptions) ? 1 : 0;
        }
    }
    m_allInvited->setObjectName(QStringLiteral("allInvited"));
    m_allInvited->setText(tr("Everyone &invited, except those excused (%1)").arg(expected));
    m_registeredOnly->setObjectName(QStringLiteral("registeredOnly"));
    m_registeredOnly->setText(tr("Only those &registered (%1)").arg(registered));
    auto *who = new QButtonGroup(this);
    who->addButton(m_allInvited);
    who->addButton(m_registeredOnly);

    m_withEmail->setObjectName(QStringLiteral("withEmail"));
    m_blankRows->setObjectName(QStringLiteral("blankRows"));
    m_blankRows->setRange(0, 200);

    const QSettings settings;
    (settings.value(registeredOnlyKey, false).toBool() ? m_registeredOnly : m_allInvited)
        ->setChecked(true);
    m_withEmail->setChecked(settings.value(withEmailKey, false).toBool());
    m_blankRows->setValue(settings.value(blankRowsKey, AttendanceSheetOptions().blankRows).toInt());

    auto *whoGroup = new QGroupBox(tr("Who is listed"), this);
    auto *whoLayout = new QVBoxLayout(whoGroup);
    whoLayout->addWidget(m_allInvited);
    whoLayout->addWidget(m_registeredOnly);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_withEmail);
    form->addRow(tr("&Blank rows for walk-ins:"), m_blankRows);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_outputs->addButtons(buttons);
    connect(m_outputs, &PrintOutputs::aboutToOutput, this, &AttendanceSheetDialog::rememberOptions);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(whoGroup);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_outputs->savedLabel());
    layout->addStretch();
    layout->addWidget(buttons);

    if (!m_sheet) {
        for (QWidget *widget : { static_cast<QWidget *>(whoGroup),
                 static_cast<QWidget *>(m_withEmail), static_cast<QWidget *>(m_blankRows) })
            widget->setEnabled(false);
        return;
    }
    connect(m_registeredOnly, &QRadioButton::toggled, this, &AttendanceSheetDialog::optionsChanged);
    connect(m_withEmail, &QCheckBox::toggled, this, &AttendanceSheetDialog::optionsChanged);
    connect(m_blankRows, &QSpinBox::valueChanged, this, &AttendanceSheetDialog::optionsChanged);
    optionsChanged();
}

AttendanceSheetDialog::~AttendanceSheetDialog() = default;

AttendanceSheetOptions AttendanceSheetDialog::options() const
{
    AttendanceSheetOptions options;
    options.registeredOnly = m_registeredOnly->isChecked();
    options.withEmail = m_withEmail->isChecked();
    options.blankRows = m_blankRows->value();
    return options;
}

void AttendanceSheetDialog::optionsChanged()
{
    m_sheet->setOptions(options());
    m_outputs->setDocument(&*m_sheet);
    // Counts after a colon need no plural forms.
    m_summary->setText(QStringList { tr("Names: %1").arg(m_sheet->listedInvitees().size()),
        tr("Blank rows: %1").arg(m_sheet->options().blankRows),
        tr("Pages: %1").arg(m_sheet->pageCount()) }
                           .join(QStringLiteral(" · ")));
}

void AttendanceSheetDialog::rememberOptions() const
{
    const AttendanceSheetOptions chosen = options();
    QSettings settings;
    settings.setValue(registeredOnlyKey, chosen.registeredOnly);
    settings.setValue(withEmailKey, chosen.withEmail);
    settings.setValue(blankRowsKey, chosen.blankRows);
}

void AttendanceSheetDialog::preview()
{
    m_outputs->preview();
}

void AttendanceSheetDialog::print()
{
    m_outputs->print();
}

void AttendanceSheetDialog::saveAsPdf()
{
    m_outputs->saveAsPdf();
}

} // namespace relais
