#pragma once

#include <QLocale>
#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace relais {

// Help > User guide: the guide in docs/user-guide.<language>.md, embedded in the
// resources, with its screenshots, a table of contents, Back and Forward, and a find
// field. Links to the web open in the system's browser.
class UserGuideWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The guide in the language of `locale`: French for French, English otherwise.
    explicit UserGuideWindow(const QLocale &locale = QLocale(), QWidget *parent = nullptr);

    // The guide over `parent` in the interface's language: the one already open, raised,
    // or a new one.
    static UserGuideWindow *showFor(QWidget *parent);
    // Where the guide of that language is in the resources.
    static QUrl guideUrl(const QLocale &locale);

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    // Selects the next (or previous) occurrence of `text`, from the top again after the
    // last one; false when the guide does not hold it.
    bool find(const QString &text, bool backward = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A guide just loaded: its headings get the anchors GitHub would give them, so that
    // the same "#links" work in both, and the table of contents is rebuilt.
    void prepareDocument(const QUrl &source);
    void addHeadingAnchors();
    void buildContents();
    // Screenshots at most as wide as the page and not taller than a screen's worth.
    void fitImages();
    void showFound(bool found);

    QTextBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QAction *m_back;
    QAction *m_forward;
    QTimer *m_fitTimer;
};

} // namespace relais
