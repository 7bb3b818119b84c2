#include "catchqt.h"
#include "viewtesting.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <views/help/userguidewindow.h>

using namespace relais;

namespace {

const QLocale french(QLocale::French, QLocale::France);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// The Markdown of a guide, as embedded.
QString markdown(const QLocale &locale)
{
    // qrc:/guide/… is :/guide/… to QFile.
    QFile file(UserGuideWindow::guideUrl(locale).toString().mid(3));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QStringList captures(const QString &text, const QString &pattern)
{
    QStringList found;
    for (const auto &match : QRegularExpression(pattern).globalMatch(text))
        found << match.captured(1);
    return found;
}

// The images the guide's Markdown shows, and the in-page links it makes ("#anchor").
QStringList markdownImages(const QString &text)
{
    return captures(text, QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
}

QStringList markdownAnchorLinks(const QString &text)
{
    return captures(text, QStringLiteral(R"(\]\(#([^)\s]+)\))"));
}

QList<QTextFragment> fragments(const QTextDocument &document)
{
    QList<QTextFragment> all;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            all << it.fragment();
    }
    return all;
}

QImage imageOf(const QVariant &resource)
{
    if (resource.typeId() == QMetaType::QImage)
        return resource.value<QImage>();
    if (resource.typeId() == QMetaType::QPixmap)
        return resource.value<QPixmap>().toImage();
    return QImage::fromData(resource.toByteArray());
}

// Every label of the interface in English (the source strings) or in French (their
// translations), accelerators removed.
QSet<QString> interfaceLabels(const QLocale &locale)
{
    QFile file(QStringLiteral(RELAIS_TS_FR));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QLatin1String element(locale == french ? "translation" : "source");
    QSet<QString> labels;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            labels.insert(xml.readElementText(QXmlStreamReader::IncludeChildElements)
                              .remove(QLatin1Char('&')));
    }
    return labels;
}

// Restores the default locale a test changes.
struct DefaultLocale
{
    QLocale before;
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(before); }
};

} // namespace

TEST_CASE("The user guide is in the interface's language", "[userguide]")
{
    SECTION("French")
    {
        UserGuideWindow window(french);
        CHECK(window.browser()->source() == QUrl(QStringLiteral("qrc:/guide/user-guide.fr.md")));
        const QString text = window.browser()->document()->toPlainText();
        CHECK(text.contains(QStringLiteral("Réunir le conseil d’acteurs")));
        CHECK(text.contains(QStringLiteral("Vos données")));
        CHECK_FALSE(text.contains(QStringLiteral("Run an actors' council")));
    }
    SECTION("English")
    {
        UserGuideWindow window(english);
        CHECK(window.browser()->source() == QUrl(QStringLiteral("qrc:/guide/user-guide.en.md")));
        const QString text = window.browser()->document()->toPlainText();
        CHECK(text.contains(QStringLiteral("Run an actors' council")));
        CHECK(text.contains(QStringLiteral("Your data")));
    }
    SECTION("Any other language reads the English guide")
    {
        UserGuideWindow window(QLocale(QLocale::German, QLocale::Germany));
        CHECK(window.browser()->source() == QUrl(QStringLiteral("qrc:/guide/user-guide.en.md")));
    }
    SECTION("Help > User guide follows the interface, and opens one window")
    {
        DefaultLocale locale(french);
        QWidget parent;
        UserGuideWindow *first = UserGuideWindow::showFor(&parent);
        REQUIRE(first);
        CHECK(first->isVisible());
        CHECK(first->browser()->source().toString().endsWith(QStringLiteral(".fr.md")));
        CHECK(UserGuideWindow::showFor(&parent) == first);
        CHECK(parent.findChildren<UserGuideWindow *>().size() == 1);
    }
}

TEST_CASE("Every image of the user guide loads", "[userguide]")
{
    for (const QLocale &locale : { french, english }) {
        INFO(locale.name().toStdString());
        UserGuideWindow window(locale);
        const QStringList expected = markdownImages(markdown(locale));
        REQUIRE(expected.size() >= 10);

        QStringList shown;
        const QTextDocument &document = *window.browser()->document();
        for (const QTextFragment &fragment : fragments(document)) {
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            shown << name;
            INFO(name.toStdString());
            const QImage image = imageOf(
                window.browser()->document()->resource(QTextDocument::ImageResource, QUrl(name)));
            CHECK_FALSE(image.isNull());
        }
        CHECK(shown == expected);
        // The French guide shows the French screenshots where there are some.
        if (locale == french) {
            CHECK(expected.contains(QStringLiteral("screenshots/dashboard_fr.png")));
            CHECK_FALSE(expected.contains(QStringLiteral("screenshots/dashboard.png")));
        }
    }
}

TEST_CASE("Every link within the user guide leads somewhere", "[userguide]")
{
    for (const QLocale &locale : { french, english }) {
        INFO(locale.name().toStdString());
        UserGuideWindow window(locale);
        QSet<QString> anchors;
        for (const QTextFragment &fragment : fragments(*window.browser()->document())) {
            const QStringList names = fragment.charFormat().anchorNames();
            anchors.unite(QSet<QString>(names.begin(), names.end()));
        }
        const QStringList links = markdownAnchorLinks(markdown(locale));
        REQUIRE(links.size() >= 8);
        for (const QString &link : links) {
            INFO(link.toStdString());
            CHECK(anchors.contains(link));
        }

        // The table of contents: one entry per section, each leading to its heading.
        QTreeWidget *contents = window.contents();
        REQUIRE(contents->topLevelItemCount() >= 8);
        for (int i = 0; i < contents->topLevelItemCount(); ++i) {
            const QString anchor = contents->topLevelItem(i)->data(0, Qt::UserRole).toString();
            INFO(contents->topLevelItem(i)->text(0).toStdString());
            CHECK(anchors.contains(anchor));
        }
    }
}

TEST_CASE("The user guide goes to a section and back", "[userguide]")
{
    UserGuideWindow window(english);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTextBrowser *browser = window.browser();
    QScrollBar *scroll = browser->verticalScrollBar();
    // The document is laid out, and its images fitted to the page, after a moment.
    QTest::qWait(300);
    CHECK(scroll->value() == 0);

    QTreeWidget *contents = window.contents();
    QTreeWidgetItem *lastSection = contents->topLevelItem(contents->topLevelItemCount() - 1);
    CHECK(lastSection->text(0) == QStringLiteral("Keyboard shortcuts"));
    emit contents->itemActivated(lastSection, 0);
    CHECK(browser->source().fragment() == QStringLiteral("keyboard-shortcuts"));

    CHECK(eventually([&] { return scroll->value() > 0; }));
    CHECK(browser->isBackwardAvailable());

    // A section in the middle: its heading at the top of the page.
    QTreeWidgetItem *serd
        = contents->findItems(QStringLiteral("Run the SERD"), Qt::MatchExactly).value(0);
    REQUIRE(serd);
    emit contents->itemActivated(serd, 0);
    QTextBlock heading = browser->document()->begin();
    while (heading.isValid()
        && (heading.blockFormat().headingLevel() == 0
            || heading.text() != QStringLiteral("Run the SERD")))
        heading = heading.next();
    REQUIRE(heading.isValid());
    const qreal top = browser->document()->documentLayout()->blockBoundingRect(heading).top();
    CHECK(top > 0);
    CHECK(std::abs(scroll->value() - top) < 2);

    browser->backward();
    CHECK(browser->source().fragment() == QStringLiteral("keyboard-shortcuts"));
    browser->backward();
    CHECK(browser->source().fragment().isEmpty());
    CHECK(eventually([&] { return scroll->value() == 0; }));
}

TEST_CASE("The user guide finds words", "[userguide]")
{
    UserGuideWindow window(french);
    CHECK(window.find(QStringLiteral("conseil d’acteurs")));
    CHECK(window.browser()->textCursor().selectedText().toLower()
        == QStringLiteral("conseil d’acteurs"));
    const int first = window.browser()->textCursor().position();
    CHECK(window.find(QStringLiteral("conseil d’acteurs")));
    CHECK(window.browser()->textCursor().position() > first);
    // Backwards from there: the first one again.
    CHECK(window.find(QStringLiteral("conseil d’acteurs"), true));
    CHECK(window.browser()->textCursor().position() < first + 1);
    CHECK_FALSE(window.find(QStringLiteral("xyzzy")));
}

TEST_CASE("The menus the guide names are the interface's", "[userguide]")
{
    for (const QLocale &locale : { french, english }) {
        INFO(locale.name().toStdString());
        const QSet<QString> labels = interfaceLabels(locale);
        // "**Fichier > Importer…**", the lines of the Markdown joined.
        const QString text = markdown(locale).simplified();
        const QStringList paths = captures(text, QStringLiteral(R"(\*\*([^*]+ > [^*]+)\*\*)"));
        REQUIRE(paths.size() >= 15);
        for (const QString &path : paths) {
            for (const QString &label : path.split(QStringLiteral(" > "))) {
                INFO(path.toStdString());
                CHECK(labels.contains(label));
            }
        }
    }
}

TEST_CASE("User guide: screenshots", "[.screenshots]")
{
    const QString folder
        = qEnvironmentVariable("RELAIS_SCREENSHOTS", QStringLiteral("/tmp/relais-screenshots"));
    QDir().mkpath(folder);
    for (const QLocale &locale : { french, english }) {
        UserGuideWindow window(locale);
        window.resize(1040, 740);
        window.show();
        QTest::qWait(300);
        window.grab().save(
            folder + QStringLiteral("/user-guide_%1.png").arg(locale.name().left(2)));
        QTreeWidget *contents = window.contents();
        emit contents->itemActivated(contents->topLevelItem(1), 0);
        QTest::qWait(100);
        window.grab().save(
            folder + QStringLiteral("/user-guide-council_%1.png").arg(locale.name().left(2)));
    }
}
