#include "recordhistorydialog.h"

#include "audittableview.h"
#include "models/db/auditrepository.h"
#include "models/db/databaseerror.h"
#include "models/item/auditlogmodel.h"
#include "views/common/rememberedcolumns.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace relais {

RecordHistoryDialog::RecordHistoryDialog(
    Database &database, const QString &recordTable, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(database, this))
    , m_table(new AuditTableView(this))
    , m_empty(new QLabel(tr("No change recorded for this record."), this))
{
    setObjectName(QStringLiteral("recordHistory"));
    AuditEntry probe;
    probe.recordTable = recordTable;
    probe.recordId = recordId;
    QString name;
    try {
        name = AuditRepository(database).recordNames({ probe }).value(
            AuditRecordKey { recordTable, recordId });
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.message()));
    }
    setWindowTitle(name.isEmpty() ? tr("Change history") : tr("Change history — %1").arg(name));

    m_model->setChangesLayout(AuditLogModel::ChangesLayout::Lines);
    AuditFilter filter;
    filter.recordTable = recordTable;
    filter.recordId = recordId;
    m_model->setFilter(filter);

    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setAuditModel(m_model);
    // The record is the dialog's: each change on a line of its own, the row as tall as it needs.
    m_table->setColumnHidden(AuditLogModel::Record, true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new RememberedColumns(m_table, QStringLiteral("recordHistory"));
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);

    connect(m_model, &AuditLogModel::refreshed, this, &RecordHistoryDialog::updateState);
    updateState();
    resize(820, 460);
}

void RecordHistoryDialog::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!m_model->errorText().isEmpty())
        m_empty->setText(m_model->errorText());
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace relais
