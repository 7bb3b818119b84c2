#include "stafftimedialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meansrepository.h"
#include "models/db/meetingrepository.h"
#include "models/db/serdrepository.h"
#include "models/db/trainingrepository.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/optionaldateedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

namespace {

using Kind = StaffActivity::Kind;

// The page of the chooser for each kind of activity.
int pageOf(Kind kind)
{
    switch (kind) {
    case Kind::Meeting:
        return 0;
    case Kind::TrainingSession:
        return 1;
    case Kind::SerdEdition:
        return 2;
    default:
        return 3;
    }
}

// Meetings and sessions are offered around the entry's date: half a year either side.
constexpr int windowMonths = 6;

struct Choice
{
    QDate date;
    QString text;
    qint64 id = 0;
};

void fillChoices(QComboBox *box, const QString &blank, QList<Choice> choices, qint64 keep)
{
    std::sort(choices.begin(), choices.end(),
        [](const Choice &a, const Choice &b) { return a.date < b.date; });
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(blank, qint64(0));
    for (const Choice &choice : std::as_const(choices))
        box->addItem(choice.text, choice.id);
    box->setCurrentIndex(std::max(0, box->findData(keep)));
}

} // namespace

StaffTimeDialog::StaffTimeDialog(
    Database &database, Commands &commands, qint64 entryId, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_entryId(entryId)
{
    setObjectName(QStringLiteral("staffTimeDialog"));
    auto *page = new QWidget;
    m_person = new QComboBox(page);
    m_person->setObjectName(QStringLiteral("person"));
    m_personMessage = new FieldMessage(m_person, page);
    m_date = new DateEdit(page);
    m_date->setObjectName(QStringLiteral("date"));
    m_endDate = new OptionalDateEdit(page);
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_endDate->setToolTip(tr("The last day, for time spent over a period; blank for one day "
                             "(Ctrl+Delete blanks it)"));
    m_dateMessage = new FieldMessage(m_endDate, page);
    m_activityKind = new QComboBox(page);
    m_activityKind->setObjectName(QStringLiteral("activityKind"));
    m_activityKind->addItem(tr("Meeting"), int(Kind::Meeting));
    m_activityKind->addItem(tr("Training session"), int(Kind::TrainingSession));
    m_activityKind->addItem(tr("SERD edition"), int(Kind::SerdEdition));
    m_activityKind->addItem(tr("Category"), int(Kind::Category));
    m_choosers = new QStackedWidget(page);
    m_choosers->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_meeting = new QComboBox(page);
    m_meeting->setObjectName(QStringLiteral("meeting"));
    m_session = new QComboBox(page);
    m_session->setObjectName(QStringLiteral("session"));
    m_edition = new QComboBox(page);
    m_edition->setObjectName(QStringLiteral("edition"));
    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_category->lineEdit()->setPlaceholderText(tr("e.g. Mobilisation, Communication"));
    for (QComboBox *box : { m_meeting, m_session, m_edition, m_category }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        m_choosers->addWidget(box);
    }
    m_activityMessage = new FieldMessage(m_choosers, page);
    m_days = new QDoubleSpinBox(page);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(0, 999);
    m_days->setDecimals(1);
    m_days->setSingleStep(0.5);
    m_days->setToolTip(tr("In half-days: 0.5, 1, 1.5…"));
    m_daysMessage = new FieldMessage(m_days, page);
    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_date);
    auto *until = new QLabel(tr("t&o"), page);
    until->setBuddy(m_endDate);
    dates->addWidget(until);
    dates->addWidget(m_endDate);
    dates->addStretch(1);
    auto *activity = new QHBoxLayout;
    activity->addWidget(m_activityKind);
    activity->addWidget(m_choosers, 1);
    auto *days = new QHBoxLayout;
    days->addWidget(m_days);
    days->addWidget(new QLabel(tr("days, in half-day steps"), page));
    days->addStretch(1);

    auto *dateLabel = new QLabel(tr("&Date"), page);
    dateLabel->setBuddy(m_date);
    auto *activityLabel = new QLabel(tr("&Activity *"), page);
    activityLabel->setBuddy(m_activityKind);
    auto *daysLabel = new QLabel(tr("Da&ys *"), page);
    daysLabel->setBuddy(m_days);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Person *"), m_person);
    form->addRow(QString(), m_personMessage);
    form->addRow(dateLabel, dates);
    form->addRow(QString(), m_dateMessage);
    form->addRow(activityLabel, activity);
    form->addRow(QString(), m_activityMessage);
    form->addRow(daysLabel, days);
    form->addRow(QString(), m_daysMessage);
    form->addRow(tr("&Note"), m_note);
    // Rows keep their height; what is left goes below them.
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    tabs()->addTab(page, tr("Staff time"));
    tabs()->tabBar()->hide();
    resize(640, 360);

    StaffTimeEntry initial;
    initial.startsOn = commands.today();
    initial.activity.kind = Kind::Category;
    if (entryId) {
        try {
            if (const auto loaded = MeansRepository(database).staffTime(entryId))
                initial = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Staff time"), error.message());
        }
    }
    load(initial);

    connect(m_activityKind, &QComboBox::currentIndexChanged, this,
        &StaffTimeDialog::activityKindChanged);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { fillChoosers(entry().activity); });
    connect(m_person, &QComboBox::currentIndexChanged, m_personMessage, &FieldMessage::clear);
    for (QComboBox *box : { m_meeting, m_session, m_edition })
        connect(box, &QComboBox::currentIndexChanged, m_activityMessage, &FieldMessage::clear);
    connect(m_category, &QComboBox::editTextChanged, m_activityMessage, &FieldMessage::clear);
    connect(m_days, &QDoubleSpinBox::valueChanged, m_daysMessage, &FieldMessage::clear);
    connect(m_endDate, &QDateEdit::dateChanged, m_dateMessage, &FieldMessage::clear);
    m_person->setFocus();
}

void StaffTimeDialog::prefill(const StaffTimeEntry &entry)
{
    m_entryId = 0;
    StaffTimeEntry e = entry;
    e.id = 0;
    load(e);
    // Who and what are known: what is left to type is the days.
    if (m_person->currentData().toLongLong()) {
        m_days->setFocus();
        m_days->selectAll();
    }
}

void StaffTimeDialog::fillStaff(qint64 keepId)
{
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("— choose —"), qint64(0));
    try {
        for (const StaffPerson &person : MeansRepository(m_database).staff()) {
            if (person.retired && person.id != keepId)
                continue;
            m_person->addItem(
                person.role.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.role),
                person.id);
        }
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(keepId)));
}

void StaffTimeDialog::fillChoosers(const StaffActivity &keep)
{
    const QDate date = m_date->date();
    const QDate from = date.addMonths(-windowMonths);
    const QDate to = date.addMonths(windowMonths);
    const QLocale locale;
    const auto within = [&](const QDate &day, qint64 id, Kind kind) {
        return (day >= from && day <= to) || (keep.kind == kind && keep.id == id);
    };
    QList<Choice> meetings;
    QList<Choice> sessions;
    QList<Choice> editions;
    try {
        const MeetingRepository meetingRepository(m_database);
        for (int year = from.year(); year <= to.year(); ++year) {
            for (const MeetingRow &m : meetingRepository.list(year)) {
                if (within(m.date, m.id, Kind::Meeting))
                    meetings << Choice { m.date,
                        tr("%1 — %2").arg(m.title, locale.toString(m.date, QLocale::ShortFormat)),
                        m.id };
            }
        }
        if (keep.kind == Kind::Meeting && keep.id
            && std::none_of(meetings.begin(), meetings.end(),
                [&keep](const Choice &c) { return c.id == keep.id; })) {
            if (const auto m = meetingRepository.load(keep.id))
                meetings << Choice { m->date,
                    tr("%1 — %2").arg(m->title, locale.toString(m->date, QLocale::ShortFormat)),
                    m->id };
        }
        const TrainingRepository training(m_database);
        QHash<qint64, QString> modules;
        for (const TrainingModule &module : training.modules())
            modules.insert(module.id, module.title);
        for (const auto &cohort : training.cohorts()) {
            for (const TrainingSession &s : training.sessions(cohort.id)) {
                if (within(s.date, s.id, Kind::TrainingSession))
                    sessions << Choice { s.date,
                        tr("%1 — %2").arg(modules.value(s.moduleId),
                            locale.toString(s.date, QLocale::ShortFormat)),
                        s.id };
            }
        }
        for (const SerdEdition &edition : SerdRepository(m_database).editions())
            editions << Choice { edition.startsOn.isValid() ? edition.startsOn
                                                            : QDate(edition.year, 11, 1),
                tr("SERD %1").arg(edition.year), edition.id };
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    fillChoices(m_meeting, tr("— choose a meeting —"), meetings,
        keep.kind == Kind::Meeting ? keep.id : m_meeting->currentData().toLongLong());
    fillChoices(m_session, tr("— choose a training session —"), sessions,
        keep.kind == Kind::TrainingSession ? keep.id : m_session->currentData().toLongLong());
    fillChoices(m_edition, tr("— choose an edition —"), editions,
        keep.kind == Kind::SerdEdition ? keep.id : m_edition->currentData().toLongLong());
    // An empty list says why it is empty.
    if (m_meeting->count() <= 1)
        m_meeting->setItemText(0, tr("— no meeting around this date —"));
    if (m_session->count() <= 1)
        m_session->setItemText(0, tr("— no training session around this date —"));
    if (m_edition->count() <= 1)
        m_edition->setItemText(0, tr("— no SERD edition yet —"));
}

void StaffTimeDialog::load(const StaffTimeEntry &e)
{
    m_loaded = e;
    fillStaff(e.staffId);
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(e.startsOn.isValid() ? e.startsOn : m_commands.today());
    }
    m_endDate->setOptionalDate(e.endsOn);
    fillChoosers(e.activity);
    QStringList categories = defaultStaffCategories();
    try {
        categories << MeansRepository(m_database).staffTimeCategories();
    } catch (const DatabaseError &) { }
    categories.removeDuplicates();
    std::sort(categories.begin(), categories.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItems(categories);
        m_category->setCurrentIndex(-1);
        m_category->setEditText(
            e.activity.kind == Kind::Category ? e.activity.category : QString());
    }
    const Kind kind = e.activity.kind == Kind::None ? Kind::Category : e.activity.kind;
    {
        const QSignalBlocker blocker(m_activityKind);
        m_activityKind->setCurrentIndex(std::max(0, m_activityKind->findData(int(kind))));
    }
    activityKindChanged();
    m_days->setValue(e.days);
    m_note->setPlainText(e.note);
    clearMessages();
    m_baseline = entry();
    setWindowTitle(
        e.id ? tr("Staff time — %1").arg(m_person->currentText()) : tr("New staff time"));
}

void StaffTimeDialog::activityKindChanged()
{
    const auto kind = Kind(m_activityKind->currentData().toInt());
    m_choosers->setCurrentIndex(pageOf(kind));
    m_activityMessage->clear();
    // A SERD edition is nearly always the one of the year.
    if (kind == Kind::SerdEdition && !m_edition->currentData().toLongLong()) {
        for (int i = 1; i < m_edition->count(); ++i) {
            if (m_edition->itemText(i).endsWith(QString::number(m_date->date().year())))
                m_edition->setCurrentIndex(i);
        }
    }
}

QComboBox *StaffTimeDialog::chooser() const
{
    return static_cast<QComboBox *>(m_choosers->currentWidget());
}

StaffTimeEntry StaffTimeDialog::entry() const
{
    StaffTimeEntry e = m_loaded;
    e.id = m_entryId;
    e.staffId = m_person->currentData().toLongLong();
    e.startsOn = m_date->date();
    e.endsOn = m_endDate->optionalDate();
    switch (Kind(m_activityKind->currentData().toInt())) {
    case Kind::Meeting:
        e.activity = StaffActivity::meeting(m_meeting->currentData().toLongLong());
        break;
    case Kind::TrainingSession:
        e.activity = StaffActivity::trainingSession(m_session->currentData().toLongLong());
        break;
    case Kind::SerdEdition:
        e.activity = StaffActivity::serdEdition(m_edition->currentData().toLongLong());
        break;
    default:
        e.activity = StaffActivity::named(m_category->currentText());
        break;
    }
    e.days = m_days->value();
    e.note = m_note->toPlainText();
    return cleanedStaffTime(e);
}

bool StaffTimeDialog::isModified() const
{
    return !(entry() == m_baseline);
}

void StaffTimeDialog::clearMessages()
{
    for (FieldMessage *message :
        { m_personMessage, m_dateMessage, m_activityMessage, m_daysMessage })
        message->clear();
}

bool StaffTimeDialog::save()
{
    clearMessages();
    const StaffTimeEntry edited = entry();
    const auto refuse = [](FieldMessage *message, QWidget *field, const QString &text) {
        message->showError(text);
        field->setFocus();
        return false;
    };
    if (!edited.staffId)
        return refuse(m_personMessage, m_person,
            m_person->count() > 1
                ? tr("Choose who spent the time.")
                : tr("There is no staff yet: add the programme's people to the list Staff "
                     "(Actors > Reference lists…)."));
    if (edited.endsOn.isValid() && edited.endsOn < edited.startsOn)
        return refuse(m_dateMessage, m_endDate,
            tr("The period ends before it starts: the last day comes after %1.")
                .arg(QLocale().toString(edited.startsOn, QLocale::ShortFormat)));
    switch (edited.activity.kind) {
    case Kind::Meeting:
        if (!edited.activity.id)
            return refuse(m_activityMessage, m_meeting, tr("Choose the meeting."));
        break;
    case Kind::TrainingSession:
        if (!edited.activity.id)
            return refuse(m_activityMessage, m_session, tr("Choose the training session."));
        break;
    case Kind::SerdEdition:
        if (!edited.activity.id)
            return refuse(m_activityMessage, m_edition, tr("Choose the SERD edition."));
        break;
    default:
        if (edited.activity.category.isEmpty())
            return refuse(m_activityMessage, m_category,
                tr("Type what the time was spent on, e.g. Mobilisation."));
        break;
    }
    if (edited.days <= 0)
        return refuse(m_daysMessage, m_days, tr("Type the days spent: 0.5, 1, 1.5…"));
    if (!isHalfDayStep(edited.days))
        return refuse(m_daysMessage, m_days,
            tr("Staff time is counted in half-days: %1 is not one (0.5, 1, 1.5…).")
                .arg(formatDays(edited.days)));
    if (const QString error = staffTimeError(edited); !error.isEmpty())
        return refuse(m_activityMessage, m_activityKind, error);

    if (m_entryId) {
        if (!m_commands.updateStaffTime(edited)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto id = m_commands.addStaffTime(edited);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        m_entryId = *id;
    }
    const QString activity = edited.activity.kind == Kind::Category ? edited.activity.category
                                                                    : chooser()->currentText();
    const QString person = m_person->currentText();
    StaffTimeEntry stored = edited;
    stored.id = m_entryId;
    try {
        if (const auto reread = MeansRepository(m_database).staffTime(m_entryId))
            stored = *reread;
    } catch (const DatabaseError &) { }
    load(stored);
    setStatusText(tr("%1, %2 on %3: saved.")
                      .arg(person, quantityText(stored.days, TimeUnit::Days), activity));
    emit saved(m_entryId);
    return true;
}

void StaffTimeDialog::startNext()
{
    // The next line of the same timesheet: same person, same activity.
    StaffTimeEntry next;
    next.staffId = m_loaded.staffId;
    next.activity = m_loaded.activity;
    next.startsOn = m_loaded.startsOn;
    m_entryId = 0;
    load(next);
    m_date->setFocus();
}

} // namespace relais
