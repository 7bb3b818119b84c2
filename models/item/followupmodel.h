#pragma once

#include "../domain/interaction.h"

#include <QAbstractItemModel>
#include <QList>
#include <functional>

namespace relais {

class Database;

// The Follow-ups area as a two-level tree: a row per group (overdue, today, this week,
// later, and optionally those done lately), each holding its follow-ups, soonest first.
// Empty groups are left out, so that what is shown is only what needs doing. Follows the
// file, with one query per refresh however many areas a change touched.
class FollowUpModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column : int { Due, Action, With, AssignedTo, PlannedWith, ColumnCount };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // qint64: the follow-up; 0 on group rows
        BucketRole, // int, a Group: the group of the row, or the group row itself
        DueRole, // QDate; invalid on group rows
        StaffIdRole, // qint64: whom it is assigned to; 0 for nobody and on group rows
    };
    // The open groups are FollowUpBucket's, in its order; Done comes last.
    enum class Group : int { Overdue, Today, ThisWeek, Later, Done };

    // How far back "done lately" goes.
    static constexpr int doneDays = 30;

    // WhenAsked: nothing is read until the first refresh() (the Follow-ups page, when it
    // is first shown): at 100,000 contacts the open follow-ups are thousands of rows the
    // window must not wait for. The counts are counted in the database meanwhile.
    enum class Loading { Now, WhenAsked };
    FollowUpModel(Database &database, QObject *parent = nullptr, Loading loading = Loading::Now);
    bool isLoaded() const { return m_loaded; }

    // Tests fix the day; buckets are computed from it at each refresh.
    void setToday(std::function<QDate()> today);
    QDate today() const { return m_today(); }
    // 0: everyone's follow-ups.
    void setStaffFilter(qint64 staffId);
    qint64 staffFilter() const { return m_staffId; }
    void setShowDone(bool show);
    bool showDone() const { return m_showDone; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Under the staff filter, as of the last refresh (before the first: counted now).
    int overdueCount() const;
    int openCount() const;
    bool isGroup(const QModelIndex &index) const;
    // 0 on group rows and invalid indexes.
    qint64 idAt(const QModelIndex &index) const;
    bool isDone(const QModelIndex &index) const;
    // Column 0 of the follow-up's row; invalid when it is not shown.
    QModelIndex indexOfId(qint64 id) const;
    // Why the last refresh failed, or empty.
    QString lastError() const { return m_error; }

public slots:
    void refresh();

signals:
    // After every refresh, even one that changed nothing: counts may be read again.
    void refreshed();

private:
    void refreshIfLoaded();
    struct GroupRows
    {
        Group group;
        QList<FollowUpRow> rows;
    };
    QVariant groupData(const GroupRows &group, int column, int role) const;
    QVariant rowData(Group group, const FollowUpRow &row, int column, int role) const;
    void setGroups(QList<GroupRows> groups);
    int rowsIn(Group group) const;

    Database &m_database;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    qint64 m_staffId = 0;
    bool m_showDone = false;
    // A change to the file may touch several areas at once (logging an interaction that
    // completes a follow-up): they are gathered and the model reads the file once.
    bool m_stale = false;
    bool m_loaded = false;
    QList<GroupRows> m_groups; // the non-empty ones, in Group order
    QDate m_shownToday; // the day the groups were computed for
    QString m_error;
};

} // namespace relais
