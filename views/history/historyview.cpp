#include "historyview.h"

#include "models/item/historymodel.h"
#include "views/common/rememberedcolumns.h"
#include "views/forms/listview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relais {

HistoryView::HistoryView(Database &database, const History &history, QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(database, history, this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_log(new QPushButton(tr("&Log an interaction…"), this))
{
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    setUpRecordList(m_view, QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(HistoryModel::Date, 100);
    m_view->setColumnWidth(HistoryModel::Kind, 170);
    m_view->setColumnWidth(HistoryModel::Summary, 300);
    m_view->setColumnWidth(HistoryModel::Who, 200);
    new RememberedColumns(m_view, QStringLiteral("history"));
    m_empty->setText(tr("Nothing with them yet. Log a call, a visit or a thank-you with Ctrl+I; "
                        "meetings, trainings and SERD actions will appear here too."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_log->setToolTip(tr("Ctrl+I"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_log, &QPushButton::clicked, this, &HistoryView::logRequested);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(HistoryModel::SourceRole).toString(),
            index.data(HistoryModel::IdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateEmptyState);
    updateEmptyState();
}

void HistoryView::setActor(const ActorRef &actor)
{
    m_model->setActor(actor);
    m_log->setEnabled(actor.id != 0);
}

void HistoryView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace relais
