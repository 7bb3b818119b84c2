#include "serdpage.h"

#include "actiondialog.h"
#include "editiondialog.h"
#include "models/changenotifier.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/serdrepository.h"
#include "models/export/serdexport.h"
#include "models/item/referencelistmodel.h"
#include "models/item/serdactionmodel.h"
#include "models/item/serdoccurrencemodel.h"
#include "views/common/rememberedcolumns.h"
#include "views/common/tableexport.h"
#include "views/forms/confirmdeletion.h"
#include "views/forms/listview.h"
#include "views/meetings/actornamecompleter.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

namespace {

// The calendar sets days apart: a day's first row carries the date in bold.
class DayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == SerdOccurrenceModel::Date) {
            if (index.data(SerdOccurrenceModel::FirstOfDayRole).toBool())
                option->font.setBold(true);
            else
                option->text.clear();
        }
        if (!index.data(SerdOccurrenceModel::HeldRole).toBool())
            option->palette.setColor(
                QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

QString pdfFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

SerdPage::SerdPage(Database &database, Commands &commands, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_actions(new SerdActionModel(database, this))
    , m_calendar(new SerdOccurrenceModel(database, this))
    , m_topics(new ReferenceListModel(
          database, ReferenceList::SerdTopic, ReferenceListModel::Options::WithRetired, this))
    , m_categories(new ReferenceListModel(
          database, ReferenceList::SerdCategory, ReferenceListModel::Options::WithRetired, this))
    , m_communes(new ReferenceListModel(
          database, ReferenceList::Commune, ReferenceListModel::Options::WithRetired, this))
    , m_edition(new QComboBox(this))
    , m_editEdition(new QPushButton(tr("&Edit edition…"), this))
    , m_deleteEdition(new QPushButton(tr("Delete edition"), this))
    , m_figures(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_commune(new QComboBox(this))
    , m_organiser(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_actionsView(new QTableView(this))
    , m_calendarView(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(tr("O&pen"), this))
    , m_copy(new QPushButton(tr("Cop&y to the next edition"), this))
    , m_held(new QPushButton(tr("Mark &held"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_exportCalendar(new QPushButton(tr("A&genda (.ics)…"), this))
    , m_exportCsv(new QPushButton(tr("CS&V…"), this))
{
    setObjectName(QStringLiteral("serdPage"));
    m_edition->setObjectName(QStringLiteral("edition"));
    m_edition->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editEdition->setObjectName(QStringLiteral("editEdition"));
    m_deleteEdition->setObjectName(QStringLiteral("deleteEdition"));
    m_deleteEdition->setToolTip(tr("Delete the edition with its actions; Ctrl+Z brings them back"));
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::PlainText);
    QFont bigger = m_figures->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_figures->setFont(bigger);
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendar"));
    m_exportCalendar->setToolTip(
        tr("The confirmed and held dates as an iCalendar file, for the website's agenda and "
           "partners' calendars"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportCsv->setToolTip(tr("Every date of the listed actions, for a spreadsheet"));

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (const SerdStatus status : allSerdStatuses)
        m_status->addItem(serdStatusName(status), int(status));
    m_topics->setBlankRow(true);
    m_topics->setBlankText(tr("All topics"));
    m_topic->setObjectName(QStringLiteral("topicFilter"));
    m_topic->setModel(m_topics);
    m_categories->setBlankRow(true);
    m_categories->setBlankText(tr("All categories"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setModel(m_categories);
    m_communes->setBlankRow(true);
    m_communes->setBlankText(tr("All communes"));
    m_commune->setObjectName(QStringLiteral("communeFilter"));
    m_commune->setModel(m_communes);
    m_organiser->setObjectName(QStringLiteral("organiserFilter"));
    m_organiser->setPlaceholderText(tr("Any organiser"));
    m_organiser->setClearButtonEnabled(true);
    auto *organiserCompleter
        = new ActorNameCompleter(database, ActorRef::Kind::Organisation, m_organiser);
    organiserCompleter->setKeepReturn(true);
    // Long topics and communes are elided in the closed box (the list shows them whole):
    // the filters must fit a 1366-pixel screen, in French too.
    for (QComboBox *box : { m_status, m_topic, m_category, m_commune }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(11);
    }
    m_organiser->setMinimumWidth(140);

    m_actionsView->setObjectName(QStringLiteral("actionsView"));
    m_actionsView->setModel(m_actions);
    setUpRecordList(m_actionsView, QAbstractItemView::ExtendedSelection);
    m_actionsView->setColumnWidth(SerdActionModel::Title, 260);
    m_actionsView->setColumnWidth(SerdActionModel::Status, 90);
    m_actionsView->setColumnWidth(SerdActionModel::Category, 150);
    m_actionsView->setColumnWidth(SerdActionModel::Topic, 150);
    m_actionsView->setColumnWidth(SerdActionModel::Lead, 190);
    m_actionsView->setColumnWidth(SerdActionModel::CoOrganisers, 170);
    m_actionsView->setColumnWidth(SerdActionModel::Communes, 130);
    m_actionsView->setColumnWidth(SerdActionModel::Dates, 120);
    new RememberedColumns(m_actionsView, QStringLiteral("serdActions"));
    m_calendarView->setObjectName(QStringLiteral("calendarView"));
    m_calendarView->setModel(m_calendar);
    setUpRecordList(m_calendarView, QAbstractItemView::SingleSelection);
    m_calendarView->setItemDelegate(new DayDelegate(m_calendarView));
    m_calendarView->setColumnWidth(SerdOccurrenceModel::Date, 150);
    m_calendarView->setColumnWidth(SerdOccurrenceModel::Time, 110);
    m_calendarView->setColumnWidth(SerdOccurrenceModel::Action, 260);
    m_calendarView->setColumnWidth(SerdOccurrenceModel::Place, 200);
    m_calendarView->setColumnWidth(SerdOccurrenceModel::Commune, 130);
    m_calendarView->setColumnWidth(SerdOccurrenceModel::Lead, 190);
    new RememberedColumns(m_calendarView, QStringLiteral("serdCalendar"));
    const auto listName = [this](const QString &list) {
        const int index = m_edition->currentIndex();
        return index >= 0 ? QStringLiteral("%1 - %2").arg(m_edition->itemText(index), list) : list;
    };
    m_exportActionsList = TableExport::addExportAction(
        m_actionsView, tr("Export the actions"), [listName] { return listName(tr("actions")); });
    m_exportCalendarList = TableExport::addExportAction(
        m_calendarView, tr("Export the calendar"), [listName] { return listName(tr("calendar")); });
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_open->setObjectName(QStringLiteral("open"));
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("The selected actions again in the next edition: same organisers, "
                          "dates moved by a year, status back to proposed"));
    m_held->setObjectName(QStringLiteral("markHeld"));
    m_held->setToolTip(tr("After the Week: the selected actions took place"));
    m_delete->setObjectName(QStringLiteral("delete"));

    auto *newEdition = new QPushButton(tr("New edi&tion…"), this);
    newEdition->setObjectName(QStringLiteral("newEdition"));
    auto *newAction = new QPushButton(tr("&New action…"), this);
    newAction->setObjectName(QStringLiteral("newAction"));

    auto *editionLabel = new QLabel(tr("E&dition:"), this);
    editionLabel->setBuddy(m_edition);
    auto *top = new QHBoxLayout;
    top->addWidget(editionLabel);
    top->addWidget(m_edition);
    top->addWidget(m_editEdition);
    top->addWidget(m_deleteEdition);
    top->addStretch(1);
    top->addWidget(newEdition);
    top->addWidget(m_exportCalendar);
    top->addWidget(m_exportCsv);

    auto *filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    addFilter(tr("&Status:"), m_status);
    addFilter(tr("T&opic:"), m_topic);
    addFilter(tr("&Category:"), m_category);
    addFilter(tr("Co&mmune:"), m_commune);
    addFilter(tr("O&rganiser:"), m_organiser);

    auto *actionsTab = new QWidget(this);
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addWidget(newAction);
    actionButtons->addWidget(m_open);
    actionButtons->addWidget(m_copy);
    actionButtons->addWidget(m_held);
    actionButtons->addWidget(m_delete);
    actionButtons->addStretch(1);
    auto *actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->addLayout(filters);
    actionsLayout->addWidget(m_actionsView, 1);
    actionsLayout->addWidget(m_totals);
    actionsLayout->addLayout(actionButtons);
    auto *calendarTab = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendarTab);
    calendarLayout->addWidget(m_calendarView, 1);
    m_tabs->setObjectName(QStringLiteral("serdTabs"));
    m_tabs->addTab(actionsTab, tr("&Actions"));
    m_tabs->addTab(calendarTab, tr("Ca&lendar"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    connect(m_edition, &QComboBox::currentIndexChanged, this, &SerdPage::editionChosen);
    for (QComboBox *box : { m_status, m_topic, m_category, m_commune })
        connect(box, &QComboBox::currentIndexChanged, this, &SerdPage::applyFilter);
    connect(organiserCompleter, &ActorNameCompleter::chosen, this, [this](const ActorRef &actor) {
        m_organiserFilter = actor.id;
        applyFilter();
    });
    connect(m_organiser, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && m_organiserFilter) {
            m_organiserFilter = 0;
            applyFilter();
        }
    });
    connect(m_editEdition, &QPushButton::clicked, this, &SerdPage::editEdition);
    connect(m_deleteEdition, &QPushButton::clicked, this, &SerdPage::deleteEdition);
    connect(newEdition, &QPushButton::clicked, this, &SerdPage::newEdition);
    connect(newAction, &QPushButton::clicked, this, &SerdPage::newAction);
    connect(m_open, &QPushButton::clicked, this, &SerdPage::openCurrent);
    connect(m_copy, &QPushButton::clicked, this, &SerdPage::copyToNextEdition);
    connect(m_held, &QPushButton::clicked, this, &SerdPage::markHeld);
    connect(m_delete, &QPushButton::clicked, this, &SerdPage::deleteActions);
    connect(m_exportCalendar, &QPushButton::clicked, this, &SerdPage::chooseCalendarFile);
    connect(m_exportCsv, &QPushButton::clicked, this, &SerdPage::chooseCsvFile);
    connect(m_actionsView, &QTableView::activated, this, &SerdPage::openCurrent);
    connect(m_calendarView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openAction(index.data(SerdOccurrenceModel::ActionIdRole).toLongLong());
    });
    connect(m_actionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SerdPage::updateState);
    connect(m_actions, &SerdActionModel::refreshed, this, [this] {
        // The edition's figures follow the file, not the selection: read once per change.
        m_figures->setText(figuresText());
        updateState();
    });
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_actionsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SerdPage::deleteActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->hasFocus() || m_tabs->tabBar()->hasFocus())
            (index == 0 ? m_actionsView : m_calendarView)->setFocus();
    });
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::serdChanged, this, [this] { m_stale = true; });
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        if (m_stale)
            refresh();
    });
    refresh();
}

qint64 SerdPage::currentEdition() const
{
    return m_edition->currentData().toLongLong();
}

QWidget *SerdPage::focusWidget() const
{
    return currentEdition() ? static_cast<QWidget *>(m_actionsView) : m_edition;
}

void SerdPage::refresh()
{
    m_stale = false;
    fillEditions();
    m_actions->refresh();
    m_calendar->refresh();
    updateState();
}

void SerdPage::fillEditions()
{
    QList<SerdEdition> editions;
    try {
        editions = SerdRepository(m_database).editions();
    } catch (const DatabaseError &error) {
        m_figures->setText(error.message());
    }
    const qint64 current = currentEdition();
    {
        const QSignalBlocker blocker(m_edition);
        m_edition->clear();
        for (const SerdEdition &edition : std::as_const(editions)) {
            QString text = tr("SERD %1").arg(edition.year);
            if (!edition.focus.isEmpty())
                text += QStringLiteral(" — ") + edition.focus;
            m_edition->addItem(text, edition.id);
        }
        // Newest first: this year's Week unless one was chosen.
        const int index = m_edition->findData(current);
        m_edition->setCurrentIndex(index >= 0 ? index : (editions.isEmpty() ? -1 : 0));
    }
    if (currentEdition() != m_actions->filter().editionId)
        editionChosen();
}

void SerdPage::showEdition(qint64 editionId)
{
    if (m_stale)
        refresh();
    const int index = m_edition->findData(editionId);
    if (index >= 0)
        m_edition->setCurrentIndex(index);
}

void SerdPage::showCommune(qint64 editionId, qint64 communeId)
{
    showEdition(editionId);
    const int row = communeId ? m_communes->rowOf(communeId) : 0;
    m_commune->setCurrentIndex(std::max(0, row));
    m_tabs->setCurrentIndex(0);
}

void SerdPage::editionChosen()
{
    m_calendar->setEdition(currentEdition());
    applyFilter();
    m_figures->setText(figuresText());
}

void SerdPage::applyFilter()
{
    SerdFilter filter;
    filter.editionId = currentEdition();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = SerdStatus(status);
    filter.topicId = m_topics->idAt(m_topic->currentIndex());
    filter.categoryId = m_categories->idAt(m_category->currentIndex());
    filter.communeId = m_communes->idAt(m_commune->currentIndex());
    filter.organisationId = m_organiserFilter;
    m_actions->setFilter(filter);
    updateState();
}

QString SerdPage::figuresText() const
{
    const qint64 id = currentEdition();
    if (!id)
        return {};
    try {
        const SerdRepository serd(m_database);
        const auto edition = serd.edition(id);
        if (!edition)
            return {};
        SerdFilter all;
        all.editionId = id;
        const SerdTotals totals = serd.totals(all);
        QStringList parts { tr("%Ln action(s) held", nullptr, totals.held),
            tr("%Ln distinct action(s)", nullptr, totals.distinct),
            tr("%Ln organiser(s)", nullptr, totals.organisers) };
        if (totals.participants > 0)
            parts << tr("%1 participants").arg(QLocale().toString(totals.participants));
        return parts.join(QStringLiteral(" · "));
    } catch (const DatabaseError &error) {
        return error.message();
    }
}

QList<qint64> SerdPage::selectedActions() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_actionsView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_actionsView->currentIndex().isValid())
        rows << m_actionsView->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids << m_actions->idAt(row);
    return ids;
}

void SerdPage::updateState()
{
    const bool edition = currentEdition() != 0;
    m_tabs->setVisible(edition);
    m_empty->setVisible(!edition);
    m_empty->setText(tr("No SERD edition yet. Start this year's with New edition…, then add "
                        "the partners' actions."));
    m_editEdition->setEnabled(edition);
    m_deleteEdition->setEnabled(edition);
    m_exportCalendar->setEnabled(edition);
    m_exportCsv->setEnabled(edition);
    const SerdTotals &totals = m_actions->totals();
    const bool filtered = m_actions->filter().status || m_actions->filter().topicId
        || m_actions->filter().categoryId || m_actions->filter().communeId
        || m_actions->filter().organisationId;
    QStringList parts { tr("%Ln action(s) listed", nullptr, m_actions->rowCount()),
        tr("held: %1").arg(totals.held), tr("distinct: %1").arg(totals.distinct),
        tr("organisers: %1").arg(totals.organisers),
        tr("participants: %1").arg(QLocale().toString(totals.participants)) };
    m_totals->setText((filtered ? tr("Filtered — %1") : QStringLiteral("%1"))
                          .arg(parts.join(QStringLiteral(" · "))));
    const bool chosen = !selectedActions().isEmpty();
    m_open->setEnabled(chosen);
    m_copy->setEnabled(chosen);
    m_held->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void SerdPage::newEdition()
{
    EditionDialog dialog(m_database, m_commands, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        showEdition(dialog.editionId());
}

void SerdPage::editEdition()
{
    if (const qint64 id = currentEdition()) {
        EditionDialog dialog(m_database, m_commands, id, this);
        dialog.exec();
    }
}

void SerdPage::deleteEdition()
{
    const qint64 id = currentEdition();
    if (!id)
        return;
    if (!confirmDeletion(this, tr("Delete %1 with all its actions?").arg(m_edition->currentText()),
            tr("Edit > Undo (Ctrl+Z) brings it back until Relais is closed.")))
        return;
    if (!m_commands.deleteSerdEdition(id))
        QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
}

ActionDialog *SerdPage::openAction(qint64 actionId)
{
    const qint64 edition = currentEdition();
    if (!edition && !actionId)
        return nullptr;
    auto *dialog = new ActionDialog(m_database, m_commands, edition, actionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActionDialog::saved, this, [this](qint64 id) {
        const int row = m_actions->rowOf(id);
        if (row >= 0)
            m_actionsView->selectRow(row);
    });
    dialog->open();
    return dialog;
}

ActionDialog *SerdPage::newAction()
{
    if (!currentEdition()) {
        QMessageBox::information(this, tr("New action"),
            tr("Add the year's edition first (New edition…): actions belong to an edition."));
        return nullptr;
    }
    return openAction(0);
}

void SerdPage::openCurrent()
{
    const QList<qint64> ids = selectedActions();
    if (!ids.isEmpty())
        openAction(ids.constFirst());
}

void SerdPage::copyToNextEdition()
{
    const QList<qint64> ids = selectedActions();
    const qint64 current = currentEdition();
    if (ids.isEmpty() || !current)
        return;
    std::optional<SerdEdition> next;
    try {
        const SerdRepository serd(m_database);
        const auto edition = serd.edition(current);
        if (edition)
            next = serd.editionOfYear(edition->year + 1);
        if (edition && !next) {
            QMessageBox::information(this, tr("Copy to the next edition"),
                tr("There is no SERD %1 yet: add it with New edition… first.")
                    .arg(edition->year + 1));
            return;
        }
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Copy to the next edition"), error.message());
        return;
    }
    int copied = 0;
    for (const qint64 id : ids) {
        if (!m_commands.copySerdAction(id, next->id)) {
            QMessageBox::warning(this, tr("Copy to the next edition"), m_commands.lastError());
            break;
        }
        ++copied;
    }
    if (copied > 0)
        QMessageBox::information(this, tr("Copy to the next edition"),
            tr("%Ln action(s) copied into SERD %1, as proposed.", nullptr, copied).arg(next->year));
}

void SerdPage::markHeld()
{
    const QList<qint64> ids = selectedActions();
    if (!ids.isEmpty() && !m_commands.setSerdActionStatus(ids, SerdStatus::Held))
        QMessageBox::warning(this, tr("Mark held"), m_commands.lastError());
}

void SerdPage::deleteActions()
{
    const QList<qint64> ids = selectedActions();
    if (ids.isEmpty())
        return;
    const QString what = ids.size() == 1
        ? tr("Delete the action %1 with its dates?")
              .arg(m_actions->row(m_actions->rowOf(ids.constFirst())).action.title)
        : tr("Delete %Ln action(s) with their dates?", nullptr, ids.size());
    if (!confirmDeletion(
            this, what, tr("Edit > Undo (Ctrl+Z) brings them back until Relais is closed.")))
        return;
    for (const qint64 id : ids) {
        if (!m_commands.deleteSerdAction(id)) {
            QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
            return;
        }
    }
}

namespace {

bool writeFile(QWidget *parent, const QString &path, const QByteArray &contents)
{
    // All or nothing: an agenda half-written over yesterday's is worse than none.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() && file.commit())
        return true;
    QMessageBox::warning(parent, SerdPage::tr("Export"),
        SerdPage::tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace

bool SerdPage::exportCalendar(const QString &path)
{
    try {
        const SerdRepository serd(m_database);
        const auto edition = serd.edition(currentEdition());
        if (!edition)
            return false;
        SerdFilter all;
        all.editionId = edition->id;
        return writeFile(this, path, SerdExport::icalendar(serd.actionRows(all), *edition));
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Export"), error.message());
        return false;
    }
}

bool SerdPage::exportCsv(const QString &path, CsvProfile profile)
{
    try {
        const SerdRepository serd(m_database);
        const auto edition = serd.edition(m_actions->filter().editionId);
        if (!edition)
            return false;
        return writeFile(
            this, path, SerdExport::csv(serd.actionRows(m_actions->filter()), *edition, profile));
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Export"), error.message());
        return false;
    }
}

void SerdPage::chooseCalendarFile()
{
    std::optional<SerdEdition> edition;
    try {
        edition = SerdRepository(m_database).edition(currentEdition());
    } catch (const DatabaseError &) { }
    if (!edition)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the agenda"),
        QDir(pdfFolder()).filePath(SerdExport::suggestedFileName(*edition, QStringLiteral("ics"))),
        tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path);
}

void SerdPage::chooseCsvFile()
{
    std::optional<SerdEdition> edition;
    try {
        edition = SerdRepository(m_database).edition(currentEdition());
    } catch (const DatabaseError &) { }
    if (!edition)
        return;
    if (const auto destination = TableExport::chooseCsvFile(this, tr("Export the actions"),
            SerdExport::suggestedFileName(*edition, QStringLiteral("csv"))))
        exportCsv(destination->path, destination->profile);
}

} // namespace relais
