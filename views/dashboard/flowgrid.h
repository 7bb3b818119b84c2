#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace relais {

// Widgets in rows of equal columns, as many columns as the width allows (between one
// and a maximum) and the rows balanced: nine tiles go five and four, not eight and one.
class FlowGrid : public QWidget
{
    Q_OBJECT
public:
    FlowGrid(int minimumColumnWidth, int maximumColumns, QWidget *parent = nullptr);

    void addWidget(QWidget *widget);
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout(int width);

    int m_minimumColumnWidth;
    int m_maximumColumns;
    int m_columns = 0;
    QGridLayout *m_layout;
    QList<QWidget *> m_widgets;
};

} // namespace relais
