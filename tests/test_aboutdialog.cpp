#include "catchqt.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTest>
#include <views/common/aboutdialog.h>

using namespace relais;

namespace {

QString labelText(const QDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

// Sets the application version for one test.
struct Version
{
    QString before = QCoreApplication::applicationVersion();
    explicit Version(const QString &version) { QCoreApplication::setApplicationVersion(version); }
    ~Version() { QCoreApplication::setApplicationVersion(before); }
};

} // namespace

TEST_CASE("About dialog", "[aboutdialog]")
{
    Version version(QStringLiteral("0.1.0"));
    AboutDialog dialog(QStringLiteral("3.40.1"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(labelText(dialog, "version") == QStringLiteral("Version 0.1.0"));
    CHECK(labelText(dialog, "libraries").contains(QStringLiteral("SQLite 3.40.1")));
    CHECK(labelText(dialog, "libraries").contains(QString::fromLatin1(qVersion())));
    CHECK(labelText(dialog, "licence").contains(QStringLiteral("either version 3")));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("About dialog without an SQLite version", "[aboutdialog]")
{
    AboutDialog dialog;
    CHECK_FALSE(labelText(dialog, "libraries").contains(QStringLiteral("SQLite")));
}

TEST_CASE("About dialog: screenshot", "[.screenshots]")
{
    Version version(QStringLiteral("0.1.0"));
    const QString folder
        = qEnvironmentVariable("RELAIS_SCREENSHOTS", QStringLiteral("/tmp/relais-screenshots"));
    QDir().mkpath(folder);
    const QIcon icon = QApplication::windowIcon();
    QApplication::setWindowIcon(QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon));
    AboutDialog dialog(QStringLiteral("3.40.1"));
    QApplication::setWindowIcon(icon);
    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(folder + QStringLiteral("/about.png"));
}
