#include "importfilepage.h"

#include "importwizard.h"
#include "models/import/importplan.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

// How many rows of the file the page shows.
constexpr int previewRows = 8;

const CsvEncoding encodings[] = { CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Windows1252,
    CsvEncoding::Latin1, CsvEncoding::Utf16 };

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return ImportFilePage::tr("semicolons");
    if (delimiter == u',')
        return ImportFilePage::tr("commas");
    return ImportFilePage::tr("tabs");
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_kind(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setTitle(tr("The file"));
    setSubTitle(tr("A CSV file saved from a spreadsheet (in Excel: Save as > CSV). See "
                   "docs/csv-formats.md for the columns Relais recognises."));
    m_kind->setObjectName(QStringLiteral("kind"));
    // Contacts first: the file most often brought in.
    m_kind->addItem(importKindName(ImportKind::Contacts), int(ImportKind::Contacts));
    for (const ImportKind kind : allImportKinds) {
        if (ImportPlan::imports(kind) && kind != ImportKind::Contacts)
            m_kind->addItem(importKindName(kind), int(kind));
    }
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("choose"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (const CsvEncoding encoding : encodings)
        m_encoding->addItem(csvEncodingName(encoding), int(encoding));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(choose);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_encoding);
    reading->addSpacing(12);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    reading->addWidget(delimiterLabel);
    reading->addWidget(m_delimiter);
    reading->addStretch();
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *form = new QFormLayout;
    form->addRow(tr("&Rows of:"), m_kind);
    form->addRow(fileLabel, file);
    form->addRow(encodingLabel, reading);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);

    connect(choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_encoding, &QComboBox::activated, this, [this] { readAgain(false); });
    connect(m_delimiter, &QComboBox::activated, this, [this] { readAgain(false); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
}

ImportKind ImportFilePage::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportFilePage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportFilePage::chooseFile()
{
    QSettings settings;
    const QString folder
        = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the File to Import"), folder,
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    m_wizard->openFile(path);
}

bool ImportFilePage::readAgain(bool detect)
{
    m_path->setText(QDir::toNativeSeparators(m_wizard->path()));
    CsvReadOptions options;
    if (!detect) {
        options.encoding = CsvEncoding(m_encoding->currentData().toInt());
        options.delimiter = m_delimiter->currentData().toString().at(0);
    }
    QString error;
    const bool read = m_wizard->readFile(options, &error);
    if (read) {
        const CsvTable &table = *m_wizard->table();
        m_encoding->setCurrentIndex(m_encoding->findData(int(table.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(table.delimiter)));
        QString summary
            = tr("%n row(s) under a header of %1 columns.", "", int(table.records.size()))
                  .arg(table.header.size());
        if (detect)
            summary = tr("Read as %1, cells separated by %2.")
                          .arg(csvEncodingName(table.encoding), delimiterName(table.delimiter))
                + QLatin1Char(' ') + summary;
        if (table.unclosedQuoteLine)
            summary += QLatin1Char(' ')
                + tr("A quote opened on line %1 is never closed: the rest of the file went into "
                     "that cell.")
                      .arg(table.unclosedQuoteLine);
        m_summary->setText(summary);
    } else {
        m_summary->setText(error);
    }
    showTable();
    emit completeChanged();
    return read;
}

void ImportFilePage::showTable()
{
    m_preview->clear();
    const auto &table = m_wizard->table();
    if (!table) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    m_preview->setColumnCount(int(table->header.size()));
    m_preview->setHorizontalHeaderLabels(table->header);
    const int rows = int(std::min<qsizetype>(previewRows, table->records.size()));
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const CsvRecord &record = table->records[row];
        lines << QString::number(record.line);
        for (int column = 0; column < table->header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(record.field(column)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));
}

bool ImportFilePage::isComplete() const
{
    const auto &table = m_wizard->table();
    return table && !table->header.isEmpty() && !table->records.isEmpty();
}

} // namespace relais
