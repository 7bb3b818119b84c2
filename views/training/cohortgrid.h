#pragma once

#include "models/domain/meeting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace relais {

class CohortAttendanceModel;
class Commands;
class Database;
class NameSearch;

// A cohort's attendance, trainees × half-days, ticked from the signed sheets with the
// keys of the meetings' attendance entry: Space present, E excused, A absent, I or
// Delete clears; the cursor moves down to the next trainee in the same half-day. A
// letter starts a search for a name; "/" or Ctrl+F opens the Find field empty. The
// session filter shows one session's half-days, to enter one sheet at a time. Every key
// is one command, undone with Ctrl+Z.
class CohortGrid : public QWidget
{
    Q_OBJECT
public:
    CohortGrid(Database &database, Commands &commands, QWidget *parent = nullptr);

    void setCohort(qint64 cohortId);
    qint64 cohortId() const;

    CohortAttendanceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *sessionFilter() const { return m_session; }
    QLineEdit *findEdit() const { return m_find; }
    QString statusText() const;

    // Shows only this session's half-days (0: all), the cursor on its first one.
    void showSession(qint64 sessionId);
    qint64 shownSession() const;

    // The trainees the keys act on in the current half-day: the selected rows there, or
    // the current one.
    QList<qint64> targetContacts() const;
    // The contacts of the selected trainee rows, whatever the column.
    QList<qint64> selectedContacts() const;
    // Goes to a trainee in the current half-day (or the first one shown).
    void selectContact(qint64 contactId);

    bool movesOn() const;
    void setMovesOn(bool on);

public slots:
    // Present, Excused or Absent; Invited clears the half-day.
    void mark(relais::AttendanceStatus status);
    // Everyone not entered yet in the current half-day is present, in one step.
    void markRestPresent();
    bool findName(const QString &text);
    bool findNext(int direction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSessions();
    void applySessionFilter();
    void updateCounts();
    void setStatus(const QString &text);
    void moveTo(int row);
    int currentHalfDayColumn() const;
    int firstShownHalfDayColumn() const;
    NameSearch nameSearch() const;
    QString nameAt(int row) const;
    QString halfDayText(int column) const;
    void backToGrid(bool clearFind);

    Database &m_database;
    Commands &m_commands;
    CohortAttendanceModel *m_model;
    QComboBox *m_session;
    QTableView *m_view;
    QLineEdit *m_find;
    QLabel *m_counts;
    QPushButton *m_markRest;
    QCheckBox *m_moveOn;
    QLabel *m_status;
    QLabel *m_empty;
};

} // namespace relais
