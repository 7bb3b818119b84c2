#pragma once

#include "models/domain/actorfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace relais {

class Database;
class FilterButton;
class ReferenceListModel;

// The search box and the filters of the Actors page, turned into one ActorFilter.
class ActorFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Contacts, Organisations };

    ActorFilterBar(Database &database, QWidget *parent = nullptr);

    // "Relay actor" only applies to contacts, "municipal service" to organisations.
    void setMode(Mode mode);
    ActorFilter filter() const;
    void clear();
    // Clears the other criteria and keeps only these types (the dashboard's click-through).
    void showOnlyTypes(const QList<qint64> &typeIds);
    QLineEdit *searchField() const { return m_search; }

signals:
    void filterChanged();
    // Down arrow or Enter in the search box: go to the list.
    void leaveSearchRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FilterButton *addListFilter(const QString &title, ReferenceListModel *model);
    void updateClearButton();

    Mode m_mode = Mode::Contacts;
    QLineEdit *m_search;
    FilterButton *m_types;
    FilterButton *m_domains;
    FilterButton *m_communes;
    FilterButton *m_tags;
    FilterButton *m_flags;
    QComboBox *m_activity;
    QToolButton *m_clear;
};

} // namespace relais
