#pragma once

#include <QDialog>
#include <QList>
#include <models/domain/referencelist.h>

class QComboBox;
class QLabel;

namespace relais {

// Asks which entry another one is merged into, and says beforehand how many records
// will move, so that the user confirms knowing what the merge does.
class MergeReferenceDialog : public QDialog
{
    Q_OBJECT
public:
    // usage: records using `from`; targets: the entries it can be merged into.
    MergeReferenceDialog(const ReferenceItem &from, int usage, const QList<ReferenceItem> &targets,
        QWidget *parent = nullptr);

    qint64 targetId() const;
    void setTargetId(qint64 id);

private:
    void updateMessage();

    ReferenceItem m_from;
    int m_usage = 0;
    QComboBox *m_target = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace relais
