#include "auditlogdialog.h"

#include "audittableview.h"
#include "models/db/auditrepository.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/item/auditlogmodel.h"
#include "views/common/rememberedcolumns.h"
#include "views/common/tableexport.h"
#include "views/forms/optionaldateedit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

namespace {

// The start of a day where the officer is, as the UTC the entries are written in.
QDateTime startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

} // namespace

AuditLogDialog::AuditLogDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(new AuditLogModel(database, this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_user(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new AuditTableView(this))
    , m_empty(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_export(new QPushButton(tr("&Export to CSV…"), this))
{
    setObjectName(QStringLiteral("auditLog"));
    setWindowTitle(tr("Audit log"));

    // Created in the order Tab visits them.
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setToolTip(tr("The first day listed; blank: from the oldest entry kept"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setToolTip(tr("The last day listed; blank: up to now"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->addItem(tr("Everyone"), QString());
    try {
        for (const QString &user : AuditRepository(database).users())
            m_user->addItem(user, user);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.message()));
    }
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setObjectName(QStringLiteral("recordKind"));
    m_kind->addItem(tr("All records"), QString());
    m_kind->addItem(tr("Contacts"), QStringLiteral("contact"));
    m_kind->addItem(tr("Organisations"), QStringLiteral("organisation"));
    m_name->setObjectName(QStringLiteral("recordName"));
    m_name->setPlaceholderText(tr("A contact's or an organisation's name"));
    m_name->setClearButtonEnabled(true);

    m_count->setObjectName(QStringLiteral("count"));
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setAuditModel(m_model);
    new RememberedColumns(m_table, QStringLiteral("auditLog"));
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copy the selected entries, or all those listed, to paste them "
                          "into a spreadsheet (Ctrl+C in the list)"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    for (QPushButton *button : { m_copy, m_export })
        button->setAutoDefault(false);

    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(labelFor(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addSpacing(6);
    filters->addWidget(labelFor(tr("&To:"), m_to));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(labelFor(tr("&User:"), m_user));
    filters->addWidget(m_user);
    filters->addSpacing(12);
    filters->addWidget(labelFor(tr("&Records:"), m_kind));
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(labelFor(tr("&Name:"), m_name));
    filters->addWidget(m_name, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copy);
    bottom->addWidget(m_export);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_name, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_model, &AuditLogModel::refreshed, this, &AuditLogDialog::updateState);
    connect(m_copy, &QPushButton::clicked, m_table, &AuditTableView::copy);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);

    resize(1040, 560);
    applyFilter();
    m_from->setFocus();
}

AuditLogDialog *AuditLogDialog::showFor(Database &database, QWidget *parent)
{
    AuditLogDialog *dialog = parent
        ? parent->findChild<AuditLogDialog *>(QString(), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (dialog && &dialog->m_database != &database) {
        delete dialog;
        dialog = nullptr;
    }
    if (!dialog) {
        dialog = new AuditLogDialog(database, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The file closed (the notifier goes with it): nothing left to show.
        connect(&database.notifier(), &QObject::destroyed, dialog, [dialog] { delete dialog; });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter filter;
    if (const QDate from = m_from->optionalDate(); from.isValid())
        filter.from = startOfDay(from);
    if (const QDate to = m_to->optionalDate(); to.isValid())
        filter.to = startOfDay(to.addDays(1)); // the whole last day
    filter.user = m_user->currentData().toString();
    filter.recordTable = m_kind->currentData().toString();
    filter.recordName = m_name->text().trimmed();
    return filter;
}

void AuditLogDialog::applyFilter()
{
    m_model->setFilter(filter());
}

QString AuditLogDialog::countText() const
{
    return m_count->text();
}

void AuditLogDialog::updateState()
{
    const int total = m_model->totalCount();
    m_count->setText(tr("%n entries", nullptr, total));
    const bool empty = total == 0;
    if (!m_model->errorText().isEmpty())
        m_empty->setText(m_model->errorText());
    else if (m_user->currentIndex() > 0 || m_kind->currentIndex() > 0
        || !m_name->text().trimmed().isEmpty())
        m_empty->setText(tr("No change recorded in this period matches these filters."));
    else
        m_empty->setText(tr("No change recorded in this period."));
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_copy->setEnabled(!empty);
    m_export->setEnabled(!empty);
}

void AuditLogDialog::exportCsv()
{
    const auto destination
        = TableExport::chooseCsvFile(this, tr("Export the audit log"), tr("Audit log"));
    if (!destination)
        return;
    // Every entry listed, not only the pages read so far.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->fetchAll();
    const QByteArray contents = TableExport::csv(m_table, destination->profile);
    QApplication::restoreOverrideCursor();
    TableExport::writeFile(this, destination->path, contents);
}

} // namespace relais
