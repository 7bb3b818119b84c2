#include "actornamecompleter.h"

#include "models/item/actorcompletionmodel.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace relais {

ActorNameCompleter::ActorNameCompleter(Database &database, ActorRef::Kind kind, QLineEdit *edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_names(new ActorCompletionModel(database, this))
    , m_kind(new QSortFilterProxyModel(this))
{
    m_kind->setSourceModel(m_names);
    m_kind->setFilterRole(ActorCompletionModel::KindRole);
    m_kind->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(int(kind))));
    setModel(m_kind);
    // The file does the matching: show what it gives as it is.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    setWidget(edit);
    popup()->setMinimumWidth(420);
    // Installed after QCompleter's own filter on its popup, so it sees the keys first.
    popup()->installEventFilter(this);
    edit->installEventFilter(this);

    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_names->setText(text);
        if (m_kind->rowCount() > 0)
            complete();
        else
            popup()->hide();
    });
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { emit chosen(actorAt(index)); });
}

ActorRef ActorNameCompleter::actorAt(const QModelIndex &index) const
{
    return ActorRef { ActorRef::Kind(index.data(ActorCompletionModel::KindRole).toInt()),
        index.data(ActorCompletionModel::IdRole).toLongLong(),
        index.data(ActorCompletionModel::NameRole).toString() };
}

bool ActorNameCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != popup() && watched != m_edit))
        return QCompleter::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool chosenOne = popup()->isVisible() && popup()->selectionModel()
        && !popup()->selectionModel()->selectedIndexes().isEmpty();
    if (watched == popup()) {
        // QCompleter would take its first suggestion, highlighted or not: a person never
        // meant would be recorded. Only what the user has moved to is taken.
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !chosenOne) {
            popup()->hide();
            emit typedReturn();
            return true;
        }
        if (key == Qt::Key_Tab && !chosenOne) {
            popup()->hide();
            return true;
        }
        return QCompleter::eventFilter(watched, event);
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !chosenOne) {
        popup()->hide();
        emit typedReturn();
        return m_keepReturn;
    }
    return QCompleter::eventFilter(watched, event);
}

} // namespace relais
