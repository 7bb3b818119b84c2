#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPrinter;
class QPushButton;
class QWidget;

namespace relais {

class PrintableDocument;

// What a print dialog does with its document: Print Preview…, Print… and Save as
// PDF…, with the printer and paper chosen once kept for the next output, the folder of
// the last PDF remembered, and clear messages when printing or saving fails.
class PrintOutputs : public QObject
{
    Q_OBJECT
public:
    // The dialog's own words for its document.
    struct Texts
    {
        QString previewTitle; // "Attendance Sheet — Print Preview"
        QString printTitle; // "Print Attendance Sheet"
        QString saveTitle; // "Save Attendance Sheet as PDF"
        QString printFailed; // "The attendance sheet could not be printed on %1."
    };

    PrintOutputs(QWidget *dialog, Texts texts);
    ~PrintOutputs() override;

    // What is printed, laid out as it will print; the outputs are disabled while there
    // is none or it has no page. Called again after the document changed.
    void setDocument(const PrintableDocument *document);
    const PrintableDocument *document() const { return m_document; }

    // Adds the three outputs to a dialog's buttons, Print Preview… as the default.
    void addButtons(QDialogButtonBox *buttons);
    // "Saved as …", shown once a PDF has been written.
    QLabel *savedLabel() const { return m_saved; }

    void preview();
    void print();
    // The file written, or empty when cancelled or refused (the user has been told why).
    QString saveAsPdf();

signals:
    // Before each output, for the dialog to remember the options it prints with.
    void aboutToOutput();

private:
    QPrinter *printer();
    void updateButtons();

    QWidget *m_dialog = nullptr;
    Texts m_texts;
    const PrintableDocument *m_document = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_saved = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace relais
