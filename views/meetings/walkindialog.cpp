#include "walkindialog.h"

#include "actornamecompleter.h"
#include "models/db/contactrepository.h"
#include "models/db/databaseerror.h"
#include "models/domain/validation.h"
#include "views/forms/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

namespace {

bool isCapitals(const QString &word)
{
    bool letters = false;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters && word.size() > 1;
}

// "DUPONT-MOREL" → "Dupont-Morel": the file keeps names as they are usually written;
// capitals are how the sheet sets a last name apart.
QString fromCapitals(const QString &name)
{
    QString result = name.toLower();
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\'')
            || c == QChar(0x2019);
    }
    return result;
}

} // namespace

std::pair<QString, QString> WalkInDialog::splitName(const QString &typed)
{
    const QString text = typed.simplified();
    if (const qsizetype comma = text.indexOf(QLatin1Char(',')); comma >= 0)
        return { text.mid(comma + 1).trimmed(), text.left(comma).trimmed() };
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return { QString(), text };
    QStringList first;
    QStringList last;
    for (const QString &word : words)
        (isCapitals(word) ? last : first) << word;
    if (!last.isEmpty() && !first.isEmpty())
        return { first.join(QLatin1Char(' ')), fromCapitals(last.join(QLatin1Char(' '))) };
    // "Jean de La Tour": the first word is the first name.
    return { words.first(), words.mid(1).join(QLatin1Char(' ')) };
}

WalkInDialog::WalkInDialog(Database &database, const QString &typed, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_lastNameMessage(new FieldMessage(m_lastName, this))
    , m_organisationMessage(new FieldMessage(m_organisation, this))
    , m_emailMessage(new FieldMessage(m_email, this))
{
    setObjectName(QStringLiteral("walkInDialog"));
    setWindowTitle(tr("New walk-in"));
    setMinimumWidth(440);

    const auto [first, last] = splitName(typed);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_firstName->setText(first);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_lastName->setText(last);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(
        tr("As written on the sheet; a new one is added to the file"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("Optional"));

    auto *completer
        = new ActorNameCompleter(database, ActorRef::Kind::Organisation, m_organisation);
    connect(completer, &ActorNameCompleter::chosen, this, [this](const ActorRef &organisation) {
        m_organisation->setText(organisation.name);
        m_organisationId = organisation.id;
        m_organisationMessage->clear();
    });
    connect(m_organisation, &QLineEdit::textEdited, this, [this] {
        m_organisationId = 0;
        m_organisationMessage->clear();
    });

    auto *intro = new QLabel(
        tr("Not in the file yet: this person is added to it and recorded as present."), this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(QString(), m_lastNameMessage);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(QString(), m_organisationMessage);
    form->addRow(tr("E-&mail"), m_email);
    form->addRow(QString(), m_emailMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add the walk-in"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addWalkIn"));
    add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // The name comes from the field; what the sheet says next is the organisation.
    if (first.isEmpty())
        m_firstName->setFocus();
    else if (last.isEmpty())
        m_lastName->setFocus();
    else
        m_organisation->setFocus();
}

Contact WalkInDialog::contact() const
{
    Contact person;
    person.firstName = m_firstName->text();
    person.lastName = m_lastName->text();
    if (!m_organisation->text().trimmed().isEmpty())
        person.memberships << Membership { m_organisationId, m_organisation->text(), QString() };
    if (!m_email->text().trimmed().isEmpty())
        person.emails << m_email->text();
    return person;
}

void WalkInDialog::accept()
{
    m_existingId = 0;
    Contact cleaned;
    const QList<FieldError> errors = validateContact(contact(), &cleaned);
    if (showFieldErrors(errors,
            { { FieldError::Field::LastName, m_lastNameMessage },
                { FieldError::Field::Membership, m_organisationMessage },
                { FieldError::Field::Email, m_emailMessage } }))
        return;
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), errors.first().message);
        return;
    }

    // Enter in the walk-in field does not say whether the person is new: the file may
    // know them under that name or e-mail. Recording them twice would split their history.
    QList<ContactDuplicate> duplicates;
    try {
        duplicates = ContactRepository(m_database).findDuplicates(cleaned);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    if (!duplicates.isEmpty()) {
        const ContactDuplicate &known = duplicates.first();
        const QString who = known.organisations.isEmpty()
            ? known.displayName
            : tr("%1 (%2)").arg(known.displayName, known.organisations);
        QMessageBox box(QMessageBox::Question, windowTitle(),
            tr("%1 is already in the file. Record this person as the walk-in?").arg(who),
            QMessageBox::NoButton, this);
        QPushButton *use = box.addButton(tr("Use the one in the file"), QMessageBox::YesRole);
        QPushButton *create = box.addButton(tr("Add a new person"), QMessageBox::NoRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(use);
        box.exec();
        if (box.clickedButton() == use)
            m_existingId = known.id;
        else if (box.clickedButton() != create)
            return;
    }
    QDialog::accept();
}

} // namespace relais
