#include "interactiondialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/followuprepository.h"
#include "models/db/interactionrepository.h"
#include "views/forms/actorpicker.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/referencepicker.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {

// The kind and the staff member of the last interaction logged here are the likeliest
// for the next one: the assistant types a pile of calls of the same day.
const QString lastKindKey = QStringLiteral("interactions/lastKind");
const QString lastStaffKey = QStringLiteral("interactions/lastStaff");

} // namespace

InteractionDialog::InteractionDialog(Database &database, Commands &commands, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("interactionDialog"));
    tabs()->addTab(buildForm(), tr("Interaction"));
    tabs()->tabBar()->hide();
    resize(720, 600);

    const QSettings settings;
    m_date->setDate(m_commands.today());
    // The last used, else the first of the list (a call, the programme officer).
    m_kind->setCurrentId(settings.value(lastKindKey).toLongLong());
    if (m_kind->currentId() == 0 && m_kind->count() > 1)
        m_kind->setCurrentIndex(1);
    m_staff->setCurrentId(settings.value(lastStaffKey).toLongLong());
    if (m_staff->currentId() == 0 && m_staff->count() > 1)
        m_staff->setCurrentIndex(1);
    m_assignee->setCurrentId(m_staff->currentId());
    m_due->setDate(m_commands.today().addDays(7));
    snapshot();
    updateTitle();
    m_actors->setFocus();
}

QWidget *InteractionDialog::buildForm()
{
    auto *page = new QWidget;
    m_context = new QLabel(page);
    m_context->setWordWrap(true);
    m_context->hide();
    // In the order Tab visits them: who first, then what; the date and kind are
    // usually right already.
    m_actors = new ActorPicker(m_database, page);
    m_actorsMessage = new FieldMessage(m_actors->lineEdit(), page);
    m_subject = new QLineEdit(page);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("e.g. SERD: composting workshop at the social centre"));
    m_date = new DateEdit(page);
    m_date->setObjectName(QStringLiteral("date"));
    m_dateMessage = new FieldMessage(m_date, page);
    m_kind = new ReferencePicker(
        m_database, ReferenceList::InteractionKind, ReferencePicker::Mode::ChooseOnly, page);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_staff = new ReferencePicker(
        m_database, ReferenceList::StaffMember, ReferencePicker::Mode::ChooseOnly, page);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, what was agreed"));

    m_followUpBox = new QGroupBox(tr("Plan a &follow-up"), page);
    m_followUpBox->setObjectName(QStringLiteral("followUp"));
    m_followUpBox->setCheckable(true);
    m_followUpBox->setChecked(false);
    m_action = new QLineEdit(m_followUpBox);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setPlaceholderText(tr("e.g. Send the SERD poster, thank them for the workshop"));
    m_actionMessage = new FieldMessage(m_action, m_followUpBox);
    m_due = new DateEdit(m_followUpBox);
    m_due->setObjectName(QStringLiteral("due"));
    m_dueMessage = new FieldMessage(m_due, m_followUpBox);
    m_assignee = new ReferencePicker(
        m_database, ReferenceList::StaffMember, ReferencePicker::Mode::ChooseOnly, m_followUpBox);
    auto *followUpForm = new QFormLayout(m_followUpBox);
    followUpForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    followUpForm->addRow(tr("&What to do"), m_action);
    followUpForm->addRow(QString(), m_actionMessage);
    followUpForm->addRow(tr("B&y"), m_due);
    followUpForm->addRow(QString(), m_dueMessage);
    followUpForm->addRow(tr("Ass&igned to"), m_assignee);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&With"), m_actors);
    form->addRow(QString(), m_actorsMessage);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Date"), m_date);
    form->addRow(QString(), m_dateMessage);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&By"), m_staff);
    form->addRow(tr("&Note"), m_note);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_context);
    layout->addLayout(form, 1);
    layout->addWidget(m_followUpBox);

    connect(m_actors, &ActorPicker::changed, m_actorsMessage, &FieldMessage::clear);
    connect(m_date, &QDateEdit::dateChanged, m_dateMessage, &FieldMessage::clear);
    connect(m_action, &QLineEdit::textEdited, m_actionMessage, &FieldMessage::clear);
    connect(m_staff, &ReferencePicker::edited, this, [this] {
        // Follow-ups go to whoever did the interaction, unless chosen otherwise.
        if (!m_followUpBox->isChecked())
            m_assignee->setCurrentId(m_staff->currentId());
    });
    connect(m_followUpBox, &QGroupBox::toggled, this, [this](bool on) {
        // After the group box has taken the focus for its own mnemonic.
        if (on)
            QTimer::singleShot(0, m_action, qOverload<>(&QWidget::setFocus));
    });
    return page;
}

void InteractionDialog::setActors(const QList<ActorRef> &actors)
{
    m_actors->setActors(actors);
    snapshot();
    if (!actors.isEmpty())
        m_subject->setFocus();
}

void InteractionDialog::editInteraction(qint64 interactionId)
{
    std::optional<Interaction> loaded;
    try {
        loaded = InteractionRepository(m_database).load(interactionId);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    if (!loaded)
        return;
    m_interactionId = interactionId;
    m_date->setDate(loaded->date);
    m_kind->setCurrentId(loaded->kindId);
    m_staff->setCurrentId(loaded->staffId);
    m_actors->setActors(loaded->actors);
    m_subject->setText(loaded->subject);
    m_note->setPlainText(loaded->note);
    m_followUpBox->hide();
    snapshot();
    updateTitle();
    m_subject->setFocus();
}

void InteractionDialog::completeFollowUp(qint64 followUpId)
{
    std::optional<FollowUp> followUp;
    try {
        followUp = FollowUpRepository(m_database).load(followUpId);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    if (!followUp)
        return;
    m_completing = followUpId;
    m_completingAction = followUp->action;
    m_actors->setActors(followUp->actors);
    m_subject->setText(followUp->action);
    if (followUp->staffId)
        m_staff->setCurrentId(followUp->staffId);
    m_followUpBox->setTitle(tr("Plan the &next follow-up"));
    m_context->setText(
        tr("Due %1: %2. Say what was done; saving marks it done.")
            .arg(QLocale().toString(followUp->due, QLocale::ShortFormat), followUp->action));
    m_context->show();
    snapshot();
    updateTitle();
    m_subject->setFocus();
    m_subject->selectAll();
}

Interaction InteractionDialog::interaction() const
{
    Interaction i;
    i.id = m_interactionId;
    i.date = m_date->date();
    i.kindId = m_kind->currentId();
    i.staffId = m_staff->currentId();
    i.subject = m_subject->text();
    i.note = m_note->toPlainText();
    i.actors = m_actors->actors();
    return i;
}

std::optional<FollowUp> InteractionDialog::followUp() const
{
    if (!m_followUpBox->isVisible() && m_interactionId)
        return std::nullopt;
    if (!m_followUpBox->isChecked())
        return std::nullopt;
    FollowUp f;
    f.due = m_due->date();
    f.action = m_action->text();
    f.staffId = m_assignee->currentId();
    return f;
}

void InteractionDialog::snapshot()
{
    m_loaded = { interaction(), followUp() };
}

bool InteractionDialog::isModified() const
{
    const Interaction now = interaction();
    const std::optional<FollowUp> planned = followUp();
    return !(now == m_loaded.first) || planned.has_value() != m_loaded.second.has_value()
        || (planned && !(*planned == *m_loaded.second));
}

bool InteractionDialog::save()
{
    Interaction typed = interaction();
    QList<FieldError> errors = validateInteraction(typed, m_commands.today());
    std::optional<FollowUp> planned = followUp();
    if (planned) {
        FollowUp withActors = *planned;
        withActors.actors = typed.actors;
        for (const FieldError &error : validateFollowUp(withActors)) {
            if (error.field != FieldError::Field::Actors)
                errors << error;
        }
    }
    showErrors(errors);
    if (!errors.isEmpty())
        return false;

    qint64 id = m_interactionId;
    if (m_completing) {
        const auto logged = m_commands.completeFollowUp(m_completing, typed, planned);
        if (!logged) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        id = *logged;
    } else if (m_interactionId) {
        if (!m_commands.updateInteraction(typed)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto added = m_commands.addInteraction(typed, planned);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        id = *added;
    }
    QSettings settings;
    settings.setValue(lastKindKey, typed.kindId);
    settings.setValue(lastStaffKey, typed.staffId);
    m_interactionId = id;
    snapshot();
    setStatusText(tr("Logged: %1.")
                      .arg(typed.subject.simplified().isEmpty() ? actorNames(typed.actors)
                                                                : typed.subject.simplified()));
    emit saved(id);
    return true;
}

void InteractionDialog::startNext()
{
    // The next call of the same afternoon: same day, kind and person at the desk.
    m_interactionId = 0;
    m_completing = 0;
    m_context->hide();
    m_followUpBox->setTitle(tr("Plan a &follow-up"));
    m_followUpBox->show();
    m_followUpBox->setChecked(false);
    m_action->clear();
    m_due->setDate(m_commands.today().addDays(7));
    m_actors->setActors({});
    m_subject->clear();
    m_note->clear();
    snapshot();
    updateTitle();
    m_actors->setFocus();
}

void InteractionDialog::showErrors(const QList<FieldError> &errors)
{
    showFieldErrors(errors,
        { { FieldError::Field::Date, m_dateMessage },
            { FieldError::Field::Actors, m_actorsMessage },
            { FieldError::Field::DueDate, m_dueMessage },
            { FieldError::Field::Action, m_actionMessage } });
}

void InteractionDialog::updateTitle()
{
    if (m_completing)
        setWindowTitle(tr("Mark done — %1").arg(m_completingAction));
    else if (m_interactionId)
        setWindowTitle(tr("Interaction of %1")
                           .arg(QLocale().toString(m_loaded.first.date, QLocale::ShortFormat)));
    else
        setWindowTitle(tr("New interaction"));
}

} // namespace relais
