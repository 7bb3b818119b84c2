#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <models/db/settingsrepository.h>
#include <models/indicators/yearindicators.h>

class QTextDocument;

namespace relais {

// The images of a review by their resource name in its documents.
using ReviewImages = QHash<QString, QVariant>;

class Database;

// The areas of the annual review, each a section of its own.
enum class ReviewSection { Actors, Meetings, Training, Serd, Means };

// A chart drawn for the review, as a ready-made image. Drawn large (1800 pixels wide or
// so): it is scaled to the width of the text, but never printed under 150 dpi.
struct ReviewChart
{
    ReviewSection section = ReviewSection::Actors;
    QString caption; // printed under the chart; may be empty
    QImage image;
};

// Everything the review prints, gathered beforehand so that it needs no database.
struct AnnualReviewContent
{
    ProgrammeSettings programme;
    YearIndicators year;
    YearIndicators previous; // the year before, for the change (its key figures suffice)
    // In the order they print; each after the tables of its section, also when the area
    // had nothing to report that year (a chart across years may still say something).
    QList<ReviewChart> charts;
    QDate generatedOn;
};

// The annual review (bilan annuel) of a year, in the user's language: a title page (the
// programme, its organisation and logo, the year, the date of generation), the headline
// figures of the year beside those of the year before and the change, one section per
// area (actors, meetings, training, SERD, means) with its tables and charts, and the
// partners mobilised grouped by type. Every page after the title page ends with the
// programme's name, the date of generation and "Page n of N".
//
// Laid out once as a QTextDocument, so that the same document prints, goes to PDF, to
// ODT (to edit in LibreOffice or Word) and to a single HTML file. On paper, a heading is
// never left at the foot of a page without what follows it, a chart never parted from
// its caption, and a table row never split across two pages (the column titles repeat).
class AnnualReview : public PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(relais::AnnualReview)

public:
    explicit AnnualReview(AnnualReviewContent content);
    ~AnnualReview() override;
    AnnualReview(const AnnualReview &) = delete;
    AnnualReview &operator=(const AnnualReview &) = delete;

    const AnnualReviewContent &content() const { return m_content; }
    // The document as written to ODT and HTML (not paginated).
    const QTextDocument &textDocument() const { return *m_document; }

    int pageCount() const override;
    // "Annual review 2014 - <programme>.pdf"
    QString suggestedFileName() const override;

    // An OpenDocument text, its charts and logo inside. False, with *error for the user,
    // when it cannot be written; an existing file is only replaced once the new one is
    // complete.
    bool writeOdt(const QString &path, QString *error = nullptr) const;
    // One HTML file that needs no other: its images are inside, as data URIs.
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    // That HTML file's text (UTF-8).
    QByteArray html() const;

    // Up to this many partners, the review lists them by name under their type; beyond,
    // the list would fill hundreds of pages that nobody reads on paper, and the review
    // says where to find it: the review's window saves it as a spreadsheet (PartnerList).
    static constexpr int partnersListedInPrint = 500;
    bool listsPartners() const;
    // "Partners 2014 - <programme>.csv"
    QString partnersFileName() const;

protected:
    Pages layOutPages(const QPageLayout &pageLayout) const override;
    void pageLayoutChanged() override;
    QString pdfTitle() const override;
    QString saveFailure(const QString &path, const QString &reason) const override;

private:
    struct Paginated;
    std::shared_ptr<const Paginated> paginate(const QPageLayout &pageLayout) const;
    QString title() const;

    AnnualReviewContent m_content;
    ReviewImages m_images;
    std::unique_ptr<QTextDocument> m_document;
    // For the page layout set.
    std::shared_ptr<const Paginated> m_pages;
};

} // namespace relais
