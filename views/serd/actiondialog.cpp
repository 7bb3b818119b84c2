#include "actiondialog.h"

#include "models/commands/commands.h"
#include "models/db/contactrepository.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/organisationrepository.h"
#include "models/db/referencelistrepository.h"
#include "models/db/serdrepository.h"
#include "occurrencedialog.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/listview.h"
#include "views/forms/referencepicker.h"
#include "views/meetings/actornamecompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

namespace {
enum DateColumn { Day, Times, Place, Commune, Expected, Actual, Cancelled, DateColumnCount };

QString countText(const std::optional<int> &count)
{
    return count ? QLocale().toString(*count) : QString();
}
} // namespace

ActionDialog::ActionDialog(
    Database &database, Commands &commands, qint64 editionId, qint64 actionId, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_editionId(editionId)
    , m_actionId(actionId)
{
    setObjectName(QStringLiteral("actionDialog"));
    tabs()->addTab(buildDetails(), tr("&Details"));
    tabs()->addTab(buildDates(), tr("Dat&es"));
    resize(860, 640);

    SerdAction action;
    action.editionId = editionId;
    QList<SerdOccurrence> occurrences;
    if (actionId) {
        try {
            const SerdRepository serd(database);
            if (const auto loaded = serd.action(actionId)) {
                action = *loaded;
                occurrences = serd.occurrences(actionId);
            }
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("SERD action"), error.message());
        }
    }
    m_editionId = action.editionId ? action.editionId : editionId;
    load(action, occurrences);
    m_title->setFocus();
}

QWidget *ActionDialog::buildDetails()
{
    auto *page = new QWidget;
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Repair café at the Drouot social centre"));
    m_titleMessage = new FieldMessage(m_title, page);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    for (const SerdStatus status : allSerdStatuses)
        m_status->addItem(serdStatusName(status), int(status));
    m_category = new ReferencePicker(
        m_database, ReferenceList::SerdCategory, ReferencePicker::Mode::ChooseOnly, page);
    m_category->setObjectName(QStringLiteral("category"));
    m_topic = new ReferencePicker(
        m_database, ReferenceList::SerdTopic, ReferencePicker::Mode::ChooseOnly, page);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_audience = new QLineEdit(page);
    m_audience->setObjectName(QStringLiteral("audience"));
    m_audience->setPlaceholderText(tr("e.g. families, pupils, tenants"));
    m_leadEdit = new QLineEdit(page);
    m_leadEdit->setObjectName(QStringLiteral("lead"));
    m_leadEdit->setPlaceholderText(tr("An organisation of the file"));
    m_leadMessage = new FieldMessage(m_leadEdit, page);
    auto *leadCompleter
        = new ActorNameCompleter(m_database, ActorRef::Kind::Organisation, m_leadEdit);
    m_coEdit = new QLineEdit(page);
    m_coEdit->setObjectName(QStringLiteral("coOrganiser"));
    m_coEdit->setPlaceholderText(tr("Type a name, then Return; Delete in the list removes one"));
    auto *coCompleter = new ActorNameCompleter(m_database, ActorRef::Kind::Organisation, m_coEdit);
    coCompleter->setKeepReturn(true);
    m_coList = new QListWidget(page);
    m_coList->setObjectName(QStringLiteral("coOrganisers"));
    m_coList->setMaximumHeight(90);
    m_contactEdit = new QLineEdit(page);
    m_contactEdit->setObjectName(QStringLiteral("contact"));
    m_contactEdit->setPlaceholderText(tr("The person to call about it"));
    auto *contactCompleter
        = new ActorNameCompleter(m_database, ActorRef::Kind::Contact, m_contactEdit);
    m_registered = new QCheckBox(tr("&Registered on the EWWR platform"), page);
    m_registered->setObjectName(QStringLiteral("registered"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title *"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Lead &organiser"), m_leadEdit);
    form->addRow(QString(), m_leadMessage);
    form->addRow(tr("Co-or&ganisers"), m_coEdit);
    form->addRow(QString(), m_coList);
    form->addRow(tr("Contact &person"), m_contactEdit);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Top&ic"), m_topic);
    form->addRow(tr("&Audience"), m_audience);
    form->addRow(QString(), m_registered);
    form->addRow(tr("Descriptio&n"), m_description);

    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &FieldMessage::clear);
    connect(leadCompleter, &ActorNameCompleter::chosen, this, &ActionDialog::setLead);
    connect(m_leadEdit, &QLineEdit::textEdited, this, [this] {
        m_lead = {};
        m_leadMessage->clear();
    });
    connect(coCompleter, &ActorNameCompleter::chosen, this, [this](const ActorRef &organisation) {
        addCoOrganiser(organisation);
        m_coEdit->clear();
    });
    connect(contactCompleter, &ActorNameCompleter::chosen, this, &ActionDialog::setContact);
    connect(m_contactEdit, &QLineEdit::textEdited, this, [this] { m_contact = {}; });
    auto *removeCo
        = new QShortcut(QKeySequence::Delete, m_coList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeCo, &QShortcut::activated, this, [this] {
        const int row = m_coList->currentRow();
        if (row >= 0 && row < m_coOrganisers.size()) {
            m_coOrganisers.removeAt(row);
            delete m_coList->takeItem(row);
        }
    });
    return page;
}

QWidget *ActionDialog::buildDates()
{
    auto *page = new QWidget;
    m_dates = new QTableWidget(page);
    m_dates->setObjectName(QStringLiteral("dates"));
    m_dates->setColumnCount(DateColumnCount);
    m_dates->setHorizontalHeaderLabels({ tr("Date"), tr("Time"), tr("Place"), tr("Commune"),
        tr("Expected"), tr("Participants"), tr("Cancelled") });
    setUpRecordList(m_dates, QAbstractItemView::ExtendedSelection);
    m_dates->setColumnWidth(Day, 130);
    m_dates->setColumnWidth(Times, 110);
    m_dates->setColumnWidth(Place, 220);
    m_dates->setColumnWidth(Commune, 140);
    auto *add = new QPushButton(tr("&Add a date…"), page);
    add->setObjectName(QStringLiteral("addDate"));
    m_editDate = new QPushButton(tr("Chan&ge…"), page);
    m_editDate->setObjectName(QStringLiteral("editDate"));
    m_removeDate = new QPushButton(tr("&Remove"), page);
    m_removeDate->setObjectName(QStringLiteral("removeDate"));
    auto *note = new QLabel(tr("An action held several times has one date per time; a "
                               "cancelled date stays listed and does not count."),
        page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editDate);
    buttons->addWidget(m_removeDate);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_dates, 1);
    layout->addWidget(note);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ActionDialog::newDate);
    connect(m_editDate, &QPushButton::clicked, this, &ActionDialog::editDate);
    connect(m_removeDate, &QPushButton::clicked, this, &ActionDialog::removeDates);
    connect(m_dates, &QTableWidget::activated, this, &ActionDialog::editDate);
    connect(m_dates, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !m_dates->selectionModel()->selectedRows().isEmpty();
        m_editDate->setEnabled(chosen);
        m_removeDate->setEnabled(chosen);
    });
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_dates, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ActionDialog::removeDates);
    return page;
}

QString ActionDialog::organisationName(qint64 id) const
{
    if (!id)
        return {};
    try {
        if (const auto organisation = OrganisationRepository(m_database).load(id))
            return organisation->name;
    } catch (const DatabaseError &) { }
    return {};
}

QString ActionDialog::contactName(qint64 id) const
{
    if (!id)
        return {};
    try {
        if (const auto contact = ContactRepository(m_database).load(id))
            return contact->displayName();
    } catch (const DatabaseError &) { }
    return {};
}

void ActionDialog::load(const SerdAction &action, const QList<SerdOccurrence> &occurrences)
{
    m_saved = action;
    m_savedOccurrences = occurrences;
    m_occurrences = occurrences;
    m_title->setText(action.title);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(action.status))));
    m_category->setCurrentId(action.categoryId);
    m_topic->setCurrentId(action.topicId);
    m_audience->setText(action.audience);
    m_lead = action.leadOrganisationId ? ActorRef::organisation(
                 action.leadOrganisationId, organisationName(action.leadOrganisationId))
                                       : ActorRef {};
    m_leadEdit->setText(m_lead.name);
    m_coOrganisers.clear();
    m_coList->clear();
    for (const qint64 id : action.coOrganiserIds)
        addCoOrganiser(ActorRef::organisation(id, organisationName(id)));
    m_contact = action.contactId
        ? ActorRef::contact(action.contactId, contactName(action.contactId))
        : ActorRef {};
    m_contactEdit->setText(m_contact.name);
    m_registered->setChecked(action.registered);
    m_description->setPlainText(action.description);
    m_titleMessage->clear();
    m_leadMessage->clear();
    fillDates();
    setWindowTitle(action.id ? tr("SERD action: %1").arg(action.title) : tr("New SERD action"));
}

void ActionDialog::setLead(const ActorRef &organisation)
{
    m_lead = organisation;
    m_leadEdit->setText(organisation.name);
    m_leadMessage->clear();
}

void ActionDialog::addCoOrganiser(const ActorRef &organisation)
{
    if (!organisation.id || organisation.kind != ActorRef::Kind::Organisation)
        return;
    for (const ActorRef &existing : std::as_const(m_coOrganisers)) {
        if (existing.id == organisation.id)
            return;
    }
    m_coOrganisers << organisation;
    m_coList->addItem(organisation.name);
}

void ActionDialog::setContact(const ActorRef &contact)
{
    m_contact = contact;
    m_contactEdit->setText(contact.name);
}

void ActionDialog::fillDates()
{
    std::stable_sort(m_occurrences.begin(), m_occurrences.end(), [](const auto &a, const auto &b) {
        return std::pair(a.date, a.startsAt) < std::pair(b.date, b.startsAt);
    });
    const QLocale locale;
    m_dates->setRowCount(int(m_occurrences.size()));
    for (int row = 0; row < m_occurrences.size(); ++row) {
        const SerdOccurrence &o = m_occurrences[row];
        QString times;
        if (o.startsAt.isValid())
            times = o.endsAt.isValid() ? tr("%1–%2").arg(clockTime(o.startsAt), clockTime(o.endsAt))
                                       : clockTime(o.startsAt);
        QString commune = o.communeName;
        if (o.communeId) {
            try {
                if (const auto item
                    = ReferenceListRepository(m_database).item(ReferenceList::Commune, o.communeId))
                    commune = item->name;
            } catch (const DatabaseError &) { }
        }
        const QStringList cells { locale.toString(o.date, QLocale::ShortFormat), times, o.place,
            commune, countText(o.expectedParticipants), countText(o.actualParticipants),
            o.cancelled ? tr("cancelled") : QString() };
        for (int column = 0; column < DateColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (o.cancelled) {
                QFont font = item->font();
                font.setStrikeOut(column != Cancelled);
                item->setFont(font);
            }
            m_dates->setItem(row, column, item);
        }
    }
    const bool chosen
        = m_dates->selectionModel() && !m_dates->selectionModel()->selectedRows().isEmpty();
    m_editDate->setEnabled(chosen);
    m_removeDate->setEnabled(chosen);
    tabs()->setTabText(
        1, m_occurrences.isEmpty() ? tr("Dat&es") : tr("Dat&es (%1)").arg(m_occurrences.size()));
}

bool ActionDialog::addOccurrence(const SerdOccurrence &occurrence)
{
    OccurrenceDialog dialog(m_database, occurrence, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_occurrences << dialog.occurrence();
    fillDates();
    return true;
}

void ActionDialog::newDate()
{
    // The next date like the last one: same place and times, the day after.
    SerdOccurrence next;
    if (!m_occurrences.isEmpty()) {
        const SerdOccurrence &last = m_occurrences.constLast();
        next = last;
        next.id = 0;
        next.date = last.date.addDays(1);
        next.actualParticipants.reset();
        next.cancelled = false;
        next.createdAt = {};
        next.updatedAt = {};
    } else {
        try {
            if (const auto edition = SerdRepository(m_database).edition(m_editionId))
                next.date = edition->startsOn;
        } catch (const DatabaseError &) { }
        if (!next.date.isValid())
            next.date = m_commands.today();
    }
    next.actionId = m_actionId;
    addOccurrence(next);
}

void ActionDialog::editDate()
{
    const int row = m_dates->currentRow();
    if (row < 0 || row >= m_occurrences.size())
        return;
    OccurrenceDialog dialog(m_database, m_occurrences[row], this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_occurrences[row] = dialog.occurrence();
    fillDates();
}

void ActionDialog::removeDates()
{
    QList<int> rows;
    for (const QModelIndex &index : m_dates->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_occurrences.removeAt(row);
    fillDates();
}

SerdAction ActionDialog::action() const
{
    SerdAction action = m_saved;
    action.editionId = m_editionId;
    action.title = m_title->text().simplified();
    action.status = SerdStatus(m_status->currentData().toInt());
    action.categoryId = m_category->currentId();
    action.topicId = m_topic->currentId();
    action.audience = m_audience->text().simplified();
    action.leadOrganisationId = m_lead.id;
    action.coOrganiserIds.clear();
    for (const ActorRef &organisation : m_coOrganisers)
        action.coOrganiserIds << organisation.id;
    action.contactId = m_contact.id;
    action.registered = m_registered->isChecked();
    action.description = m_description->toPlainText().trimmed();
    return action;
}

bool ActionDialog::isModified() const
{
    SerdAction now = action();
    now.createdAt = m_saved.createdAt;
    now.updatedAt = m_saved.updatedAt;
    return !(now == m_saved) || m_occurrences != m_savedOccurrences;
}

bool ActionDialog::save()
{
    const SerdAction edited = action();
    m_titleMessage->clear();
    m_leadMessage->clear();
    if (edited.title.isEmpty()) {
        tabs()->setCurrentIndex(0);
        m_titleMessage->showError(tr("An action needs a title."));
        m_title->setFocus();
        return false;
    }
    if (!m_lead.id && !m_leadEdit->text().trimmed().isEmpty()) {
        tabs()->setCurrentIndex(0);
        m_leadMessage->showError(
            tr("Choose the lead organiser among the names offered (add the organisation in "
               "Actors first if it is new)."));
        m_leadEdit->setFocus();
        return false;
    }
    const auto id = m_commands.saveSerdAction(edited, m_occurrences);
    if (!id) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return false;
    }
    m_actionId = *id;
    QList<SerdOccurrence> occurrences;
    SerdAction saved = edited;
    try {
        const SerdRepository serd(m_database);
        if (const auto loaded = serd.action(m_actionId))
            saved = *loaded;
        occurrences = serd.occurrences(m_actionId);
    } catch (const DatabaseError &) { }
    load(saved, occurrences);
    setStatusText(tr("%1 saved.").arg(edited.title));
    emit this->saved(m_actionId);
    return true;
}

void ActionDialog::startNext()
{
    // The next action of the same organiser is common (a shop running several).
    SerdAction next;
    next.editionId = m_editionId;
    next.leadOrganisationId = m_saved.leadOrganisationId;
    next.categoryId = m_saved.categoryId;
    next.status = m_saved.status;
    m_actionId = 0;
    load(next, {});
    m_title->setFocus();
}

} // namespace relais
