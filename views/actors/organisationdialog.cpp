#include "organisationdialog.h"

#include "models/changenotifier.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/organisationrepository.h"
#include "models/item/contributionmodel.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/listview.h"
#include "views/forms/referencechecklist.h"
#include "views/forms/referencepicker.h"
#include "views/forms/taglineedit.h"
#include "views/forms/tokencompleter.h"
#include "views/history/historyview.h"
#include "views/means/contributiondialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

OrganisationDialog::OrganisationDialog(Database &database, Commands &commands,
    const History &history, qint64 organisationId, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_history(history)
    , m_organisationId(organisationId)
{
    setObjectName(QStringLiteral("organisationDialog"));
    tabs()->addTab(buildDetails(), tr("&Details"));
    tabs()->addTab(buildMembers(), tr("Mem&bers"));
    tabs()->addTab(buildHistory(), tr("Histor&y"));
    tabs()->addTab(buildContributions(), tr("Contr&ibutions"));
    resize(900, 600);

    Organisation organisation;
    if (organisationId) {
        try {
            if (const auto loaded = OrganisationRepository(database).load(organisationId))
                organisation = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Organisation"), error.message());
        }
    }
    load(organisation);
    // Members join and leave from their own cards; keep the list current.
    connect(&database.notifier(), &ChangeNotifier::contactsChanged, this,
        &OrganisationDialog::loadMembers);
    m_name->setFocus();
}

QWidget *OrganisationDialog::buildDetails()
{
    auto *page = new QWidget;
    m_name = new QLineEdit(page);
    m_nameMessage = new FieldMessage(m_name, page);
    m_duplicates = new QLabel(page);
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: "
                       "3px; padding: 4px; color: #5f4100; }"));
    m_duplicates->hide();
    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString &link) {
        emit openOrganisationRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    m_acronym = new QLineEdit(page);
    m_type = new ReferencePicker(
        m_database, ReferenceList::ActorType, ReferencePicker::Mode::ChooseOnly, page);
    m_domains = new ReferenceChecklist(m_database, ReferenceList::Domain, page);
    m_tags = new TagLineEdit(m_database, page);
    m_commune = new ReferencePicker(
        m_database, ReferenceList::Commune, ReferencePicker::Mode::AllowNew, page);
    m_communeMessage = new FieldMessage(m_commune, page);
    m_address = new QPlainTextEdit(page);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_phone = new QLineEdit(page);
    m_phone->setPlaceholderText(tr("03 89 12 34 56"));
    m_phoneMessage = new FieldMessage(m_phone, page);
    m_email = new QLineEdit(page);
    m_email->setPlaceholderText(tr("contact@example.fr"));
    m_emailMessage = new FieldMessage(m_email, page);
    m_website = new QLineEdit(page);
    m_website->setPlaceholderText(tr("www.example.fr"));
    m_websiteMessage = new FieldMessage(m_website, page);
    m_networkHead = new QCheckBox(tr("Network &head"), page);
    m_networkHead->setToolTip(tr("Relays information to many other actors"));
    m_municipalService = new QCheckBox(tr("M&unicipal service"), page);
    m_municipalService->setToolTip(tr("A service of the local authority itself"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setTabChangesFocus(true);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(tr("&Name *"), m_name);
    left->addRow(QString(), m_nameMessage);
    left->addRow(QString(), m_duplicates);
    left->addRow(tr("A&cronym"), m_acronym);
    left->addRow(tr("&Type"), m_type);
    left->addRow(tr("Do&mains"), m_domains);
    left->addRow(tr("Ta&gs"), m_tags);
    left->addRow(QString(), m_networkHead);
    left->addRow(QString(), m_municipalService);

    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("C&ommune"), m_commune);
    right->addRow(QString(), m_communeMessage);
    right->addRow(tr("Add&ress"), m_address);
    right->addRow(tr("&Phone"), m_phone);
    right->addRow(QString(), m_phoneMessage);
    right->addRow(tr("&E-mail"), m_email);
    right->addRow(QString(), m_emailMessage);
    right->addRow(tr("&Website"), m_website);
    right->addRow(QString(), m_websiteMessage);
    right->addRow(tr("Notes"), m_notes);

    auto *columns = new QHBoxLayout(page);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    connect(m_name, &QLineEdit::editingFinished, this, &OrganisationDialog::checkDuplicates);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &FieldMessage::clear);
    connect(m_commune, &ReferencePicker::edited, this, [this] {
        const QString name = m_commune->newName();
        if (name.isEmpty())
            m_communeMessage->clear();
        else
            m_communeMessage->showNote(
                tr("\"%1\" is not in the list of communes yet: it will be added.").arg(name));
    });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        m_phoneMessage->clear();
        if (m_phone->text().trimmed().isEmpty())
            return;
        if (const auto phone = normalisedPhone(m_phone->text()))
            m_phone->setText(*phone);
        else
            showErrors(validateOrganisation(organisation()));
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        m_emailMessage->clear();
        if (!m_email->text().trimmed().isEmpty() && !normalisedEmail(m_email->text()))
            showErrors(validateOrganisation(organisation()));
    });
    return page;
}

QWidget *OrganisationDialog::buildMembers()
{
    auto *page = new QWidget;
    m_members = new QTableWidget(0, 4, page);
    m_members->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("E-mail"), tr("Phone") });
    setUpRecordList(m_members, QAbstractItemView::SingleSelection);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setColumnWidth(0, 220);
    m_members->setColumnWidth(1, 180);
    m_members->setColumnWidth(2, 240);
    connect(m_members, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit openContactRequested(m_members->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    m_membersEmpty = new QLabel(tr("No one in the file belongs to this organisation yet."), page);
    m_membersEmpty->setAlignment(Qt::AlignCenter);
    m_membersEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_addMember = new QPushButton(tr("&Add a person…"), page);
    m_addMember->setToolTip(tr("A new contact card in this organisation"));
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        if (m_organisationId == 0 && !save())
            return; // the organisation must exist before anyone can join it
        emit newMemberRequested(m_organisationId, m_loaded.name);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_membersEmpty, 1);
    layout->addWidget(m_addMember, 0, Qt::AlignLeft);
    return page;
}

QWidget *OrganisationDialog::buildHistory()
{
    auto *page = new QWidget;
    m_historyView = new HistoryView(m_database, m_history, page);
    connect(m_historyView, &HistoryView::logRequested, this, &OrganisationDialog::logInteraction);
    connect(m_historyView, &HistoryView::openRequested, this,
        &OrganisationDialog::openHistoryEntryRequested);
    m_timestamps = new QLabel(page);
    m_timestamps->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_historyView, 1);
    layout->addWidget(m_timestamps);
    // Two keystrokes from the card: Ctrl+I, then the subject.
    auto *log = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    connect(log, &QShortcut::activated, this, &OrganisationDialog::logInteraction);
    return page;
}

QWidget *OrganisationDialog::buildContributions()
{
    m_contributionsPage = new QWidget;
    m_contributions = new ContributionModel(m_database, this);
    m_contributions->setFilter(0, -1); // nothing until the organisation is known
    m_contributionsView = new QTableView(m_contributionsPage);
    m_contributionsView->setObjectName(QStringLiteral("contributionsView"));
    m_contributionsView->setModel(m_contributions);
    setUpRecordList(m_contributionsView, QAbstractItemView::SingleSelection);
    m_contributionsView->setColumnHidden(ContributionModel::Organisation, true);
    m_contributionsView->horizontalHeader()->setStretchLastSection(true);
    m_contributionsView->setColumnWidth(ContributionModel::Year, 60);
    m_contributionsView->setColumnWidth(ContributionModel::Kind, 100);
    m_contributionsView->setColumnWidth(ContributionModel::RelatesTo, 220);
    m_contributionsView->setColumnWidth(ContributionModel::Amount, 110);
    m_contributionsTotal = new QLabel(m_contributionsPage);
    m_contributionsTotal->setObjectName(QStringLiteral("contributionsTotal"));
    auto *add = new QPushButton(tr("&New contribution…"), m_contributionsPage);
    add->setObjectName(QStringLiteral("newContribution"));
    add->setToolTip(tr("A valued contribution of this organisation: its staff's time, material…"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_contributionsTotal);
    auto *layout = new QVBoxLayout(m_contributionsPage);
    layout->addWidget(m_contributionsView, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &OrganisationDialog::newContribution);
    connect(m_contributionsView, &QTableView::activated, this,
        [this](const QModelIndex &index) { openContribution(m_contributions->idAt(index.row())); });
    connect(m_contributions, &ContributionModel::refreshed, this,
        &OrganisationDialog::updateContributionsTab);
    return m_contributionsPage;
}

void OrganisationDialog::updateContributionsTab()
{
    const int index = tabs()->indexOf(m_contributionsPage);
    tabs()->setTabVisible(index, m_organisationId != 0);
    const int count = m_contributions->rowCount();
    m_contributionsTotal->setText(count ? tr("%Ln contribution(s), %1 in all", nullptr, count)
                                              .arg(formatCents(m_contributions->total()))
                                        : tr("No valued contribution recorded yet."));
    tabs()->setTabText(index, count ? tr("Contr&ibutions (%1)").arg(count) : tr("Contr&ibutions"));
}

ContributionDialog *OrganisationDialog::openContribution(qint64 contributionId)
{
    auto *dialog = new ContributionDialog(m_database, m_commands, contributionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ContributionDialog *OrganisationDialog::newContribution()
{
    if (m_organisationId == 0 && !save())
        return nullptr;
    ContributionDialog *dialog = openContribution(0);
    dialog->setOrganisation(m_organisationId, m_loaded.name);
    return dialog;
}

void OrganisationDialog::logInteraction()
{
    // An interaction needs the record to exist.
    if ((m_organisationId == 0 || isModified()) && !save())
        return;
    emit newInteractionRequested({ ActorRef::organisation(m_organisationId, m_loaded.name) });
}

void OrganisationDialog::load(const Organisation &o)
{
    m_name->setText(o.name);
    m_acronym->setText(o.acronym);
    m_type->setCurrentId(o.typeId);
    m_domains->setCheckedIds(o.domainIds);
    m_tags->setText(o.tagNames.join(QStringLiteral(", ")));
    m_commune->setCurrentId(o.communeId);
    m_address->setPlainText(o.address);
    m_phone->setText(o.phone);
    m_email->setText(o.email);
    m_website->setText(o.website);
    m_networkHead->setChecked(o.networkHead);
    m_municipalService->setChecked(o.municipalService);
    m_notes->setPlainText(o.notes);
    for (FieldMessage *message :
        { m_nameMessage, m_communeMessage, m_phoneMessage, m_emailMessage, m_websiteMessage })
        message->clear();
    m_duplicates->hide();
    const QLocale locale;
    m_timestamps->setText(o.createdAt.isValid()
            ? tr("Created %1 · last changed %2")
                  .arg(locale.toString(o.createdAt.toLocalTime(), QLocale::ShortFormat),
                      locale.toString(o.updatedAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
    m_loaded = organisation();
    loadMembers();
    m_historyView->setActor(ActorRef::organisation(m_organisationId));
    setAuditedRecord(m_database, QStringLiteral("organisation"), m_organisationId);
    m_contributions->setFilter(0, m_organisationId ? m_organisationId : -1);
    updateContributionsTab();
    updateTitle();
}

void OrganisationDialog::loadMembers()
{
    QList<OrganisationMember> members;
    if (m_organisationId) {
        try {
            members = OrganisationRepository(m_database).members(m_organisationId);
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
        }
    }
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const OrganisationMember &member = members[row];
        auto *name = new QTableWidgetItem(member.displayName);
        name->setData(Qt::UserRole, member.contactId);
        m_members->setItem(row, 0, name);
        m_members->setItem(row, 1, new QTableWidgetItem(member.role));
        m_members->setItem(row, 2, new QTableWidgetItem(member.email));
        m_members->setItem(row, 3, new QTableWidgetItem(member.phone));
    }
    m_members->setVisible(!members.isEmpty());
    m_membersEmpty->setVisible(members.isEmpty());
    tabs()->setTabText(
        1, members.isEmpty() ? tr("Mem&bers") : tr("Mem&bers (%1)").arg(members.size()));
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o;
    o.id = m_organisationId;
    o.name = m_name->text();
    o.acronym = m_acronym->text();
    o.typeId = m_type->currentId();
    o.domainIds = m_domains->checkedIds();
    o.tagNames = TokenCompleter::tokens(m_tags->text());
    o.communeId = m_commune->currentId();
    o.communeName = m_commune->newName();
    o.address = m_address->toPlainText();
    o.phone = m_phone->text();
    o.email = m_email->text();
    o.website = m_website->text();
    o.networkHead = m_networkHead->isChecked();
    o.municipalService = m_municipalService->isChecked();
    o.notes = m_notes->toPlainText();
    return o;
}

bool OrganisationDialog::isModified() const
{
    return organisation() != m_loaded;
}

bool OrganisationDialog::save()
{
    const Organisation typed = organisation();
    const QList<FieldError> errors = validateOrganisation(typed);
    showErrors(errors);
    if (!errors.isEmpty())
        return false;
    qint64 id = m_organisationId;
    if (id == 0) {
        const auto added = m_commands.addOrganisation(typed);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        id = *added;
    } else if (!m_commands.updateOrganisation(typed)) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return false;
    }
    m_organisationId = id;
    try {
        if (const auto stored = OrganisationRepository(m_database).load(id))
            load(*stored);
    } catch (const DatabaseError &) { }
    setStatusText(tr("%1 saved.").arg(typed.name.simplified()));
    emit saved(id);
    return true;
}

void OrganisationDialog::startNext()
{
    const qint64 communeId = m_commune->currentId();
    const QString communeName = m_commune->newName();
    Organisation next;
    next.communeId = communeId;
    next.communeName = communeName;
    m_organisationId = 0;
    load(next);
    m_name->setFocus();
}

void OrganisationDialog::showErrors(const QList<FieldError> &errors)
{
    const QHash<FieldError::Field, FieldMessage *> messages { { FieldError::Field::Name,
                                                                  m_nameMessage },
        { FieldError::Field::Phone, m_phoneMessage }, { FieldError::Field::Email, m_emailMessage },
        { FieldError::Field::Website, m_websiteMessage } };
    // The field may be on the Details tab while another is shown.
    const int shown = tabs()->currentIndex();
    tabs()->setCurrentIndex(0);
    if (!showFieldErrors(errors, messages))
        tabs()->setCurrentIndex(shown);
}

void OrganisationDialog::checkDuplicates()
{
    QList<OrganisationRepository::NameEntry> same;
    if (!m_name->text().trimmed().isEmpty()) {
        try {
            same = OrganisationRepository(m_database).sameName(m_name->text(), m_organisationId);
        } catch (const DatabaseError &) { }
    }
    if (same.isEmpty()) {
        m_duplicates->hide();
        return;
    }
    QStringList links;
    for (const auto &entry : same) {
        const QString where
            = entry.commune.isEmpty() ? QString() : tr(" (%1)").arg(entry.commune.toHtmlEscaped());
        links << QStringLiteral("<a href=\"organisation:%1\">%2</a>%3")
                     .arg(entry.id)
                     .arg(entry.name.toHtmlEscaped(), where);
    }
    m_duplicates->setText(tr("Already in the file? %1").arg(links.join(QStringLiteral(", "))));
    m_duplicates->show();
}

void OrganisationDialog::updateTitle()
{
    setWindowTitle(
        m_organisationId ? tr("Organisation — %1").arg(m_loaded.name) : tr("New organisation"));
}

OrganisationDialog::~OrganisationDialog()
{
    hide();
}

} // namespace relais
