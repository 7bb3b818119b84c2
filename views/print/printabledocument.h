#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QSizeF>
#include <QString>
#include <functional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace relais {

// A document the programme prints (an attendance sheet, certificates…), laid out by
// hand in 1/1200 inch whatever the device: its pages are counted for its page layout,
// painted on a printer, a preview or a PDF, and saved as a PDF without leaving a
// half-written file behind.
class PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrintableDocument)

public:
    virtual ~PrintableDocument() = default;

    // A4 portrait with margins most printers can print.
    static QPageLayout defaultPageLayout();

    QPageLayout pageLayout() const { return m_pageLayout; }
    void setPageLayout(const QPageLayout &layout);

    // For the page layout set (A4 unless changed).
    virtual int pageCount() const = 0;

    // Paints every page (or, on a QPrinter, the page range chosen in the print dialog),
    // laid out for the device's own page layout.
    void paint(QPagedPaintDevice *device) const;
    // Writes the document as a PDF; an existing file is only replaced once the new one
    // is complete. False, with *error for the user, when it cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // A file name that says what the document is, without characters that file systems
    // refuse.
    virtual QString suggestedFileName() const = 0;

    // Text made fit for a file name: characters that file systems refuse become spaces.
    static QString fileNamePart(QString text);

protected:
    PrintableDocument();
    PrintableDocument(const PrintableDocument &) = default;
    PrintableDocument &operator=(const PrintableDocument &) = default;

    // The document laid out for one page layout: how many pages, and how to paint one
    // of them on a painter already scaled to the documents' unit.
    struct Pages
    {
        int count = 0;
        std::function<void(QPainter &painter, int page)> paint;
    };
    virtual Pages layOutPages(const QPageLayout &pageLayout) const = 0;
    // Called when the page layout changes, for documents that keep their page count.
    virtual void pageLayoutChanged() { }

    // The PDF's title, in its properties.
    virtual QString pdfTitle() const = 0;
    // "The attendance sheet could not be saved as <path>: <reason>", in the document's
    // own words.
    virtual QString saveFailure(const QString &path, const QString &reason) const = 0;

    // Writes a file through `write`, given the file open for writing: an existing file is
    // only replaced once the new one is complete, and a failed write leaves nothing
    // behind. False, with *error in the document's own words (saveFailure), when it cannot
    // be written.
    bool writeFile(const QString &path, QString *error,
        const std::function<bool(QIODevice &device)> &write) const;

    // The printable area of a page layout, in the documents' unit.
    static QSizeF printableArea(const QPageLayout &pageLayout);
    // At the foot of a page of this area: what the document is at the left (pages get
    // separated), and, at the right, "Page n / N" when pageCount is set.
    static void paintFooter(
        QPainter &painter, const QSizeF &area, const QString &about, int page, int pageCount);

private:
    bool paintPages(QPagedPaintDevice *device) const;

    QPageLayout m_pageLayout;
};

} // namespace relais
