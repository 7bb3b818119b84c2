#include "actorspagefixture.h"
#include "catchqt.h"
#include "filefaults.h"
#include "importfixture.h"
#include "schemarollback.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/audittrail.h>
#include <models/db/consentrepository.h>
#include <models/db/contactrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
#include <models/domain/actormerge.h>
#include <models/domain/inviteeexport.h>
#include <models/domain/validation.h>
#include <models/history/history.h>
#include <models/import/importfields.h>
#include <models/item/inviteemodel.h>
#include <views/actors/actortableview.h>
#include <views/actors/consenteditor.h>
#include <views/actors/consenthistorydialog.h>
#include <views/actors/contactdialog.h>
#include <views/forms/optionaldateedit.h>

using namespace relais;
using relais::filefaults::rawExec;

namespace {

Contact person(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    return c;
}

int historyCount(Database &db, qint64 id)
{
    return int(ConsentRepository(db).history(id).size());
}

} // namespace

TEST_CASE("A file of version 9 keeps its consents as the e-mail channel, each with one line of "
          "history",
    "[consent]")
{
    TestDatabase db;
    const QString path = db.path();
    Contact given = person(QStringLiteral("Marie"), QStringLiteral("Sénéchal"));
    const qint64 marie = ContactRepository(*db).insert(given);
    const qint64 paul
        = ContactRepository(*db).insert(person(QStringLiteral("Paul"), QStringLiteral("Keller")));
    const qint64 anne
        = ContactRepository(*db).insert(person(QStringLiteral("Anne"), QStringLiteral("Meyer")));
    db.close();
    // As a Relais of version 9 left it: one consent per contact, its "how" as free text.
    schemarollback::rollBackTo(path, 9);
    rawExec(path,
        QStringLiteral("UPDATE contact SET consent = 1, consent_date = '2014-03-01', "
                       "consent_method = 'Formulaire papier' WHERE id = %1")
            .arg(marie));
    rawExec(path,
        QStringLiteral("UPDATE contact SET consent = 2, consent_date = '2014-04-02', "
                       "consent_method = 'par téléphone' WHERE id = %1")
            .arg(paul));
    db.reopen();
    CHECK(db->schemaVersion() >= 10);

    const Contact m = *ContactRepository(*db).load(marie);
    CHECK(m.emailConsent
        == ChannelConsent { Consent::Given, QDate(2014, 3, 1), ConsentSource::Form,
            QStringLiteral("Formulaire papier") });
    CHECK(m.postConsent == ChannelConsent());
    const QList<ConsentHistoryEntry> lines = ConsentRepository(*db).history(marie);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].channel == ConsentChannel::Email);
    CHECK(lines[0].consent == m.emailConsent);
    CHECK(lines[0].recordedBy.isEmpty());
    CHECK(lines[0].recordedAt.isValid());

    const Contact p = *ContactRepository(*db).load(paul);
    CHECK(p.emailConsent.status == Consent::Refused);
    CHECK(p.emailConsent.source == ConsentSource::Phone);
    CHECK(historyCount(*db, paul) == 1);
    // Never asked: nothing to remember.
    CHECK(historyCount(*db, anne) == 0);
}

TEST_CASE("Each change of a channel writes one line, attributed, and undo puts the consent back "
          "and is recorded as a change back",
    "[consent]")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact c = person(QStringLiteral("Marie"), QStringLiteral("Sénéchal"));
    c.emailConsent = { Consent::Given, QDate(2014, 3, 1), ConsentSource::MeetingSheet,
        QStringLiteral("Conseil") };
    const qint64 id = *commands.addContact(c);
    QList<ConsentHistoryEntry> lines = ConsentRepository(*db).history(id);
    REQUIRE(lines.size() == 1); // the post channel, never asked, writes nothing
    CHECK(lines[0].channel == ConsentChannel::Email);
    CHECK(lines[0].consent == c.emailConsent);
    CHECK(lines[0].recordedBy == AuditTrail::user(*db));
    CHECK_FALSE(lines[0].recordedBy.isEmpty());

    // A change elsewhere on the card writes no line.
    Contact renamed = *ContactRepository(*db).load(id);
    renamed.notes = QStringLiteral("Vue au conseil");
    REQUIRE(commands.updateContact(renamed));
    CHECK(historyCount(*db, id) == 1);

    Contact changed = *ContactRepository(*db).load(id);
    changed.postConsent = { Consent::Refused, QDate(2014, 5, 2), ConsentSource::Phone, {} };
    changed.emailConsent.status = Consent::Withdrawn;
    changed.emailConsent.date = QDate(2014, 5, 2);
    REQUIRE(commands.updateContact(changed));
    lines = ConsentRepository(*db).history(id);
    REQUIRE(lines.size() == 3);
    // Newest first, both channels of the one change.
    CHECK(lines[0].id > lines[1].id);
    QList<ConsentChannel> channels { lines[0].channel, lines[1].channel };
    CHECK(channels.contains(ConsentChannel::Email));
    CHECK(channels.contains(ConsentChannel::Post));

    stack.undo();
    const Contact back = *ContactRepository(*db).load(id);
    CHECK(back.emailConsent == c.emailConsent);
    CHECK(back.postConsent == ChannelConsent());
    lines = ConsentRepository(*db).history(id);
    // The history is never rewritten: the undo is two more lines, saying what it went back to.
    REQUIRE(lines.size() == 5);
    for (const ConsentHistoryEntry &line : lines.mid(0, 2)) {
        if (line.channel == ConsentChannel::Email)
            CHECK(line.consent == c.emailConsent);
        else
            CHECK(line.consent == ChannelConsent());
    }
    stack.redo();
    CHECK(ContactRepository(*db).load(id)->postConsent.status == Consent::Refused);
    CHECK(historyCount(*db, id) == 7);
}

TEST_CASE("Undoing a deletion brings the history back as it was", "[consent]")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact c = person(QStringLiteral("Paul"), QStringLiteral("Keller"));
    c.emailConsent
        = { Consent::Given, QDate(2014, 3, 1), ConsentSource::Form, QStringLiteral("papier") };
    const qint64 id = *commands.addContact(c);
    Contact changed = *ContactRepository(*db).load(id);
    changed.emailConsent.status = Consent::Refused;
    REQUIRE(commands.updateContact(changed));
    const QList<ConsentHistoryEntry> before = ConsentRepository(*db).history(id);
    REQUIRE(before.size() == 2);

    REQUIRE(commands.deleteContacts({ id }));
    CHECK(historyCount(*db, id) == 0);
    stack.undo();
    const QList<ConsentHistoryEntry> after = ConsentRepository(*db).history(id);
    REQUIRE(after.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(after[i].id == before[i].id);
        CHECK(after[i].consent == before[i].consent);
        CHECK(after[i].recordedAt == before[i].recordedAt);
    }
}

TEST_CASE("A merge keeps the more recent answer per channel, and its undo puts both histories back",
    "[consent]")
{
    Contact kept = person(QStringLiteral("Marie"), QStringLiteral("Sénéchal"));
    kept.emailConsent = { Consent::Given, QDate(2014, 3, 1), ConsentSource::Form, {} };
    Contact merged = person(QStringLiteral("Marie"), QStringLiteral("Senechal"));
    merged.emailConsent = { Consent::Withdrawn, QDate(2015, 1, 5), ConsentSource::Email, {} };
    merged.postConsent = { Consent::Given, QDate(2013, 1, 5), ConsentSource::Phone, {} };
    Contact proposed = proposedMerge(kept, merged);
    CHECK(proposed.emailConsent == merged.emailConsent); // the later word
    CHECK(proposed.postConsent == merged.postConsent); // the only one
    merged.emailConsent.date = QDate(2013, 1, 1);
    CHECK(proposedMerge(kept, merged).emailConsent == kept.emailConsent);

    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const qint64 keptId = *commands.addContact(kept);
    const qint64 mergedId = *commands.addContact(merged);
    kept.id = keptId;
    proposed = proposedMerge(
        *ContactRepository(*db).load(keptId), *ContactRepository(*db).load(mergedId));
    REQUIRE(commands.mergeContacts(keptId, mergedId, proposed));
    CHECK(ContactRepository(*db).load(keptId)->postConsent.status == Consent::Given);
    CHECK(historyCount(*db, keptId) == 2); // its own, then the post consent it took
    stack.undo();
    CHECK(ContactRepository(*db).load(keptId)->postConsent == ChannelConsent());
    CHECK(historyCount(*db, keptId) == 1);
    CHECK(historyCount(*db, mergedId) == 2);
}

TEST_CASE("The notes of a contact's history can be erased, the answers stay", "[consent]")
{
    TestDatabase db;
    Contact c = person(QStringLiteral("Anne"), QStringLiteral("Meyer"));
    c.emailConsent = { Consent::Given, QDate(2014, 3, 1), ConsentSource::Form,
        QStringLiteral("signé au marché de Noël avec sa fille") };
    c.postConsent = { Consent::Refused, QDate(2014, 3, 1), ConsentSource::Form, {} };
    const qint64 id = ContactRepository(*db).insert(c);
    const qint64 other = ContactRepository(*db).insert(c);
    CHECK(ConsentRepository(*db).blankNotes(id) == 1);
    for (const ConsentHistoryEntry &line : ConsentRepository(*db).history(id)) {
        CHECK(line.consent.note.isEmpty());
        CHECK(line.consent.status != Consent::Unknown);
    }
    CHECK(ConsentRepository(*db).history(other).size() == 2);
    const QList<ConsentHistoryEntry> others = ConsentRepository(*db).history(other);
    CHECK(std::any_of(others.cbegin(), others.cend(),
        [](const ConsentHistoryEntry &e) { return !e.consent.note.isEmpty(); }));
}

TEST_CASE(
    "Where a consent was given is guessed from the free text typed before sources", "[consent]")
{
    CHECK(consentSourceGuessed(QStringLiteral("Formulaire papier")) == ConsentSource::Form);
    CHECK(consentSourceGuessed(QStringLiteral("paper form")) == ConsentSource::Form);
    CHECK(consentSourceGuessed(QStringLiteral("informé par téléphone")) == ConsentSource::Phone);
    CHECK(consentSourceGuessed(QStringLiteral("courriel")) == ConsentSource::Email);
    CHECK(consentSourceGuessed(QStringLiteral("Feuille d'émargement"))
        == ConsentSource::MeetingSheet);
    CHECK(consentSourceGuessed(QStringLiteral("oral lors du conseil")) == ConsentSource::Other);
    CHECK(consentSourceGuessed(QStringLiteral("  ")) == ConsentSource::None);
    // Keys round-trip; a key of a later version reads as Other.
    for (const ConsentSource source : consentSources())
        CHECK(consentSourceFromKey(consentSourceKey(source)) == source);
    CHECK(consentSourceFromKey(QStringLiteral("carrier_pigeon")) == ConsentSource::Other);
}

TEST_CASE("A date of consent in the future is refused, channel by channel", "[consent]")
{
    Contact c = person(QStringLiteral("Anne"), QStringLiteral("Meyer"));
    c.postConsent = { Consent::Given, QDate::currentDate().addDays(2), ConsentSource::Form, {} };
    const QList<FieldError> errors = validateContact(c);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == FieldError::Field::ConsentDate);
    CHECK(errors[0].index == int(ConsentChannel::Post));
    // Not asked: whatever was typed with it goes.
    c.postConsent
        = { Consent::Unknown, QDate(2014, 1, 1), ConsentSource::Form, QStringLiteral("x") };
    Contact cleaned;
    CHECK(validateContact(c, &cleaned).isEmpty());
    CHECK(cleaned.postConsent == ChannelConsent());
}

TEST_CASE_METHOD(ImportFixture,
    "An import reads consent by e-mail and by post, French headers or "
    "English",
    "[consent]")
{
    CHECK(ImportFields::find(ImportKind::Contacts, QStringLiteral("post_consent")));
    ImportPlan p = plan(ImportKind::Contacts,
        QStringLiteral("Nom;Prénom;Courriel;Consentement;Date du consentement;"
                       "Consentement courrier;Date du consentement courrier\n"
                       "Meyer;Anne;anne@example.fr;oui;01/03/2014;non;02/03/2014\n"
                       "Roth;Luc;luc@example.fr;;;oui;\n"));
    REQUIRE(commands.importActors(p, QStringLiteral("consent.csv")));
    const auto anne = contactNamed(QStringLiteral("Meyer"));
    REQUIRE(anne);
    CHECK(anne->emailConsent
        == ChannelConsent { Consent::Given, QDate(2014, 3, 1), ConsentSource::Import, {} });
    CHECK(anne->postConsent
        == ChannelConsent { Consent::Refused, QDate(2014, 3, 2), ConsentSource::Import, {} });
    CHECK(historyCount(*db, anne->id) == 2);
    const auto luc = contactNamed(QStringLiteral("Roth"));
    REQUIRE(luc);
    CHECK(luc->emailConsent.status == Consent::Unknown);
    CHECK(luc->postConsent.status == Consent::Given);

    ImportPlan english = plan(ImportKind::Contacts,
        QStringLiteral("Last name,First name,Post consent,Post consent date\n"
                       "Bauer,Zoé,yes,2014-05-06\n"));
    REQUIRE(commands.importActors(english, QStringLiteral("english.csv")));
    const auto zoe = contactNamed(QStringLiteral("Bauer"));
    REQUIRE(zoe);
    CHECK(zoe->postConsent.status == Consent::Given);
    CHECK(zoe->postConsent.date == QDate(2014, 5, 6));
}

TEST_CASE("E-mail lists leave out those never asked unless told, and those who said no always",
    "[consent]")
{
    const auto invitee = [](const char *email, Consent consent) {
        Invitee i;
        i.email = QString::fromLatin1(email);
        i.consent = consent;
        return i;
    };
    const QList<Invitee> people { invitee("a@x.fr", Consent::Given),
        invitee("u@x.fr", Consent::Unknown), invitee("r@x.fr", Consent::Refused),
        invitee("w@x.fr", Consent::Withdrawn), invitee("", Consent::Unknown) };
    CHECK(InviteeExport::unasked(people) == 1);
    CHECK(InviteeExport::refused(people) == 2);
    CHECK(InviteeExport::bccList(people) == QStringLiteral("a@x.fr"));
    CHECK(InviteeExport::bccList(people, Unasked::Include) == QStringLiteral("a@x.fr; u@x.fr"));
    CHECK(InviteeExport::unreachable(people) == 4);
    CHECK(InviteeExport::unreachable(people, Unasked::Include) == 3);
    CHECK(InviteeExport::mailto(people, QStringLiteral("x"))
              .toString()
              .contains(QStringLiteral("a@x.fr")));
    CHECK_FALSE(InviteeExport::mailto(people, QStringLiteral("x"))
                    .toString()
                    .contains(QStringLiteral("u@x.fr")));
    const QByteArray csv = InviteeExport::csv(people, CsvProfile::Standard);
    CHECK(csv.count('\n') == 6); // everyone has a line
    CHECK_FALSE(csv.contains("u@x.fr"));
    CHECK(InviteeExport::csv(people, CsvProfile::Standard, Unasked::Include).contains("u@x.fr"));
    CHECK_FALSE(
        InviteeExport::csv(people, CsvProfile::Standard, Unasked::Include).contains("r@x.fr"));

    Contact agreed = person(QStringLiteral("A"), QStringLiteral("A"));
    agreed.emails = { QStringLiteral("a@x.fr") };
    agreed.emailConsent.status = Consent::Given;
    Contact unasked = agreed;
    unasked.emailConsent.status = Consent::Unknown;
    Contact refused = agreed;
    refused.emailConsent.status = Consent::Refused;
    const QList<Contact> cards { agreed, unasked, refused };
    CHECK(ContactExport::unasked(cards) == 1);
    CHECK(ContactExport::refused(cards) == 1);
    const QList<Contact> out = ContactExport::withAllowedEmails(cards);
    REQUIRE(out.size() == 3);
    CHECK(out[0].emails == agreed.emails);
    CHECK(out[1].emails.isEmpty());
    CHECK(out[2].emails.isEmpty());
    CHECK(ContactExport::withAllowedEmails(cards, Unasked::Include)[1].emails == agreed.emails);
}

TEST_CASE("Copying addresses from the Actors page asks about those never asked, and leaves them "
          "out by default",
    "[consent]")
{
    ActorsPageFixture f;
    Contact anne = person(QStringLiteral("Anne"), QStringLiteral("Bauer"));
    anne.emails = { QStringLiteral("anne@example.fr") };
    anne.emailConsent.status = Consent::Given;
    f.commands.addContact(anne);
    Contact marc = person(QStringLiteral("Marc"), QStringLiteral("Dupont"));
    marc.emails = { QStringLiteral("marc@example.fr") };
    f.commands.addContact(marc);
    REQUIRE(showActive(&f.window));
    f.page->contactsView()->selectAll();

    QString asked;
    answerNextMessageBox(QStringLiteral("Leave them out"), &asked);
    const QString said = f.page->copyEmailAddresses();
    CHECK(asked.contains(
        QStringLiteral("1 of the 2 people have not agreed to be contacted by e-mail")));
    CHECK(QApplication::clipboard()->text() == QStringLiteral("anne@example.fr"));
    CHECK(said.contains(QStringLiteral("1 left out: not asked yet")));

    answerNextMessageBox(QStringLiteral("Include them"));
    f.page->copyEmailAddresses();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("anne@example.fr; marc@example.fr"));

    // Cancelled: nothing copied.
    QApplication::clipboard()->setText(QStringLiteral("before"));
    answerNextMessageBox(QStringLiteral("Cancel"));
    CHECK(f.page->copyEmailAddresses().isEmpty());
    CHECK(QApplication::clipboard()->text() == QStringLiteral("before"));
}

TEST_CASE("The invitees' list shows who has not agreed to be contacted by e-mail", "[consent]")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    QList<qint64> ids;
    for (const auto &[name, consent] :
        { std::pair { "Agreed", Consent::Given }, std::pair { "Unasked", Consent::Unknown },
            std::pair { "Withdrew", Consent::Withdrawn } }) {
        Contact c = person(QString(), QString::fromLatin1(name));
        c.emails = { QString::fromLatin1(name).toLower() + QStringLiteral("@x.fr") };
        c.emailConsent.status = consent;
        ids << *commands.addContact(c);
    }
    Meeting m;
    m.title = QStringLiteral("Conseil d'acteurs");
    m.date = QDate(2014, 11, 20);
    m.typeId = ReferenceListRepository(*db).items(ReferenceList::MeetingType)[0].id;
    const qint64 meeting = *commands.addMeeting(m);
    REQUIRE(commands.invite(meeting, ids));
    InviteeModel model(*db);
    QAbstractItemModelTester tester(&model);
    model.setMeeting(meeting);
    REQUIRE(model.rowCount() == 3);
    const auto email
        = [&](int row, int role) { return model.index(row, InviteeModel::Email).data(role); };
    // The sheet's order: Agreed, Unasked, Withdrew.
    CHECK_FALSE(email(0, Qt::ForegroundRole).isValid());
    CHECK(email(1, Qt::ForegroundRole).isValid());
    CHECK(email(1, Qt::ToolTipRole).toString().contains(QStringLiteral("Not asked yet")));
    CHECK(email(2, Qt::FontRole).value<QFont>().strikeOut());
    CHECK(email(2, Qt::ToolTipRole).toString().contains(QStringLiteral("never")));
    CHECK(model.index(2, 0).data(InviteeModel::ConsentRole).toInt() == int(Consent::Withdrawn));
}

TEST_CASE("The card's consent: both channels typed, saved, loaded back, a future date said "
          "under its line",
    "[consent]")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    Contact c = person(QStringLiteral("Anne"), QStringLiteral("Meyer"));
    c.emailConsent
        = { Consent::Given, QDate(2014, 3, 1), ConsentSource::Form, QStringLiteral("papier") };
    const qint64 id = *commands.addContact(c);

    ContactDialog dialog(*db, commands, *history, id);
    REQUIRE(showActive(&dialog));
    auto *editor = dialog.findChild<ConsentEditor *>(QStringLiteral("consent"));
    REQUIRE(editor);
    CHECK(dialog.contact().emailConsent == c.emailConsent);
    CHECK(dialog.contact().postConsent == ChannelConsent());
    CHECK_FALSE(dialog.isModified());

    // From the e-mail answer, Tab goes along its line, then to the post line.
    auto *emailStatus = dialog.findChild<QComboBox *>(QStringLiteral("emailConsent"));
    emailStatus->setFocus();
    const QStringList order { "emailConsentDate", "emailConsentSource", "emailConsentNote",
        "postConsent" };
    for (const QString &expected : order) {
        press(Qt::Key_Tab);
        CHECK(focusedName() == expected);
    }
    auto *postStatus = dialog.findChild<QComboBox *>(QStringLiteral("postConsent"));
    auto *postDate = dialog.findChild<OptionalDateEdit *>(QStringLiteral("postConsentDate"));
    CHECK_FALSE(postDate->isEnabled());
    postStatus->setCurrentIndex(postStatus->findData(int(Consent::Refused)));
    CHECK(postDate->isEnabled());
    CHECK(postDate->optionalDate() == QDate::currentDate()); // dated today unless told
    auto *postSource = dialog.findChild<QComboBox *>(QStringLiteral("postConsentSource"));
    postSource->setCurrentIndex(postSource->findData(QStringLiteral("phone")));
    dialog.findChild<QLineEdit *>(QStringLiteral("postConsentNote"))
        ->setText(QStringLiteral("  pas de courrier "));
    CHECK(dialog.isModified());

    // A date in the future: said under the post line, nothing saved.
    postDate->setOptionalDate(QDate::currentDate().addDays(5));
    CHECK_FALSE(dialog.save());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("postConsentMessage"));
    CHECK(message->text().contains(QStringLiteral("future")));
    CHECK(ContactRepository(*db).load(id)->postConsent == ChannelConsent());

    postDate->setOptionalDate(QDate(2014, 4, 1));
    REQUIRE(dialog.save());
    const Contact saved = *ContactRepository(*db).load(id);
    CHECK(saved.emailConsent == c.emailConsent);
    CHECK(saved.postConsent
        == ChannelConsent { Consent::Refused, QDate(2014, 4, 1), ConsentSource::Phone,
            QStringLiteral("pas de courrier") });

    ContactDialog again(*db, commands, *history, id);
    REQUIRE(showActive(&again));
    CHECK(again.contact().postConsent == saved.postConsent);
    CHECK(again.contact().emailConsent == saved.emailConsent);
    if (qEnvironmentVariableIsSet("RELAIS_CONSENT_GRAB"))
        again.grab().save(QStringLiteral("/tmp/consent_dialog.png"));

    ConsentHistoryDialog lines(*db, id, saved.displayName());
    REQUIRE(lines.table()->rowCount() == 2);
    CHECK(lines.table()->item(0, 1)->text() == QStringLiteral("Post"));
    CHECK(lines.table()->item(0, 2)->text() == QStringLiteral("Refused"));
    CHECK(lines.table()->item(0, 4)->text() == QStringLiteral("Phone"));
    CHECK(lines.table()->item(1, 1)->text() == QStringLiteral("E-mail"));
    CHECK(lines.table()->item(1, 6)->text() == AuditTrail::user(*db));
    if (qEnvironmentVariableIsSet("RELAIS_CONSENT_GRAB")) {
        lines.show();
        lines.grab().save(QStringLiteral("/tmp/consent_history.png"));
    }
}
