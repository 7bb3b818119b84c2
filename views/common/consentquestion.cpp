#include "consentquestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace relais {

namespace {

struct ConsentQuestion
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConsentQuestion)
};

} // namespace

std::optional<Unasked> askAboutUnasked(
    QWidget *parent, const QString &title, int unasked, int total, int refused)
{
    if (unasked <= 0)
        return Unasked::LeaveOut;
    QMessageBox box(QMessageBox::Warning, title,
        ConsentQuestion::tr("%1 of the %Ln people have not agreed to be contacted by e-mail: "
                            "nobody has asked them yet.",
            nullptr, total)
            .arg(unasked),
        QMessageBox::NoButton, parent);
    QString details = ConsentQuestion::tr(
        "Leave them out unless they told you they agree; record their answer on their card.");
    if (refused > 0)
        details += QLatin1Char(' ')
            + ConsentQuestion::tr(
                "%Ln who refused or withdrew their consent are left out in any case.", nullptr,
                refused);
    box.setInformativeText(details);
    QPushButton *leaveOut
        = box.addButton(ConsentQuestion::tr("Leave them out"), QMessageBox::AcceptRole);
    QPushButton *include = box.addButton(ConsentQuestion::tr("Include them"), QMessageBox::YesRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(leaveOut);
    box.exec();
    if (box.clickedButton() == leaveOut)
        return Unasked::LeaveOut;
    if (box.clickedButton() == include)
        return Unasked::Include;
    return std::nullopt;
}

} // namespace relais
