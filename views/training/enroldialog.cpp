#include "enroldialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/trainingrepository.h"
#include "views/meetings/actornamecompleter.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

EnrolDialog::EnrolDialog(Database &database, Commands &commands, qint64 cohortId, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_cohortId(cohortId)
    , m_edit(new QLineEdit(this))
    , m_completer(new ActorNameCompleter(database, ActorRef::Kind::Contact, m_edit))
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol Trainees"));
    try {
        for (const auto &trainee : TrainingRepository(database).trainees(cohortId))
            m_enrolled << trainee.contactId;
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    m_edit->setObjectName(QStringLiteral("name"));
    m_edit->setPlaceholderText(tr("Type a name, then Return"));
    m_completer->setKeepReturn(true);
    m_list->setObjectName(QStringLiteral("chosen"));
    m_list->installEventFilter(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *label = new QLabel(tr("&Trainee:"), this);
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enrol = buttons->addButton(tr("&Enrol"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("enrol"));
    m_enrol->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(460, 420);

    connect(m_completer, &ActorNameCompleter::chosen, this, [this](const ActorRef &contact) {
        add(contact);
        m_edit->clear();
    });
    connect(m_completer, &ActorNameCompleter::typedReturn, this, [this] {
        if (!m_edit->text().trimmed().isEmpty())
            m_note->setText(tr("“%1” is not in the file: add the person in Actors first.")
                                .arg(m_edit->text().trimmed()));
    });
    connect(m_enrol, &QPushButton::clicked, this, &EnrolDialog::enrol);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QList<qint64> EnrolDialog::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void EnrolDialog::add(const ActorRef &contact)
{
    if (!contact.isContact() || !contact.id)
        return;
    if (m_enrolled.contains(contact.id)) {
        m_note->setText(tr("%1 is already in this cohort.").arg(contact.name));
        return;
    }
    if (chosen().contains(contact.id)) {
        m_note->setText(tr("%1 is already in the list.").arg(contact.name));
        return;
    }
    auto *item = new QListWidgetItem(contact.name, m_list);
    item->setData(Qt::UserRole, contact.id);
    m_list->setCurrentItem(item);
    m_note->clear();
    updateState();
}

void EnrolDialog::updateState()
{
    m_enrol->setEnabled(m_list->count() > 0);
    m_enrol->setText(
        m_list->count() > 0 ? tr("&Enrol %Ln trainee(s)", nullptr, m_list->count()) : tr("&Enrol"));
}

void EnrolDialog::enrol()
{
    const QList<qint64> ids = chosen();
    if (ids.isEmpty())
        return;
    if (!m_commands.enrol(m_cohortId, ids, &m_added)) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return;
    }
    accept();
}

bool EnrolDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)
            && m_list->currentItem()) {
            delete m_list->currentItem();
            updateState();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relais
