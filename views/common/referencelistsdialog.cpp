#include "referencelistsdialog.h"

#include "referencelisteditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relais {

namespace {

QString tabTitle(ReferenceList list)
{
    switch (list) {
    case ReferenceList::ActorType:
        return ReferenceListsDialog::tr("Actor t&ypes");
    case ReferenceList::Domain:
        return ReferenceListsDialog::tr("D&omains");
    case ReferenceList::Commune:
        return ReferenceListsDialog::tr("&Communes");
    case ReferenceList::Tag:
        return ReferenceListsDialog::tr("Ta&gs");
    case ReferenceList::InteractionKind:
        return ReferenceListsDialog::tr("&Kinds of interaction");
    case ReferenceList::StaffMember:
        return ReferenceListsDialog::tr("Sta&ff");
    case ReferenceList::MeetingType:
        return ReferenceListsDialog::tr("M&eeting types");
    case ReferenceList::SerdCategory:
        return ReferenceListsDialog::tr("SERD c&ategories");
    case ReferenceList::SerdTopic:
        return ReferenceListsDialog::tr("SERD to&pics");
    case ReferenceList::StaffRole:
        return ReferenceListsDialog::tr("Staff &roles");
    }
    return {};
}

} // namespace

ReferenceListsDialog::ReferenceListsDialog(Database &database, Commands &commands, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Reference lists"));
    for (const ReferenceList list : allReferenceLists)
        m_tabs->addTab(new ReferenceListEditor(database, commands, list, m_tabs), tabTitle(list));

    auto *hint = new QLabel(tr("Changes are saved at once; Edit > Undo in the main window takes "
                               "them back one by one. Entries are never deleted: retire them, or "
                               "merge them into another."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return belongs to the editors (adding an entry, finishing a rename).
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto *editor = qobject_cast<ReferenceListEditor *>(m_tabs->widget(index)))
            editor->view()->setFocus();
    });
    resize(640, 540);
}

void ReferenceListsDialog::showList(ReferenceList list)
{
    if (ReferenceListEditor *target = editor(list)) {
        m_tabs->setCurrentWidget(target);
        target->view()->setFocus();
    }
}

ReferenceList ReferenceListsDialog::currentList() const
{
    auto *current = qobject_cast<ReferenceListEditor *>(m_tabs->currentWidget());
    return current ? current->list() : ReferenceList::ActorType;
}

ReferenceListEditor *ReferenceListsDialog::editor(ReferenceList list) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<ReferenceListEditor *>(m_tabs->widget(i));
        if (editor && editor->list() == list)
            return editor;
    }
    return nullptr;
}

} // namespace relais
