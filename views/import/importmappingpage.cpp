#include "importmappingpage.h"

#include "importwizard.h"
#include "models/import/importfields.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

enum Column { HeaderColumn, ExamplesColumn, FieldColumn };

// A few distinct non-blank values of a column, to tell what it holds.
QString examples(const CsvTable &table, qsizetype column)
{
    QStringList values;
    for (const CsvRecord &record : table.records) {
        const QString value = record.field(column).simplified();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
        if (values.size() == 3)
            break;
    }
    return values.join(QStringLiteral("  ·  "));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_missing(new QLabel(this))
{
    setTitle(tr("The columns"));
    setSubTitle(tr("Which field each column of the file goes to. Relais proposes them from "
                   "the headers and remembers your choice for the next file like this one."));
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("Values"), tr("Field") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
}

void ImportMappingPage::initializePage()
{
    const CsvTable &table = *m_wizard->table();
    const ImportKind kind = m_wizard->kind();
    // Coming back to this page keeps the user's choices for the same file.
    if (m_wizard->mapping().kind != kind || m_wizard->mapping().header != table.header)
        m_wizard->setMapping(MappingMemory(m_wizard->mappingStore()).propose(kind, table.header));
    showMapping();
}

void ImportMappingPage::showMapping()
{
    const CsvTable &table = *m_wizard->table();
    const ColumnMapping &mapping = m_wizard->mapping();
    const QList<ImportField> fields = ImportFields::of(mapping.kind);
    m_table->setRowCount(int(table.header.size()));
    for (int column = 0; column < table.header.size(); ++column) {
        m_table->setItem(column, HeaderColumn, new QTableWidgetItem(table.header[column]));
        m_table->setItem(column, ExamplesColumn, new QTableWidgetItem(examples(table, column)));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("field%1").arg(column));
        combo->addItem(tr("— not imported —"), QString());
        for (const ImportField &field : fields)
            combo->addItem(
                field.required ? tr("%1 (required)").arg(field.label) : field.label, field.key);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.fieldOf(column))));
        connect(combo, &QComboBox::activated, this, [this, column, combo] {
            m_wizard->mapping().setField(column, combo->currentData().toString());
            // The field may have left another column.
            for (int other = 0; other < m_table->rowCount(); ++other) {
                auto *otherCombo
                    = qobject_cast<QComboBox *>(m_table->cellWidget(other, FieldColumn));
                const QSignalBlocker blocker(otherCombo);
                otherCombo->setCurrentIndex(
                    std::max(0, otherCombo->findData(m_wizard->mapping().fieldOf(other))));
            }
            updateMissing();
        });
        m_table->setCellWidget(column, FieldColumn, combo);
    }
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->setColumnWidth(FieldColumn, 260);
    updateMissing();
}

void ImportMappingPage::updateMissing()
{
    QStringList names;
    for (const ImportField &field : m_wizard->mapping().missingRequiredFields())
        names << field.label;
    m_missing->setText(names.isEmpty() ? QString()
                                       : tr("Choose the column of: %1. Every row needs it.")
                                             .arg(names.join(QLatin1String(", "))));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->table() && m_wizard->mapping().missingRequiredFields().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    MappingMemory(m_wizard->mappingStore()).remember(m_wizard->mapping());
    return true;
}

} // namespace relais
