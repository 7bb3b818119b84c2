#pragma once

// Helpers for the tests of printed documents: a document written as a PDF and read back
// as text, page by page, and the user's settings kept out of reach of the print
// dialogs' remembered options. Include after "catchqt.h".

#include "scratchsettings.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <memory>
#include <utility>
#include <vector>
#include <views/print/printabledocument.h>

namespace printtesting {

// The text of each page of a PDF, as poppler reads it back (layout kept, so that a
// table row stays on one line).
inline QStringList pdfPages(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext was not found: install poppler-utils, needed to read printed documents "
             "back");
    QProcess process;
    process.start(pdftotext,
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
            QStringLiteral("-") });
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    // pdftotext ends every page with a form feed, the last one included.
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The document written as a PDF, read back page by page.
inline QStringList render(const relais::PrintableDocument &document)
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("document.pdf"));
    QString error;
    REQUIRE(document.writePdf(path, &error));
    CHECK(error.isEmpty());
    return pdfPages(path);
}

// Runs of blanks made one, so that "Dupont   Claire" and "Dupont Claire" compare equal,
// and the ligatures of the PDF's fonts ("ﬁ" in "Certiﬁcate") spelled out.
inline QString flat(const QString &text)
{
    QString plain = text.simplified();
    for (const auto &[ligature, letters] : { std::pair { u'\ufb00', "ff" }, { u'\ufb01', "fi" },
             { u'\ufb02', "fl" }, { u'\ufb03', "ffi" }, { u'\ufb04', "ffl" } })
        plain.replace(QChar(ligature), QLatin1String(letters));
    return plain;
}

// Whether these pieces appear in this order in the text.
inline bool inOrder(const QString &text, const QStringList &pieces)
{
    qsizetype previous = -1;
    for (const QString &piece : pieces) {
        const qsizetype at = text.indexOf(piece, previous + 1);
        if (at < 0)
            return false;
        previous = at;
    }
    return true;
}

// A small two-colour logo, as the Preferences store it.
inline QByteArray logoPng()
{
    QImage image(240, 120, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2e, 0x7d, 0x32));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(10, 10, 100, 100));
    painter.setBrush(QColor(0x15, 0x65, 0xc0));
    painter.drawRect(QRectF(125, 30, 105, 60));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// For the "[.look]" tests: with RELAIS_LOOK_QM set to .qm files (separated by ':'), the
// documents are printed in French, to see how the longer words fit.
class LookLanguage
{
public:
    LookLanguage()
    {
        const QString files = qEnvironmentVariable("RELAIS_LOOK_QM");
        if (files.isEmpty())
            return;
        for (const QString &file : files.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(file) && QCoreApplication::installTranslator(translator.get()))
                m_translators.push_back(std::move(translator));
        }
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    ~LookLanguage()
    {
        if (m_translators.empty())
            return;
        for (const auto &translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
        QLocale::setDefault(m_locale);
    }
    LookLanguage(const LookLanguage &) = delete;
    LookLanguage &operator=(const LookLanguage &) = delete;

private:
    QLocale m_locale;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace printtesting
