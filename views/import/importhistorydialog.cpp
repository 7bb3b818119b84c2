#include "importhistorydialog.h"

#include "models/commands/commands.h"
#include "models/db/databaseerror.h"
#include "models/import/importfields.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Database &database, Commands &commands, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_table(new QTableWidget(this))
    , m_empty(
          new QLabel(tr("Nothing has been imported into this file yet (File > Import…)."), this))
    , m_undo(new QPushButton(tr("&Undo the last import…"), this))
{
    setWindowTitle(tr("Imports"));
    m_table->setObjectName(QStringLiteral("imports"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("File"), tr("Rows of"), tr("Created"),
        tr("Updated"), tr("Skipped"), tr("Refused"), tr("State") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoLast);
    resize(860, 380);
    refresh();
}

void ImportHistoryDialog::refresh()
{
    try {
        m_batches = ImportHistoryRepository(m_database).batches();
    } catch (const DatabaseError &error) {
        m_batches.clear();
        m_empty->setText(error.message());
    }
    m_table->setRowCount(int(m_batches.size()));
    const QLocale locale;
    bool lastFound = false;
    for (int r = 0; r < m_batches.size(); ++r) {
        const ImportBatch &batch = m_batches[r];
        const auto kind = importKindFromKey(batch.kind);
        m_table->setItem(r, 0,
            new QTableWidgetItem(
                locale.toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(r, 1, new QTableWidgetItem(batch.fileName));
        m_table->setItem(r, 2, new QTableWidgetItem(kind ? importKindName(*kind) : batch.kind));
        m_table->setItem(r, 3, number(batch.created));
        m_table->setItem(r, 4, number(batch.updated));
        m_table->setItem(r, 5, number(batch.skipped));
        m_table->setItem(r, 6, number(batch.rejected));
        QString state;
        if (batch.isUndone())
            state = tr("Undone on %1")
                        .arg(locale.toString(batch.undoneAt.toLocalTime(), QLocale::ShortFormat));
        else if (!lastFound)
            state = tr("Last import: can be undone");
        lastFound = lastFound || !batch.isUndone();
        m_table->setItem(r, 7, new QTableWidgetItem(state));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_batches.isEmpty());
    m_empty->setVisible(m_batches.isEmpty());
    m_undo->setEnabled(lastFound);
}

bool ImportHistoryDialog::undoLast()
{
    std::optional<ImportBatch> last;
    int changed = 0;
    try {
        ImportHistoryRepository history(m_database);
        last = history.lastActive();
        if (last) {
            QHash<QString, QList<qint64>> ids; // of the records that keep a time of change
            for (const ImportedRecord &record : history.records(last->id)) {
                if (ImportHistoryRepository::keepsChangeTime(record.table))
                    ids[record.table] << record.id;
            }
            for (auto table = ids.cbegin(); table != ids.cend(); ++table)
                changed += history.changedSince(table.key(), table.value(), last->importedAt);
        }
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    }
    if (!last)
        return false;
    QString question
        = tr("Undo the import of %1 from %2? The %n record(s) it created will be "
             "deleted",
            "", last->created)
              .arg(QLocale().toString(last->importedAt.toLocalTime(), QLocale::ShortFormat),
                  last->fileName);
    question += last->updated
        ? tr(", and the %n it updated get their earlier values back.", "", last->updated)
        : QStringLiteral(".");
    if (changed)
        question += QLatin1Char('\n')
            + tr("%n of these records were changed after the import: those changes will be "
                 "lost too.",
                "", changed);
    const auto answer = QMessageBox::question(this, tr("Undo the Import"), question,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const bool undone = m_commands.undoImport(last->id);
    if (!undone)
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
    refresh();
    return undone;
}

} // namespace relais
