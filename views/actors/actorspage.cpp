#include "actorspage.h"

#include "actorfilterbar.h"
#include "actortableview.h"
#include "contactdialog.h"
#include "models/commands/commands.h"
#include "models/db/audittrail.h"
#include "models/db/contactrepository.h"
#include "models/db/databaseerror.h"
#include "models/domain/inviteeexport.h"
#include "models/export/vcard.h"
#include "models/item/actorcolumns.h"
#include "models/item/contacttablemodel.h"
#include "models/item/organisationtablemodel.h"
#include "recordopener.h"
#include "views/common/consentquestion.h"
#include "views/common/rememberedcolumns.h"
#include "views/common/tableexport.h"
#include "views/interactions/planfollowupsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

ActorsPage::ActorsPage(
    Database &database, Commands &commands, RecordOpener &opener, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_opener(opener)
    , m_contacts(new ContactTableModel(database, this))
    , m_organisations(new OrganisationTableModel(database, this))
    , m_switch(new QTabBar(this))
    , m_filterBar(new ActorFilterBar(database, this))
    , m_stack(new QStackedWidget(this))
    , m_contactsView(new ActorTableView(this))
    , m_organisationsView(new ActorTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_notice(new QLabel(this))
    , m_exportCsv(new QAction(tr("Export to CSV…"), this))
    , m_exportVCard(new QAction(tr("Export vCard…"), this))
    , m_copyEmails(new QAction(tr("Copy e-mail addresses"), this))
{
    setObjectName(QStringLiteral("actorsPage"));
    m_switch->addTab(tr("Contacts"));
    m_switch->addTab(tr("Organisations"));
    m_switch->setDrawBase(false);
    m_switch->setExpanding(false);

    m_contactsView->setObjectName(QStringLiteral("contactsView"));
    m_contactsView->setActorModel(m_contacts);
    m_contactsView->setEmptyTexts(tr("No contacts yet.\nPress Ctrl+N to type the first card, or "
                                     "open the demo database from the Help menu to look around."),
        tr("No contact matches this search and these filters."));
    m_organisationsView->setObjectName(QStringLiteral("organisationsView"));
    m_organisationsView->setActorModel(m_organisations);
    m_organisationsView->setEmptyTexts(
        tr("No organisations yet.\nPress Ctrl+Shift+N to add the first one."),
        tr("No organisation matches this search and these filters."));
    const auto widths = [](QHeaderView *header, std::initializer_list<int> sizes) {
        int column = 0;
        for (const int size : sizes)
            header->resizeSection(column++, size);
    };
    widths(m_contactsView->horizontalHeader(), { 150, 120, 230, 130, 130, 230, 120, 170, 160 });
    widths(m_organisationsView->horizontalHeader(), { 300, 90, 200, 140, 230, 120, 80 });
    new RememberedColumns(m_contactsView, QStringLiteral("contacts"));
    new RememberedColumns(m_organisationsView, QStringLiteral("organisations"));
    m_stack->addWidget(m_contactsView);
    m_stack->addWidget(m_organisationsView);

    m_count->setObjectName(QStringLiteral("actorCount"));
    m_new->setObjectName(QStringLiteral("newActorButton"));
    m_delete->setToolTip(tr("Delete the selected records (Delete); Ctrl+Z brings them back"));
    m_delete->setEnabled(false);

    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportCsv->setToolTip(
        tr("The list as shown — these columns, in this order — in a file for a spreadsheet"));
    m_exportVCard->setObjectName(QStringLiteral("exportVCard"));
    m_exportVCard->setToolTip(
        tr("The selected contacts' cards in one file, for a phone or a mail client"));
    m_copyEmails->setObjectName(QStringLiteral("copyEmails"));
    m_copyEmails->setToolTip(tr("The selected contacts' addresses for the Bcc field, of those "
                                "who agreed to be contacted by e-mail"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(m_exportCsv);
    exportMenu->addSeparator();
    exportMenu->addAction(m_exportVCard);
    exportMenu->addAction(m_copyEmails);
    exportButton->setMenu(exportMenu);
    m_notice->setObjectName(QStringLiteral("actorNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    // The list's own menu: the same exports, where the selection is.
    m_contactsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_contactsView->addAction(m_exportCsv);
    auto *separator = new QAction(m_contactsView);
    separator->setSeparator(true);
    m_contactsView->addAction(separator);
    m_contactsView->addAction(m_exportVCard);
    m_contactsView->addAction(m_copyEmails);
    m_organisationsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_organisationsView->addAction(m_exportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(m_switch);
    top->addStretch(1);
    top->addWidget(m_new);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_notice, 1);
    bottom->addWidget(exportButton);
    bottom->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_switch, &QTabBar::currentChanged, this,
        [this](int index) { showList(index == 0 ? List::Contacts : List::Organisations); });
    connect(m_filterBar, &ActorFilterBar::filterChanged, this, &ActorsPage::applyFilter);
    connect(m_filterBar, &ActorFilterBar::leaveSearchRequested, this, [this] {
        ActorTableView *view = currentView();
        view->setFocus();
        if (view->selectionModel()->selectedRows().isEmpty() && view->model()->rowCount() > 0) {
            const QModelIndex row = view->currentIndex().isValid() ? view->currentIndex()
                                                                   : view->model()->index(0, 0);
            view->selectionModel()->setCurrentIndex(
                row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
    connect(m_new, &QPushButton::clicked, this, &ActorsPage::newRecord);
    connect(m_delete, &QPushButton::clicked, this, &ActorsPage::deleteSelected);
    connect(m_exportCsv, &QAction::triggered, this, &ActorsPage::chooseCsvFile);
    connect(m_exportVCard, &QAction::triggered, this, &ActorsPage::chooseVCardFile);
    connect(m_copyEmails, &QAction::triggered, this, &ActorsPage::copyEmailAddresses);
    for (ActorTableView *view : { m_contactsView, m_organisationsView }) {
        connect(view, &ActorTableView::openRequested, this, &ActorsPage::openCurrent);
        connect(view, &ActorTableView::deleteRequested, this, &ActorsPage::deleteSelected);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActorsPage::updateActions);
        connect(view->actorModel(), &ActorTableModel::refreshed, this, &ActorsPage::updateCount);
        connect(
            view->actorModel(), &QAbstractItemModel::modelReset, this, &ActorsPage::updateActions);
    }
    connect(&m_opener, &RecordOpener::contactSaved, this,
        [this](qint64 id) { m_contactsView->selectId(id); });
    connect(&m_opener, &RecordOpener::organisationSaved, this,
        [this](qint64 id) { m_organisationsView->selectId(id); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &ActorsPage::focusSearch);

    showList(List::Contacts);
}

void ActorsPage::showList(List list)
{
    const bool contacts = list == List::Contacts;
    m_switch->setCurrentIndex(contacts ? 0 : 1);
    m_stack->setCurrentWidget(
        contacts ? static_cast<QWidget *>(m_contactsView) : m_organisationsView);
    m_filterBar->setMode(
        contacts ? ActorFilterBar::Mode::Contacts : ActorFilterBar::Mode::Organisations);
    m_new->setText(contacts ? tr("New contact") : tr("New organisation"));
    m_new->setToolTip(contacts ? tr("Ctrl+N") : tr("Ctrl+Shift+N"));
    applyFilter();
    updateActions();
}

void ActorsPage::showOrganisationsOfType(qint64 typeId)
{
    showList(List::Organisations);
    m_filterBar->showOnlyTypes(typeId ? QList<qint64> { typeId } : QList<qint64>());
}

ActorsPage::List ActorsPage::currentList() const
{
    return m_stack->currentWidget() == m_contactsView ? List::Contacts : List::Organisations;
}

ActorTableView *ActorsPage::currentView() const
{
    return currentList() == List::Contacts ? m_contactsView : m_organisationsView;
}

void ActorsPage::applyFilter()
{
    // Only the list on screen is queried; the other catches up when shown.
    currentView()->actorModel()->setFilter(m_filterBar->filter());
    updateCount();
}

QString ActorsPage::countText() const
{
    const ActorTableModel *model = currentView()->actorModel();
    const int total = model->totalCount();
    const int shown = model->rowCount();
    const QLocale locale;
    if (currentList() == List::Contacts)
        return shown == total
            ? tr("%Ln contact(s)", nullptr, total)
            : tr("%1 of %Ln contact(s)", nullptr, total).arg(locale.toString(shown));
    return shown == total
        ? tr("%Ln organisation(s)", nullptr, total)
        : tr("%1 of %Ln organisation(s)", nullptr, total).arg(locale.toString(shown));
}

void ActorsPage::updateCount()
{
    m_count->setText(countText());
    m_switch->setTabText(0, tr("Contacts (%1)").arg(QLocale().toString(m_contacts->totalCount())));
    m_switch->setTabText(
        1, tr("Organisations (%1)").arg(QLocale().toString(m_organisations->totalCount())));
    emit countTextChanged(m_count->text());
}

void ActorsPage::newRecord()
{
    if (currentList() == List::Contacts)
        m_opener.newContact();
    else
        m_opener.newOrganisation();
}

void ActorsPage::openCurrent()
{
    const qint64 id = currentView()->currentId();
    if (!id)
        return;
    if (currentList() == List::Contacts)
        m_opener.openContact(id);
    else
        m_opener.openOrganisation(id);
}

void ActorsPage::deleteSelected()
{
    const QList<qint64> ids = currentView()->selectedIds();
    if (ids.isEmpty())
        return;
    const bool contacts = currentList() == List::Contacts;
    QString question;
    if (ids.size() == 1) {
        const int row = currentView()->actorModel()->rowOf(ids.first());
        const QString name = contacts
            ? QStringList { m_contacts->index(row, ContactColumn::FirstName).data().toString(),
                  m_contacts->index(row, ContactColumn::LastName).data().toString() }
                  .join(QLatin1Char(' '))
                  .trimmed()
            : m_organisations->index(row, OrganisationColumn::Name).data().toString();
        question = contacts ? tr("Delete the contact %1?").arg(name)
                            : tr("Delete the organisation %1?").arg(name);
    } else {
        question = contacts ? tr("Delete these %Ln contacts?", nullptr, int(ids.size()))
                            : tr("Delete these %Ln organisations?", nullptr, int(ids.size()));
    }
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::NoButton, this);
    const bool one = ids.size() == 1;
    if (contacts)
        box.setInformativeText(one
                ? tr("Edit > Undo (Ctrl+Z) brings the card back until Relais is closed.")
                : tr("Edit > Undo (Ctrl+Z) brings the cards back until Relais is closed."));
    else
        box.setInformativeText(one
                ? tr("Its members stay in the file, without this organisation. Edit > Undo "
                     "(Ctrl+Z) brings it back until Relais is closed.")
                : tr("Their members stay in the file, without these organisations. Edit > Undo "
                     "(Ctrl+Z) brings them back until Relais is closed."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const bool ok = contacts ? m_commands.deleteContacts(ids) : m_commands.deleteOrganisations(ids);
    if (!ok)
        QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
}

QList<ActorRef> ActorsPage::selectedActors() const
{
    QList<ActorRef> actors;
    const bool contacts = currentList() == List::Contacts;
    for (const qint64 id : currentView()->selectedIds()) {
        const int row = currentView()->actorModel()->rowOf(id);
        if (contacts)
            actors << ActorRef::contact(id,
                QStringList { m_contacts->index(row, ContactColumn::FirstName).data().toString(),
                    m_contacts->index(row, ContactColumn::LastName).data().toString() }
                    .join(QLatin1Char(' '))
                    .trimmed());
        else
            actors << ActorRef::organisation(
                id, m_organisations->index(row, OrganisationColumn::Name).data().toString());
    }
    return actors;
}

void ActorsPage::newInteraction()
{
    m_opener.newInteraction(selectedActors());
}

void ActorsPage::planFollowUps()
{
    const QList<ActorRef> actors = selectedActors();
    if (actors.isEmpty()) {
        QMessageBox::information(this, tr("Plan a follow-up for each"),
            tr("Select the contacts or organisations first (Ctrl+A selects the whole list)."));
        return;
    }
    PlanFollowUpsDialog dialog(m_database, m_commands, actors, this);
    dialog.exec();
}

void ActorsPage::updateActions()
{
    const bool selection = !currentView()->selectedIds().isEmpty();
    const bool contacts = currentList() == List::Contacts;
    m_delete->setEnabled(selection);
    m_exportVCard->setEnabled(contacts && selection);
    m_copyEmails->setEnabled(contacts && selection);
}

void ActorsPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    // Said once, then out of the way.
    const int generation = ++m_noticeGeneration;
    QTimer::singleShot(15000, m_notice, [this, generation] {
        if (generation == m_noticeGeneration)
            m_notice->clear();
    });
}

bool ActorsPage::exportCsv(const QString &path, CsvProfile profile)
{
    const bool written
        = TableExport::writeFile(this, path, TableExport::csv(currentView(), profile));
    if (written && currentList() == List::Contacts)
        recordExport(QStringLiteral("csv"), m_contacts->rowCount(), path);
    return written;
}

void ActorsPage::recordExport(const QString &what, int people, const QString &path)
{
    // Personal data leaving the file is part of the audit trail (#9).
    try {
        AuditTrail::record(m_database, QStringLiteral("export"), QString(), 0,
            QJsonObject { { QStringLiteral("export"), what },
                { QStringLiteral("contacts"), people },
                { QStringLiteral("file"), QFileInfo(path).fileName() } });
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.message()));
    }
}

void ActorsPage::chooseCsvFile()
{
    const bool contacts = currentList() == List::Contacts;
    const auto destination = TableExport::chooseCsvFile(this,
        contacts ? tr("Export the contacts") : tr("Export the organisations"),
        contacts ? tr("Contacts") : tr("Organisations"));
    if (destination && exportCsv(destination->path, destination->profile))
        showNotice(tr("Exported to %1.").arg(QDir::toNativeSeparators(destination->path)));
}

namespace {

// The selected records in the order of the list, whatever the order they were picked in.
QList<qint64> selectedInListOrder(const ActorTableView *view)
{
    QList<qint64> ids = view->selectedIds();
    const ActorTableModel *model = view->actorModel();
    std::sort(ids.begin(), ids.end(),
        [model](qint64 a, qint64 b) { return model->rowOf(a) < model->rowOf(b); });
    return ids;
}

// The selected contacts in the order of the list, read whole from the file.
QList<Contact> loadContacts(Database &database, const ActorTableView *view)
{
    QList<Contact> contacts;
    const ContactRepository repository(database);
    for (const qint64 id : selectedInListOrder(view)) {
        if (auto contact = repository.load(id))
            contacts << *contact;
    }
    return contacts;
}

} // namespace

bool ActorsPage::exportVCard(const QString &path, Unasked unasked)
{
    if (currentList() != List::Contacts)
        return false;
    try {
        const QList<Contact> contacts
            = ContactExport::withAllowedEmails(loadContacts(m_database, m_contactsView), unasked);
        if (!TableExport::writeFile(this, path, VCard::write(contacts)))
            return false;
        recordExport(QStringLiteral("vcard"), int(contacts.size()), path);
        return true;
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Export vCard"), error.message());
        return false;
    }
}

void ActorsPage::chooseVCardFile()
{
    if (currentList() != List::Contacts)
        return;
    QList<Contact> contacts;
    try {
        contacts = loadContacts(m_database, m_contactsView);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Export vCard"), error.message());
        return;
    }
    if (contacts.isEmpty())
        return;
    const auto unasked = askAboutUnasked(this, tr("Export vCard"), ContactExport::unasked(contacts),
        int(contacts.size()), ContactExport::refused(contacts));
    if (!unasked)
        return;
    contacts = ContactExport::withAllowedEmails(contacts, *unasked);
    const QString path = TableExport::chooseFile(this, tr("Export vCard"),
        VCard::suggestedFileName(contacts), tr("vCard files (*.vcf)"), QStringLiteral("vcf"));
    if (!path.isEmpty() && TableExport::writeFile(this, path, VCard::write(contacts))) {
        recordExport(QStringLiteral("vcard"), int(contacts.size()), path);
        showNotice(tr("%Ln card(s) exported to %1.", nullptr, int(contacts.size()))
                       .arg(QDir::toNativeSeparators(path)));
    }
}

QString ActorsPage::copyEmailAddresses()
{
    if (currentList() != List::Contacts)
        return {};
    QList<Invitee> people;
    try {
        for (const ContactRow &row :
            ContactRepository(m_database).rows(selectedInListOrder(m_contactsView)))
            people << InviteeExport::addressee(row);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Copy e-mail addresses"), error.message());
        return {};
    }
    if (people.isEmpty())
        return {};
    const int refused = InviteeExport::refused(people);
    const int unasked = InviteeExport::unasked(people);
    const auto answer
        = askAboutUnasked(this, tr("Copy e-mail addresses"), unasked, int(people.size()), refused);
    if (!answer)
        return {};
    const QString bcc = InviteeExport::bccList(people, *answer);
    const int copied = bcc.isEmpty() ? 0 : int(bcc.count(QLatin1Char(';'))) + 1;
    const int leftUnasked = *answer == Unasked::LeaveOut ? unasked : 0;
    const int withoutAddress = InviteeExport::unreachable(people, *answer) - refused - leftUnasked;
    QStringList said;
    if (copied) {
        QApplication::clipboard()->setText(bcc);
        recordExport(QStringLiteral("clipboard"), copied, QString());
        said << tr("%Ln address(es) copied: paste them in the Bcc field.", nullptr, copied);
    } else {
        said << tr("No address to copy.");
    }
    if (refused)
        said << tr("%Ln left out: refused to be contacted.", nullptr, refused);
    if (leftUnasked)
        said << tr("%Ln left out: not asked yet whether they agree.", nullptr, leftUnasked);
    if (withoutAddress)
        said << tr("%Ln without an address.", nullptr, withoutAddress);
    const QString text = said.join(QLatin1Char(' '));
    showNotice(text);
    return text;
}

void ActorsPage::focusSearch()
{
    m_filterBar->searchField()->setFocus();
    m_filterBar->searchField()->selectAll();
}

} // namespace relais
