#pragma once

#include "models/domain/referencelist.h"

#include <QComboBox>

namespace relais {

class Database;
class ReferenceListModel;

// Chooses an item of a reference list. Editable pickers (communes) also accept a name
// that is not in the list yet: it is created when the record is saved.
class ReferencePicker : public QComboBox
{
    Q_OBJECT
public:
    enum class Mode { ChooseOnly, AllowNew };
    ReferencePicker(Database &database, ReferenceList list, Mode mode, QWidget *parent = nullptr);

    void setCurrentId(qint64 id);
    // 0 when nothing is chosen or the typed name is new.
    qint64 currentId() const;
    // The typed name when it matches no item (AllowNew only), else empty.
    QString newName() const;

signals:
    void edited();

private:
    ReferenceListModel *m_model;
    Mode m_mode;
};

} // namespace relais
