#pragma once

#include "catchqt.h"

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

// The child widget of this name, which the test requires.
template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    REQUIRE(found);
    return found;
}

// Keyboard helpers for widget tests: type into whatever has the focus, as a person at
// the keyboard does.
inline QWidget *focused()
{
    return QApplication::focusWidget();
}

inline QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

// QTest::keyClicks only knows ASCII; "Élodie Sénéchal" needs the accented letters too.
inline void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = focused();
        if (c.unicode() < 0x80) {
            QTest::keyClick(target, char(c.unicode()));
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QApplication::sendEvent(target, &release);
        }
    }
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// Answers the next modal message box by clicking the button with this text.
inline void answerNextMessageBox(const QString &buttonText, QString *seenText = nullptr)
{
    QTimer::singleShot(0, [buttonText, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seenText)
            *seenText = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

// What a file dialog offered before it was answered.
struct FileDialogOffer
{
    QStringList nameFilters;
    QString proposedFile; // the file selected when it opened, folder included
};

// Answers the next file dialog as a person would: chooses `path` (and the name filter at
// `nameFilter`, when one is given), then accepts it through QFileDialog's own checks.
// A file dialog runs its own event loop, so it is looked for every 10 ms.
inline void answerNextFileDialog(
    const QString &path, FileDialogOffer *seen = nullptr, int nameFilter = -1)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, path, seen, nameFilter] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        if (seen)
            *seen = { dialog->nameFilters(), dialog->selectedFiles().value(0) };
        if (nameFilter >= 0)
            dialog->selectNameFilter(dialog->nameFilters().value(nameFilter));
        // Typed into the name field: selectFile() leaves the field as it is while it has
        // the focus, and the dialog would save under the name it proposed.
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, checks and all
    });
    poll->start();
}

// Waits (processing events) until the condition holds, at most `ms`. For Catch:
// REQUIRE(eventually([&] { return …; })). Qt's QTRY_VERIFY would return from the test
// case on failure without Catch noticing.
template<typename Condition> bool eventually(Condition condition, int ms = 3000)
{
    return QTest::qWaitFor(condition, ms);
}

// Shows a window and waits until it has the keyboard: active, and the focus inside it
// (the offscreen platform may report a window-modal card active while the keyboard
// is still with the window under it).
inline bool showActive(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window) && eventually([window] {
        if (QApplication::activeWindow() != window)
            window->activateWindow();
        QWidget *focus = QApplication::focusWidget();
        return QApplication::activeWindow() == window && (!focus || focus->window() == window);
    });
}
