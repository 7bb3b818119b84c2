#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace relais {

class Commands;
class Database;
class FollowUpModel;
class FollowUpTreeView;
class ReferenceListModel;

// What is to be done with actors and by when: overdue, today, this week, later. From
// here a follow-up is marked done (by logging the interaction that did it, which the
// main window opens), rescheduled, reassigned or deleted.
class FollowUpsPage : public QWidget
{
    Q_OBJECT
public:
    FollowUpsPage(Database &database, Commands &commands, QWidget *parent = nullptr);

    FollowUpModel *model() const { return m_model; }
    QTreeView *view() const;
    // Every selected follow-up, done or not, in the order shown.
    QList<qint64> selectedIds() const;
    // 0: everyone's.
    void setStaffFilter(qint64 staffId);
    void setShowDone(bool show);

public slots:
    // Asks to log the interaction that does the current follow-up.
    void markDone();
    void reschedule();
    void reassign();
    void deleteSelected();

signals:
    void completeRequested(qint64 followUpId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The selected follow-ups still to do: done ones are only kept for the record.
    QList<qint64> selectedOpenIds() const;
    void fillStaffFilter();
    void updateActions();
    void updateEmptyText();
    void warn(const QString &title);

    Database &m_database;
    Commands &m_commands;
    FollowUpModel *m_model;
    ReferenceListModel *m_staff;
    QComboBox *m_staffFilter;
    QCheckBox *m_showDone;
    QLabel *m_summary;
    FollowUpTreeView *m_view;
    QPushButton *m_markDone;
    QPushButton *m_reschedule;
    QPushButton *m_reassign;
    QPushButton *m_delete;
};

} // namespace relais
