#include "anonymiseaction.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <models/commands/commands.h>
#include <models/db/anonymiser.h>
#include <models/db/databaseerror.h>

namespace relais {

int AnonymiseAction::confirmAndRun(
    QWidget *parent, Database &database, Commands &commands, const QList<qint64> &contactIds)
{
    const QString title = tr("Anonymise");
    AnonymisationPreview preview;
    try {
        preview = Anonymiser(database).preview(contactIds);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(parent, title, error.message());
        return 0;
    }
    if (preview.contacts == 0) {
        QMessageBox::information(parent, title,
            preview.alreadyAnonymised > 0
                ? tr("The selected people are already anonymised.")
                : tr("Select the contacts to anonymise in the Contacts list first."));
        return 0;
    }

    QStringList erased;
    erased << tr("names, civility and notes")
           << tr("%Ln e-mail address(es)", nullptr, preview.emails)
           << tr("%Ln phone number(s)", nullptr, preview.phones)
           << tr("consents and roles in organisations")
           << tr("their name and details in the notes of interactions and follow-ups, the "
                 "audit trail and the import history");
    // What stays, as far as there is any.
    QStringList kept;
    if (preview.invitations > 0)
        kept << tr("%Ln meeting invitation(s) and attendance(s)", nullptr, preview.invitations);
    if (preview.trainingHalfDays > 0)
        kept << tr("%Ln training half-day(s)", nullptr, preview.trainingHalfDays);
    if (preview.serdActions > 0)
        kept << tr("%Ln SERD action(s) as contact person", nullptr, preview.serdActions);
    if (preview.interactions > 0)
        kept << tr("%Ln interaction(s)", nullptr, preview.interactions);
    kept << tr("commune, type and relay-actor status");
    const auto bullets = [](const QStringList &lines) {
        QString html = QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };

    QMessageBox box(QMessageBox::Warning, title,
        tr("Anonymise %Ln person(s)? This cannot be undone.", nullptr, preview.contacts),
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::RichText);
    QString details = QStringLiteral("<p>%1</p>%2<p>%3</p>%4")
                          .arg(tr("Erased for good:").toHtmlEscaped(), bullets(erased),
                              tr("Kept under the label “Anonymised person”, so that every past "
                                 "figure and report stays the same:")
                                  .toHtmlEscaped(),
                              bullets(kept));
    if (preview.alreadyAnonymised > 0)
        details += QStringLiteral("<p>%1</p>")
                       .arg(tr("%Ln of the selected people are already anonymised and are left "
                               "as they are.",
                           nullptr, preview.alreadyAnonymised)
                                .toHtmlEscaped());
    details += QStringLiteral("<p>%1</p>")
                   .arg(tr("Backups made before today keep the old values until the rotation "
                           "deletes them. Edit > Undo is emptied.")
                            .toHtmlEscaped());
    box.setInformativeText(details);
    QPushButton *anonymise = box.addButton(
        tr("Anonymise %Ln person(s)", nullptr, preview.contacts), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != anonymise)
        return 0;

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<int> count = commands.anonymiseContacts(contactIds);
    QGuiApplication::restoreOverrideCursor();
    if (!count) {
        QMessageBox::warning(parent, title, commands.lastError());
        return 0;
    }
    if (!commands.lastError().isEmpty())
        QMessageBox::warning(parent, title, commands.lastError());
    return *count;
}

} // namespace relais
