#include "planfollowupsdialog.h"

#include "models/commands/commands.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/referencepicker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace relais {

PlanFollowUpsDialog::PlanFollowUpsDialog(
    Database &database, Commands &commands, const QList<ActorRef> &actors, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_actors(actors)
    , m_action(new QLineEdit(this))
    , m_actionMessage(new FieldMessage(m_action, this))
    , m_due(new DateEdit(this))
    , m_assignee(new ReferencePicker(
          database, ReferenceList::StaffMember, ReferencePicker::Mode::ChooseOnly, this))
{
    setWindowTitle(tr("Plan a follow-up for each"));
    QStringList names;
    for (const ActorRef &actor : actors.mid(0, 6))
        names << actor.name;
    QString who = names.join(QStringLiteral(", "));
    if (actors.size() > names.size())
        who = tr("%1 and %Ln more", nullptr, int(actors.size() - names.size())).arg(who);
    auto *intro = new QLabel(
        tr("One follow-up for each of the %Ln selected actor(s): %1.", nullptr, int(actors.size()))
            .arg(who),
        this);
    intro->setWordWrap(true);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setPlaceholderText(tr("e.g. Thank them for SERD 2014"));
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setDate(commands.today().addDays(7));
    m_assignee->setCurrentId(
        QSettings().value(QStringLiteral("interactions/lastStaff")).toLongLong());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&What to do"), m_action);
    form->addRow(QString(), m_actionMessage);
    form->addRow(tr("B&y"), m_due);
    form->addRow(tr("Ass&igned to"), m_assignee);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanFollowUpsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanFollowUpsDialog::reject);
    connect(m_action, &QLineEdit::textEdited, m_actionMessage, &FieldMessage::clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_action->setFocus();
}

void PlanFollowUpsDialog::accept()
{
    if (m_action->text().simplified().isEmpty()) {
        m_actionMessage->showError(tr("Say what is to be done."));
        m_action->setFocus();
        return;
    }
    if (!m_commands.planFollowUps(
            m_actors, m_due->date(), m_action->text(), m_assignee->currentId())) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return;
    }
    QDialog::accept();
}

} // namespace relais
