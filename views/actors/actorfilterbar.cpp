#include "actorfilterbar.h"

#include "filterbutton.h"
#include "models/item/referencelistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace relais {

namespace {
// Ids of the choices of the Flags filter.
constexpr qint64 NetworkHead = 1;
constexpr qint64 RelayActor = 2;
constexpr qint64 MunicipalService = 3;
} // namespace

ActorFilterBar::ActorFilterBar(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
{
    m_search->setObjectName(QStringLiteral("actorSearch"));
    m_search->setPlaceholderText(
        tr("Search names, organisations, e-mails, communes, tags… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        updateClearButton();
        emit filterChanged();
    });

    const auto model = [&](ReferenceList list) {
        return new ReferenceListModel(
            database, list, ReferenceListModel::Options::WithRetired, this);
    };
    m_types = addListFilter(tr("Type"), model(ReferenceList::ActorType));
    m_domains = addListFilter(tr("Domain"), model(ReferenceList::Domain));
    m_communes = addListFilter(tr("Commune"), model(ReferenceList::Commune));
    m_tags = addListFilter(tr("Tag"), model(ReferenceList::Tag));
    m_flags = new FilterButton(tr("Flags"), this);
    connect(m_flags, &FilterButton::changed, this, [this] {
        updateClearButton();
        emit filterChanged();
    });
    // Dormant partners: to keep the network alive, see who has not been in touch.
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("Any activity"), 0);
    for (const int months : { 6, 12, 24 })
        m_activity->addItem(tr("Dormant for %Ln month(s)", nullptr, months), months);
    m_activity->setToolTip(tr("Actors with no interaction or participation for this long"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        updateClearButton();
        emit filterChanged();
    });
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &ActorFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QWidget *w : { static_cast<QWidget *>(m_types), static_cast<QWidget *>(m_domains),
             static_cast<QWidget *>(m_communes), static_cast<QWidget *>(m_tags),
             static_cast<QWidget *>(m_flags), static_cast<QWidget *>(m_activity),
             static_cast<QWidget *>(m_clear) })
        layout->addWidget(w);
    setMode(Mode::Contacts);
    updateClearButton();
}

FilterButton *ActorFilterBar::addListFilter(const QString &title, ReferenceListModel *model)
{
    auto *button = new FilterButton(title, this);
    const auto feed = [button, model] {
        QList<FilterButton::Option> options;
        for (const ReferenceItem &item : model->items())
            options.append(
                { item.id, item.retired ? tr("%1 (retired)").arg(item.name) : item.name });
        button->setOptions(options);
    };
    connect(model, &QAbstractItemModel::modelReset, button, feed);
    feed();
    connect(button, &FilterButton::changed, this, [this] {
        updateClearButton();
        emit filterChanged();
    });
    return button;
}

void ActorFilterBar::setMode(Mode mode)
{
    m_mode = mode;
    QList<FilterButton::Option> flags { { NetworkHead, tr("Network head") } };
    if (mode == Mode::Contacts)
        flags.append({ RelayActor, tr("Relay actor") });
    else
        flags.append({ MunicipalService, tr("Municipal service") });
    m_flags->setOptions(flags);
    updateClearButton();
}

ActorFilter ActorFilterBar::filter() const
{
    ActorFilter filter;
    filter.text = m_search->text();
    filter.typeIds = m_types->checkedIds();
    filter.domainIds = m_domains->checkedIds();
    filter.communeIds = m_communes->checkedIds();
    filter.tagIds = m_tags->checkedIds();
    const QList<qint64> flags = m_flags->checkedIds();
    filter.networkHeadOnly = flags.contains(NetworkHead);
    filter.relayActorOnly = m_mode == Mode::Contacts && flags.contains(RelayActor);
    filter.municipalServiceOnly = m_mode == Mode::Organisations && flags.contains(MunicipalService);
    if (const int months = m_activity->currentData().toInt())
        filter.dormantSince = QDate::currentDate().addMonths(-months);
    return filter;
}

void ActorFilterBar::clear()
{
    QSignalBlocker blocker(this);
    m_search->clear();
    for (FilterButton *button : { m_types, m_domains, m_communes, m_tags, m_flags })
        button->clear();
    m_activity->setCurrentIndex(0);
    updateClearButton();
    blocker.unblock();
    emit filterChanged();
}

void ActorFilterBar::showOnlyTypes(const QList<qint64> &typeIds)
{
    QSignalBlocker blocker(this);
    clear();
    m_types->setCheckedIds(typeIds);
    updateClearButton();
    blocker.unblock();
    emit filterChanged();
}

bool ActorFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            emit leaveSearchRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActorFilterBar::updateClearButton()
{
    ActorFilter f = filter();
    m_clear->setVisible(!f.isEmpty());
}

} // namespace relais
