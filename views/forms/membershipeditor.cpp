#include "membershipeditor.h"

#include "fieldmessage.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStringListModel>
#include <QVBoxLayout>

namespace relais {

MembershipEditor::MembershipEditor(QWidget *parent)
    : QWidget(parent)
    , m_names(new QStringListModel(this))
    , m_grid(new QGridLayout)
    , m_add(new QPushButton(tr("&Add an organisation"), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    // Its Alt shortcut reaches it; kept out of the Tab chain so that typing a card with one
    // organisation costs no extra keystroke.
    m_add->setFocusPolicy(Qt::NoFocus);
    m_add->setFlat(true);
    // The shortcut follows the translated mnemonic.
    const QKeySequence mnemonic = QKeySequence::mnemonic(m_add->text());
    m_add->setToolTip(mnemonic.isEmpty()
            ? tr("Add another organisation this person belongs to")
            : tr("Add another organisation this person belongs to (%1)")
                  .arg(mnemonic.toString(QKeySequence::NativeText)));
    connect(m_add, &QPushButton::clicked, this, &MembershipEditor::addRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    appendRow({});
}

void MembershipEditor::setOrganisationLookup(OrganisationLookup lookup)
{
    m_lookup = std::move(lookup);
    updateNotes();
}

void MembershipEditor::setMemberships(const QList<Membership> &memberships)
{
    // Lines are reused rather than rebuilt: a line created now would come last in the
    // card's Tab order, after Notes.
    const int wanted = std::max(1, int(memberships.size()));
    while (m_rows.size() > wanted)
        removeRow(int(m_rows.size()) - 1);
    while (m_rows.size() < wanted)
        appendRow({});
    for (int i = 0; i < m_rows.size(); ++i) {
        const Membership membership = memberships.value(i);
        Row &row = m_rows[i];
        const QSignalBlocker blockOrganisation(row.organisation);
        const QSignalBlocker blockRole(row.role);
        row.organisation->setText(membership.organisationName);
        row.role->setText(membership.role);
        row.organisationId = membership.organisationId;
        row.loadedName = membership.organisationName;
    }
    updateNotes();
}

QList<Membership> MembershipEditor::memberships() const
{
    QList<Membership> result;
    for (const Row &row : m_rows) {
        Membership membership;
        membership.organisationName = row.organisation->text().simplified();
        membership.role = row.role->text().simplified();
        if (!row.loadedName.isEmpty() && membership.organisationName == row.loadedName)
            membership.organisationId = row.organisationId;
        if (membership.organisationName.isEmpty() && membership.role.isEmpty())
            continue;
        result << membership;
    }
    return result;
}

void MembershipEditor::clearRoles()
{
    for (Row &row : m_rows)
        row.role->clear();
}

void MembershipEditor::showError(int row, const QString &message)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].message->showError(message);
}

void MembershipEditor::clearMessages()
{
    updateNotes();
}

QLineEdit *MembershipEditor::organisationEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].organisation : nullptr;
}

QLineEdit *MembershipEditor::roleEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].role : nullptr;
}

void MembershipEditor::addRow()
{
    appendRow({});
    m_rows.last().organisation->setFocus();
    emit edited();
}

void MembershipEditor::appendRow(const Membership &membership)
{
    Row row;
    row.organisation = new QLineEdit(membership.organisationName, this);
    row.organisation->setObjectName(QStringLiteral("organisation%1").arg(m_rows.size()));
    row.organisation->setPlaceholderText(tr("Organisation"));
    row.organisation->setAccessibleName(tr("Organisation"));
    row.organisation->setClearButtonEnabled(true);
    // The names are the database's answer for what is typed (accents and case aside):
    // shown as they come, not filtered again.
    auto *completer = new QCompleter(m_names, row.organisation);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(12);
    // Before the line edit asks its completer, which it does once the text has changed.
    connect(row.organisation, &QLineEdit::textEdited, this, [this](const QString &typed) {
        m_names->setStringList(m_lookup.suggest && !typed.trimmed().isEmpty()
                ? m_lookup.suggest(typed)
                : QStringList());
    });
    // Organisation names are long; the popup would otherwise be as narrow as the field.
    completer->popup()->setMinimumWidth(420);
    row.organisation->setCompleter(completer);
    row.role = new QLineEdit(membership.role, this);
    row.role->setObjectName(QStringLiteral("role%1").arg(m_rows.size()));
    row.role->setPlaceholderText(tr("Role (e.g. president)"));
    row.role->setAccessibleName(tr("Role"));
    row.remove = new QPushButton(QStringLiteral("✕"), this);
    row.remove->setFocusPolicy(Qt::NoFocus);
    row.remove->setFlat(true);
    row.remove->setToolTip(tr("Remove this organisation from the person's card"));
    row.remove->setFixedWidth(
        row.remove->fontMetrics().horizontalAdvance(QStringLiteral("✕")) + 16);
    row.message = new FieldMessage(row.organisation, this);
    row.organisationId = membership.organisationId;
    row.loadedName = membership.organisationName;

    connect(row.organisation, &QLineEdit::textChanged, this, [this] {
        updateNotes();
        emit edited();
    });
    connect(row.role, &QLineEdit::textChanged, this, &MembershipEditor::edited);
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove != remove)
                continue;
            if (m_rows.size() == 1) {
                // The first line stays, emptied, to keep its place in the Tab order.
                m_rows[i].organisation->clear();
                m_rows[i].role->clear();
                m_rows[i].organisationId = 0;
                m_rows[i].loadedName.clear();
            } else {
                removeRow(i);
            }
            break;
        }
        emit edited();
    });
    if (!m_rows.isEmpty()) {
        // Right after the line above in the Tab order, not at the end of the card.
        QWidget::setTabOrder(m_rows.last().role, row.organisation);
        QWidget::setTabOrder(row.organisation, row.role);
    }
    m_rows << row;
    relayout();
}

void MembershipEditor::removeRow(int index)
{
    const Row row = m_rows.takeAt(index);
    for (QWidget *widget :
        { static_cast<QWidget *>(row.organisation), static_cast<QWidget *>(row.role),
            static_cast<QWidget *>(row.remove), static_cast<QWidget *>(row.message) }) {
        m_grid->removeWidget(widget);
        widget->deleteLater();
        widget->hide();
    }
    relayout();
}

void MembershipEditor::relayout()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_grid->addWidget(m_rows[i].organisation, 2 * i, 0);
        m_grid->addWidget(m_rows[i].role, 2 * i, 1);
        m_grid->addWidget(m_rows[i].remove, 2 * i, 2);
        m_grid->addWidget(m_rows[i].message, 2 * i + 1, 0, 1, 3);
    }
}

// Says which typed names are not in the file yet, so that a misspelt organisation is
// noticed before it is created twice.
void MembershipEditor::updateNotes()
{
    for (Row &row : m_rows) {
        const QString name = row.organisation->text().simplified();
        if (!name.isEmpty() && m_lookup.exists && !m_lookup.exists(name))
            row.message->showNote(
                tr("\"%1\" is not in the file yet: it will be added as a new organisation.")
                    .arg(name));
        else
            row.message->clear();
    }
}

} // namespace relais
