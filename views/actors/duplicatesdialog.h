#pragma once

#include "models/db/duplicaterepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace relais {

class Commands;
class Database;

// Actors > Find duplicates: the pairs of contacts, or of organisations, that may be one
// actor typed twice, best first. Each pair is merged (MergeDialog) or marked as not
// duplicates; both are steps of the undo stack.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    ActorRef::Kind kind() const;
    void setKind(ActorRef::Kind kind);
    QList<DuplicateCandidate> candidates() const { return m_candidates; }
    // The pair of the current row, if any.
    const DuplicateCandidate *current() const;

    // Reads the candidates again, keeping the current row where it can.
    void refresh();
    // Opens the merge form for the current pair; true when it was merged.
    bool mergeCurrent();
    // Marks the current pair as not duplicates.
    bool dismissCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    Database &m_database;
    Commands &m_commands;
    QList<DuplicateCandidate> m_candidates;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace relais
