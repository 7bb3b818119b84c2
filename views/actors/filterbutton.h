#pragma once

#include <QList>
#include <QToolButton>
#include <utility>

class QLineEdit;
class QListWidget;

namespace relais {

// A drop-down of ticked values for one criterion of the Actors filter ("Commune:
// Mulhouse, Illzach"). The list stays open while values are ticked, and filters
// itself as one types when it is long.
class FilterButton : public QToolButton
{
    Q_OBJECT
public:
    using Option = std::pair<qint64, QString>;

    FilterButton(const QString &title, QWidget *parent = nullptr);

    // The values to choose from; ticked values that are still offered stay ticked.
    void setOptions(const QList<Option> &options);
    QList<qint64> checkedIds() const { return m_checked; }
    void setCheckedIds(const QList<qint64> &ids);
    void clear() { setCheckedIds({}); }

signals:
    void changed();

private:
    void rebuild();
    void updateText();

    QString m_title;
    QList<Option> m_options;
    QList<qint64> m_checked;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace relais
