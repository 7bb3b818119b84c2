#include "confirmdeletion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace relais {

namespace {
class Deletion
{
    Q_DECLARE_TR_FUNCTIONS(relais::Deletion)
};
} // namespace

bool confirmDeletion(QWidget *parent, const QString &question, const QString &details)
{
    QMessageBox box(
        QMessageBox::Question, Deletion::tr("Delete"), question, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton *remove = box.addButton(Deletion::tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace relais
