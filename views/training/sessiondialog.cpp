#include "sessiondialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/trainingrepository.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/referencepicker.h"
#include "views/meetings/actornamecompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

namespace relais {

SessionDialog::SessionDialog(
    Database &database, Commands &commands, qint64 cohortId, qint64 sessionId, QWidget *parent)
    : RecordDialog(parent)
    , m_commands(commands)
    , m_cohortId(cohortId)
    , m_sessionId(sessionId)
{
    setObjectName(QStringLiteral("sessionDialog"));
    auto *page = new QWidget;
    m_module = new QComboBox(page);
    m_module->setObjectName(QStringLiteral("module"));
    m_moduleMessage = new FieldMessage(m_module, page);
    m_date = new DateEdit(page);
    m_date->setObjectName(QStringLiteral("date"));
    m_morning = new QCheckBox(tr("Mo&rning"), page);
    m_morning->setObjectName(QStringLiteral("morning"));
    m_morningStarts = new TimeEdit(page);
    m_morningStarts->setObjectName(QStringLiteral("morningStarts"));
    m_morningEnds = new TimeEdit(page);
    m_morningEnds->setObjectName(QStringLiteral("morningEnds"));
    m_afternoon = new QCheckBox(tr("A&fternoon"), page);
    m_afternoon->setObjectName(QStringLiteral("afternoon"));
    m_afternoonStarts = new TimeEdit(page);
    m_afternoonStarts->setObjectName(QStringLiteral("afternoonStarts"));
    m_afternoonEnds = new TimeEdit(page);
    m_afternoonEnds->setObjectName(QStringLiteral("afternoonEnds"));
    m_halvesMessage = new FieldMessage(m_morning, page);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Room session"));
    m_kind->addItem(tr("Field visit"));
    m_place = new QLineEdit(page);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Room, site or address"));
    m_commune = new ReferencePicker(
        database, ReferenceList::Commune, ReferencePicker::Mode::AllowNew, page);
    m_commune->setObjectName(QStringLiteral("commune"));
    m_trainer = new QLineEdit(page);
    m_trainer->setObjectName(QStringLiteral("trainer"));
    m_trainer->setPlaceholderText(tr("A contact of the file, or any name"));
    auto *trainerCompleter = new ActorNameCompleter(database, ActorRef::Kind::Contact, m_trainer);
    m_maxPlaces = new QSpinBox(page);
    m_maxPlaces->setObjectName(QStringLiteral("maxPlaces"));
    m_maxPlaces->setRange(0, 999);
    m_maxPlaces->setSpecialValueText(tr("No limit"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    const auto halfRow = [page](QCheckBox *check, TimeEdit *starts, TimeEdit *ends) {
        auto *row = new QHBoxLayout;
        row->addWidget(check);
        row->addStretch(1);
        row->addWidget(new QLabel(tr("from"), page));
        row->addWidget(starts);
        row->addWidget(new QLabel(tr("to"), page));
        row->addWidget(ends);
        return row;
    };
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Module *"), m_module);
    form->addRow(QString(), m_moduleMessage);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("Half-days"), halfRow(m_morning, m_morningStarts, m_morningEnds));
    form->addRow(QString(), halfRow(m_afternoon, m_afternoonStarts, m_afternoonEnds));
    form->addRow(QString(), m_halvesMessage);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("C&ommune"), m_commune);
    form->addRow(tr("&Trainer"), m_trainer);
    form->addRow(tr("Ma&ximum places"), m_maxPlaces);
    form->addRow(tr("N&otes"), m_notes);
    tabs()->addTab(page, tr("Session"));
    tabs()->tabBar()->hide();
    resize(600, 560);

    // The cohort's own modules first, in the order of its programme.
    try {
        const TrainingRepository training(database);
        const auto cohort = training.cohort(cohortId);
        const QList<qint64> own = cohort ? cohort->moduleIds : QList<qint64>();
        QList<TrainingModule> modules = training.modules();
        std::stable_sort(modules.begin(), modules.end(), [&own](const auto &a, const auto &b) {
            const auto rank = [&own](qint64 id) {
                const qsizetype at = own.indexOf(id);
                return at < 0 ? own.size() : at;
            };
            return rank(a.id) < rank(b.id);
        });
        for (const TrainingModule &module : std::as_const(modules))
            m_module->addItem(module.theme.isEmpty()
                    ? module.title
                    : tr("%1 — %2").arg(module.theme, module.title),
                module.id);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Session"), error.message());
    }

    TrainingSession session;
    session.cohortId = cohortId;
    session.date = commands.today();
    session.morningStarts = QTime(9, 0);
    session.morningEnds = QTime(12, 30);
    session.afternoonStarts = QTime(14, 0);
    session.afternoonEnds = QTime(17, 30);
    if (m_module->count() > 0)
        session.moduleId = m_module->itemData(0).toLongLong();
    if (sessionId) {
        try {
            if (const auto loaded = TrainingRepository(database).session(sessionId))
                session = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Session"), error.message());
        }
    }
    load(session);

    connect(m_morning, &QCheckBox::toggled, this, &SessionDialog::halvesChanged);
    connect(m_afternoon, &QCheckBox::toggled, this, &SessionDialog::halvesChanged);
    connect(trainerCompleter, &ActorNameCompleter::chosen, this,
        [this](const ActorRef &actor) { m_trainerContactId = actor.id; });
    connect(m_trainer, &QLineEdit::textEdited, this, [this] { m_trainerContactId = 0; });
    m_module->setFocus();
}

void SessionDialog::load(const TrainingSession &session)
{
    m_saved = session;
    m_module->setCurrentIndex(std::max(0, m_module->findData(session.moduleId)));
    m_date->setDate(session.date.isValid() ? session.date : m_commands.today());
    m_morning->setChecked(session.morning);
    m_morningStarts->setOptionalTime(session.morningStarts);
    m_morningEnds->setOptionalTime(session.morningEnds);
    m_afternoon->setChecked(session.afternoon);
    m_afternoonStarts->setOptionalTime(session.afternoonStarts);
    m_afternoonEnds->setOptionalTime(session.afternoonEnds);
    m_kind->setCurrentIndex(int(session.kind));
    m_place->setText(session.place);
    m_commune->setCurrentId(session.communeId);
    m_trainerContactId = session.trainerContactId;
    m_trainer->setText(session.trainerName);
    m_maxPlaces->setValue(session.maxPlaces);
    m_notes->setPlainText(session.notes);
    halvesChanged();
    setWindowTitle(
        session.id ? tr("Session of %1").arg(m_module->currentText()) : tr("New session"));
}

void SessionDialog::halvesChanged()
{
    for (QWidget *time : { m_morningStarts, m_morningEnds })
        time->setEnabled(m_morning->isChecked());
    for (QWidget *time : { m_afternoonStarts, m_afternoonEnds })
        time->setEnabled(m_afternoon->isChecked());
    m_halvesMessage->clear();
}

TrainingSession SessionDialog::session() const
{
    TrainingSession session = m_saved;
    session.cohortId = m_cohortId;
    session.moduleId = m_module->currentData().toLongLong();
    session.date = m_date->date();
    session.morning = m_morning->isChecked();
    session.morningStarts = m_morningStarts->optionalTime();
    session.morningEnds = m_morningEnds->optionalTime();
    session.afternoon = m_afternoon->isChecked();
    session.afternoonStarts = m_afternoonStarts->optionalTime();
    session.afternoonEnds = m_afternoonEnds->optionalTime();
    session.kind = TrainingSession::Kind(m_kind->currentIndex());
    session.place = m_place->text().simplified();
    session.communeId = m_commune->currentId();
    session.communeName = m_commune->newName();
    session.trainerName = m_trainer->text().simplified();
    session.trainerContactId = session.trainerName.isEmpty() ? 0 : m_trainerContactId;
    session.maxPlaces = m_maxPlaces->value();
    session.notes = m_notes->toPlainText().trimmed();
    return session;
}

bool SessionDialog::isModified() const
{
    TrainingSession now = session();
    now.createdAt = m_saved.createdAt;
    now.updatedAt = m_saved.updatedAt;
    now.communeName = m_saved.communeName;
    return !(now == m_saved) || !m_commune->newName().isEmpty();
}

bool SessionDialog::save()
{
    const TrainingSession edited = session();
    m_moduleMessage->clear();
    m_halvesMessage->clear();
    if (!edited.moduleId) {
        m_moduleMessage->showError(tr("Choose the module (add modules with Modules…)."));
        m_module->setFocus();
        return false;
    }
    if (!edited.morning && !edited.afternoon) {
        m_halvesMessage->showError(tr("A session has a morning, an afternoon or both."));
        m_morning->setFocus();
        return false;
    }
    const auto badTimes = [](bool on, const QTime &starts, const QTime &ends) {
        return on && starts.isValid() && ends.isValid() && ends <= starts;
    };
    if (badTimes(edited.morning, edited.morningStarts, edited.morningEnds)
        || badTimes(edited.afternoon, edited.afternoonStarts, edited.afternoonEnds)) {
        m_halvesMessage->showError(tr("A half-day ends after it starts."));
        return false;
    }
    if (m_sessionId) {
        if (!m_commands.updateSession(edited)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto id = m_commands.addSession(edited);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        m_sessionId = *id;
    }
    TrainingSession saved = edited;
    saved.id = m_sessionId;
    saved.communeName.clear();
    if (!edited.communeName.isEmpty()) {
        // The commune typed is in the list now.
        m_commune->setCurrentText(edited.communeName);
        saved.communeId = m_commune->currentId();
    }
    load(saved);
    setStatusText(tr("Session of %1 saved.").arg(m_module->currentText()));
    return true;
}

void SessionDialog::startNext()
{
    TrainingSession next;
    next.cohortId = m_cohortId;
    next.moduleId = m_saved.moduleId;
    next.date = m_saved.date.addDays(7);
    next.morning = m_saved.morning;
    next.morningStarts = m_saved.morningStarts;
    next.morningEnds = m_saved.morningEnds;
    next.afternoon = m_saved.afternoon;
    next.afternoonStarts = m_saved.afternoonStarts;
    next.afternoonEnds = m_saved.afternoonEnds;
    next.kind = m_saved.kind;
    m_sessionId = 0;
    load(next);
    m_module->setFocus();
}

} // namespace relais
