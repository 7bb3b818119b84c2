#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace relais {

class Database;
class ReferenceListModel;

// Asks which staff member some follow-ups go to.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    // current: whom they are all assigned to now (0 when not all to the same person),
    // offered first and not accepted as the answer, since nothing would change.
    ReassignDialog(Database &database, int count, qint64 current, QWidget *parent = nullptr);

    qint64 staffId() const;
    void setStaffId(qint64 id);

private:
    void updateButton();

    ReferenceListModel *m_staff;
    QComboBox *m_choice;
    QPushButton *m_ok = nullptr;
    qint64 m_current;
};

} // namespace relais
