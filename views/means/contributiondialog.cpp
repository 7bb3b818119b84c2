#include "contributiondialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meansrepository.h"
#include "models/db/meetingrepository.h"
#include "models/db/organisationrepository.h"
#include "models/db/serdrepository.h"
#include "views/forms/fieldmessage.h"
#include "views/meetings/actornamecompleter.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

// What a "relates to" item points at.
enum RelatesToRole { KindRole = Qt::UserRole, IdRole };
enum class Related { None, Meeting, SerdAction };

double euros(Cents cents)
{
    return double(cents) / 100.0;
}

} // namespace

ContributionDialog::ContributionDialog(
    Database &database, Commands &commands, qint64 contributionId, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_contributionId(contributionId)
{
    setObjectName(QStringLiteral("contributionDialog"));
    auto *page = new QWidget;
    m_organisation = new QLineEdit(page);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("Type the first letters of a partner's name"));
    m_completer = new ActorNameCompleter(database, ActorRef::Kind::Organisation, m_organisation);
    m_organisationMessage = new FieldMessage(m_organisation, page);
    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1990, 2999);
    m_year->setGroupSeparatorShown(false);
    m_relatesTo = new QComboBox(page);
    m_relatesTo->setObjectName(QStringLiteral("relatesTo"));
    m_relatesTo->setToolTip(tr("A meeting or a SERD action of that year, if the contribution "
                               "was given for one"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const ContributionKind kind : allContributionKinds)
        m_kind->addItem(contributionKindName(kind), int(kind));

    m_quantity = new QDoubleSpinBox(page);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(0, 100000);
    m_quantity->setDecimals(2);
    m_quantity->setGroupSeparatorShown(true);
    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(timeUnitName(TimeUnit::Hours), int(TimeUnit::Hours));
    m_unit->addItem(timeUnitName(TimeUnit::Days), int(TimeUnit::Days));
    m_quantityMessage = new FieldMessage(m_quantity, page);
    m_rate = new QDoubleSpinBox(page);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(2);
    m_rate->setGroupSeparatorShown(true);
    m_rate->setSuffix(tr(" €"));
    m_perUnit = new QLabel(page);
    m_rateMessage = new FieldMessage(m_rate, page);
    m_amount = new QDoubleSpinBox(page);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setRange(0, 100000000);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(tr(" €"));
    m_amountNote = new QLabel(page);
    m_amountNote->setForegroundRole(QPalette::PlaceholderText);
    m_amountMessage = new FieldMessage(m_amount, page);
    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. two facilitators for the afternoon, the hall lent"));
    m_note->setMaximumHeight(90);

    const int numberWidth
        = m_amount->fontMetrics().horizontalAdvance(QStringLiteral("000,000.00 €")) + 40;
    for (QDoubleSpinBox *spin : { m_quantity, m_rate, m_amount })
        spin->setMinimumWidth(numberWidth);

    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_unit);
    quantityRow->addStretch(1);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_perUnit);
    rateRow->addStretch(1);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_amountNote);
    amountRow->addStretch(1);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);

    m_quantityLabel = new QLabel(tr("&Quantity"), page);
    m_quantityLabel->setBuddy(m_quantity);
    m_rateLabel = new QLabel(tr("Ra&te"), page);
    m_rateLabel->setBuddy(m_rate);
    auto *amountLabel = new QLabel(tr("&Amount"), page);
    amountLabel->setBuddy(m_amount);
    auto *yearLabel = new QLabel(tr("&Year"), page);
    yearLabel->setBuddy(m_year);
    auto *kindLabel = new QLabel(tr("&Kind"), page);
    kindLabel->setBuddy(m_kind);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Organisation *"), m_organisation);
    form->addRow(QString(), m_organisationMessage);
    form->addRow(yearLabel, yearRow);
    form->addRow(tr("&Relates to"), m_relatesTo);
    form->addRow(kindLabel, kindRow);
    form->addRow(m_quantityLabel, quantityRow);
    form->addRow(QString(), m_quantityMessage);
    form->addRow(m_rateLabel, rateRow);
    form->addRow(QString(), m_rateMessage);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_amountMessage);
    form->addRow(tr("&Note"), m_note);
    m_form = form;
    // Rows keep their height; what is left goes below them.
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    tabs()->addTab(page, tr("Contribution"));
    tabs()->tabBar()->hide();
    resize(620, 420);

    ValuedContribution initial;
    initial.year = commands.today().year();
    if (contributionId) {
        try {
            if (const auto loaded = MeansRepository(database).contribution(contributionId))
                initial = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Valued contribution"), error.message());
        }
    }
    load(initial);

    connect(m_completer, &ActorNameCompleter::chosen, this, [this](const ActorRef &actor) {
        m_organisationId = actor.id;
        m_organisationMessage->clear();
    });
    connect(m_organisation, &QLineEdit::textEdited, this, [this] {
        m_organisationId = 0;
        m_organisationMessage->clear();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        // A meeting or action of another year no longer fits.
        const ValuedContribution now = contribution();
        fillRelatesTo(now.meetingId, now.serdActionId, false);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContributionDialog::kindChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ContributionDialog::updateAmount);
    for (QDoubleSpinBox *spin : { m_quantity, m_rate })
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ContributionDialog::updateAmount);
    connect(m_quantity, &QDoubleSpinBox::valueChanged, m_quantityMessage, &FieldMessage::clear);
    connect(m_rate, &QDoubleSpinBox::valueChanged, m_rateMessage, &FieldMessage::clear);
    connect(m_amount, &QDoubleSpinBox::valueChanged, m_amountMessage, &FieldMessage::clear);
    m_organisation->setFocus();
}

void ContributionDialog::setOrganisation(qint64 organisationId, const QString &name)
{
    m_organisationId = organisationId;
    m_organisation->setText(name);
    m_loaded.organisationId = organisationId;
    m_baseline = contribution();
    m_kind->setFocus();
}

void ContributionDialog::setYear(int year)
{
    m_year->setValue(year);
    m_loaded.year = year;
    m_baseline = contribution();
}

void ContributionDialog::load(const ValuedContribution &c)
{
    m_loaded = c;
    m_organisationId = c.organisationId;
    QString name;
    if (c.organisationId) {
        try {
            if (const auto o = OrganisationRepository(m_database).load(c.organisationId))
                name = o->name;
        } catch (const DatabaseError &) { }
    }
    m_organisation->setText(name);
    {
        const QSignalBlocker blocker(m_year);
        m_year->setValue(c.year ? c.year : m_commands.today().year());
    }
    fillRelatesTo(c.meetingId, c.serdActionId, true);
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(c.kind))));
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(c.unit))));
    m_quantity->setValue(c.quantity);
    m_rate->setValue(euros(c.rate));
    m_amount->setValue(euros(c.amount));
    m_note->setPlainText(c.note);
    kindChanged();
    clearMessages();
    m_baseline = contribution();
    setWindowTitle(c.id ? tr("Valued contribution — %1").arg(name) : tr("New valued contribution"));
}

void ContributionDialog::fillRelatesTo(qint64 meetingId, qint64 serdActionId, bool keepOther)
{
    const int year = m_year->value();
    const QSignalBlocker blocker(m_relatesTo);
    m_relatesTo->clear();
    m_relatesTo->addItem(tr("Nothing in particular"), int(Related::None));
    m_relatesTo->setItemData(0, 0, IdRole);
    const QLocale locale;
    bool meetingListed = false;
    bool actionListed = false;
    try {
        const QList<MeetingRow> meetings = MeetingRepository(m_database).list(year);
        for (const MeetingRow &meeting : meetings) {
            m_relatesTo->addItem(
                tr("Meeting of %1: %2")
                    .arg(locale.toString(meeting.date, QLocale::ShortFormat), meeting.title),
                int(Related::Meeting));
            m_relatesTo->setItemData(m_relatesTo->count() - 1, meeting.id, IdRole);
            meetingListed = meetingListed || meeting.id == meetingId;
        }
        const SerdRepository serd(m_database);
        if (const auto edition = serd.editionOfYear(year)) {
            for (const SerdAction &action : serd.actions(edition->id)) {
                m_relatesTo->addItem(
                    tr("SERD %1 action: %2").arg(year).arg(action.title), int(Related::SerdAction));
                m_relatesTo->setItemData(m_relatesTo->count() - 1, action.id, IdRole);
                actionListed = actionListed || action.id == serdActionId;
            }
        }
        // What a saved contribution is linked to stays offered, even from another year.
        if (keepOther && meetingId && !meetingListed) {
            if (const auto meeting = MeetingRepository(m_database).load(meetingId)) {
                m_relatesTo->addItem(
                    tr("Meeting of %1: %2")
                        .arg(locale.toString(meeting->date, QLocale::ShortFormat), meeting->title),
                    int(Related::Meeting));
                m_relatesTo->setItemData(m_relatesTo->count() - 1, meetingId, IdRole);
            }
        }
        if (keepOther && serdActionId && !actionListed) {
            if (const auto action = serd.action(serdActionId)) {
                m_relatesTo->addItem(
                    tr("SERD action: %1").arg(action->title), int(Related::SerdAction));
                m_relatesTo->setItemData(m_relatesTo->count() - 1, serdActionId, IdRole);
            }
        }
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    int current = 0;
    for (int i = 1; i < m_relatesTo->count(); ++i) {
        const auto kind = Related(m_relatesTo->itemData(i, KindRole).toInt());
        const qint64 id = m_relatesTo->itemData(i, IdRole).toLongLong();
        if ((kind == Related::Meeting && id == meetingId && meetingId)
            || (kind == Related::SerdAction && id == serdActionId && serdActionId)) {
            current = i;
            break;
        }
    }
    m_relatesTo->setCurrentIndex(current);
}

void ContributionDialog::kindChanged()
{
    const bool staff
        = ContributionKind(m_kind->currentData().toInt()) == ContributionKind::StaffTime;
    m_form->setRowVisible(m_quantityLabel, staff);
    m_form->setRowVisible(m_rateLabel, staff);
    if (!staff) {
        m_quantityMessage->clear();
        m_rateMessage->clear();
    }
    m_quantityMessage->setVisible(staff && m_quantityMessage->hasError());
    m_rateMessage->setVisible(staff && m_rateMessage->hasError());
    // Staff time is worth what it is worth: the amount follows quantity and rate.
    m_amount->setReadOnly(staff);
    m_amount->setButtonSymbols(
        staff ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_amount->setFocusPolicy(staff ? Qt::NoFocus : Qt::StrongFocus);
    m_amountNote->setVisible(staff);
    updateAmount();
}

void ContributionDialog::updateAmount()
{
    const auto unit = TimeUnit(m_unit->currentData().toInt());
    m_perUnit->setText(unit == TimeUnit::Days ? tr("per day") : tr("per hour"));
    if (ContributionKind(m_kind->currentData().toInt()) != ContributionKind::StaffTime)
        return;
    const Cents amount = staffTimeAmount(m_quantity->value(), centsFromEuros(m_rate->value()));
    m_amount->setValue(euros(amount));
    m_amountNote->setText(tr("%1 × %2").arg(
        quantityText(m_quantity->value(), unit), formatCents(centsFromEuros(m_rate->value()))));
}

ValuedContribution ContributionDialog::contribution() const
{
    ValuedContribution c = m_loaded;
    c.id = m_contributionId;
    c.organisationId = m_organisationId;
    c.year = m_year->value();
    const auto related = Related(m_relatesTo->currentData(KindRole).toInt());
    const qint64 relatedId = m_relatesTo->currentData(IdRole).toLongLong();
    c.meetingId = related == Related::Meeting ? relatedId : 0;
    c.serdActionId = related == Related::SerdAction ? relatedId : 0;
    c.kind = ContributionKind(m_kind->currentData().toInt());
    c.unit = TimeUnit(m_unit->currentData().toInt());
    c.quantity = m_quantity->value();
    c.rate = centsFromEuros(m_rate->value());
    c.amount = centsFromEuros(m_amount->value());
    c.note = m_note->toPlainText();
    return cleanedContribution(c);
}

bool ContributionDialog::isModified() const
{
    // A name typed but not chosen is work too.
    const bool typedName = m_organisationId == 0 && !m_organisation->text().trimmed().isEmpty()
        && m_baseline.organisationId == 0;
    return !(contribution() == m_baseline) || typedName;
}

void ContributionDialog::clearMessages()
{
    for (FieldMessage *message :
        { m_organisationMessage, m_quantityMessage, m_rateMessage, m_amountMessage })
        message->clear();
}

// The organisation chosen, or the one of the file whose name was typed in full.
qint64 ContributionDialog::resolvedOrganisation() const
{
    if (m_organisationId)
        return m_organisationId;
    const QString typed = m_organisation->text().simplified();
    if (typed.isEmpty())
        return 0;
    try {
        const auto same = OrganisationRepository(m_database).sameName(typed);
        if (same.size() == 1)
            return same.constFirst().id;
    } catch (const DatabaseError &) { }
    return 0;
}

bool ContributionDialog::save()
{
    clearMessages();
    m_organisationId = resolvedOrganisation();
    const ValuedContribution edited = contribution();
    const bool staff = edited.kind == ContributionKind::StaffTime;
    const auto refuse = [](FieldMessage *message, QWidget *field, const QString &text) {
        message->showError(text);
        field->setFocus();
        return false;
    };
    if (!edited.organisationId) {
        const QString typed = m_organisation->text().simplified();
        return refuse(m_organisationMessage, m_organisation,
            typed.isEmpty()
                ? tr("Type the organisation the contribution comes from.")
                : tr("“%1” is not an organisation of the file: choose one from the list, or add "
                     "it in Actors first.")
                      .arg(typed));
    }
    if (staff && hundredths(edited.quantity) <= 0)
        return refuse(m_quantityMessage, m_quantity,
            edited.unit == TimeUnit::Days ? tr("Type the number of days given.")
                                          : tr("Type the number of hours given."));
    if (staff && edited.rate <= 0)
        return refuse(m_rateMessage, m_rate,
            edited.unit == TimeUnit::Days ? tr("Type the rate per day, in euros.")
                                          : tr("Type the rate per hour, in euros."));
    if (edited.amount <= 0)
        return refuse(m_amountMessage, staff ? static_cast<QWidget *>(m_quantity) : m_amount,
            staff ? tr("The quantity and the rate come to less than a cent.")
                  : tr("Type the amount, in euros."));
    if (const QString error = contributionError(edited); !error.isEmpty())
        return refuse(m_organisationMessage, m_organisation, error);

    if (m_contributionId) {
        if (!m_commands.updateContribution(edited)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto id = m_commands.addContribution(edited);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        m_contributionId = *id;
    }
    ValuedContribution stored = edited;
    stored.id = m_contributionId;
    try {
        if (const auto reread = MeansRepository(m_database).contribution(m_contributionId))
            stored = *reread;
    } catch (const DatabaseError &) { }
    load(stored);
    setStatusText(tr("%1 from %2 saved.")
                      .arg(formatCents(stored.amount), m_organisation->text().simplified()));
    emit saved(m_contributionId);
    return true;
}

void ContributionDialog::startNext()
{
    // The next line of the same partner's form: same organisation, year and link.
    ValuedContribution next;
    next.organisationId = m_loaded.organisationId;
    next.year = m_loaded.year;
    next.meetingId = m_loaded.meetingId;
    next.serdActionId = m_loaded.serdActionId;
    next.kind = m_loaded.kind;
    next.unit = m_loaded.unit;
    next.rate = m_loaded.rate;
    m_contributionId = 0;
    load(next);
    m_kind->setFocus();
}

} // namespace relais
