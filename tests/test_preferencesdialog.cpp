#include "catchqt.h"
#include "scratchsettings.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <models/db/settingsrepository.h>
#include <views/common/logopicker.h>
#include <views/common/preferencesdialog.h>

using namespace relais;

namespace {

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void press(PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(which), Qt::LeftButton);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// A wide logo, as scanned letterheads often are, saved as a file to choose.
QString writeImage(const QString &folder, QSize size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(0, 0), size / 2), QColor(0x2e, 0x7d, 0x32));
    painter.end();
    const QString path = folder + QStringLiteral("/logo.") + QLatin1String(format);
    REQUIRE(image.save(path, format));
    return path;
}

} // namespace

TEST_CASE("Preferences save the programme's name and organisation", "[preferencesdialog]")
{
    ScratchSettings scratch;
    TestDatabase db;
    QSignalSpy changed(&db->notifier(), &ChangeNotifier::settingsChanged);
    PreferencesDialog dialog(&db.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    replaceText(child<QLineEdit>(&dialog, "programmeName"),
        QStringLiteral("Programme local de prevention des dechets"));
    replaceText(child<QLineEdit>(&dialog, "organisationName"),
        QStringLiteral("  Mulhouse Alsace Agglomeration "));
    press(dialog, QDialogButtonBox::Ok);

    CHECK(dialog.result() == QDialog::Accepted);
    const ProgrammeSettings saved = SettingsRepository(db.get()).programme();
    CHECK(saved.programmeName == QStringLiteral("Programme local de prevention des dechets"));
    CHECK(saved.organisationName == QStringLiteral("Mulhouse Alsace Agglomeration"));
    CHECK(saved.logo.isEmpty());
    CHECK(changed.count() == 1);

    SECTION("and show them the next time")
    {
        PreferencesDialog again(&db.get());
        CHECK(child<QLineEdit>(&again, "programmeName")->text() == saved.programmeName);
        CHECK(child<QLineEdit>(&again, "organisationName")->text() == saved.organisationName);
    }
    SECTION("OK without a change writes nothing")
    {
        PreferencesDialog again(&db.get());
        again.show();
        press(again, QDialogButtonBox::Ok);
        CHECK(changed.count() == 1);
    }
}

TEST_CASE("Preferences: the logo round-trips through the file", "[preferencesdialog]")
{
    ScratchSettings scratch;
    TestDatabase db;
    const QString file = writeImage(db.folder(), { 1200, 400 }, "png");

    PreferencesDialog dialog(&db.get());
    dialog.show();
    auto *logo = child<LogoPicker>(&dialog, "logo");
    CHECK(child<QLabel>(logo, "preview")->text() == QStringLiteral("No logo"));
    CHECK_FALSE(child<QPushButton>(logo, "removeLogo")->isEnabled());
    REQUIRE(logo->loadFile(file));
    CHECK_FALSE(child<QLabel>(logo, "preview")->pixmap().isNull());
    press(dialog, QDialogButtonBox::Ok);

    const QByteArray stored = SettingsRepository(db.get()).programme().logo;
    QImage image;
    REQUIRE(image.loadFromData(stored, "PNG"));
    // Scaled to fit 600 × 300, proportions kept.
    CHECK(image.size() == QSize(600, 200));
    CHECK(image.pixelColor(10, 10) == QColor(0x2e, 0x7d, 0x32));
    CHECK(image.pixelColor(590, 190) == QColor(Qt::white));

    PreferencesDialog again(&db.get());
    again.show();
    auto *logoAgain = child<LogoPicker>(&again, "logo");
    CHECK(logoAgain->png() == stored);
    auto *remove = child<QPushButton>(logoAgain, "removeLogo");
    REQUIRE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(logoAgain->png().isEmpty());
    press(again, QDialogButtonBox::Ok);
    CHECK(SettingsRepository(db.get()).programme().logo.isEmpty());
}

TEST_CASE("Preferences: logo files", "[preferencesdialog]")
{
    QTemporaryDir folder;

    SECTION("a small JPEG is kept at its size")
    {
        QImage image;
        REQUIRE(image.loadFromData(
            LogoPicker::pngFromFile(writeImage(folder.path(), { 300, 120 }, "jpg")), "PNG"));
        CHECK(image.size() == QSize(300, 120));
    }
    SECTION("a tall one fits the height")
    {
        QImage image;
        REQUIRE(image.loadFromData(
            LogoPicker::pngFromFile(writeImage(folder.path(), { 400, 900 }, "png")), "PNG"));
        CHECK(image.size() == QSize(133, 300));
    }
    SECTION("a file that is no image is refused and changes nothing")
    {
        const QString path = folder.filePath(QStringLiteral("notes.png"));
        QFile text(path);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        LogoPicker picker;
        QString error;
        CHECK_FALSE(picker.loadFile(path, &error));
        CHECK(error.contains(QStringLiteral("notes.png")));
        CHECK(picker.png().isEmpty());
    }
}

TEST_CASE("Preferences: Cancel saves nothing", "[preferencesdialog]")
{
    ScratchSettings scratch;
    TestDatabase db;
    ProgrammeSettings before;
    before.programmeName = QStringLiteral("PLP");
    before.organisationName = QStringLiteral("m2A");
    SettingsRepository(db.get()).setProgramme(before);
    QSettings().setValue(PreferencesDialog::languageKey(), QStringLiteral("en"));
    QSignalSpy changed(&db->notifier(), &ChangeNotifier::settingsChanged);

    PreferencesDialog dialog(&db.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(child<QComboBox>(&dialog, "language")->currentData().toString() == QStringLiteral("en"));
    replaceText(child<QLineEdit>(&dialog, "programmeName"), QStringLiteral("Something else"));
    REQUIRE(
        child<LogoPicker>(&dialog, "logo")->loadFile(writeImage(db.folder(), { 100, 50 }, "png")));
    child<QComboBox>(&dialog, "language")->setCurrentIndex(1);

    SECTION("with the button")
    {
        press(dialog, QDialogButtonBox::Cancel);
    }
    SECTION("with Escape")
    {
        QTest::keyClick(&dialog, Qt::Key_Escape);
    }
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
    CHECK(SettingsRepository(db.get()).programme() == before);
    CHECK(changed.isEmpty());
    CHECK(QSettings().value(PreferencesDialog::languageKey()).toString() == QStringLiteral("en"));
}

TEST_CASE("Preferences: the interface language", "[preferencesdialog]")
{
    ScratchSettings scratch;
    PreferencesDialog dialog(nullptr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *language = child<QComboBox>(&dialog, "language");
    auto *note = child<QLabel>(&dialog, "languageNote");
    CHECK(language->currentText() == QStringLiteral("System default"));
    CHECK_FALSE(note->isVisible());

    // The keyboard way: focus the combo and pick "Français".
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    CHECK(language->currentData().toString() == QStringLiteral("fr"));
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("restart")));
    QTest::keyClick(language, Qt::Key_Up);
    CHECK_FALSE(note->isVisible());
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    press(dialog, QDialogButtonBox::Ok);
    CHECK(QSettings().value(PreferencesDialog::languageKey()).toString() == QStringLiteral("en"));
}

TEST_CASE("Preferences without an open file", "[preferencesdialog]")
{
    ScratchSettings scratch;
    PreferencesDialog dialog(nullptr);
    dialog.show();
    CHECK_FALSE(child<QGroupBox>(&dialog, "programmeGroup")->isEnabled());
    press(dialog, QDialogButtonBox::Ok);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Preferences: screenshots", "[.screenshots]")
{
    ScratchSettings scratch;
    TestDatabase db;
    const QString folder
        = qEnvironmentVariable("RELAIS_SCREENSHOTS", QStringLiteral("/tmp/relais-screenshots"));
    QDir().mkpath(folder);
    ProgrammeSettings programme;
    programme.programmeName = QStringLiteral("Programme local de prévention des déchets");
    programme.organisationName = QStringLiteral("Mulhouse Alsace Agglomération");
    programme.logo = LogoPicker::pngFromFile(writeImage(db.folder(), { 900, 300 }, "png"));
    SettingsRepository(db.get()).setProgramme(programme);

    PreferencesDialog dialog(&db.get());
    dialog.show();
    child<QComboBox>(&dialog, "language")->setCurrentIndex(1);
    QTest::qWait(50);
    dialog.grab().save(folder + QStringLiteral("/preferences.png"));

    PreferencesDialog closed(nullptr);
    closed.show();
    QTest::qWait(50);
    closed.grab().save(folder + QStringLiteral("/preferences-nofile.png"));
}
