#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;

namespace relais {

// The columns of one list as the user left them — widths, order, hidden ones, the sort —
// kept in the user's settings under a name of its own and given back the next time the
// list is built. Attach it once the list has its model and its default widths: the saved
// state wins over the defaults; a state saved with another number of columns (an older
// version) is ignored. Lives as long as the list's header.
class RememberedColumns : public QObject
{
    Q_OBJECT
public:
    RememberedColumns(QTableView *view, const QString &name);
    RememberedColumns(QTreeView *view, const QString &name);
    ~RememberedColumns() override;

    // The settings group of a list's columns ("columns/contacts").
    static QString settingsKey(const QString &name);
    // Writes now what is waiting to be written.
    void save();

private:
    RememberedColumns(QAbstractItemView *view, QHeaderView *header, const QString &name);
    void restore();
    void noteChange();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QString m_key;
    // The header as last seen, serialised at each change: when the list is destroyed its
    // header can no longer be asked.
    QByteArray m_state;
    int m_columns = 0;
    bool m_restored = false;
    bool m_pending = false;
    QTimer m_delay;
};

} // namespace relais
