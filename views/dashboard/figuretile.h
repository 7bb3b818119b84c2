#pragma once

#include <QFrame>

class QLabel;

namespace relais {

struct HeadlineFigure;

// A headline figure of the year: what it is, the figure in large, and its change from
// the year before.
class FigureTile : public QFrame
{
    Q_OBJECT
public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setFigure(const HeadlineFigure &figure);
    QString title() const;
    QString value() const;
    QString change() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace relais
