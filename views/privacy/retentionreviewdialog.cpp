#include "retentionreviewdialog.h"

#include "anonymiseaction.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <models/commands/commands.h>
#include <models/db/audittrail.h>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>

namespace relais {

namespace {

enum Column { Name, Organisations, LastActivity, Decision, ColumnCount };

} // namespace

RetentionReviewDialog::RetentionReviewDialog(
    Database &database, Commands &commands, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_years(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_keep(new QPushButton(tr("&Keep…"), this))
    , m_recontacted(new QPushButton(tr("&Re-contacted"), this))
    , m_copyEmails(new QPushButton(tr("&Copy e-mail addresses"), this))
    , m_anonymise(new QPushButton(tr("&Anonymise…"), this))
{
    setWindowTitle(tr("Retention review"));
    m_years->setRange(1, 30);
    m_years->setValue(QSettings().value(QLatin1String(yearsSettingKey), defaultYears).toInt());
    const auto suffix = [this](int years) { m_years->setSuffix(tr(" year(s)", nullptr, years)); };
    suffix(m_years->value());
    connect(m_years, &QSpinBox::valueChanged, this, suffix);
    auto *period = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("People with no activity for"), this);
    periodLabel->setBuddy(m_years);
    period->addWidget(periodLabel);
    period->addWidget(m_years);
    period->addStretch();

    auto *explanation = new QLabel(
        tr("Activity is: being entered in the file, a consent given or renewed, an "
           "interaction, presence at a meeting or a training half-day, an enrolment, a SERD "
           "action they are the contact person of. Nothing changes until you choose what to "
           "do with the selected people."),
        this);
    explanation->setWordWrap(true);

    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Organisations"), tr("Last activity"), tr("Decision") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Organisations, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LastActivity, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Decision, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    // The longest forgotten first.
    m_table->horizontalHeader()->setSortIndicator(LastActivity, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_keep->setToolTip(tr("Keep the selected people, with a reason; they are listed again once "
                          "the period has passed."));
    m_recontacted->setToolTip(tr("Note that the selected people were asked whether they want "
                                 "to stay in the file."));
    m_anonymise->setToolTip(tr("Erase the selected people's identity; every past figure stays."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_recontacted, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyEmails, QDialogButtonBox::ActionRole);
    buttons->addButton(m_anonymise, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        QSettings().setValue(QLatin1String(yearsSettingKey), years);
        reload();
    });
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &RetentionReviewDialog::updateButtons);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Keep"),
            tr("Why are they kept? (for example: member of the steering committee)"),
            QLineEdit::Normal, QString(), &ok)
                                   .trimmed();
        if (!ok)
            return;
        if (reason.isEmpty()) {
            QMessageBox::information(this, tr("Keep"), tr("Give a reason to keep them."));
            return;
        }
        keepSelected(reason);
    });
    connect(m_recontacted, &QPushButton::clicked, this,
        &RetentionReviewDialog::markSelectedRecontacted);
    connect(m_copyEmails, &QPushButton::clicked, this, &RetentionReviewDialog::copySelectedEmails);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionReviewDialog::anonymiseSelected);
    reload();
}

void RetentionReviewDialog::reload()
{
    const QDate cutoff = m_commands.today().addYears(-m_years->value());
    try {
        m_candidates = RetentionRepository(m_database).candidates(cutoff);
    } catch (const DatabaseError &error) {
        m_candidates.clear();
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    const QLocale locale;
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        const RetentionCandidate &c = m_candidates[row];
        auto *name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.contactId);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Organisations, new QTableWidgetItem(c.organisations));
        auto *last = new QTableWidgetItem;
        last->setData(Qt::DisplayRole, c.lastActivity); // shown in the locale, sorted as a date
        m_table->setItem(row, LastActivity, last);
        QString decision;
        if (c.decision == QLatin1String("keep"))
            decision = tr("Kept on %1: %2")
                           .arg(locale.toString(c.decidedOn, QLocale::ShortFormat), c.reason);
        else if (c.decision == QLatin1String("recontacted"))
            decision
                = tr("Re-contacted on %1").arg(locale.toString(c.decidedOn, QLocale::ShortFormat));
        m_table->setItem(row, Decision, new QTableWidgetItem(decision));
    }
    m_table->setSortingEnabled(true);
    m_summary->setText(m_candidates.isEmpty()
            ? tr("Everybody has had some activity since %1: there is nobody to review.")
                  .arg(locale.toString(cutoff, QLocale::ShortFormat))
            : tr("%Ln person(s) with no activity since %1.", nullptr, int(m_candidates.size()))
                  .arg(locale.toString(cutoff, QLocale::ShortFormat)));
    updateButtons();
}

QList<qint64> RetentionReviewDialog::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ids << m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
    return ids;
}

QList<qint64> RetentionReviewDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(Name))
        ids << index.data(Qt::UserRole).toLongLong();
    return ids;
}

void RetentionReviewDialog::selectIds(const QList<qint64> &ids)
{
    m_table->clearSelection();
    const auto mode = m_table->selectionMode();
    m_table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (ids.contains(m_table->item(row, Name)->data(Qt::UserRole).toLongLong()))
            m_table->selectRow(row);
    }
    m_table->setSelectionMode(mode);
}

void RetentionReviewDialog::updateButtons()
{
    const bool any = !m_table->selectionModel()->selectedRows().isEmpty();
    for (QPushButton *button : { m_keep, m_recontacted, m_copyEmails, m_anonymise })
        button->setEnabled(any);
}

void RetentionReviewDialog::decide(const QString &decision, const QString &reason)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    try {
        RetentionRepository(m_database)
            .decide(ids, decision, reason, m_commands.today(), AuditTrail::user(m_database));
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    reload();
    selectIds(ids); // those still listed (re-contacted ones) stay selected
}

void RetentionReviewDialog::keepSelected(const QString &reason)
{
    decide(QStringLiteral("keep"), reason);
}

void RetentionReviewDialog::markSelectedRecontacted()
{
    decide(QStringLiteral("recontacted"), QString());
}

void RetentionReviewDialog::copySelectedEmails()
{
    QStringList addresses;
    try {
        ContactRepository contacts(m_database);
        for (const qint64 id : selectedIds()) {
            if (const auto contact = contacts.load(id))
                addresses << contact->emails;
        }
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    addresses.removeDuplicates();
    QApplication::clipboard()->setText(addresses.join(QStringLiteral(", ")));
    m_summary->setText(tr(
        "%Ln address(es) copied, for the Bcc field of an e-mail.", nullptr, int(addresses.size())));
}

void RetentionReviewDialog::anonymiseSelected()
{
    if (AnonymiseAction::confirmAndRun(this, m_database, m_commands, selectedIds()) > 0)
        reload();
}

} // namespace relais
