#pragma once

#include <QLineEdit>

namespace relais {

class Database;

// Tags typed as "compostage, réemploi", each completed from the tag list as it is
// typed; names not in the list become new tags when the record is saved.
class TagLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    TagLineEdit(Database &database, QWidget *parent = nullptr);
};

} // namespace relais
