#include "sessionsheetdialog.h"

#include "printoutputs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <models/db/databaseerror.h>

namespace relais {

namespace {
const QString blankRowsKey = QStringLiteral("print/sessionSheet/blankRows");
} // namespace

SessionSheetDialog::SessionSheetDialog(Database &database, qint64 sessionId, QWidget *parent)
    : QDialog(parent)
    , m_blankRows(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_outputs(new PrintOutputs(this,
          { tr("Sign-in Sheet — Print Preview"), tr("Print Sign-in Sheet"),
              tr("Save Sign-in Sheet as PDF"),
              tr("The sign-in sheet could not be printed on %1.") }))
{
    setObjectName(QStringLiteral("sessionSheetDialog"));
    setWindowTitle(tr("Training Sign-in Sheet"));

    QString loadError;
    try {
        m_sheet.emplace(SessionSheet::load(database, sessionId));
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
        const SessionSheetData &data = m_sheet->data();
        QStringList parts;
        for (const QString &part :
            { data.module.title.simplified(), data.cohort.name.simplified() }) {
            if (!part.isEmpty())
                parts << part;
        }
        if (data.session.date.isValid())
            parts << QLocale().toString(data.session.date, QLocale::LongFormat);
        heading->setText(parts.join(QStringLiteral(" · ")));
    } else {
        heading->setText(loadError);
    }

    m_blankRows->setObjectName(QStringLiteral("blankRows"));
    m_blankRows->setRange(0, 200);
    m_blankRows->setValue(QSettings().value(blankRowsKey, SessionSheetOptions().blankRows).toInt());
    auto *form = new QFormLayout;
    form->addRow(tr("&Blank rows for late additions:"), m_blankRows);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_outputs->addButtons(buttons);
    connect(m_outputs, &PrintOutputs::aboutToOutput, this, &SessionSheetDialog::rememberOptions);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_outputs->savedLabel());
    layout->addStretch();
    layout->addWidget(buttons);

    if (!m_sheet) {
        m_blankRows->setEnabled(false);
        return;
    }
    connect(m_blankRows, &QSpinBox::valueChanged, this, &SessionSheetDialog::optionsChanged);
    optionsChanged();
}

SessionSheetDialog::~SessionSheetDialog() = default;

SessionSheetOptions SessionSheetDialog::options() const
{
    SessionSheetOptions options;
    options.blankRows = m_blankRows->value();
    return options;
}

void SessionSheetDialog::optionsChanged()
{
    m_sheet->setOptions(options());
    m_outputs->setDocument(&*m_sheet);
    // Counts after a colon need no plural forms.
    m_summary->setText(QStringList { tr("Trainees: %1").arg(m_sheet->listedTrainees().size()),
        tr("Blank rows: %1").arg(m_sheet->options().blankRows),
        tr("Pages: %1").arg(m_sheet->pageCount()) }
                           .join(QStringLiteral(" · ")));
}

void SessionSheetDialog::rememberOptions() const
{
    QSettings().setValue(blankRowsKey, options().blankRows);
}

void SessionSheetDialog::preview()
{
    m_outputs->preview();
}

void SessionSheetDialog::print()
{
    m_outputs->print();
}

void SessionSheetDialog::saveAsPdf()
{
    m_outputs->saveAsPdf();
}

} // namespace relais
