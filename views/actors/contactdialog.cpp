#include "contactdialog.h"

#include "consenteditor.h"
#include "consenthistorydialog.h"
#include "models/commands/commands.h"
#include "models/db/contactrepository.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/organisationrepository.h"
#include "models/db/referencelistrepository.h"
#include "models/domain/duplicatematching.h"
#include "models/item/actorcompletionmodel.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/membershipeditor.h"
#include "views/forms/optionaldateedit.h"
#include "views/forms/referencechecklist.h"
#include "views/forms/referencepicker.h"
#include "views/forms/taglineedit.h"
#include "views/forms/tokencompleter.h"
#include "views/history/historyview.h"
#include "views/training/trainingrecordview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {

QStringList splitList(const QString &text, bool commasToo)
{
    QStringList values;
    const QString separators = commasToo ? QStringLiteral(";,") : QStringLiteral(";");
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            values << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    values << current.trimmed();
    values.removeAll(QString());
    return values;
}

QString joinList(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

QString formatTimestamp(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ContactDialog::ContactDialog(Database &database, Commands &commands, const History &history,
    qint64 contactId, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_history(history)
    , m_contactId(contactId)
    , m_duplicateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    tabs()->addTab(buildDetails(), tr("&Details"));
    tabs()->addTab(buildHistory(), tr("Histor&y"));
    m_trainings = new TrainingRecordView(database, this);
    m_trainingsTab = tabs()->addTab(m_trainings, tr("&Training"));
    resize(980, 640);

    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &ContactDialog::checkDuplicates);

    Contact contact;
    if (contactId) {
        try {
            if (const auto loaded = ContactRepository(database).load(contactId))
                contact = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Contact"), error.message());
        }
    }
    load(contact);
    m_civility->setFocus();
}

QWidget *ContactDialog::buildDetails()
{
    auto *page = new QWidget;

    // Created in the order Tab visits them: the assistant's order of a business card.
    m_civility = new QComboBox(page);
    m_civility->addItem(QStringLiteral("—"), int(Civility::None));
    m_civility->addItem(tr("Ms", "civility"), int(Civility::Madam));
    m_civility->addItem(tr("Mr", "civility"), int(Civility::Mister));
    m_firstName = new QLineEdit(page);
    m_lastName = new QLineEdit(page);
    m_lastNameMessage = new FieldMessage(m_lastName, page);
    m_duplicates = new QLabel(page);
    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_duplicates->setFocusPolicy(Qt::NoFocus);
    m_duplicates->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: "
                       "3px; padding: 4px; color: #5f4100; }"));
    m_duplicates->hide();
    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString &link) {
        emit openContactRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    m_emails = new QLineEdit(page);
    m_emails->setPlaceholderText(tr("name@example.fr; another@example.fr"));
    m_emailsMessage = new FieldMessage(m_emails, page);
    m_phones = new QLineEdit(page);
    m_phones->setPlaceholderText(tr("03 89 12 34 56; 06 12 34 56 78"));
    m_phonesMessage = new FieldMessage(m_phones, page);
    m_commune = new ReferencePicker(
        m_database, ReferenceList::Commune, ReferencePicker::Mode::AllowNew, page);
    m_communeMessage = new FieldMessage(m_commune, page);

    m_memberships = new MembershipEditor(page);
    MembershipEditor::OrganisationLookup lookup;
    lookup.suggest = [this](const QString &typed) {
        QStringList names;
        try {
            for (const ActorSuggestion &suggestion :
                OrganisationRepository(m_database).suggest(typed, ActorCompletionModel::perKind))
                names << suggestion.actor.name;
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
        }
        return names;
    };
    lookup.exists = [this](const QString &name) {
        try {
            return !OrganisationRepository(m_database).sameName(name).isEmpty();
        } catch (const DatabaseError &) {
            return true; // no note rather than a wrong one
        }
    };
    m_memberships->setOrganisationLookup(std::move(lookup));
    m_type = new ReferencePicker(
        m_database, ReferenceList::ActorType, ReferencePicker::Mode::ChooseOnly, page);
    m_domains = new ReferenceChecklist(m_database, ReferenceList::Domain, page);
    m_tags = new TagLineEdit(m_database, page);
    m_networkHead = new QCheckBox(tr("Network &head"), page);
    m_networkHead->setToolTip(tr("Relays information to many other actors"));
    m_relayActor = new QCheckBox(tr("&Relay actor, trained since"), page);
    m_relaySince = new OptionalDateEdit(page);
    m_relaySinceMessage = new FieldMessage(m_relaySince, page);
    m_consent = new ConsentEditor(page);
    m_notes = new QPlainTextEdit(page);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything worth remembering about this person"));

    // Left: who and how to reach them.
    auto *identity = new QFormLayout;
    identity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    identity->addRow(tr("Ci&vility"), m_civility);
    identity->addRow(tr("&First name"), m_firstName);
    identity->addRow(tr("&Last name *"), m_lastName);
    identity->addRow(QString(), m_lastNameMessage);
    identity->addRow(QString(), m_duplicates);
    identity->addRow(tr("&E-mail"), m_emails);
    identity->addRow(QString(), m_emailsMessage);
    identity->addRow(tr("&Phone"), m_phones);
    identity->addRow(QString(), m_phonesMessage);
    identity->addRow(tr("C&ommune"), m_commune);
    identity->addRow(QString(), m_communeMessage);
    identity->addRow(tr("Organisations"), m_memberships);

    // Right: how the officer classifies and may contact them.
    auto *relay = new QHBoxLayout;
    relay->addWidget(m_relayActor);
    relay->addWidget(m_relaySince, 1);
    auto *classification = new QFormLayout;
    classification->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    classification->addRow(tr("&Type"), m_type);
    classification->addRow(tr("Do&mains"), m_domains);
    classification->addRow(tr("Ta&gs"), m_tags);
    classification->addRow(QString(), m_networkHead);
    classification->addRow(QString(), relay);
    classification->addRow(QString(), m_relaySinceMessage);
    classification->addRow(tr("Co&nsent"), m_consent);
    classification->addRow(tr("Notes"), m_notes);

    auto *columns = new QHBoxLayout(page);
    columns->addLayout(identity, 1);
    columns->addSpacing(16);
    columns->addLayout(classification, 1);

    // Names for tests and accessibility tools.
    const std::pair<QWidget *, const char *> names[] = { { m_civility, "civility" },
        { m_firstName, "firstName" }, { m_lastName, "lastName" }, { m_emails, "emails" },
        { m_phones, "phones" }, { m_commune, "commune" }, { m_type, "type" },
        { m_domains, "domains" }, { m_tags, "tags" }, { m_networkHead, "networkHead" },
        { m_relayActor, "relayActor" }, { m_relaySince, "relayActorSince" },
        { m_consent, "consent" }, { m_notes, "notes" }, { m_lastNameMessage, "lastNameMessage" },
        { m_emailsMessage, "emailsMessage" }, { m_phonesMessage, "phonesMessage" } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    // Live checks and what depends on what.
    for (QLineEdit *edit : { m_firstName, m_lastName, m_emails })
        connect(edit, &QLineEdit::textEdited, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_lastName, &QLineEdit::textEdited, m_lastNameMessage, &FieldMessage::clear);
    connect(m_emails, &QLineEdit::editingFinished, this, &ContactDialog::checkEmails);
    connect(m_phones, &QLineEdit::editingFinished, this, &ContactDialog::checkPhones);
    connect(m_commune, &ReferencePicker::edited, this, [this] {
        const QString name = m_commune->newName();
        if (name.isEmpty())
            m_communeMessage->clear();
        else
            m_communeMessage->showNote(
                tr("\"%1\" is not in the list of communes yet: it will be added.").arg(name));
    });
    connect(m_relayActor, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_relaySince->optionalDate().isValid())
            m_relaySince->setOptionalDate(QDate::currentDate());
        updateDependentFields();
    });
    connect(m_consent, &ConsentEditor::historyRequested, this, &ContactDialog::showConsentHistory);
    connect(
        m_memberships, &MembershipEditor::edited, this, [this] { m_memberships->clearMessages(); });
    return page;
}

QWidget *ContactDialog::buildHistory()
{
    auto *page = new QWidget;
    m_historyView = new HistoryView(m_database, m_history, page);
    connect(m_historyView, &HistoryView::logRequested, this, &ContactDialog::logInteraction);
    connect(m_historyView, &HistoryView::openRequested, this,
        &ContactDialog::openHistoryEntryRequested);
    m_timestamps = new QLabel(page);
    m_timestamps->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_historyView, 1);
    layout->addWidget(m_timestamps);
    // Two keystrokes from the card: Ctrl+I, then the subject.
    auto *log = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    connect(log, &QShortcut::activated, this, &ContactDialog::logInteraction);
    return page;
}

void ContactDialog::logInteraction()
{
    // An interaction needs the record to exist.
    if ((m_contactId == 0 || isModified()) && !save())
        return;
    emit newInteractionRequested({ ActorRef::contact(m_contactId, m_loaded.displayName()) });
}

void ContactDialog::prefill(const Contact &contact)
{
    Q_ASSERT(m_contactId == 0);
    // Closing an untouched prefilled card asks nothing: nothing was typed.
    load(contact);
}

void ContactDialog::load(const Contact &contact)
{
    m_civility->setCurrentIndex(m_civility->findData(int(contact.civility)));
    m_firstName->setText(contact.firstName);
    m_lastName->setText(contact.lastName);
    m_emails->setText(joinList(contact.emails));
    m_phones->setText(joinList(contact.phones));
    m_commune->setCurrentId(contact.communeId);
    if (!contact.communeId && !contact.communeName.isEmpty())
        m_commune->setEditText(contact.communeName);
    m_memberships->setMemberships(contact.memberships);
    m_type->setCurrentId(contact.typeId);
    m_domains->setCheckedIds(contact.domainIds);
    m_tags->setText(contact.tagNames.join(QStringLiteral(", ")));
    m_networkHead->setChecked(contact.networkHead);
    m_relayActor->setChecked(contact.relayActor);
    m_relaySince->setOptionalDate(contact.relayActorSince);
    m_consent->setConsent(ConsentChannel::Email, contact.emailConsent);
    m_consent->setConsent(ConsentChannel::Post, contact.postConsent);
    m_consent->setHistoryEnabled(m_contactId != 0);
    m_notes->setPlainText(contact.notes);
    for (FieldMessage *message : { m_lastNameMessage, m_emailsMessage, m_phonesMessage,
             m_communeMessage, m_relaySinceMessage })
        message->clear();
    m_duplicates->hide();
    m_timestamps->setText(contact.createdAt.isValid()
            ? tr("Created %1 · last changed %2")
                  .arg(formatTimestamp(contact.createdAt), formatTimestamp(contact.updatedAt))
            : QString());
    updateDependentFields();
    m_loaded = this->contact();
    m_historyView->setActor(ActorRef::contact(m_contactId));
    setAuditedRecord(m_database, QStringLiteral("contact"), m_contactId);
    // Only for those who followed a training: most contacts never do.
    m_trainings->setContact(m_contactId);
    tabs()->setTabVisible(m_trainingsTab, m_trainings->count() > 0);
    updateTitle();
}

Contact ContactDialog::contact() const
{
    Contact c;
    c.id = m_contactId;
    c.civility = static_cast<Civility>(m_civility->currentData().toInt());
    c.firstName = m_firstName->text();
    c.lastName = m_lastName->text();
    c.emails = splitList(m_emails->text(), true);
    c.phones = splitList(m_phones->text(), false);
    c.communeId = m_commune->currentId();
    c.communeName = m_commune->newName();
    c.memberships = m_memberships->memberships();
    c.typeId = m_type->currentId();
    c.domainIds = m_domains->checkedIds();
    c.tagNames = TokenCompleter::tokens(m_tags->text());
    c.networkHead = m_networkHead->isChecked();
    c.relayActor = m_relayActor->isChecked();
    c.relayActorSince = c.relayActor ? m_relaySince->optionalDate() : QDate();
    c.emailConsent = m_consent->consent(ConsentChannel::Email);
    c.postConsent = m_consent->consent(ConsentChannel::Post);
    c.notes = m_notes->toPlainText();
    return c;
}

bool ContactDialog::isModified() const
{
    return contact() != m_loaded;
}

bool ContactDialog::save()
{
    const Contact typed = contact();
    const QList<FieldError> errors = validateContact(typed);
    showErrors(errors, true);
    if (!errors.isEmpty())
        return false;

    qint64 id = m_contactId;
    if (m_contactId == 0) {
        const auto added = m_commands.addContact(typed);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        id = *added;
    } else if (!m_commands.updateContact(typed)) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return false;
    }
    m_contactId = id;
    // Show what was stored: normalised phones, resolved commune and organisations.
    try {
        if (const auto stored = ContactRepository(m_database).load(id))
            load(*stored);
    } catch (const DatabaseError &) { }
    ++m_savedCount;
    setStatusText(m_savedCount > 1
            ? tr("%1 saved (%n cards saved here).", nullptr, m_savedCount).arg(typed.displayName())
            : tr("%1 saved.").arg(typed.displayName()));
    emit saved(id);
    return true;
}

void ContactDialog::startNext()
{
    // The next card of a pile from the same meeting or organisation: keep where they
    // come from, clear who they are.
    const Contact previous = contact();
    Contact next;
    next.communeId = previous.communeId;
    next.communeName = previous.communeName;
    next.memberships = previous.memberships;
    for (Membership &membership : next.memberships)
        membership.role.clear();
    m_contactId = 0;
    load(next);
    m_civility->setFocus();
}

void ContactDialog::showErrors(const QList<FieldError> &errors, bool all)
{
    if (all) {
        m_lastNameMessage->clear();
        m_emailsMessage->clear();
        m_phonesMessage->clear();
        m_relaySinceMessage->clear();
        m_consent->clearMessages();
        m_memberships->clearMessages();
    }
    const QStringList emails = splitList(m_emails->text(), true);
    const QStringList phones = splitList(m_phones->text(), false);
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        QWidget *field = nullptr;
        switch (error.field) {
        case FieldError::Field::LastName:
        case FieldError::Field::FirstName:
        case FieldError::Field::Name:
            m_lastNameMessage->showError(error.message);
            field = m_lastName;
            break;
        case FieldError::Field::Email:
            m_emailsMessage->showError(
                tr("“%1”: %2").arg(emails.value(error.index), error.message));
            field = m_emails;
            break;
        case FieldError::Field::Phone:
            m_phonesMessage->showError(
                tr("“%1”: %2").arg(phones.value(error.index), error.message));
            field = m_phones;
            break;
        case FieldError::Field::Membership:
            m_memberships->showError(error.index, error.message);
            field = m_memberships->organisationEdit(error.index);
            break;
        case FieldError::Field::ConsentDate:
            field = m_consent->showDateError(error.index == int(ConsentChannel::Post)
                    ? ConsentChannel::Post
                    : ConsentChannel::Email,
                error.message);
            break;
        case FieldError::Field::RelayActorSince:
            m_relaySinceMessage->showError(error.message);
            field = m_relaySince;
            break;
        default:
            break; // not fields of a contact
        }
        if (!first)
            first = field;
    }
    if (first) {
        tabs()->setCurrentIndex(0);
        first->setFocus();
    }
}

void ContactDialog::checkEmails()
{
    Contact only;
    only.lastName = QStringLiteral("-");
    only.emails = splitList(m_emails->text(), true);
    m_emailsMessage->clear();
    const auto errors = validateContact(only);
    for (const FieldError &error : errors) {
        if (error.field == FieldError::Field::Email) {
            m_emailsMessage->showError(
                tr("“%1”: %2").arg(only.emails.value(error.index), error.message));
            break;
        }
    }
    checkDuplicates();
}

void ContactDialog::checkPhones()
{
    const QStringList phones = splitList(m_phones->text(), false);
    m_phonesMessage->clear();
    QStringList normalised;
    for (const QString &phone : phones) {
        if (const auto clean = normalisedPhone(phone)) {
            normalised << *clean;
        } else {
            Contact only;
            only.lastName = QStringLiteral("-");
            only.phones = { phone };
            const auto errors = validateContact(only);
            m_phonesMessage->showError(tr("“%1”: %2").arg(phone, errors.value(0).message));
            return;
        }
    }
    // Show the number as it will be stored: "0612345678" becomes "06 12 34 56 78".
    const QString text = joinList(normalised);
    if (text != m_phones->text())
        m_phones->setText(text);
}

void ContactDialog::checkDuplicates()
{
    m_duplicateTimer->stop();
    Contact probe = contact();
    QStringList valid;
    for (const QString &email : std::as_const(probe.emails)) {
        if (const auto clean = normalisedEmail(email))
            valid << *clean;
    }
    probe.emails = valid;
    probe.firstName = probe.firstName.simplified();
    probe.lastName = probe.lastName.simplified();
    QList<ContactDuplicate> duplicates;
    try {
        duplicates = ContactRepository(m_database).findDuplicates(probe);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    if (duplicates.isEmpty()) {
        m_duplicates->hide();
        return;
    }
    QStringList lines;
    for (const ContactDuplicate &d : std::as_const(duplicates)) {
        const QString who = d.organisations.isEmpty()
            ? d.displayName.toHtmlEscaped()
            : tr("%1 (%2)").arg(d.displayName.toHtmlEscaped(), d.organisations.toHtmlEscaped());
        lines << QStringLiteral("<a href=\"contact:%1\">%2</a> — %3")
                     .arg(d.id)
                     .arg(who, duplicateReasonText(d.reason));
    }
    m_duplicates->setText(tr("Already in the file? %1").arg(lines.join(QStringLiteral("<br>"))));
    m_duplicates->show();
}

void ContactDialog::updateTitle()
{
    const QString name = m_loaded.displayName();
    setWindowTitle(m_contactId ? tr("Contact — %1").arg(name) : tr("New contact"));
}

void ContactDialog::updateDependentFields()
{
    m_relaySince->setEnabled(m_relayActor->isChecked());
}

void ContactDialog::showConsentHistory()
{
    if (!m_contactId)
        return;
    ConsentHistoryDialog dialog(m_database, m_contactId, m_loaded.displayName(), this);
    dialog.exec();
}

ContactDialog::~ContactDialog()
{
    hide();
}

} // namespace relais
