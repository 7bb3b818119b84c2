#include "actorpicker.h"

#include "models/item/actorcompletionmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace relais {

ActorPicker::ActorPicker(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_model(new ActorCompletionModel(database, this))
    , m_completer(new QCompleter(m_model, this))
    , m_chosen(new QListWidget(this))
    , m_edit(new QLineEdit(this))
{
    m_chosen->setObjectName(QStringLiteral("chosenActors"));
    m_chosen->setFlow(QListView::LeftToRight);
    m_chosen->setWrapping(true);
    m_chosen->setResizeMode(QListView::Adjust);
    m_chosen->setSpacing(2);
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setFixedHeight(2 * (fontMetrics().height() + 10) + 6);
    m_chosen->setToolTip(tr("Delete removes the selected names"));
    // Reached with Shift+Tab from the field; the field is where typing happens.
    m_chosen->setFocusPolicy(Qt::ClickFocus);
    m_chosen->installEventFilter(this);

    m_edit->setObjectName(QStringLiteral("actorSearch"));
    m_edit->setPlaceholderText(tr("Type a name: a person or an organisation"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    // The model does the matching (in the database): show what it gives as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(14);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setMinimumWidth(460);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setExcluded(m_actors);
        m_model->setText(text);
        if (m_model->rowCount() > 0)
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            addActor(ActorRef { ActorRef::Kind(index.data(ActorCompletionModel::KindRole).toInt()),
                index.data(ActorCompletionModel::IdRole).toLongLong(),
                index.data(ActorCompletionModel::NameRole).toString() });
            // After QCompleter has written the name into the field.
            QMetaObject::invokeMethod(m_edit, &QLineEdit::clear, Qt::QueuedConnection);
        });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_chosen);
    layout->addWidget(m_edit);
}

void ActorPicker::setActors(const QList<ActorRef> &actors)
{
    m_actors.clear();
    for (const ActorRef &actor : actors) {
        if (!m_actors.contains(actor))
            m_actors << actor;
    }
    rebuild();
}

void ActorPicker::addActor(const ActorRef &actor)
{
    if (actor.id == 0 || m_actors.contains(actor))
        return;
    m_actors << actor;
    rebuild();
    emit changed();
}

void ActorPicker::rebuild()
{
    m_chosen->clear();
    for (const ActorRef &actor : std::as_const(m_actors)) {
        auto *item = new QListWidgetItem(
            actor.isContact() ? actor.name : tr("%1 (organisation)").arg(actor.name), m_chosen);
        item->setToolTip(tr("Select and press Delete to remove"));
    }
}

void ActorPicker::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_chosen->selectedItems())
        rows << m_chosen->row(item);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_actors.removeAt(row);
    rebuild();
    emit changed();
}

bool ActorPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_edit && key->key() == Qt::Key_Backspace && m_edit->text().isEmpty()
        && !m_actors.isEmpty()) {
        m_actors.removeLast();
        rebuild();
        emit changed();
        return true;
    }
    if (watched == m_chosen && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais
