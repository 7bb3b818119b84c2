#include "filterbutton.h"

#include "models/domain/textfold.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace relais {

FilterButton::FilterButton(const QString &title, QWidget *parent)
    : QToolButton(parent)
    , m_title(title)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(title);

    auto *menu = new QMenu(this);
    auto *panel = new QWidget(menu);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Find in the list…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(panel);
    m_list->setMinimumWidth(260);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);

    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        m_search->setVisible(m_options.size() > 12);
        const int rows = std::clamp(int(m_options.size()), 1, 14);
        m_list->setFixedHeight(
            rows * std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6) + 6);
        (m_search->isVisible() ? static_cast<QWidget *>(m_search) : m_list)->setFocus();
        if (m_list->currentRow() < 0)
            m_list->setCurrentRow(0);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString key = foldedKey(text);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!foldedKey(m_list->item(i)->text()).contains(key));
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        m_checked.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_checked << id;
        updateText();
        emit changed();
    });
    updateText();
}

void FilterButton::setOptions(const QList<Option> &options)
{
    m_options = options;
    const qsizetype before = m_checked.size();
    m_checked.removeIf([&](qint64 id) {
        return std::none_of(
            options.begin(), options.end(), [id](const Option &o) { return o.first == id; });
    });
    rebuild();
    if (m_checked.size() != before)
        emit changed();
}

void FilterButton::setCheckedIds(const QList<qint64> &ids)
{
    if (ids == m_checked)
        return;
    m_checked = ids;
    rebuild();
    emit changed();
}

void FilterButton::rebuild()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &[id, label] : std::as_const(m_options)) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    updateText();
}

void FilterButton::updateText()
{
    QStringList names;
    for (const auto &[id, label] : std::as_const(m_options)) {
        if (m_checked.contains(id))
            names << label;
    }
    if (names.isEmpty())
        setText(m_title + QStringLiteral(" ▾"));
    else if (names.size() == 1)
        setText(tr("%1: %2").arg(m_title, names.first()) + QStringLiteral(" ▾"));
    else
        setText(tr("%1 (%2)").arg(m_title).arg(names.size()) + QStringLiteral(" ▾"));
    setToolTip(names.isEmpty() ? tr("Filter by %1").arg(m_title.toLower())
                               : names.join(QStringLiteral(", ")));
    setProperty("active", !names.isEmpty());
}

} // namespace relais
