#pragma once

#include "models/import/importfields.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace relais {

class ImportWizard;

// The first page of the import: what the rows are, which file, how it is read (encoding
// and delimiter, detected and shown, changeable), and its first rows as read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    ImportKind kind() const;
    void setKind(ImportKind kind);
    // Reads the wizard's file again: with the encoding and delimiter detected when
    // `detect`, else with those chosen. False when it could not be read.
    bool readAgain(bool detect);

    bool isComplete() const override;

private:
    void chooseFile();
    void showTable();

    ImportWizard *m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_summary;
    QTableWidget *m_preview;
};

} // namespace relais
