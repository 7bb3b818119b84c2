#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &sqliteVersion, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Relais"));

    auto *icon = new QLabel(this);
    const QIcon windowIcon = QApplication::windowIcon();
    if (!windowIcon.isNull())
        icon->setPixmap(windowIcon.pixmap(64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setVisible(!windowIcon.isNull());

    auto *name = new QLabel(QStringLiteral("Relais"), this);
    name->setObjectName(QStringLiteral("name"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);

    QString version = QCoreApplication::applicationVersion();
    auto *versionLabel
        = textLabel(version.isEmpty() ? QString() : tr("Version %1").arg(version), this);
    versionLabel->setObjectName(QStringLiteral("version"));
    versionLabel->setVisible(!version.isEmpty());

    auto *summary = textLabel(tr("Keeps the network of a local waste-prevention programme: its "
                                 "actors, meetings, trainings and SERD actions, and the figures "
                                 "of its annual report."),
        this);

    auto *copyright = textLabel(tr("© 2026 the Relais developers"), this);
    // The standard short notice of the GPL, as its "How to Apply" section gives it.
    auto *licence = textLabel(
        tr("This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later "
           "version.<br><br>"
           "This program is distributed in the hope that it will be useful, but WITHOUT ANY "
           "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A "
           "PARTICULAR PURPOSE. See the GNU General Public License for more details.<br><br>"
           "You should have received a copy of the GNU General Public License along with this "
           "program. If not, see <a href=\"https://www.gnu.org/licenses/\">"
           "https://www.gnu.org/licenses/</a>."),
        this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);
    QFont smaller = licence->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    licence->setFont(smaller);

    QString libraries = tr("Qt %1").arg(QString::fromLatin1(qVersion()));
    if (!sqliteVersion.isEmpty())
        libraries += QStringLiteral(" · ") + tr("SQLite %1").arg(sqliteVersion);
    auto *librariesLabel = textLabel(tr("Runs on %1.").arg(libraries), this);
    librariesLabel->setObjectName(QStringLiteral("libraries"));
    librariesLabel->setFont(smaller);
    librariesLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(versionLabel);
    text->addSpacing(4);
    text->addWidget(summary);
    text->addWidget(copyright);
    text->addWidget(licence);
    text->addWidget(librariesLabel);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    setMinimumWidth(480);
    setMaximumWidth(560);
}

} // namespace relais
