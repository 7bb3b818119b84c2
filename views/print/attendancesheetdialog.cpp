#include "attendancesheetdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <models/db/databaseerror.h>

namespace relais {

namespace {
const QString registeredOnlyKey = QStringLiteral("print/attendanceSheet/registeredOnly");
const QString withEmailKey = QStringLiteral("print/attendanceSheet/withEmail");
const QString blankRowsKey = QStringLiteral("print/attendanceSheet/blankRows");
const QString pdfFolderKey = QStringLiteral("print/pdfFolder");
} // namespace

AttendanceSheetDialog::AttendanceSheetDialog(Database &database, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_allInvited(new QRadioButton(this))
    , m_registeredOnly(new QRadioButton(this))
    , m_withEmail(new QCheckBox(tr("&E-mail column"), this))
    , m_blankRows(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_saved(new QLabel(this))
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
    m_saved->setObjectName(QStringLiteral("saved"));
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton
        = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    printButton->setObjectName(QStringLiteral("print"));
    pdfButton->setObjectName(QStringLiteral("saveAsPdf"));
    previewButton->setDefault(true);
    m_outputs = { previewButton, printButton, pdfButton };
    connect(previewButton, &QPushButton::clicked, this, &AttendanceSheetDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &AttendanceSheetDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &AttendanceSheetDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(whoGroup);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_saved);
    layout->addStretch();
    layout->addWidget(buttons);

    if (!m_sheet) {
        for (QWidget *widget : { static_cast<QWidget *>(whoGroup),
                 static_cast<QWidget *>(m_withEmail), static_cast<QWidget *>(m_blankRows) })
            widget->setEnabled(false);
        for (QPushButton *button : std::as_const(m_outputs))
            button->setEnabled(false);
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
    // Counts after a colon need no plural forms.
    m_summary->setText(QStringList { tr("Names: %1").arg(m_sheet->listedInvitees().size()),
        tr("Blank rows: %1").arg(m_sheet->options().blankRows),
        tr("Pages: %1").arg(m_sheet->pageCount()) }
                           .join(QStringLiteral(" · ")));
}

QPrinter *AttendanceSheetDialog::printer()
{
    // Made on first use: asking the system for its printers can take a moment. Kept, so
    // that the printer and paper chosen once stay chosen for preview and print.
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(m_sheet->pageLayout());
    }
    m_printer->setDocName(QFileInfo(m_sheet->suggestedFileName()).completeBaseName());
    return m_printer.get();
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
    rememberOptions();
    QPrintPreviewDialog dialog(printer(), this);
    dialog.setWindowTitle(tr("Attendance Sheet — Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [this](QPrinter *target) { m_sheet->paint(target); });
    dialog.exec();
}

void AttendanceSheetDialog::print()
{
    rememberOptions();
    QPrinter *target = printer();
    QPrintDialog dialog(target, this);
    dialog.setWindowTitle(tr("Print Attendance Sheet"));
    dialog.setMinMax(1, m_sheet->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sheet->paint(target);
    if (target->printerState() == QPrinter::Error) {
        QMessageBox::warning(this, windowTitle(),
            tr("The attendance sheet could not be printed on %1.").arg(target->printerName()));
    }
}

void AttendanceSheetDialog::saveAsPdf()
{
    rememberOptions();
    QSettings settings;
    const QString folder
        = settings
              .value(
                  pdfFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QFileDialog dialog(
        this, tr("Save Attendance Sheet as PDF"), folder, tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(QDir(folder).filePath(m_sheet->suggestedFileName()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(pdfFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!m_sheet->writePdf(path, &error)) {
        QMessageBox::warning(this, tr("Save as PDF"), error);
        return;
    }
    m_saved->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    m_saved->show();
}

} // namespace relais
