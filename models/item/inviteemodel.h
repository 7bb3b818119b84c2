#pragma once

#include "../domain/meeting.h"

#include <QAbstractTableModel>
#include <QList>

namespace relais {

class Database;

// The invitees of one meeting, in the order of the printed attendance sheet (by last
// name, then first name), with where each stands. Follows the file: a change of
// statuses keeps the rows where they are (dataChanged), a walk-in added or removed
// inserts or removes its row, so that a view keeps its current row and selection
// while someone ticks names.
class InviteeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { Name, Organisation, Status, Email, Changed, ColumnCount };
    enum Role : int {
        ContactIdRole = Qt::UserRole + 1, // qint64
        StatusRole, // int: AttendanceStatus
        WalkInRole, // bool: came without having been invited
        ConsentRole, // int: Consent by e-mail, for whoever writes to them afterwards
    };

    explicit InviteeModel(Database &database, QObject *parent = nullptr);

    // 0: no meeting, no rows.
    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 outside the rows.
    qint64 contactIdAt(int row) const;
    // -1 when the contact is not (or no longer) among the invitees.
    int rowOf(qint64 contactId) const;
    // A default Invitee outside the rows.
    Invitee inviteeAt(int row) const;
    // What the e-mail's tooltip says of the invitee's consent by e-mail.
    static QString emailConsentNote(Consent consent);
    // "DUPONT Marie": the name as the sheet prints it, last name first.
    static QString sheetName(const Invitee &invitee);
    // Of the rows shown, as of the last refresh.
    MeetingCounts counts() const { return m_counts; }
    // Why the last refresh failed, or empty.
    QString lastError() const { return m_error; }

public slots:
    void refresh();

signals:
    // After every refresh, even one that changed nothing: counts may be read again.
    void refreshed();

private:
    void setRows(QList<Invitee> rows);

    Database &m_database;
    qint64 m_meetingId = 0;
    // A commit may touch several areas (a walk-in creates a contact, an organisation
    // and an invitation): the file is read once, after it.
    bool m_stale = false;
    QList<Invitee> m_rows;
    MeetingCounts m_counts;
    QString m_error;
};

} // namespace relais
