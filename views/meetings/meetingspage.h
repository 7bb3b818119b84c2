#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace relais {

class Commands;
class Database;
class MeetingListModel;
class RecordOpener;
class ReferenceListModel;

// The Meetings area: every meeting by date with who was invited and who came,
// filtered by year and type; opened, added, duplicated and deleted from here.
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    MeetingsPage(
        Database &database, Commands &commands, RecordOpener &opener, QWidget *parent = nullptr);

    MeetingListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The list as shown, to CSV (its context menu).
    QAction *exportCsvAction() const { return m_exportCsv; }
    qint64 currentId() const;
    // Selects the meeting, showing its year and every type.
    void showMeeting(qint64 meetingId, int year);

public slots:
    void newMeeting();
    void openCurrent();
    void duplicateCurrent();
    void deleteCurrent();

private:
    void fillYears();
    void applyFilter();
    void updateState();

    Database &m_database;
    Commands &m_commands;
    RecordOpener &m_opener;
    MeetingListModel *m_model;
    ReferenceListModel *m_types;
    QComboBox *m_year;
    QComboBox *m_type;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QAction *m_exportCsv = nullptr;
};

} // namespace relais
