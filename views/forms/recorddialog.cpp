#include "recorddialog.h"

#include "views/audit/recordhistorydialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais {

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_saveAndNew(new QPushButton(tr("Save and ne&w"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_changeHistory(new QPushButton(tr("Change history…"), this))
{
    m_tabs->setDocumentMode(true);
    m_status->setObjectName(QStringLiteral("recordStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_saveAndNew->setAutoDefault(false);
    cancel->setAutoDefault(false);
    m_save->setToolTip(tr("Save and close (Ctrl+S or Ctrl+Enter)"));
    m_saveAndNew->setToolTip(tr("Save, then start a new card keeping the organisation and "
                                "commune (Ctrl+Shift+S or Ctrl+Shift+Enter)"));
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::saveAndClose);
    connect(m_saveAndNew, &QPushButton::clicked, this, &RecordDialog::saveAndNew);
    connect(cancel, &QPushButton::clicked, this, &RecordDialog::reject);

    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_S),
             QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(
            new QShortcut(keys, this), &QShortcut::activated, this, &RecordDialog::saveAndClose);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &RecordDialog::saveAndNew);

    m_changeHistory->setObjectName(QStringLiteral("changeHistory"));
    m_changeHistory->setAutoDefault(false);
    m_changeHistory->setToolTip(tr("Who changed this record, when, and what"));
    // Until the card shows a saved record.
    m_changeHistory->hide();
    connect(m_changeHistory, &QPushButton::clicked, this, &RecordDialog::showChangeHistory);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeHistory);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_saveAndNew);
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void RecordDialog::saveAndNew()
{
    if (!save())
        return;
    startNext();
}

void RecordDialog::saveAndClose()
{
    if (!save())
        return;
    m_closing = true;
    accept();
}

QString RecordDialog::statusText() const
{
    return m_status->text();
}

void RecordDialog::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void RecordDialog::setAuditedRecord(Database &database, const QString &table, qint64 id)
{
    m_auditDatabase = &database;
    m_auditTable = table;
    m_auditId = id;
    m_changeHistory->setVisible(id != 0);
}

void RecordDialog::showChangeHistory()
{
    if (!m_auditDatabase || !m_auditId)
        return;
    auto *dialog = new RecordHistoryDialog(*m_auditDatabase, m_auditTable, m_auditId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordDialog::done(int result)
{
    // Escape, the window's close button and Cancel all come through here: typed work
    // is never dropped without asking.
    if (result == QDialog::Rejected && !m_closing && isModified()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
            tr("This card has changes that are not saved."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (!save())
                return;
            result = QDialog::Accepted;
        }
    }
    m_closing = false;
    QDialog::done(result);
}

} // namespace relais
