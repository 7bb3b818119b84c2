#include "reassigndialog.h"

#include "models/item/referencelistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

ReassignDialog::ReassignDialog(Database &database, int count, qint64 current, QWidget *parent)
    : QDialog(parent)
    , m_staff(new ReferenceListModel(
          database, ReferenceList::StaffMember, ReferenceListModel::Options::ActiveOnly, this))
    , m_choice(new QComboBox(this))
    , m_current(current)
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Reassign"));
    setMinimumWidth(340);

    m_choice->setObjectName(QStringLiteral("staffMember"));
    m_choice->setModel(m_staff);
    m_choice->setMinimumContentsLength(24);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(tr("Assign %n follow-up(s) &to:", nullptr, count), this);
    label->setBuddy(m_choice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Reassign"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(label);
    layout->addWidget(m_choice);
    layout->addSpacing(8);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &ReassignDialog::updateButton);
    setStaffId(current);
    updateButton();
    m_choice->setFocus();
}

qint64 ReassignDialog::staffId() const
{
    return m_staff->idAt(m_choice->currentIndex());
}

void ReassignDialog::setStaffId(qint64 id)
{
    const int row = m_staff->rowOf(id);
    if (row >= 0)
        m_choice->setCurrentIndex(row);
}

void ReassignDialog::updateButton()
{
    const qint64 chosen = staffId();
    m_ok->setEnabled(chosen != 0 && chosen != m_current);
}

} // namespace relais
