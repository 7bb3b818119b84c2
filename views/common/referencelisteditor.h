#pragma once

#include <QWidget>
#include <models/domain/referencelist.h>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace relais {

class Commands;
class Database;
class ReferenceItemTableModel;

// Edits one reference list: add, rename, reorder, retire or reinstate, merge. Each
// action is one undoable step through Commands; the list follows the file by itself,
// so an undo from the main window shows here at once. Refused actions are explained
// in a line under the list and change nothing.
class ReferenceListEditor : public QWidget
{
    Q_OBJECT
public:
    ReferenceListEditor(
        Database &database, Commands &commands, ReferenceList list, QWidget *parent = nullptr);

    ReferenceList list() const { return m_list; }
    QTableView *view() const { return m_view; }
    // The item the buttons act on; 0 when none.
    qint64 currentId() const;
    void setCurrentId(qint64 id);
    // The message of the last refused action; empty once an action succeeds.
    QString errorText() const;

public slots:
    void addItem();
    void renameCurrent();
    void editCurrentPostcode();
    void moveCurrentUp();
    void moveCurrentDown();
    void toggleCurrentRetired();
    void mergeCurrent();

private:
    QPushButton *addButton(
        const QString &text, const QString &objectName, void (ReferenceListEditor::*slot)());
    void moveCurrent(int offset);
    void editCurrent(int column);
    void showError(const QString &message);
    void clearError();
    void updateActions();

    Database &m_database;
    Commands &m_commands;
    ReferenceList m_list;
    ReferenceItemTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newPostcode = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_postcode = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_merge = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_idBeforeReset = 0;
};

} // namespace relais
