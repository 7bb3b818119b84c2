#pragma once

#include <QSet>
#include <QTreeView>

class QLabel;

namespace relais {

class FollowUpModel;

// The follow-ups, grouped by when they are due: groups open unless the user closed
// them, whole-row selection of follow-ups only, Enter or double-click to mark one done,
// Delete to delete, and a message instead of an empty tree. A refresh of the model
// keeps the user's selection and place.
class FollowUpTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit FollowUpTreeView(QWidget *parent = nullptr);

    void setFollowUpModel(FollowUpModel *model);
    FollowUpModel *followUpModel() const { return m_model; }
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool isEmptyTextShown() const;

    // 0 when the current row is a group.
    qint64 currentId() const;
    // In the order shown.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids, qint64 current);

signals:
    void completeRequested(qint64 id);
    void deleteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateEmptyState();
    void rememberSelection();
    void restoreLayout();

    FollowUpModel *m_model = nullptr;
    QLabel *m_empty;
    // By FollowUpModel::Group, so that a group the user closed stays closed.
    QSet<int> m_collapsed;
    qint64 m_rememberedCurrent = 0;
    QList<qint64> m_rememberedSelection;
};

} // namespace relais
