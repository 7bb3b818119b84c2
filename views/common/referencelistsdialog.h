#pragma once

#include <QDialog>
#include <models/domain/referencelist.h>

class QTabWidget;

namespace relais {

class Commands;
class Database;
class ReferenceListEditor;

// Actors > Reference lists…: the officer's own lists (actor types, domains, communes,
// tags), one tab each. Every change is saved at once as one undoable step, so the
// dialog can stay open beside the main window while she works.
class ReferenceListsDialog : public QDialog
{
    Q_OBJECT
public:
    ReferenceListsDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    // Brings this list's tab to the front; showing the dialog is left to the caller.
    void showList(ReferenceList list);
    ReferenceList currentList() const;
    ReferenceListEditor *editor(ReferenceList list) const;

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace relais
