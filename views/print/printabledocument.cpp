#include "printabledocument.h"

#include "printstyle.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace relais {

using namespace print;

PrintableDocument::PrintableDocument()
    : m_pageLayout(defaultPageLayout())
{ }

QPageLayout PrintableDocument::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
        QPageLayout::Millimeter);
}

void PrintableDocument::setPageLayout(const QPageLayout &layout)
{
    m_pageLayout = layout;
    pageLayoutChanged();
}

QSizeF PrintableDocument::printableArea(const QPageLayout &pageLayout)
{
    const QRectF area = pageLayout.paintRect(QPageLayout::Millimeter);
    return { mm(area.width()), mm(area.height()) };
}

void PrintableDocument::paintFooter(
    QPainter &painter, const QSizeF &area, const QString &about, int page, int pageCount)
{
    const QFont font = printFont(8);
    const QFontMetricsF metrics(font);
    const qreal baseline = area.height() - metrics.descent();
    painter.setFont(font);
    painter.setPen(secondaryInk);
    qreal pageWidth = 0;
    if (pageCount > 0) {
        const QString pageText = tr("Page %1 / %2").arg(page + 1).arg(pageCount);
        pageWidth = metrics.horizontalAdvance(pageText);
        painter.drawText(QPointF(area.width() - pageWidth, baseline), pageText);
    }
    painter.drawText(QPointF(0, baseline),
        metrics.elidedText(about, Qt::ElideRight, area.width() - pageWidth - mm(10)));
}

bool PrintableDocument::paintPages(QPagedPaintDevice *device) const
{
    const Pages pages = layOutPages(device->pageLayout());
    if (pages.count < 1)
        return false;
    int from = 1;
    int to = pages.count;
    if (const auto *printer = dynamic_cast<const QPrinter *>(device);
        printer && printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        from = qBound(1, printer->fromPage(), to);
        to = qBound(from, printer->toPage() > 0 ? printer->toPage() : to, to);
    }

    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (int page = from - 1; page < to; ++page) {
        if (page > from - 1 && !device->newPage())
            return false;
        painter.resetTransform();
        painter.setRenderHints(
            QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(device->logicalDpiX() / dotsPerInch, device->logicalDpiY() / dotsPerInch);
        pages.paint(painter, page);
    }
    return painter.end();
}

void PrintableDocument::paint(QPagedPaintDevice *device) const
{
    if (!paintPages(device))
        qWarning("relais: a printed document could not be painted");
}

bool PrintableDocument::writePdf(const QString &path, QString *error) const
{
    if (pageCount() < 1) {
        if (error)
            *error = saveFailure(QDir::toNativeSeparators(path), tr("there is nothing to print"));
        return false;
    }
    return writeFile(path, error, [this](QIODevice &device) {
        QPdfWriter writer(&device);
        writer.setResolution(int(dotsPerInch));
        writer.setPageLayout(m_pageLayout);
        writer.setCreator(QStringLiteral("Relais"));
        writer.setTitle(pdfTitle());
        return paintPages(&writer);
    });
}

bool PrintableDocument::writeFile(
    const QString &path, QString *error, const std::function<bool(QIODevice &device)> &write) const
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = saveFailure(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!write(file)) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QString PrintableDocument::fileNamePart(QString text)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : text) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    // Windows drops trailing dots and spaces.
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

} // namespace relais
