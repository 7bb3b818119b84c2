#include "figuretile.h"

#include "headlinefigures.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relais {

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_change->setObjectName(QStringLiteral("tileChange"));
    m_title->setWordWrap(true);
    m_change->setWordWrap(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_title->setForegroundRole(QPalette::WindowText);
    m_change->setForegroundRole(QPalette::PlaceholderText);
    // Two lines of title whatever the tile's width, so that the figures line up.
    m_title->setMinimumHeight(2 * m_title->fontMetrics().lineSpacing());
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void FigureTile::setFigure(const HeadlineFigure &figure)
{
    m_title->setText(figure.title);
    m_value->setText(figure.value);
    m_change->setText(figure.change);
    setToolTip(figure.definition);
    setAccessibleName(QStringLiteral("%1: %2").arg(figure.title, figure.value));
    setAccessibleDescription(figure.change);
}

QString FigureTile::title() const
{
    return m_title->text();
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::change() const
{
    return m_change->text();
}

} // namespace relais
