#pragma once

#include "../domain/referencelist.h"

#include <QAbstractListModel>
#include <QList>

namespace relais {

class Database;

// The items of one reference list, in the officer's order, for combo boxes, filters
// and the list editor. Follows the file: refreshes when the list changes.
class ReferenceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role : int {
        IdRole = Qt::UserRole + 1, // qint64; 0 on the blank row
        RetiredRole, // bool
        PostcodeRole, // QString, communes only
    };
    enum class Options { ActiveOnly, WithRetired };

    ReferenceListModel(Database &database, ReferenceList list,
        Options options = Options::ActiveOnly, QObject *parent = nullptr);

    // A first row "—" standing for "none", for optional fields.
    void setBlankRow(bool blank);
    // What the blank row says ("—" by default; "All types" in a filter).
    void setBlankText(const QString &text);
    // Keep this item shown even if retired (the value a record already has).
    void keepShown(qint64 id);

    ReferenceList list() const { return m_list; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    const QList<ReferenceItem> &items() const { return m_items; }

public slots:
    void refresh();

private:
    Database &m_database;
    ReferenceList m_list;
    Options m_options;
    bool m_blank = false;
    QString m_blankText = QStringLiteral("—");
    qint64 m_keep = 0;
    QList<ReferenceItem> m_items;
};

} // namespace relais
