#include "mergereferencedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

MergeReferenceDialog::MergeReferenceDialog(
    const ReferenceItem &from, int usage, const QList<ReferenceItem> &targets, QWidget *parent)
    : QDialog(parent)
    , m_from(from)
    , m_usage(usage)
    , m_target(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Merge \"%1\"").arg(from.name));

    for (const ReferenceItem &target : targets) {
        if (target.id == from.id)
            continue;
        m_target->addItem(
            target.retired ? tr("%1 (retired)").arg(target.name) : target.name, target.id);
    }
    // A long list (39 communes) is quicker to search by typing than by scrolling.
    m_target->setMaxVisibleItems(15);
    m_target->setMinimumContentsLength(24);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *intoLabel = new QLabel(tr("Merge \"%1\" &into:").arg(from.name), this);
    intoLabel->setBuddy(m_target);

    m_message->setWordWrap(true);
    m_message->setMinimumWidth(400);
    m_message->setTextFormat(Qt::PlainText);
    auto *undoNote = new QLabel(tr("Edit > Undo puts everything back as it was."), this);
    undoNote->setWordWrap(true);
    undoNote->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    merge->setEnabled(m_target->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(intoLabel);
    layout->addWidget(m_target);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addWidget(undoNote);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &MergeReferenceDialog::updateMessage);
    updateMessage();
}

qint64 MergeReferenceDialog::targetId() const
{
    return m_target->currentData().toLongLong();
}

void MergeReferenceDialog::setTargetId(qint64 id)
{
    const int index = m_target->findData(id);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void MergeReferenceDialog::updateMessage()
{
    const QString into
        = m_target->currentIndex() >= 0 ? m_target->itemText(m_target->currentIndex()) : QString();
    m_message->setText(m_usage == 0
            ? tr("No record uses \"%1\": it is simply removed from the list.").arg(m_from.name)
            : tr("%Ln record(s) will move from \"%1\" to \"%2\", and \"%1\" will be removed from "
                 "the list.",
                nullptr, m_usage)
                  .arg(m_from.name, into));
}

} // namespace relais
