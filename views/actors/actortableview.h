#pragma once

#include <QTableView>

class QLabel;

namespace relais {

class ActorTableModel;

// A list of the Actors page: whole-row selection, sortable headers, Enter or
// double-click opens the record, Delete deletes, and a message instead of an empty
// grid when there is nothing to show.
class ActorTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ActorTableView(QWidget *parent = nullptr);

    void setActorModel(ActorTableModel *model);
    ActorTableModel *actorModel() const { return m_model; }
    // Shown when the file has no record of this kind / when the filter leaves none.
    void setEmptyTexts(const QString &emptyFile, const QString &nothingMatches);

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    void selectId(qint64 id);

signals:
    void openRequested(qint64 id);
    void deleteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateEmptyState();
    void rememberSelection();
    void restoreSelection();

    ActorTableModel *m_model = nullptr;
    QLabel *m_empty;
    QString m_emptyFile;
    QString m_nothingMatches;
    qint64 m_rememberedCurrent = 0;
    QList<qint64> m_rememberedSelection;
};

} // namespace relais
