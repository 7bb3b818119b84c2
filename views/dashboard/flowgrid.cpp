#include "flowgrid.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <algorithm>

namespace relais {

FlowGrid::FlowGrid(int minimumColumnWidth, int maximumColumns, QWidget *parent)
    : QWidget(parent)
    , m_minimumColumnWidth(minimumColumnWidth)
    , m_maximumColumns(maximumColumns)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
}

void FlowGrid::addWidget(QWidget *widget)
{
    m_widgets << widget;
    m_columns = 0;
    relayout(width());
}

void FlowGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout(event->size().width());
}

void FlowGrid::relayout(int width)
{
    const int count = int(m_widgets.size());
    if (count == 0)
        return;
    const int spacing = m_layout->spacing();
    const int fit = std::clamp(
        (width + spacing) / (m_minimumColumnWidth + spacing), 1, std::max(1, m_maximumColumns));
    const int rows = (count + fit - 1) / fit;
    const int columns = (count + rows - 1) / rows;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *widget : std::as_const(m_widgets))
        m_layout->removeWidget(widget);
    for (int column = 0; column < m_layout->columnCount(); ++column)
        m_layout->setColumnStretch(column, 0);
    for (int i = 0; i < count; ++i)
        m_layout->addWidget(m_widgets.at(i), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_layout->setColumnStretch(column, 1);
}

} // namespace relais
