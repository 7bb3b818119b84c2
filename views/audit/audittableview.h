#pragma once

#include <QTableView>

namespace relais {

class AuditLogModel;

// The table of audit entries the audit log and a record's history share: whole rows
// selected, columns sized for a date, a user name and an action, the changes taking the
// rest; Ctrl+C copies the selected rows (all of them when none is) as text.
class AuditTableView : public QTableView
{
    Q_OBJECT
public:
    explicit AuditTableView(QWidget *parent = nullptr);

    void setAuditModel(AuditLogModel *model);
    // The rows selected, or every row read when none is, tab-separated under the header.
    QString selectedText() const;
    void copy() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sizeColumns();
};

} // namespace relais
