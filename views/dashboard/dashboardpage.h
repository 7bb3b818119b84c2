#pragma once

#include "chartpanel.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QPushButton;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace relais {

class Database;
class FigureTile;
class FlowGrid;

// The Dashboard area: a year chosen at the top, its headline figures in tiles with the
// change from the year before, and the indicator charts in a grid (two columns on a
// laptop, three on a large screen). Clicking a bar or slice asks for the matching list.
// The figures are read when the page is shown after a change, not on every change.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Database &database, QWidget *parent = nullptr);

    QComboBox *yearChooser() const { return m_year; }
    // 0 when the file has nothing to show.
    int currentYear() const;
    void setYear(int year);
    QList<FigureTile *> tiles() const { return m_tiles; }
    QList<ChartPanel *> chartPanels() const { return m_panels; }
    ChartPanel *chartPanel(IndicatorChart chart) const;
    // What the charts are drawn from, as last read; null before the first reading.
    const ChartData *chartData() const { return m_data.get(); }
    // Whether the page shows the sentence of an empty file instead of figures.
    bool isEmptyState() const;
    QString emptyText() const;
    void setFileChooser(const ChartPanel::FileChooser &chooser);
    // The widget that takes the focus when the area is shown.
    QWidget *focusWidget() const;

public slots:
    // Reads the years and the chosen year's figures again.
    void refresh();

signals:
    void openRequested(const relais::ChartTarget &target);
    // The Annual review… button: print the review of this year.
    void reviewRequested(int year);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillYears();
    void showYear();

    Database &m_database;
    bool m_stale = true;
    QPushButton *m_review = nullptr;
    QList<int> m_years; // newest first
    std::shared_ptr<const ChartData> m_data;
    QComboBox *m_year;
    QLabel *m_comparison;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    FlowGrid *m_tileGrid;
    FlowGrid *m_chartGrid;
    QList<FigureTile *> m_tiles;
    QList<ChartPanel *> m_panels;
};

} // namespace relais
