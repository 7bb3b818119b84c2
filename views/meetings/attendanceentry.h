#pragma once

#include "models/domain/meeting.h"
#include "models/domain/namesearch.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace relais {

class ActorNameCompleter;
class Commands;
class Database;
class InviteeModel;

// Ticking the signed attendance sheet after a meeting, from the keyboard: the invitees
// in the sheet's order, a key per status on the current name (or the selected ones),
// the cursor moving on to the next name, live counts at the top. Every key is one
// command, saved at once and undone with Ctrl+Z.
//
// In the list, Space, E, A, R and I are commands and never start a search: a person
// ticking names must not have a status changed by a name being typed. Any other letter
// starts a search with itself in the Find field; "/" or Ctrl+F opens that field empty,
// for names beginning with E, A, R or I. In the field, Down and Up go to the next and
// previous name matching, Return or Escape go back to the list.
class AttendanceEntry : public QWidget
{
    Q_OBJECT
public:
    AttendanceEntry(
        Database &database, Commands &commands, qint64 meetingId, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_meetingId; }
    QString meetingTitle() const;
    InviteeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *walkInEdit() const { return m_walkIn; }
    ActorNameCompleter *walkInCompleter() const { return m_walkInCompleter; }
    // What the last action did, as the line under the list says it.
    QString statusText() const;

    // Whether marking someone moves the cursor to the next name (on by default).
    bool movesOn() const;
    void setMovesOn(bool on);

    // The contacts the keys act on: the selected rows, or the current one.
    QList<qint64> targetContacts() const;
    qint64 currentContact() const;
    void selectContact(qint64 contactId);

public slots:
    // Marks the selected people (the current one if none) and moves on.
    void mark(relais::AttendanceStatus status);
    // Takes the selected walk-ins back off the list (entered by mistake).
    void removeWalkIns();
    // Everyone registered came: one step, after a confirmation.
    void markRegisteredPresent();
    // Goes to the first name starting with this text (last names first, then any
    // part of the name); false when nobody matches.
    bool findName(const QString &text);
    // From the current row, to the next (or previous) name matching the Find field.
    bool findNext(int direction);
    // A walk-in already in the file.
    void addWalkIn(qint64 contactId);
    // A walk-in the file does not know, typed in the walk-in field: asks for the rest.
    void addNewWalkIn(const QString &typed);

signals:
    // A walk-in has been recorded (new or not).
    void walkInAdded(qint64 contactId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NameSearch nameSearch() const;
    void updateHeader();
    void updateCounts();
    void setStatus(const QString &text);
    void moveTo(int row);
    void backToList(bool clearFind);
    QString nameAt(int row) const;

    Database &m_database;
    Commands &m_commands;
    const qint64 m_meetingId;
    InviteeModel *m_model;
    QLabel *m_title;
    QLabel *m_when;
    QHash<QString, QLabel *> m_counts; // by object name: "invitedCount"…
    QTableView *m_view;
    QLineEdit *m_find;
    QLineEdit *m_walkIn;
    ActorNameCompleter *m_walkInCompleter;
    QPushButton *m_markAll;
    QCheckBox *m_moveOn;
    QLabel *m_status;
    QLabel *m_help;
};

// The attendance entry in a window of its own. A modal window does not let the main
// window's Edit > Undo reach it, so it undoes and redoes itself (Ctrl+Z, Ctrl+Shift+Z,
// Ctrl+Y, and two buttons) on the same stack.
class AttendanceEntryDialog : public QDialog
{
    Q_OBJECT
public:
    AttendanceEntryDialog(
        Database &database, Commands &commands, qint64 meetingId, QWidget *parent = nullptr);

    AttendanceEntry *entry() const { return m_entry; }

private:
    AttendanceEntry *m_entry;
};

} // namespace relais
