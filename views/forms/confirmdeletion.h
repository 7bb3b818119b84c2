#pragma once

#include <QString>

class QWidget;

namespace relais {

// Asks before deleting: the question, then what goes with it and how to get it back;
// a Delete button and Cancel as the default, so that Return never deletes. True when
// the user chose Delete.
bool confirmDeletion(QWidget *parent, const QString &question, const QString &details);

} // namespace relais
