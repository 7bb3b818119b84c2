#include "printoutputs.h"

#include "printabledocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace relais {

namespace {
const QString pdfFolderKey = QStringLiteral("print/pdfFolder");
} // namespace

PrintOutputs::PrintOutputs(QWidget *dialog, Texts texts)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_texts(std::move(texts))
    , m_saved(new QLabel(dialog))
{
    m_saved->setObjectName(QStringLiteral("saved"));
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->hide();
}

PrintOutputs::~PrintOutputs() = default;

void PrintOutputs::setDocument(const PrintableDocument *document)
{
    m_document = document;
    updateButtons();
}

void PrintOutputs::addButtons(QDialogButtonBox *buttons)
{
    QPushButton *previewButton
        = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    printButton->setObjectName(QStringLiteral("print"));
    pdfButton->setObjectName(QStringLiteral("saveAsPdf"));
    previewButton->setDefault(true);
    m_buttons = { previewButton, printButton, pdfButton };
    connect(previewButton, &QPushButton::clicked, this, &PrintOutputs::preview);
    connect(printButton, &QPushButton::clicked, this, &PrintOutputs::print);
    connect(pdfButton, &QPushButton::clicked, this, &PrintOutputs::saveAsPdf);
    updateButtons();
}

void PrintOutputs::updateButtons()
{
    const bool printable = m_document && m_document->pageCount() > 0;
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(printable);
}

QPrinter *PrintOutputs::printer()
{
    // Made on first use: asking the system for its printers can take a moment. Kept, so
    // that the printer and paper chosen once stay chosen for preview and print.
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(m_document->pageLayout());
    }
    m_printer->setDocName(QFileInfo(m_document->suggestedFileName()).completeBaseName());
    return m_printer.get();
}

void PrintOutputs::preview()
{
    if (!m_document)
        return;
    emit aboutToOutput();
    QPrintPreviewDialog dialog(printer(), m_dialog);
    dialog.setWindowTitle(m_texts.previewTitle);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [this](QPrinter *target) { m_document->paint(target); });
    dialog.exec();
}

void PrintOutputs::print()
{
    if (!m_document || m_document->pageCount() < 1)
        return;
    emit aboutToOutput();
    QPrinter *target = printer();
    QPrintDialog dialog(target, m_dialog);
    dialog.setWindowTitle(m_texts.printTitle);
    dialog.setMinMax(1, m_document->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->paint(target);
    if (target->printerState() == QPrinter::Error) {
        QMessageBox::warning(
            m_dialog, m_dialog->windowTitle(), m_texts.printFailed.arg(target->printerName()));
    }
}

QString PrintOutputs::saveAsPdf()
{
    if (!m_document || m_document->pageCount() < 1)
        return {};
    emit aboutToOutput();
    QSettings settings;
    const QString folder
        = settings
              .value(
                  pdfFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QFileDialog dialog(m_dialog, m_texts.saveTitle, folder, tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(QDir(folder).filePath(m_document->suggestedFileName()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(pdfFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!m_document->writePdf(path, &error)) {
        QMessageBox::warning(m_dialog, tr("Save as PDF"), error);
        return {};
    }
    m_saved->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    m_saved->show();
    return path;
}

} // namespace relais
