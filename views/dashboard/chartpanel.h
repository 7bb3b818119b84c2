#pragma once

#include "views/charts/indicatorcharts.h"

#include <QFrame>
#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace relais {

// One chart of the dashboard: drawn from the year's data, or a sentence when there is
// nothing to draw; copied or saved as PNG from its buttons or context menu; a click on a
// bar or slice asks for the matching list.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    // Asks where to save: (parent, dialog title, suggested path) → chosen path, empty to
    // cancel. A file dialog unless replaced (tests).
    using FileChooser
        = std::function<QString(QWidget *parent, const QString &title, const QString &suggested)>;

    ChartPanel(IndicatorChart chart, QWidget *parent = nullptr);

    IndicatorChart chart() const { return m_chart; }
    void setData(std::shared_ptr<const ChartData> data);
    bool isEmptyState() const;
    QString emptyText() const;
    QChartView *view() const { return m_view; }
    QToolButton *copyButton() const { return m_copyButton; }
    QToolButton *saveButton() const { return m_saveButton; }
    // "Partners mobilised by type 2014.png"
    QString suggestedFileName() const;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // The chart as an image, at the size copies and saved files have.
    QImage image() const;
    // Writes the PNG; false, after telling the user why, when it could not be written.
    bool saveImage(const QString &path);

public slots:
    void copyImage();
    void saveAs();

signals:
    void targetActivated(const relais::ChartTarget &target);

private:
    void connectClicks();
    void activate(int index);
    void setHovered(bool hovered);

    IndicatorChart m_chart;
    std::shared_ptr<const ChartData> m_data;
    QList<ChartTarget> m_targets;
    FileChooser m_chooseFile;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QToolButton *m_copyButton;
    QToolButton *m_saveButton;
};

} // namespace relais
