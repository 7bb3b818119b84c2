#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace relais {

class ActorFilterBar;
class ActorPicker;
class Commands;
class Database;

// Builds a meeting's list of invitees from the actor file: people by name, everyone a
// filter of the Actors page matches, a saved list, or another meeting's invitees.
// Shows who would be added before adding, never adds anyone twice, and says who has
// not agreed to be contacted.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    InviteDialog(
        Database &database, Commands &commands, qint64 meetingId, QWidget *parent = nullptr);

    enum class Source { Names, Filter, SavedList, Meeting };
    void setSource(Source source);
    // Who would be added now.
    QList<qint64> candidates() const { return m_candidates; }
    ActorPicker *picker() const { return m_picker; }
    ActorFilterBar *filterBar() const { return m_filter; }

    void accept() override;
    void saveAsList();

private:
    void updatePreview();
    QList<qint64> resolveSource() const;

    Database &m_database;
    Commands &m_commands;
    qint64 m_meetingId;
    QComboBox *m_source;
    QStackedWidget *m_sources;
    ActorPicker *m_picker;
    ActorFilterBar *m_filter;
    QComboBox *m_savedLists;
    QComboBox *m_meetings;
    QList<QCheckBox *> m_statuses;
    QCheckBox *m_skipRefused;
    QListWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_invite;
    QPushButton *m_save;
    QList<qint64> m_candidates;
};

} // namespace relais
