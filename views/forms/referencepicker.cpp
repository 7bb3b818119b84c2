#include "referencepicker.h"

#include "models/domain/textfold.h"
#include "models/item/referencelistmodel.h"

#include <QCompleter>
#include <QLineEdit>

namespace relais {

ReferencePicker::ReferencePicker(Database &database, ReferenceList list, Mode mode, QWidget *parent)
    : QComboBox(parent)
    , m_model(new ReferenceListModel(database, list, ReferenceListModel::Options::ActiveOnly, this))
    , m_mode(mode)
{
    m_model->setBlankRow(mode == Mode::ChooseOnly);
    setModel(m_model);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    if (mode == Mode::AllowNew) {
        setEditable(true);
        setInsertPolicy(QComboBox::NoInsert);
        completer()->setCompletionMode(QCompleter::PopupCompletion);
        completer()->setFilterMode(Qt::MatchContains);
        completer()->setCaseSensitivity(Qt::CaseInsensitive);
        lineEdit()->setClearButtonEnabled(true);
        setCurrentIndex(-1);
        connect(lineEdit(), &QLineEdit::textEdited, this, &ReferencePicker::edited);
    }
    connect(this, &QComboBox::activated, this, &ReferencePicker::edited);
}

void ReferencePicker::setCurrentId(qint64 id)
{
    m_model->keepShown(id);
    const int row = m_model->rowOf(id);
    setCurrentIndex(row);
    if (row < 0 && isEditable())
        setEditText(QString());
}

qint64 ReferencePicker::currentId() const
{
    if (!isEditable())
        return m_model->idAt(currentIndex());
    const QString key = foldedKey(currentText());
    if (key.isEmpty())
        return 0;
    for (const ReferenceItem &item : m_model->items()) {
        if (foldedKey(item.name) == key)
            return item.id;
    }
    return 0;
}

QString ReferencePicker::newName() const
{
    if (m_mode != Mode::AllowNew || currentId() != 0)
        return {};
    return currentText().simplified();
}

} // namespace relais
