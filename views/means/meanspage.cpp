#include "meanspage.h"

#include "contributiondialog.h"
#include "models/changenotifier.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meansrepository.h"
#include "models/db/referencelistrepository.h"
#include "models/item/contributionmodel.h"
#include "models/item/stafftimemodel.h"
#include "stafftimedialog.h"
#include "views/common/rememberedcolumns.h"
#include "views/common/tableexport.h"
#include "views/forms/listview.h"
#include "views/meetings/actornamecompleter.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <set>

namespace relais {

namespace {

using ContributionGroup = MeansRepository::ContributionGroup;
using StaffTimeGroup = MeansRepository::StaffTimeGroup;

// The lines of a totals panel: a heading, then name — figure rows.
class TotalsHtml
{
public:
    void headline(const QString &text, const QString &detail)
    {
        m_html += QStringLiteral("<p style=\"font-size:large; margin-bottom:2px\"><b>%1</b></p>")
                      .arg(text.toHtmlEscaped());
        if (!detail.isEmpty())
            m_html
                += QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(detail.toHtmlEscaped());
    }
    void section(const QString &title)
    {
        close();
        m_html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px\"><b>%1</b></p>"
                                 "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">")
                      .arg(title.toHtmlEscaped());
        m_open = true;
    }
    void row(const QString &name, const QString &figure, bool quiet = false)
    {
        const QString cell = quiet ? QStringLiteral("<i>%1</i>") : QStringLiteral("%1");
        m_html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2</td></tr>")
                      .arg(cell.arg(name.toHtmlEscaped()), figure.toHtmlEscaped());
    }
    QString html()
    {
        close();
        return m_html;
    }

private:
    void close()
    {
        if (m_open)
            m_html += QStringLiteral("</table>");
        m_open = false;
    }
    QString m_html;
    bool m_open = false;
};

// Past this many lines a list of the panel gives the rest as one line.
constexpr int shownLines = 8;

QLabel *emptyLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

QLabel *totalsLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(8);
    return label;
}

QScrollArea *totalsPanel(QLabel *label, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    scroll->setFixedWidth(340);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

// The button under a list for its "Export to CSV…" action.
QPushButton *exportButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(MeansPage::tr("E&xport to CSV…"), parent);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

void confirmAndDelete(QWidget *parent, const QString &question, const std::function<bool()> &remove,
    Commands &commands)
{
    QMessageBox box(
        QMessageBox::Question, MeansPage::tr("Delete"), question, QMessageBox::NoButton, parent);
    box.setInformativeText(
        MeansPage::tr("Edit > Undo (Ctrl+Z) brings it back until Relais is closed."));
    QPushButton *yes = box.addButton(MeansPage::tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes && !remove())
        QMessageBox::warning(parent, MeansPage::tr("Delete"), commands.lastError());
}

} // namespace

MeansPage::MeansPage(Database &database, Commands &commands, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_contributions(new ContributionModel(database, this))
    , m_staffTime(new StaffTimeModel(database, this))
    , m_year(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("meansPage"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);

    m_tabs->setObjectName(QStringLiteral("meansTabs"));
    m_tabs->addTab(buildContributions(), tr("&Contributions"));
    m_tabs->addTab(buildStaffTime(), tr("S&taff time"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &MeansPage::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->hasFocus() || m_tabs->tabBar()->hasFocus())
            (index == 0 ? m_contributionsView : m_staffTimeView)->setFocus();
    });
    connect(m_contributions, &ContributionModel::refreshed, this, &MeansPage::updateState);
    connect(m_staffTime, &StaffTimeModel::refreshed, this, &MeansPage::updateState);
    // The years, the staff and the names in the totals follow the file.
    const ChangeNotifier &notifier = database.notifier();
    for (const auto signal : { &ChangeNotifier::meansChanged, &ChangeNotifier::organisationsChanged,
             &ChangeNotifier::meetingsChanged, &ChangeNotifier::serdChanged,
             &ChangeNotifier::trainingChanged })
        connect(&notifier, signal, this, [this] { m_stale = true; });
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, [this](ReferenceList list) {
        if (list == ReferenceList::StaffMember || list == ReferenceList::StaffRole)
            m_stale = true;
    });
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        if (m_stale)
            refresh();
    });
    refresh();
    setYear(commands.today().year());
}

QString MeansPage::listName(const QString &list) const
{
    return currentYear() ? QStringLiteral("%1 %2").arg(list).arg(currentYear()) : list;
}

QWidget *MeansPage::buildContributions()
{
    auto *tab = new QWidget(this);
    m_organisation = new QLineEdit(tab);
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    m_organisation->setPlaceholderText(tr("Every organisation"));
    m_organisation->setClearButtonEnabled(true);
    auto *completer
        = new ActorNameCompleter(m_database, ActorRef::Kind::Organisation, m_organisation);
    completer->setKeepReturn(true);
    auto *organisationLabel = new QLabel(tr("&Organisation:"), tab);
    organisationLabel->setBuddy(m_organisation);
    auto *filters = new QHBoxLayout;
    filters->addWidget(organisationLabel);
    filters->addWidget(m_organisation);
    filters->addStretch(1);

    m_contributionsView = new QTableView(tab);
    m_contributionsView->setObjectName(QStringLiteral("contributionsView"));
    m_contributionsView->setModel(m_contributions);
    setUpRecordList(m_contributionsView, QAbstractItemView::ExtendedSelection);
    m_contributionsView->horizontalHeader()->setStretchLastSection(true);
    m_contributionsView->setColumnWidth(ContributionModel::Year, 50);
    m_contributionsView->setColumnWidth(ContributionModel::Organisation, 230);
    m_contributionsView->setColumnWidth(ContributionModel::Kind, 90);
    m_contributionsView->setColumnWidth(ContributionModel::RelatesTo, 190);
    m_contributionsView->setColumnWidth(ContributionModel::Quantity, 70);
    m_contributionsView->setColumnWidth(ContributionModel::Rate, 80);
    m_contributionsView->setColumnWidth(ContributionModel::Amount, 100);
    new RememberedColumns(m_contributionsView, QStringLiteral("contributions"));
    m_contributionsEmpty = emptyLabel(tab, QStringLiteral("contributionsEmpty"));
    m_contributionsStack = new QStackedWidget(tab);
    m_contributionsStack->addWidget(m_contributionsView);
    m_contributionsStack->addWidget(m_contributionsEmpty);
    m_contributionTotals = totalsLabel(tab, QStringLiteral("contributionTotals"));

    auto *add = new QPushButton(tr("&New contribution…"), tab);
    add->setObjectName(QStringLiteral("newContribution"));
    m_openContribution = new QPushButton(tr("O&pen"), tab);
    m_openContribution->setObjectName(QStringLiteral("openContribution"));
    m_deleteContribution = new QPushButton(tr("Delete"), tab);
    m_deleteContribution->setObjectName(QStringLiteral("deleteContribution"));
    m_deleteContribution->setToolTip(tr("Delete the selected contributions (Delete key); Ctrl+Z "
                                        "brings them back"));
    m_exportContributions = TableExport::addExportAction(m_contributionsView,
        tr("Export the contributions"), [this] { return listName(tr("Contributions")); });
    auto *exportList = exportButton(m_exportContributions, tab);
    exportList->setObjectName(QStringLiteral("exportContributions"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_openContribution);
    buttons->addWidget(m_deleteContribution);
    buttons->addStretch(1);
    buttons->addWidget(exportList);

    auto *body = new QHBoxLayout;
    body->addWidget(m_contributionsStack, 1);
    body->addWidget(totalsPanel(m_contributionTotals, tab));
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(completer, &ActorNameCompleter::chosen, this, [this](const ActorRef &actor) {
        m_organisationFilter = actor.id;
        applyFilter();
    });
    connect(m_organisation, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && m_organisationFilter) {
            m_organisationFilter = 0;
            applyFilter();
        }
    });
    connect(add, &QPushButton::clicked, this, &MeansPage::newContribution);
    connect(m_openContribution, &QPushButton::clicked, this, &MeansPage::openCurrent);
    connect(m_deleteContribution, &QPushButton::clicked, this, &MeansPage::deleteSelected);
    connect(m_contributionsView, &QTableView::activated, this, &MeansPage::openCurrent);
    connect(m_contributionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MeansPage::updateState);
    auto *remove = new QShortcut(
        QKeySequence::Delete, m_contributionsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MeansPage::deleteSelected);
    return tab;
}

QWidget *MeansPage::buildStaffTime()
{
    auto *tab = new QWidget(this);
    m_person = new QComboBox(tab);
    m_person->setObjectName(QStringLiteral("personFilter"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *personLabel = new QLabel(tr("Per&son:"), tab);
    personLabel->setBuddy(m_person);
    auto *roles = new QPushButton(tr("&Roles…"), tab);
    roles->setObjectName(QStringLiteral("roles"));
    roles->setToolTip(tr("The role of each person of the staff: programme officer, assistant…"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(personLabel);
    filters->addWidget(m_person);
    filters->addStretch(1);
    filters->addWidget(roles);

    m_staffTimeView = new QTableView(tab);
    m_staffTimeView->setObjectName(QStringLiteral("staffTimeView"));
    m_staffTimeView->setModel(m_staffTime);
    setUpRecordList(m_staffTimeView, QAbstractItemView::ExtendedSelection);
    m_staffTimeView->horizontalHeader()->setStretchLastSection(true);
    m_staffTimeView->setColumnWidth(StaffTimeModel::Date, 150);
    m_staffTimeView->setColumnWidth(StaffTimeModel::Person, 160);
    m_staffTimeView->setColumnWidth(StaffTimeModel::Role, 150);
    m_staffTimeView->setColumnWidth(StaffTimeModel::Activity, 240);
    m_staffTimeView->setColumnWidth(StaffTimeModel::Days, 60);
    new RememberedColumns(m_staffTimeView, QStringLiteral("staffTime"));
    m_staffTimeEmpty = emptyLabel(tab, QStringLiteral("staffTimeEmpty"));
    m_staffTimeStack = new QStackedWidget(tab);
    m_staffTimeStack->addWidget(m_staffTimeView);
    m_staffTimeStack->addWidget(m_staffTimeEmpty);
    m_staffTimeTotals = totalsLabel(tab, QStringLiteral("staffTimeTotals"));

    auto *add = new QPushButton(tr("&New entry…"), tab);
    add->setObjectName(QStringLiteral("newStaffTime"));
    m_openStaffTime = new QPushButton(tr("O&pen"), tab);
    m_openStaffTime->setObjectName(QStringLiteral("openStaffTime"));
    m_deleteStaffTime = new QPushButton(tr("Delete"), tab);
    m_deleteStaffTime->setObjectName(QStringLiteral("deleteStaffTime"));
    m_deleteStaffTime->setToolTip(
        tr("Delete the selected entries (Delete key); Ctrl+Z brings them back"));
    m_exportStaffTime = TableExport::addExportAction(m_staffTimeView, tr("Export the staff time"),
        [this] { return listName(tr("Staff time")); });
    auto *exportList = exportButton(m_exportStaffTime, tab);
    exportList->setObjectName(QStringLiteral("exportStaffTime"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_openStaffTime);
    buttons->addWidget(m_deleteStaffTime);
    buttons->addStretch(1);
    buttons->addWidget(exportList);

    auto *body = new QHBoxLayout;
    body->addWidget(m_staffTimeStack, 1);
    body->addWidget(totalsPanel(m_staffTimeTotals, tab));
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_person, &QComboBox::currentIndexChanged, this, &MeansPage::applyFilter);
    connect(roles, &QPushButton::clicked, this, &MeansPage::editRoles);
    connect(add, &QPushButton::clicked, this, &MeansPage::newStaffTime);
    connect(m_openStaffTime, &QPushButton::clicked, this, &MeansPage::openCurrent);
    connect(m_deleteStaffTime, &QPushButton::clicked, this, &MeansPage::deleteSelected);
    connect(m_staffTimeView, &QTableView::activated, this, &MeansPage::openCurrent);
    connect(m_staffTimeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MeansPage::updateState);
    auto *remove = new QShortcut(
        QKeySequence::Delete, m_staffTimeView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MeansPage::deleteSelected);
    return tab;
}

int MeansPage::currentYear() const
{
    return m_year->currentData().toInt();
}

void MeansPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

QWidget *MeansPage::focusWidget() const
{
    return m_tabs->currentIndex() == 0 ? m_contributionsView : m_staffTimeView;
}

void MeansPage::refresh()
{
    m_stale = false;
    fillYears();
    fillStaff();
    m_contributions->refresh();
    m_staffTime->refresh();
    applyFilter();
}

void MeansPage::fillYears()
{
    // This year, and every year something was entered for.
    std::set<int, std::greater<int>> years { m_commands.today().year() };
    try {
        const MeansRepository means(m_database);
        for (const auto &row : means.contributions())
            years.insert(row.contribution.year);
        for (const auto &row : means.staffTimeEntries())
            years.insert(row.entry.year());
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    const int current = m_year->count() ? currentYear() : m_commands.today().year();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (const int year : years)
        m_year->addItem(QString::number(year), year);
    m_year->addItem(tr("All years"), 0);
    m_year->setCurrentIndex(std::max(0, m_year->findData(current)));
}

void MeansPage::fillStaff()
{
    const qint64 current = m_person->currentData().toLongLong();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("All the staff"), qint64(0));
    try {
        for (const StaffPerson &person : MeansRepository(m_database).staff())
            m_person->addItem(person.name, person.id);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(current)));
}

void MeansPage::applyFilter()
{
    // The year column says something only when every year is listed.
    m_contributionsView->setColumnHidden(ContributionModel::Year, currentYear() != 0);
    m_contributions->setFilter(currentYear(), m_organisationFilter);
    m_staffTime->setFilter(currentYear(), m_person->currentData().toLongLong());
    updateState();
}

QList<qint64> MeansPage::selectedIds(QTableView *view) const
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids << (view == m_contributionsView ? m_contributions->idAt(row) : m_staffTime->idAt(row));
    return ids;
}

void MeansPage::updateState()
{
    const int year = currentYear();
    const QString when = year ? QString::number(year) : tr("any year");

    const bool contributions = m_contributions->rowCount() > 0;
    m_contributionsStack->setCurrentWidget(
        contributions ? static_cast<QWidget *>(m_contributionsView) : m_contributionsEmpty);
    if (m_organisationFilter)
        m_contributionsEmpty->setText(tr("No valued contribution from %1 for %2. Add one with “New "
                                         "contribution…”, or clear the organisation to see all.")
                                          .arg(m_organisation->text().simplified(), when));
    else
        m_contributionsEmpty->setText(
            tr("No valued contribution for %1 yet.\nWhen a partner tells what it put in — its "
               "staff's time, material, a hall lent — add it with “New contribution…”.")
                .arg(when));
    const bool contributionChosen = !selectedIds(m_contributionsView).isEmpty();
    m_openContribution->setEnabled(contributionChosen);
    m_deleteContribution->setEnabled(contributionChosen);
    updateContributionTotals();

    const bool entries = m_staffTime->rowCount() > 0;
    m_staffTimeStack->setCurrentWidget(
        entries ? static_cast<QWidget *>(m_staffTimeView) : m_staffTimeEmpty);
    if (m_person->count() <= 1)
        m_staffTimeEmpty->setText(
            tr("No staff in the file yet.\nAdd the programme's people to the list Staff (Actors > "
               "Reference lists…), then log their days here."));
    else if (m_person->currentData().toLongLong())
        m_staffTimeEmpty->setText(tr("No staff time of %1 for %2. Log days with “New entry…”.")
                                      .arg(m_person->currentText(), when));
    else
        m_staffTimeEmpty->setText(
            tr("No staff time logged for %1 yet.\nLog the days spent with “New entry…”, or from a "
               "meeting's card with “Log preparation time…”.")
                .arg(when));
    const bool entryChosen = !selectedIds(m_staffTimeView).isEmpty();
    m_openStaffTime->setEnabled(entryChosen);
    m_deleteStaffTime->setEnabled(entryChosen);
    updateStaffTimeTotals();
}

void MeansPage::updateContributionTotals()
{
    const int year = currentYear();
    TotalsHtml html;
    try {
        const MeansRepository means(m_database);
        const auto byKind = means.contributionTotals(ContributionGroup::Kind, year);
        int entries = 0;
        for (const auto &total : byKind)
            entries += total.entries;
        html.headline(year
                ? tr("Total %1: %2").arg(year).arg(formatCents(means.contributionSum(year)))
                : tr("Total, all years: %1").arg(formatCents(means.contributionSum(0))),
            entries ? tr("%Ln contribution(s)", nullptr, entries) : QString());
        if (byKind.isEmpty()) {
            m_contributionTotals->setText(html.html());
            return;
        }
        html.section(tr("By kind"));
        for (const auto &total : byKind)
            html.row(contributionKindName(total.kind), formatCents(total.amount));

        const auto byOrganisation = means.contributionTotals(ContributionGroup::Organisation, year);
        html.section(tr("By organisation"));
        Cents rest = 0;
        for (qsizetype i = 0; i < byOrganisation.size(); ++i) {
            if (i < shownLines)
                html.row(byOrganisation[i].organisation, formatCents(byOrganisation[i].amount));
            else
                rest += byOrganisation[i].amount;
        }
        if (byOrganisation.size() > shownLines)
            html.row(
                tr("%Ln other organisation(s)", nullptr, int(byOrganisation.size() - shownLines)),
                formatCents(rest), true);

        const auto byAction = means.contributionTotals(ContributionGroup::Action, year);
        html.section(tr("By meeting or action"));
        rest = 0;
        for (qsizetype i = 0; i < byAction.size(); ++i) {
            if (i < shownLines)
                html.row(byAction[i].action.isEmpty() ? tr("Not tied to one") : byAction[i].action,
                    formatCents(byAction[i].amount), byAction[i].action.isEmpty());
            else
                rest += byAction[i].amount;
        }
        if (byAction.size() > shownLines)
            html.row(tr("%Ln other(s)", nullptr, int(byAction.size() - shownLines)),
                formatCents(rest), true);

        if (!year) {
            html.section(tr("By year"));
            for (const auto &total : means.contributionTotals(ContributionGroup::Year, 0))
                html.row(QString::number(total.year), formatCents(total.amount));
        }
    } catch (const DatabaseError &error) {
        html.headline(error.message(), {});
    }
    m_contributionTotals->setText(html.html());
}

void MeansPage::updateStaffTimeTotals()
{
    const int year = currentYear();
    const auto days = [](double value) { return tr("%1 d").arg(formatDays(value)); };
    TotalsHtml html;
    try {
        const MeansRepository means(m_database);
        const auto byRole = means.staffTimeTotals(StaffTimeGroup::Role, year);
        double total = 0;
        int entries = 0;
        for (const auto &t : byRole) {
            total += t.days();
            entries += t.entries;
        }
        html.headline(year ? tr("Total %1: %2 days").arg(year).arg(formatDays(total))
                           : tr("Total, all years: %1 days").arg(formatDays(total)),
            entries ? tr("%Ln entry(ies)", nullptr, entries) : QString());
        if (byRole.isEmpty()) {
            m_staffTimeTotals->setText(html.html());
            return;
        }
        html.section(tr("By role"));
        for (const auto &t : byRole)
            html.row(
                t.role.isEmpty() ? tr("No role set") : t.role, days(t.days()), t.role.isEmpty());

        const auto byActivity = means.staffTimeTotals(StaffTimeGroup::Activity, year);
        html.section(tr("By activity"));
        double rest = 0;
        for (qsizetype i = 0; i < byActivity.size(); ++i) {
            if (i < shownLines * 2)
                html.row(byActivity[i].activityName, days(byActivity[i].days()));
            else
                rest += byActivity[i].days();
        }
        if (byActivity.size() > shownLines * 2)
            html.row(
                tr("%Ln other activity(ies)", nullptr, int(byActivity.size() - shownLines * 2)),
                days(rest), true);

        if (!year) {
            html.section(tr("By year"));
            for (const auto &t : means.staffTimeTotals(StaffTimeGroup::Year, 0))
                html.row(QString::number(t.year), days(t.days()));
        }
    } catch (const DatabaseError &error) {
        html.headline(error.message(), {});
    }
    m_staffTimeTotals->setText(html.html());
}

QString MeansPage::contributionTotalsText() const
{
    return QTextDocumentFragment::fromHtml(m_contributionTotals->text()).toPlainText();
}

QString MeansPage::staffTimeTotalsText() const
{
    return QTextDocumentFragment::fromHtml(m_staffTimeTotals->text()).toPlainText();
}

ContributionDialog *MeansPage::openContribution(qint64 id)
{
    auto *dialog = new ContributionDialog(m_database, m_commands, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContributionDialog::saved, this, [this](qint64 saved) {
        const int row = m_contributions->rowOf(saved);
        if (row >= 0)
            m_contributionsView->selectRow(row);
    });
    dialog->open();
    return dialog;
}

ContributionDialog *MeansPage::newContribution()
{
    m_tabs->setCurrentIndex(0);
    ContributionDialog *dialog = openContribution(0);
    if (currentYear())
        dialog->setYear(currentYear());
    if (m_organisationFilter)
        dialog->setOrganisation(m_organisationFilter, m_organisation->text().simplified());
    return dialog;
}

StaffTimeDialog *MeansPage::openStaffTime(qint64 id)
{
    auto *dialog = new StaffTimeDialog(m_database, m_commands, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffTimeDialog::saved, this, [this](qint64 saved) {
        const int row = m_staffTime->rowOf(saved);
        if (row >= 0)
            m_staffTimeView->selectRow(row);
    });
    dialog->open();
    return dialog;
}

StaffTimeDialog *MeansPage::newStaffTime()
{
    m_tabs->setCurrentIndex(1);
    StaffTimeDialog *dialog = openStaffTime(0);
    if (const qint64 person = m_person->currentData().toLongLong()) {
        StaffTimeEntry entry = dialog->entry();
        entry.staffId = person;
        dialog->prefill(entry);
    }
    return dialog;
}

void MeansPage::openCurrent()
{
    if (m_tabs->currentIndex() == 0) {
        const QList<qint64> ids = selectedIds(m_contributionsView);
        if (!ids.isEmpty())
            openContribution(ids.constFirst());
    } else {
        const QList<qint64> ids = selectedIds(m_staffTimeView);
        if (!ids.isEmpty())
            openStaffTime(ids.constFirst());
    }
}

void MeansPage::deleteSelected()
{
    if (m_tabs->currentIndex() == 0) {
        const QList<qint64> ids = selectedIds(m_contributionsView);
        if (ids.isEmpty())
            return;
        QString question;
        if (ids.size() == 1) {
            const ValuedContribution &c
                = m_contributions->contributionAt(m_contributions->rowOf(ids.constFirst()));
            const QString organisation
                = m_contributions
                      ->data(m_contributions->index(
                          m_contributions->rowOf(c.id), ContributionModel::Organisation))
                      .toString();
            question = tr("Delete the contribution of %1 from %2 (%3)?")
                           .arg(formatCents(c.amount), organisation)
                           .arg(c.year);
        } else {
            question = tr("Delete %Ln valued contribution(s)?", nullptr, int(ids.size()));
        }
        confirmAndDelete(
            this, question, [this, ids] { return m_commands.deleteContributions(ids); },
            m_commands);
    } else {
        const QList<qint64> ids = selectedIds(m_staffTimeView);
        if (ids.isEmpty())
            return;
        confirmAndDelete(
            this, tr("Delete %Ln staff time entry(ies)?", nullptr, int(ids.size())),
            [this, ids] { return m_commands.deleteStaffTime(ids); }, m_commands);
    }
}

void MeansPage::editRoles()
{
    StaffRolesDialog dialog(m_database, m_commands, this);
    dialog.exec();
}

// ---- StaffRolesDialog ----------------------------------------------------------------

StaffRolesDialog::StaffRolesDialog(Database &database, Commands &commands, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("staffRolesDialog"));
    setWindowTitle(tr("Staff roles"));
    QList<StaffPerson> staff;
    QList<ReferenceItem> roles;
    try {
        staff = MeansRepository(database).staff(false);
        roles = ReferenceListRepository(database).items(ReferenceList::StaffRole, false);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    auto *intro = new QLabel(
        tr("Staff time is added up by the role of each person. A change is saved at once; Edit > "
           "Undo takes it back."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const StaffPerson &person : std::as_const(staff)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("role%1").arg(person.id));
        combo->addItem(tr("— no role —"), qint64(0));
        for (const ReferenceItem &role : std::as_const(roles))
            combo->addItem(role.name, role.id);
        if (person.roleId && combo->findData(person.roleId) < 0)
            combo->addItem(person.role, person.roleId); // retired since
        combo->setCurrentIndex(std::max(0, combo->findData(person.roleId)));
        const qint64 staffId = person.id;
        connect(
            combo, &QComboBox::currentIndexChanged, this, [this, combo, staffId, &commands](int) {
                if (!commands.setStaffRole(staffId, combo->currentData().toLongLong()))
                    QMessageBox::warning(this, windowTitle(), commands.lastError());
            });
        auto *label = new QLabel(person.name, this);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_choosers << qMakePair(person.id, combo);
    }
    auto *empty = new QLabel(tr("No staff yet: add the programme's people to the list Staff "
                                "(Actors > Reference lists…)."),
        this);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setVisible(staff.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(empty);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(460, std::min(600, 160 + 36 * int(staff.size())));
}

QComboBox *StaffRolesDialog::roleChooser(qint64 staffId) const
{
    for (const auto &[id, combo] : m_choosers) {
        if (id == staffId)
            return combo;
    }
    return nullptr;
}

} // namespace relais
