#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace relais {

class ImportWizard;

// The second page of the import: one line per column of the file, with a few of its
// values and the field it goes to — proposed from the header (or as the user set it for
// the last file with the same headers), changed with a list. A field goes to one column:
// choosing it for a column takes it from the other.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Remembers the mapping for the next file with these headers.
    bool validatePage() override;

    // For tests: the list of fields of a column.
    QTableWidget *table() const { return m_table; }

private:
    void showMapping();
    void updateMissing();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_missing;
};

} // namespace relais
