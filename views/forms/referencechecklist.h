#pragma once

#include "models/domain/referencelist.h"

#include <QListWidget>

namespace relais {

class Database;
class ReferenceListModel;

// Several items of a reference list ticked at once (a record's domains). Space ticks
// the current item, so it needs no mouse.
class ReferenceChecklist : public QListWidget
{
    Q_OBJECT
public:
    ReferenceChecklist(Database &database, ReferenceList list, QWidget *parent = nullptr);

    void setCheckedIds(const QList<qint64> &ids);
    QList<qint64> checkedIds() const;

    QSize sizeHint() const override;

signals:
    void edited();

private:
    void rebuild();

    ReferenceListModel *m_model;
    QList<qint64> m_checked;
};

} // namespace relais
