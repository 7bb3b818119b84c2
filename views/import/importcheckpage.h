#pragma once

#include "models/import/importplan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace relais {

class ImportWizard;

// The last page of the import: what will happen, row by row, before anything is written.
// Tabs show the rows as they will be stored, the refused rows with their line and reason,
// the names new to Relais (to create, or to take as an existing one), and the duplicates
// (to skip, to fill or overwrite the record they look like, or to create anyway).
// Refused rows block the import until the user chooses to leave them out — or corrects
// the file and reads it again.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // For tests.
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *preview() const { return m_preview; }
    QTableWidget *problems() const { return m_problems; }
    QTableWidget *values() const { return m_values; }
    QTableWidget *duplicates() const { return m_duplicates; }
    QCheckBox *skipRefused() const { return m_skipRefused; }
    QString summary() const;
    // Every duplicate gets this action.
    void setDuplicateAction(DuplicateAction action);
    // The file as it is now, after the user corrected it in the spreadsheet: checked
    // again, or mapped again when its columns changed.
    void readFileAgain();

private:
    void analyse();
    void showPreview();
    void showProblems();
    void showValues();
    void showDuplicates();
    void updateOutcome();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_preview;
    QTableWidget *m_problems;
    QCheckBox *m_skipRefused;
    QTableWidget *m_values;
    QTableWidget *m_duplicates;
    QComboBox *m_allDuplicates;
};

} // namespace relais
