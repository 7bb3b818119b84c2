#pragma once

#include "testdatabase.h"

#include <QUndoStack>
#include <QWidget>
#include <memory>
#include <models/commands/commands.h>
#include <models/history/history.h>
#include <views/actors/actorspage.h>
#include <views/actors/recordopener.h>

// The Actors page in a window, as the main window holds it.
struct ActorsPageFixture
{
    TestDatabase db;
    QUndoStack stack;
    relais::Commands commands { *db, stack };
    std::unique_ptr<relais::History> history = relais::standardHistory(*db);
    QWidget window;
    relais::RecordOpener opener { *db, commands, *history, &window };
    relais::ActorsPage *page = new relais::ActorsPage(*db, commands, opener, &window);

    ActorsPageFixture()
    {
        window.resize(1200, 700);
        page->resize(1200, 700);
    }
};
