#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <models/domain/referencelist.h>

namespace relais {

class Commands;
class Database;

// One reference list as the list editor shows it: every item, retired ones included,
// in the officer's order, with how many records use it. Follows the file through the
// change notifier, moving rows rather than resetting where it can so that the
// selection stays on the item the user is working on. Edits go through Commands.
class ReferenceItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { NameColumn, PostcodeColumn, UsageColumn, ColumnCount };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // qint64
        RetiredRole, // bool
        UsageRole, // int: records using the item
    };

    ReferenceItemTableModel(
        Database &database, Commands &commands, ReferenceList list, QObject *parent = nullptr);

    ReferenceList list() const { return m_list; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renames the item or changes a commune's postcode, as one undoable step.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    ReferenceItem itemAt(int row) const;
    int usageAt(int row) const;
    QList<ReferenceItem> items() const;
    QList<qint64> ids() const;

public slots:
    void refresh();

signals:
    // An edit was refused and changed nothing; the message is for the user.
    void editFailed(const QString &message);
    void editSucceeded();

private:
    struct Row
    {
        ReferenceItem item;
        int usage = 0;
    };
    bool load(QList<Row> &rows) const;
    void apply(QList<Row> rows);
    void reorderRows(QList<Row> rows);

    Database &m_database;
    Commands &m_commands;
    ReferenceList m_list;
    QList<Row> m_rows;
};

} // namespace relais
