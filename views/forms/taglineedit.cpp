#include "taglineedit.h"

#include "models/item/referencelistmodel.h"
#include "tokencompleter.h"

namespace relais {

TagLineEdit::TagLineEdit(Database &database, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Separated by commas"));
    auto *completer = new TokenCompleter(this);
    completer->setModel(new ReferenceListModel(
        database, ReferenceList::Tag, ReferenceListModel::Options::ActiveOnly, completer));
    completer->setCompletionRole(Qt::EditRole);
    completer->setWidget(this);
    setCompleter(completer);
}

} // namespace relais
