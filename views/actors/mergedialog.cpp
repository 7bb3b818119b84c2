#include "mergedialog.h"

#include "models/commands/commands.h"
#include "models/db/contactrepository.h"
#include "models/db/databaseerror.h"
#include "models/db/organisationrepository.h"
#include "models/db/referencelistrepository.h"
#include "models/domain/actormerge.h"
#include "views/backup/backupactions.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

namespace {

// What a radio button can show of a value: its first line, not too long; the rest in
// the tooltip.
QString shortText(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 60)
        line = line.left(58) + QStringLiteral("…");
    else if (text.contains(QLatin1Char('\n')))
        line += QStringLiteral(" …");
    return line;
}

} // namespace

MergeDialog::MergeDialog(Database &database, Commands &commands, ActorRef::Kind kind,
    qint64 firstId, qint64 secondId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_kind(kind)
    , m_ids { firstId, secondId }
{
    const bool contacts = kind == ActorRef::Kind::Contact;
    setWindowTitle(contacts ? tr("Merge contacts") : tr("Merge organisations"));

    try {
        if (contacts) {
            const ContactRepository repository(database);
            for (int i = 0; i < 2; ++i) {
                if (const auto loaded = repository.load(m_ids[i]))
                    m_contacts[i] = *loaded;
            }
            m_loaded = m_contacts[0].id && m_contacts[1].id;
        } else {
            const OrganisationRepository repository(database);
            for (int i = 0; i < 2; ++i) {
                if (const auto loaded = repository.load(m_ids[i]))
                    m_organisations[i] = *loaded;
            }
            m_loaded = m_organisations[0].id && m_organisations[1].id;
        }
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(contacts ? tr("Choose the value to keep where the two contacts differ.")
                              : tr("Choose the value to keep where the two organisations differ."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("Record kept:"));
    keepRow->addWidget(keepLabel);
    m_keep = new QButtonGroup(this);
    for (int i = 0; i < 2; ++i) {
        const QString name = contacts ? m_contacts[i].displayName() : m_organisations[i].name;
        auto *button = new QRadioButton(i == 0 ? tr("&1: %1").arg(name) : tr("&2: %1").arg(name));
        button->setObjectName(i == 0 ? QStringLiteral("keepFirst") : QStringLiteral("keepSecond"));
        m_keep->addButton(button, i);
        keepRow->addWidget(button);
    }
    keepRow->addStretch();
    layout->addLayout(keepRow);
    m_keep->button(0)->setChecked(true);

    auto *gridHost = new QWidget;
    m_grid = new QGridLayout(gridHost);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(18);
    if (contacts)
        addContactRows();
    else
        addOrganisationRows();
    buildGrid();
    auto *scroll = new QScrollArea;
    scroll->setWidget(gridHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // As tall as the fields, up to a point; the rest scrolls.
    scroll->setMinimumHeight(std::min(gridHost->sizeHint().height() + 4, 420));
    layout->addWidget(scroll, 1);

    auto *explanation = new QLabel(contacts
            ? tr("Meetings, trainings, SERD actions, interactions, follow-ups and memberships "
                 "of both are kept; the other record is removed. Edit > Undo brings both back.")
            : tr("Members, SERD actions, contributions, interactions and follow-ups of both "
                 "are kept; the other record is removed. Edit > Undo brings both back."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *mergeButton = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    mergeButton->setObjectName(QStringLiteral("merge"));
    mergeButton->setDefault(true);
    mergeButton->setEnabled(m_loaded);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (merge())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_keep, &QButtonGroup::idClicked, this, [this] { propose(); });
    propose();
    m_keep->button(0)->setFocus();
    resize(760, sizeHint().height());
}

QString MergeDialog::referenceName(int list, qint64 id, const QString &typed) const
{
    if (!typed.isEmpty() || id == 0)
        return typed;
    try {
        if (const auto item = ReferenceListRepository(m_database).item(ReferenceList(list), id))
            return item->name;
    } catch (const DatabaseError &) { }
    return QString();
}

void MergeDialog::addRow(const QString &field, const QString &label,
    std::function<QString(int)> text, std::function<void(int)> take)
{
    Row row;
    row.field = field;
    row.label = label;
    row.text = std::move(text);
    row.take = std::move(take);
    m_rows << row;
}

void MergeDialog::addContactRows()
{
    auto &c = m_contacts;
    auto &v = m_contactValues;
    const QLocale locale;
    const auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    addRow(
        QStringLiteral("civility"), tr("Civility"),
        [&c](int i) {
            switch (c[i].civility) {
            case Civility::Madam:
                return tr("Ms", "civility");
            case Civility::Mister:
                return tr("Mr", "civility");
            case Civility::None:
                break;
            }
            return QString();
        },
        [&c, &v](int i) { v.civility = c[i].civility; });
    addRow(
        QStringLiteral("firstName"), tr("First name"), [&c](int i) { return c[i].firstName; },
        [&c, &v](int i) { v.firstName = c[i].firstName; });
    addRow(
        QStringLiteral("lastName"), tr("Last name"), [&c](int i) { return c[i].lastName; },
        [&c, &v](int i) { v.lastName = c[i].lastName; });
    addRow(QStringLiteral("emails"), tr("E-mails (all kept)"),
        [&c](int i) { return c[i].emails.join(QStringLiteral(", ")); }, {});
    addRow(QStringLiteral("phones"), tr("Phones (all kept)"),
        [&c](int i) { return c[i].phones.join(QStringLiteral(", ")); }, {});
    addRow(QStringLiteral("organisations"), tr("Organisations (all kept)"),
        [&c](int i) {
            QStringList names;
            for (const Membership &m : c[i].memberships)
                names << (m.role.isEmpty() ? m.organisationName
                                           : tr("%1 (%2)").arg(m.organisationName, m.role));
            return names.join(QStringLiteral(", "));
        },
        {});
    addRow(
        QStringLiteral("type"), tr("Type"),
        [this, &c](int i) { return referenceName(int(ReferenceList::ActorType), c[i].typeId); },
        [&c, &v](int i) { v.typeId = c[i].typeId; });
    addRow(
        QStringLiteral("commune"), tr("Commune"),
        [this, &c](int i) {
            return referenceName(int(ReferenceList::Commune), c[i].communeId, c[i].communeName);
        },
        [&c, &v](int i) {
            v.communeId = c[i].communeId;
            v.communeName = c[i].communeName;
        });
    addRow(
        QStringLiteral("networkHead"), tr("Network head"),
        [&c, yesNo](int i) { return yesNo(c[i].networkHead); },
        [&c, &v](int i) { v.networkHead = c[i].networkHead; });
    addRow(
        QStringLiteral("relayActor"), tr("Relay actor"),
        [&c, yesNo, locale](int i) {
            if (c[i].relayActor && c[i].relayActorSince.isValid())
                return tr("Yes, since %1")
                    .arg(locale.toString(c[i].relayActorSince, QLocale::ShortFormat));
            return yesNo(c[i].relayActor);
        },
        [&c, &v](int i) {
            v.relayActor = c[i].relayActor;
            v.relayActorSince = c[i].relayActorSince;
        });
    const auto consentRow = [&](const QString &field, const QString &label,
                                ConsentChannel channel) {
        addRow(
            field, label, [&c, channel](int i) { return consentSummary(c[i].consentBy(channel)); },
            [&c, &v, channel](int i) { v.consentBy(channel) = c[i].consentBy(channel); });
    };
    consentRow(QStringLiteral("consent"), tr("Consent by e-mail"), ConsentChannel::Email);
    consentRow(QStringLiteral("postConsent"), tr("Consent by post"), ConsentChannel::Post);
    addRow(
        QStringLiteral("notes"), tr("Notes"), [&c](int i) { return c[i].notes; },
        [&c, &v](int i) { v.notes = c[i].notes; });
}

void MergeDialog::addOrganisationRows()
{
    auto &o = m_organisations;
    auto &v = m_organisationValues;
    const auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    const auto text = [this, &o, &v](const QString &field, const QString &label,
                          QString Organisation::*member) {
        addRow(
            field, label, [&o, member](int i) { return o[i].*member; },
            [&o, &v, member](int i) { v.*member = o[i].*member; });
    };
    text(QStringLiteral("name"), tr("Name"), &Organisation::name);
    text(QStringLiteral("acronym"), tr("Acronym"), &Organisation::acronym);
    addRow(
        QStringLiteral("type"), tr("Type"),
        [this, &o](int i) { return referenceName(int(ReferenceList::ActorType), o[i].typeId); },
        [&o, &v](int i) { v.typeId = o[i].typeId; });
    addRow(
        QStringLiteral("commune"), tr("Commune"),
        [this, &o](int i) {
            return referenceName(int(ReferenceList::Commune), o[i].communeId, o[i].communeName);
        },
        [&o, &v](int i) {
            v.communeId = o[i].communeId;
            v.communeName = o[i].communeName;
        });
    text(QStringLiteral("address"), tr("Address"), &Organisation::address);
    text(QStringLiteral("website"), tr("Website"), &Organisation::website);
    text(QStringLiteral("email"), tr("E-mail"), &Organisation::email);
    text(QStringLiteral("phone"), tr("Phone"), &Organisation::phone);
    addRow(
        QStringLiteral("networkHead"), tr("Network head"),
        [&o, yesNo](int i) { return yesNo(o[i].networkHead); },
        [&o, &v](int i) { v.networkHead = o[i].networkHead; });
    addRow(
        QStringLiteral("municipalService"), tr("Municipal service"),
        [&o, yesNo](int i) { return yesNo(o[i].municipalService); },
        [&o, &v](int i) { v.municipalService = o[i].municipalService; });
    text(QStringLiteral("notes"), tr("Notes"), &Organisation::notes);
}

void MergeDialog::buildGrid()
{
    const auto header = [](const QString &text) {
        auto *label = new QLabel(text);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    const bool contacts = m_kind == ActorRef::Kind::Contact;
    m_grid->addWidget(header(tr("Field")), 0, 0);
    for (int i = 0; i < 2; ++i) {
        const QString name = contacts ? m_contacts[i].displayName() : m_organisations[i].name;
        m_grid->addWidget(header(tr("%1: %2").arg(i + 1).arg(name)), 0, i + 1);
    }
    int line = 1;
    for (Row &row : m_rows) {
        const QString texts[2] = { row.text(0), row.text(1) };
        if (texts[0].isEmpty() && texts[1].isEmpty())
            continue;
        auto *label = new QLabel(row.label);
        // Level with the radio buttons, or with the first line of a wrapped value.
        const bool choice = row.take && texts[0] != texts[1];
        m_grid->addWidget(label, line, 0, choice ? Qt::AlignVCenter : Qt::AlignTop);
        if (!row.take || texts[0] == texts[1]) {
            // Nothing to choose: the same value (shown once), or all values kept.
            const bool same = texts[0] == texts[1];
            for (int i = 0; i < (same ? 1 : 2); ++i) {
                auto *value = new QLabel(texts[i]);
                value->setWordWrap(true);
                value->setTextInteractionFlags(Qt::TextSelectableByMouse);
                m_grid->addWidget(value, line, i + 1, 1, same ? 2 : 1);
            }
            row.take = {};
        } else {
            row.group = new QButtonGroup(this);
            for (int i = 0; i < 2; ++i) {
                auto *button
                    = new QRadioButton(texts[i].isEmpty() ? tr("(empty)") : shortText(texts[i]));
                button->setObjectName(row.field + QLatin1Char('/') + QString::number(i));
                if (shortText(texts[i]) != texts[i])
                    button->setToolTip(texts[i]);
                row.group->addButton(button, i);
                m_grid->addWidget(button, line, i + 1);
            }
            label->setBuddy(row.group->button(0));
        }
        ++line;
    }
    m_grid->setRowStretch(line, 1);
}

void MergeDialog::propose()
{
    const int kept = keptSide();
    const int merged = 1 - kept;
    if (m_kind == ActorRef::Kind::Contact)
        m_contacts[2] = proposedMerge(m_contacts[kept], m_contacts[merged]);
    else
        m_organisations[2] = proposedMerge(m_organisations[kept], m_organisations[merged]);
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.group)
            continue;
        const QString proposal = row.text(2);
        const int side = proposal == row.text(kept) || proposal != row.text(merged) ? kept : merged;
        row.group->button(side)->setChecked(true);
    }
}

int MergeDialog::keptSide() const
{
    return m_keep->checkedId() == 1 ? 1 : 0;
}

void MergeDialog::setKeptSide(int side)
{
    m_keep->button(side == 1 ? 1 : 0)->setChecked(true);
    propose();
}

int MergeDialog::chosenSide(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.group ? row.group->checkedId() : -1;
    }
    return -1;
}

QStringList MergeDialog::choiceFields() const
{
    QStringList fields;
    for (const Row &row : m_rows) {
        if (row.group)
            fields << row.field;
    }
    return fields;
}

bool MergeDialog::merge()
{
    if (!m_loaded)
        return false;
    if (!BackupActions::beforeChange(
            m_database, BackupReason::BeforeMerge, this, QDateTime::currentDateTime()))
        return false;
    const int kept = keptSide();
    const int merged = 1 - kept;
    bool done = false;
    QString error;
    try {
        if (m_kind == ActorRef::Kind::Contact) {
            m_contactValues = proposedMerge(m_contacts[kept], m_contacts[merged]);
            for (const Row &row : std::as_const(m_rows)) {
                if (row.group)
                    row.take(row.group->checkedId());
            }
            done = m_commands.mergeContacts(m_ids[kept], m_ids[merged], m_contactValues);
        } else {
            m_organisationValues = proposedMerge(m_organisations[kept], m_organisations[merged]);
            for (const Row &row : std::as_const(m_rows)) {
                if (row.group)
                    row.take(row.group->checkedId());
            }
            done = m_commands.mergeOrganisations(m_ids[kept], m_ids[merged], m_organisationValues);
        }
        if (!done)
            error = m_commands.lastError();
    } catch (const DatabaseError &failure) {
        error = failure.message();
    }
    if (!done) {
        QMessageBox::warning(this, windowTitle(),
            error.isEmpty() ? tr("The two records could not be merged.") : error);
    }
    return done;
}

} // namespace relais
