#include "userguidewindow.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <algorithm>

// The guide's resources live in this static library: without a reference to them the
// linker would leave them out of the program. Outside any namespace, as Qt requires.
static void initGuideResources()
{
    Q_INIT_RESOURCE(guide);
}

namespace relais {

namespace {

// The anchor GitHub gives a heading, so that "#links" work on the web and here alike:
// lower case, punctuation dropped (letters, digits, "_" and "-" kept), spaces to "-".
QString headingSlug(const QString &heading)
{
    QString slug;
    for (const QChar c : heading.toLower()) {
        if (c == QLatin1Char(' '))
            slug += QLatin1Char('-');
        else if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_')
            || c == QLatin1Char('-'))
            slug += c;
    }
    return slug;
}

// The size of an image the guide shows, read from its file's header: the document would
// decode every image to tell it, where only those scrolled to need to be.
QSize imageSize(const QUrl &source, const QString &name)
{
    const QUrl url = source.resolved(QUrl(name));
    return QImageReader(
        url.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + url.path() : url.toLocalFile())
        .size();
}

// The tallest a screenshot is shown, so that a printed page fits on the screen whole.
constexpr int maxImageHeight = 560;

} // namespace

UserGuideWindow::UserGuideWindow(const QLocale &locale, QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_fitTimer(new QTimer(this))
{
    initGuideResources();
    setWindowTitle(tr("Relais User Guide"));
    setObjectName(QStringLiteral("userGuide"));

    m_browser->setObjectName(QStringLiteral("browser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->viewport()->installEventFilter(this);
    m_browser->document()->setDocumentMargin(16);

    m_contents->setObjectName(QStringLiteral("contents"));
    m_contents->setHeaderLabel(tr("Contents"));
    m_contents->header()->hide();
    m_contents->setRootIsDecorated(false);
    m_contents->setIndentation(14);
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        QUrl url = m_browser->source();
        url.setFragment(item->data(0, Qt::UserRole).toString());
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    });
    connect(m_contents, &QTreeWidget::itemClicked, m_contents, &QTreeWidget::itemActivated);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigation"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), m_browser,
        &QTextBrowser::backward);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"),
        m_browser, &QTextBrowser::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    QAction *home = bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp),
        tr("&Top of the guide"), m_browser, &QTextBrowser::home);
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    bar->addWidget(m_findStatus);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setPlaceholderText(tr("Find in the guide (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(220);
    m_find->installEventFilter(this);
    bar->addWidget(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_findStatus->clear(); });

    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto *findNext = new QAction(tr("Find next"), this);
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { find(m_find->text()); });
    auto *findPrevious = new QAction(tr("Find previous"), this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { find(m_find->text(), true); });
    auto *zoomIn = new QAction(tr("Zoom in"), this);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, this, [this] { m_browser->zoomIn(); });
    auto *zoomOut = new QAction(tr("Zoom out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { m_browser->zoomOut(); });
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addActions({ findAction, findNext, findPrevious, zoomIn, zoomOut, close });

    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(80);
    connect(m_fitTimer, &QTimer::timeout, this, &UserGuideWindow::fitImages);

    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::prepareDocument);
    m_browser->setSource(guideUrl(locale), QTextDocument::MarkdownResource);
    // The contents as wide as their longest title, within reason.
    m_contents->resizeColumnToContents(0);
    const int contentsWidth = std::clamp(m_contents->columnWidth(0) + m_contents->frameWidth() * 2
            + m_contents->verticalScrollBar()->sizeHint().width(),
        200, 340);
    splitter->setSizes({ contentsWidth, 1040 - contentsWidth });

    QSize size(1040, 740);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    m_browser->setFocus();
}

UserGuideWindow *UserGuideWindow::showFor(QWidget *parent)
{
    UserGuideWindow *window = parent
        ? parent->findChild<UserGuideWindow *>(QString(), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (!window) {
        // QLocale() is the interface's language: installTranslations() makes it so.
        window = new UserGuideWindow(QLocale(), parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QUrl UserGuideWindow::guideUrl(const QLocale &locale)
{
    return QUrl(locale.language() == QLocale::French
            ? QStringLiteral("qrc:/guide/user-guide.fr.md")
            : QStringLiteral("qrc:/guide/user-guide.en.md"));
}

bool UserGuideWindow::find(const QString &text, bool backward)
{
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // From the other end again, as browsers do.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    showFound(found);
    return found;
}

void UserGuideWindow::showFound(bool found)
{
    m_findStatus->setText(found ? QString() : tr("Not found"));
    QPalette palette = m_find->palette();
    if (found)
        palette = QPalette();
    else
        palette.setColor(QPalette::Base, QColor(0xff, 0xe0, 0xe0));
    m_find->setPalette(palette);
}

bool UserGuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_find->clear();
            m_browser->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            find(m_find->text(), true);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void UserGuideWindow::prepareDocument(const QUrl &source)
{
    // A link within the page changes the source too, and leaves the document as it was:
    // only a guide just (re)loaded, its headings without anchors, is prepared (and the
    // contents, maybe being clicked, are left alone otherwise).
    QTextBlock heading = m_browser->document()->begin();
    while (heading.isValid()
        && (heading.blockFormat().headingLevel() == 0 || heading.text().isEmpty()))
        heading = heading.next();
    if (heading.isValid() && heading.begin().fragment().charFormat().anchorNames().isEmpty()) {
        addHeadingAnchors();
        buildContents();
        fitImages();
        // The browser looked for the anchor before the headings had any.
        if (source.hasFragment())
            m_browser->scrollToAnchor(source.fragment());
    }
}

void UserGuideWindow::addHeadingAnchors()
{
    QTextDocument *document = m_browser->document();
    QSet<QString> taken;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
            continue;
        const QString base = headingSlug(block.text());
        QString slug = base;
        for (int n = 1; taken.contains(slug); ++n)
            slug = base + QLatin1Char('-') + QString::number(n);
        taken.insert(slug);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({ slug });
        cursor.mergeCharFormat(format);
    }
    document->setModified(false);
}

void UserGuideWindow::buildContents()
{
    m_contents->clear();
    QTreeWidgetItem *section = nullptr;
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3 || block.text().isEmpty())
            continue;
        const QStringList anchors = block.begin().fragment().charFormat().anchorNames();
        QTreeWidgetItem *item = level == 2 || !section ? new QTreeWidgetItem(m_contents)
                                                       : new QTreeWidgetItem(section);
        item->setText(0, block.text());
        item->setToolTip(0, block.text());
        item->setData(0, Qt::UserRole, anchors.value(0));
        if (level == 2) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            section = item;
        }
    }
    m_contents->expandAll();
}

void UserGuideWindow::fitImages()
{
    QTextDocument *document = m_browser->document();
    const qreal available = m_browser->viewport()->width() - 2 * document->documentMargin() - 8;
    if (available < 100)
        return;
    const bool modified = document->isModified();
    // Collected first: formatting a fragment while walking them could merge fragments.
    QList<std::pair<QTextFragment, QTextImageFormat>> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                images.append({ it.fragment(), it.fragment().charFormat().toImageFormat() });
        }
    }
    // One edit: the document is laid out again once, not once per image.
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (auto [fragment, format] : images) {
        const QSizeF natural = imageSize(m_browser->source(), format.name());
        if (natural.isEmpty())
            continue;
        qreal width = std::min(natural.width(), available);
        width = std::min(width, natural.width() * maxImageHeight / natural.height());
        if (qFuzzyCompare(format.width(), width))
            continue;
        format.setWidth(width);
        format.setHeight(width * natural.height() / natural.width());
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
    document->setModified(modified);
}

} // namespace relais
