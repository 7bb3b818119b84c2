#include "annualreviewdialog.h"

#include "printoutputs.h"
#include "views/common/tableexport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <models/db/databaseerror.h>
#include <models/export/partnerlist.h>

namespace relais {

namespace {
const QString folderKey = QStringLiteral("print/annualReviewFolder");
} // namespace

AnnualReviewDialog::AnnualReviewDialog(
    QList<int> years, ContentForYear contentForYear, QWidget *parent)
    : QDialog(parent)
    , m_contentForYear(std::move(contentForYear))
    , m_year(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_partners(new QLabel(this))
    , m_outputs(new PrintOutputs(this,
          { tr("Annual Review — Print Preview"), tr("Print Annual Review"),
              tr("Save Annual Review as PDF"),
              tr("The annual review could not be printed on %1.") }))
{
    setObjectName(QStringLiteral("annualReviewDialog"));
    setWindowTitle(tr("Annual Review"));

    // Newest first; the year under way (or the last one over) rather than one that
    // only has a meeting planned.
    std::sort(years.begin(), years.end(), std::greater<int>());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    m_year->setObjectName(QStringLiteral("year"));
    for (const int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    const int thisYear = QDate::currentDate().year();
    const auto latest = std::find_if(
        years.cbegin(), years.cend(), [thisYear](int year) { return year <= thisYear; });
    if (latest != years.cend())
        m_year->setCurrentIndex(int(latest - years.cbegin()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_partners->setObjectName(QStringLiteral("partnersSummary"));
    m_partners->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_outputs->addButtons(buttons);
    QPushButton *odt = buttons->addButton(tr("Save as &ODT…"), QDialogButtonBox::ActionRole);
    odt->setObjectName(QStringLiteral("saveAsOdt"));
    odt->setToolTip(tr("An OpenDocument text, to edit in LibreOffice or Word"));
    QPushButton *html = buttons->addButton(tr("Save as &HTML…"), QDialogButtonBox::ActionRole);
    html->setObjectName(QStringLiteral("saveAsHtml"));
    html->setToolTip(tr("A web page in one file, images included"));
    // The partners' list beside the review rather than among its outputs: it is a table
    // for a spreadsheet, and the review leaves it out when it is long.
    auto *partners = new QPushButton(tr("Save Partners as &CSV…"), this);
    partners->setObjectName(QStringLiteral("savePartnersAsCsv"));
    partners->setToolTip(tr("The year's partners, with their type, commune and ways they were "
                            "mobilised, for a spreadsheet"));
    m_fileButtons = { odt, html, partners };
    connect(odt, &QPushButton::clicked, this, &AnnualReviewDialog::saveAsOdt);
    connect(html, &QPushButton::clicked, this, &AnnualReviewDialog::saveAsHtml);
    connect(partners, &QPushButton::clicked, this, &AnnualReviewDialog::savePartnersAsCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    auto *partnersRow = new QHBoxLayout;
    partnersRow->addWidget(m_partners, 1);
    partnersRow->addWidget(partners);
    layout->addLayout(partnersRow);
    layout->addWidget(m_outputs->savedLabel());
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, &AnnualReviewDialog::yearChanged);
    yearChanged();
}

AnnualReviewDialog::~AnnualReviewDialog() = default;

int AnnualReviewDialog::year() const
{
    return m_year->currentData().toInt();
}

void AnnualReviewDialog::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void AnnualReviewDialog::yearChanged()
{
    m_outputs->setDocument(nullptr);
    m_review.reset();
    if (m_year->count() == 0) {
        m_year->setEnabled(false);
        m_summary->setText(tr("Nothing has been recorded yet: there is no year to review."));
        m_partners->clear();
        updateButtons();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_review = std::make_unique<AnnualReview>(m_contentForYear(year()));
        m_summary->setText(tr("Pages: %1").arg(m_review->pageCount()));
        const int partners = int(m_review->content().year.actors.partners.size());
        QString text = tr("Partners mobilised in %1: %2")
                           .arg(QString::number(year()), QLocale().toString(partners));
        if (!m_review->listsPartners())
            text += QLatin1Char(' ') + tr("(too many to list in the review: save them here)");
        m_partners->setText(text);
    } catch (const DatabaseError &error) {
        m_summary->setText(error.message());
        m_partners->clear();
    }
    QApplication::restoreOverrideCursor();
    m_outputs->setDocument(m_review.get());
    updateButtons();
}

void AnnualReviewDialog::updateButtons()
{
    for (QWidget *button : std::as_const(m_fileButtons))
        button->setEnabled(m_review != nullptr);
}

void AnnualReviewDialog::preview()
{
    m_outputs->preview();
}

void AnnualReviewDialog::print()
{
    m_outputs->print();
}

void AnnualReviewDialog::saveAsPdf()
{
    m_outputs->saveAsPdf();
}

QString AnnualReviewDialog::saveAsOdt()
{
    return saveAs(tr("Save Annual Review as ODT"), tr("OpenDocument texts (*.odt)"),
        QStringLiteral("odt"),
        [this](const QString &path, QString *error) { return m_review->writeOdt(path, error); });
}

QString AnnualReviewDialog::saveAsHtml()
{
    return saveAs(tr("Save Annual Review as HTML"), tr("Web pages (*.html *.htm)"),
        QStringLiteral("html"),
        [this](const QString &path, QString *error) { return m_review->writeHtml(path, error); });
}

QString AnnualReviewDialog::savePartnersAsCsv()
{
    if (!m_review)
        return {};
    const auto destination = TableExport::chooseCsvFile(
        this, tr("Save Partners as CSV"), m_review->partnersFileName());
    if (!destination)
        return {};
    if (!TableExport::writeFile(this, destination->path,
            PartnerList::csv(m_review->content().year, destination->profile)))
        return {};
    showSaved(destination->path);
    return destination->path;
}

QString AnnualReviewDialog::saveAs(const QString &title, const QString &filter,
    const QString &suffix, const std::function<bool(const QString &path, QString *error)> &write)
{
    if (!m_review)
        return {};
    QSettings settings;
    const QString folder
        = settings
              .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QFileDialog dialog(this, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(QDir(folder).filePath(
        QFileInfo(m_review->suggestedFileName()).completeBaseName() + QLatin1Char('.') + suffix));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!write(path, &error)) {
        QMessageBox::warning(this, title, error);
        return {};
    }
    showSaved(path);
    return path;
}

void AnnualReviewDialog::showSaved(const QString &path)
{
    m_outputs->savedLabel()->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    m_outputs->savedLabel()->show();
}

} // namespace relais
