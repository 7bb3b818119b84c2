#pragma once

#include <QUndoCommand>

namespace relais {

class Commands;
class Database;

// One undoable verb of Commands. apply() and revert() each run inside one transaction;
// the first apply() happens on push, and when it fails the step is dropped and the
// file is left as it was.
class Step : public QUndoCommand
{
public:
    Step(Commands &owner, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Database &database() const;

private:
    void run(void (Step::*action)());

    Commands &m_owner;
    bool m_firstRun = true;
};

} // namespace relais
