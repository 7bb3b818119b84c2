#include "importcheckpage.h"

#include "importfilepage.h"
#include "importwizard.h"
#include "models/db/referencelistrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <numeric>

namespace relais {

namespace {

// The preview shows the first rows only: enough to see how they will be stored.
constexpr int previewRows = 200;

enum ValueColumn { ValueList, ValueName, ValueLines, ValueFate };
enum DuplicateColumn {
    DuplicateLine,
    DuplicateRow,
    DuplicateOther,
    DuplicateReasonColumn,
    DuplicateActionColumn
};

const DuplicateAction allActions[] = { DuplicateAction::FillEmpty, DuplicateAction::Overwrite,
    DuplicateAction::CreateAnyway, DuplicateAction::Skip };

// Rows of attendance name people: finding them in Relais is the point, not a doubt.
bool namesPeople(ImportKind kind)
{
    return kind == ImportKind::MeetingAttendance || kind == ImportKind::TrainingAttendance;
}

// What a SERD actions row that creates a record creates: an action (with its first date),
// or a date of an action named before.
QString serdBecomes(const ImportPlan &plan, int index)
{
    const SerdRow &serd = plan.rows()[index].serd;
    const bool dated = serd.occurrence.date.isValid();
    if (serd.actionId)
        return dated ? ImportCheckPage::tr("New date of an action in Relais")
                     : ImportCheckPage::tr("Action in Relais");
    if (serd.actionRow != index)
        return dated
            ? ImportCheckPage::tr("New date of line %1's action")
                  .arg(plan.rows()[serd.actionRow].line)
            : ImportCheckPage::tr("Action of line %1").arg(plan.rows()[serd.actionRow].line);
    return dated ? ImportCheckPage::tr("New action")
                 : ImportCheckPage::tr("New action, no date yet");
}

QString actionName(ImportKind kind, DuplicateAction action)
{
    if (namesPeople(kind)) {
        switch (action) {
        case DuplicateAction::Skip:
            return ImportCheckPage::tr("Skip the row");
        case DuplicateAction::FillEmpty:
            return ImportCheckPage::tr("This person (fill the empty fields)");
        case DuplicateAction::Overwrite:
            return ImportCheckPage::tr("This person (overwrite with the row)");
        case DuplicateAction::CreateAnyway:
            return ImportCheckPage::tr("Someone else: a new contact");
        }
    }
    switch (action) {
    case DuplicateAction::Skip:
        return ImportCheckPage::tr("Skip the row");
    case DuplicateAction::FillEmpty:
        return ImportCheckPage::tr("Fill the empty fields");
    case DuplicateAction::Overwrite:
        return ImportCheckPage::tr("Overwrite with the row");
    case DuplicateAction::CreateAnyway:
        return ImportCheckPage::tr("Create anyway");
    }
    return {};
}

// Whether a duplicate of this kind of row can be handled so: a contribution is there
// or not, with nothing to fill.
bool offered(ImportKind kind, DuplicateAction action)
{
    return ImportPlan::merges(kind)
        || (action != DuplicateAction::FillEmpty && action != DuplicateAction::Overwrite);
}

QString linesText(const QList<int> &lines)
{
    QStringList texts;
    for (const int line : lines.mid(0, 8))
        texts << QString::number(line);
    if (lines.size() > 8)
        texts << QStringLiteral("…");
    return texts.join(QLatin1String(", "));
}

QTableWidget *newTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *lineItem(int line)
{
    auto *cell = new QTableWidgetItem;
    cell->setData(Qt::DisplayRole, line);
    return cell;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(nullptr)
    , m_problems(nullptr)
    , m_skipRefused(new QCheckBox(tr("&Leave the refused rows out and import the others"), this))
    , m_values(nullptr)
    , m_duplicates(nullptr)
    , m_allDuplicates(new QComboBox(this))
{
    setTitle(tr("Before importing"));
    setSubTitle(tr("Nothing is written until you click Import, and the whole import can "
                   "be undone afterwards (Edit > Undo import…)."));
    m_summary->setObjectName(QStringLiteral("outcome"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("tabs"));

    m_preview = newTable(this, QStringLiteral("preview"), {});
    m_tabs->addTab(m_preview, tr("Rows"));

    auto *problemsTab = new QWidget(this);
    m_problems = newTable(problemsTab, QStringLiteral("problems"),
        { tr("Line"), tr("Field"), tr("Why the row is refused") });
    m_skipRefused->setObjectName(QStringLiteral("skipRefused"));
    auto *readAgain = new QPushButton(tr("&Read the file again"), problemsTab);
    readAgain->setObjectName(QStringLiteral("readAgain"));
    readAgain->setToolTip(tr("After correcting the file in the spreadsheet and saving it"));
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addWidget(m_skipRefused);
    problemButtons->addStretch();
    problemButtons->addWidget(readAgain);
    auto *problemsLayout = new QVBoxLayout(problemsTab);
    problemsLayout->addWidget(m_problems, 1);
    problemsLayout->addLayout(problemButtons);
    m_tabs->addTab(problemsTab, tr("Refused"));

    m_values = newTable(this, QStringLiteral("values"),
        { tr("List"), tr("Name in the file"), tr("Lines"), tr("In Relais") });
    m_tabs->addTab(m_values, tr("New names"));

    auto *duplicatesTab = new QWidget(this);
    m_duplicates = newTable(duplicatesTab, QStringLiteral("duplicates"),
        { tr("Line"), tr("Row"), tr("Looks like"), tr("Why"), tr("Action") });
    m_allDuplicates->setObjectName(QStringLiteral("allDuplicates"));
    auto *applyAll = new QPushButton(tr("Apply to &all"), duplicatesTab);
    applyAll->setObjectName(QStringLiteral("applyAll"));
    auto *allLabel = new QLabel(tr("For every duplicate:"), duplicatesTab);
    allLabel->setBuddy(m_allDuplicates);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(allLabel);
    allRow->addWidget(m_allDuplicates);
    allRow->addWidget(applyAll);
    allRow->addStretch();
    auto *duplicatesLayout = new QVBoxLayout(duplicatesTab);
    duplicatesLayout->addLayout(allRow);
    duplicatesLayout->addWidget(m_duplicates, 1);
    m_tabs->addTab(duplicatesTab, tr("Duplicates"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_skipRefused, &QCheckBox::toggled, this, [this] { updateOutcome(); });
    connect(readAgain, &QPushButton::clicked, this, &ImportCheckPage::readFileAgain);
    connect(applyAll, &QPushButton::clicked, this,
        [this] { setDuplicateAction(DuplicateAction(m_allDuplicates->currentData().toInt())); });
}

void ImportCheckPage::readFileAgain()
{
    if (!m_wizard->filePage()->readAgain(false))
        return;
    // Columns added, removed or renamed in the spreadsheet: the mapping is the old
    // file's. Back to the start, where Next proposes one for the new columns.
    if (m_wizard->table()->header != m_wizard->mapping().header) {
        QMessageBox::information(this, m_wizard->windowTitle(),
            tr("The columns of the file have changed: check which field each goes to."));
        m_wizard->restart();
        return;
    }
    analyse();
}

void ImportCheckPage::initializePage()
{
    m_skipRefused->setChecked(false);
    analyse();
}

void ImportCheckPage::analyse()
{
    QString error;
    if (!m_wizard->analyse(&error)) {
        m_summary->setText(error);
        m_tabs->setEnabled(false);
        emit completeChanged();
        return;
    }
    m_tabs->setEnabled(true);
    showProblems();
    showValues();
    showDuplicates();
    updateOutcome();
    // The tab that needs the user first.
    const ImportPlan &plan = *m_wizard->plan();
    m_tabs->setCurrentIndex(plan.rejectedCount() > 0 ? 1
            : !plan.unknownValues().isEmpty()        ? 2
            : plan.duplicateCount() > 0              ? 3
                                                     : 0);
}

void ImportCheckPage::showPreview()
{
    const ImportPlan &plan = *m_wizard->plan();
    const bool people = plan.kind() != ImportKind::Organisations;
    const bool attendance = plan.kind() == ImportKind::MeetingAttendance;
    const bool training = plan.kind() == ImportKind::TrainingAttendance;
    const bool contributions = plan.kind() == ImportKind::Contributions;
    const bool staffTime = plan.kind() == ImportKind::StaffTime;
    const bool serd = plan.kind() == ImportKind::SerdActions;
    m_preview->clear();
    m_preview->setColumnCount(0);
    const QStringList headers = serd
        ? QStringList { tr("Line"), tr("Date"), tr("Action"), tr("Lead organiser"),
              tr("Co-organisers"), tr("Place"), tr("Commune"), tr("Participants"), tr("Becomes") }
        : staffTime     ? QStringList { tr("Line"), tr("Date"), tr("Until"), tr("Person"),
              tr("Activity"), tr("Days"), tr("Note"), tr("Becomes") }
        : contributions ? QStringList { tr("Line"), tr("Year"), tr("Organisation"), tr("Kind"),
              tr("Amount"), tr("Action or meeting"), tr("Note"), tr("Becomes") }
        : attendance    ? QStringList { tr("Line"), tr("Date"), tr("Meeting"), tr("Last name"),
              tr("First name"), tr("Organisation"), tr("E-mails"), tr("Status"), tr("Person") }
        : training
        ? QStringList { tr("Line"), tr("Date"), tr("Cohort"), tr("Module"), tr("Half-days"),
              tr("Last name"), tr("First name"), tr("E-mails"), tr("Status"), tr("Person") }
        : people ? QStringList { tr("Line"), tr("Last name"), tr("First name"), tr("Organisation"),
              tr("Role"), tr("E-mails"), tr("Phones"), tr("Commune"), tr("Type"), tr("Tags"),
              tr("Becomes") }
                 : QStringList { tr("Line"), tr("Name"), tr("Acronym"), tr("E-mail"), tr("Phone"),
                       tr("Commune"), tr("Type"), tr("Tags"), tr("Becomes") };
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const QList<ImportPlan::Target> targets = plan.targets();
    const int rows = int(std::min<qsizetype>(previewRows, plan.rows().size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const ImportRow &row = plan.rows()[r];
        const ImportPlan::Target &target = targets[r];
        QString becomes;
        switch (target.kind) {
        case ImportPlan::Target::Kind::Rejected:
            becomes = tr("Refused: %1").arg(row.problems.value(0).reason);
            break;
        case ImportPlan::Target::Kind::Skipped:
            becomes = tr("Skipped");
            break;
        case ImportPlan::Target::Kind::Created:
            becomes = target.joined ? tr("Joins line %1").arg(plan.rows()[target.row].line)
                : serd              ? serdBecomes(plan, r)
                : staffTime         ? tr("New entry")
                : contributions     ? tr("New contribution")
                : people            ? tr("New contact")
                                    : tr("New organisation");
            break;
        case ImportPlan::Target::Kind::Updated:
            becomes = target.joined      ? tr("Joins line %1").arg(row.duplicate->otherLine)
                : attendance || training ? tr("In Relais: %1").arg(row.duplicate->otherName)
                                         : tr("Updates %1").arg(row.duplicate->otherName);
            break;
        }
        QStringList cells;
        if (serd) {
            const SerdRow &serdRow = row.serd;
            const auto &counted = serdRow.occurrence.actualParticipants
                ? serdRow.occurrence.actualParticipants
                : serdRow.occurrence.expectedParticipants;
            cells = { QLocale().toString(serdRow.occurrence.date, QLocale::ShortFormat),
                serdRow.action.title, serdRow.leadOrganiser,
                serdRow.coOrganisers.join(QLatin1String(", ")), serdRow.occurrence.place,
                row.commune, counted ? QString::number(*counted) : QString(), becomes };
        } else if (staffTime) {
            const StaffTimeEntry &e = row.staffTime;
            QString activity = row.activity;
            if (e.activity.kind == StaffActivity::Kind::Category)
                activity = tr("%1 (category)").arg(row.activity);
            cells = { QLocale().toString(e.startsOn, QLocale::ShortFormat),
                QLocale().toString(e.endsOn, QLocale::ShortFormat), row.person, activity,
                formatDays(e.days), e.note, becomes };
        } else if (contributions)
            cells = { QString::number(row.contribution.year), row.organisationName,
                contributionKindName(row.contribution.kind), formatCents(row.contribution.amount),
                row.relatesTo, row.contribution.note, becomes };
        else if (attendance)
            cells = { QLocale().toString(row.meetingDate, QLocale::ShortFormat), row.meetingTitle,
                row.contact.lastName, row.contact.firstName, row.organisationName,
                row.contact.emails.join(QLatin1String(", ")), attendanceStatusName(row.status),
                becomes };
        else if (training) {
            QStringList halves;
            for (const HalfDay half : row.halfDays)
                halves << (half == HalfDay::Morning ? tr("morning") : tr("afternoon"));
            cells = { QLocale().toString(row.sessionDate, QLocale::ShortFormat), row.cohortName,
                row.moduleTitle, halves.join(QLatin1String(", ")), row.contact.lastName,
                row.contact.firstName, row.contact.emails.join(QLatin1String(", ")),
                attendanceStatusName(row.status), becomes };
        } else if (people)
            cells = { row.contact.lastName, row.contact.firstName, row.organisationName, row.role,
                row.contact.emails.join(QLatin1String(", ")),
                row.contact.phones.join(QLatin1String(", ")), row.commune, row.type,
                row.tags.join(QLatin1String(", ")), becomes };
        else
            cells = { row.organisation.name, row.organisation.acronym, row.organisation.email,
                row.organisation.phone, row.commune, row.type, row.tags.join(QLatin1String(", ")),
                becomes };
        m_preview->setItem(r, 0, lineItem(row.line));
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = item(cells[c]);
            if (target.kind == ImportPlan::Target::Kind::Rejected
                || target.kind == ImportPlan::Target::Kind::Skipped)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_preview->setItem(r, c + 1, cell);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount() - 1; ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 200));
}

void ImportCheckPage::showProblems()
{
    const QList<ImportProblem> problems = m_wizard->plan()->problems();
    m_problems->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        m_problems->setItem(r, 0, lineItem(problems[r].line));
        m_problems->setItem(r, 1, item(problems[r].field));
        m_problems->setItem(r, 2, item(problems[r].reason));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_skipRefused->setEnabled(!problems.isEmpty());
    m_tabs->setTabText(1, tr("Refused (%1)").arg(problems.size()));
}

void ImportCheckPage::showValues()
{
    QList<UnknownValue> &values = m_wizard->plan()->unknownValues();
    ReferenceListRepository lists(m_wizard->database());
    QHash<ReferenceList, QList<ReferenceItem>> items;
    m_values->setRowCount(int(values.size()));
    // By list (organisations first: they matter most), then in the order of the file.
    QList<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    const auto listRank = [](const UnknownValue &value) {
        return value.contactPerson ? 1000 : value.list ? int(*value.list) + 1 : 0;
    };
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return listRank(values[a]) < listRank(values[b]); });
    for (int row = 0; row < order.size(); ++row) {
        const int r = order[row]; // the value's index, which the plan's choices use
        const UnknownValue &value = values[r];
        m_values->setItem(row, ValueList, item(ImportPlan::listName(value)));
        m_values->setItem(row, ValueName, item(value.name));
        m_values->setItem(row, ValueLines, item(linesText(value.lines)));
        auto *fate = new QComboBox(m_values);
        fate->setObjectName(QStringLiteral("value%1").arg(r));
        fate->addItem(tr("Create it"), QStringList {});
        // An existing item is "id:N", another new name of the file "value:N".
        if (value.suggestedId)
            fate->addItem(tr("Take “%1”").arg(value.suggestedName),
                QStringLiteral("id:%1").arg(value.suggestedId));
        if (value.suggestedValue >= 0)
            fate->addItem(tr("Take “%1” (new, line %2)")
                              .arg(values[value.suggestedValue].name)
                              .arg(values[value.suggestedValue].lines.value(0)),
                QStringLiteral("value:%1").arg(value.suggestedValue));
        if (value.list) {
            if (!items.contains(*value.list))
                items.insert(*value.list, lists.items(*value.list, false));
            for (const ReferenceItem &existing : items.value(*value.list)) {
                if (existing.id != value.suggestedId)
                    fate->addItem(tr("Take “%1”").arg(existing.name),
                        QStringLiteral("id:%1").arg(existing.id));
            }
        }
        const QString chosen = value.useId ? QStringLiteral("id:%1").arg(value.useId)
            : value.useValue >= 0          ? QStringLiteral("value:%1").arg(value.useValue)
                                           : QString();
        fate->setCurrentIndex(std::max(0, fate->findData(chosen)));
        connect(fate, &QComboBox::activated, this, [this, r, fate] {
            UnknownValue &changed = m_wizard->plan()->unknownValues()[r];
            const QString data = fate->currentData().toString();
            changed.useId = data.startsWith(QLatin1String("id:")) ? data.mid(3).toLongLong() : 0;
            changed.useValue = data.startsWith(QLatin1String("value:")) ? data.mid(6).toInt() : -1;
            updateOutcome();
        });
        m_values->setCellWidget(row, ValueFate, fate);
    }
    QHeaderView *header = m_values->horizontalHeader();
    header->setStretchLastSection(false);
    m_values->resizeColumnToContents(ValueList);
    header->setSectionResizeMode(ValueName, QHeaderView::Stretch);
    m_values->setColumnWidth(ValueLines, 200);
    m_values->setColumnWidth(ValueFate, 320);
    m_tabs->setTabText(2, tr("New names (%1)").arg(values.size()));
    // Nothing to choose: the tab is greyed, its count says why. (Refused stays open
    // whatever its count: it holds "Read the file again".)
    m_tabs->setTabEnabled(2, !values.isEmpty());
}

void ImportCheckPage::showDuplicates()
{
    ImportPlan &plan = *m_wizard->plan();
    m_allDuplicates->clear();
    for (const DuplicateAction action : allActions) {
        if (offered(plan.kind(), action))
            m_allDuplicates->addItem(actionName(plan.kind(), action), int(action));
    }
    m_duplicates->setRowCount(0);
    for (int index = 0; index < plan.rows().size(); ++index) {
        const ImportRow &row = plan.rows()[index];
        if (!row.isValid() || !row.duplicate)
            continue;
        const int r = m_duplicates->rowCount();
        m_duplicates->insertRow(r);
        m_duplicates->setItem(r, DuplicateLine, lineItem(row.line));
        m_duplicates->setItem(r, DuplicateRow, item(ImportPlan::rowName(plan.kind(), row)));
        m_duplicates->setItem(r, DuplicateOther,
            item(row.duplicate->earlierRow >= 0
                    ? tr("Line %1: %2").arg(row.duplicate->otherLine).arg(row.duplicate->otherName)
                    : tr("In Relais: %1").arg(row.duplicate->otherName)));
        m_duplicates->setItem(r, DuplicateReasonColumn,
            item(row.duplicate->namesakes ? tr("%1, but other e-mails and organisations")
                                                .arg(duplicateReasonText(row.duplicate->reason))
                                          : duplicateReasonText(row.duplicate->reason)));
        auto *action = new QComboBox(m_duplicates);
        action->setObjectName(QStringLiteral("duplicate%1").arg(r));
        for (const DuplicateAction a : allActions) {
            if (offered(plan.kind(), a))
                action->addItem(actionName(plan.kind(), a), int(a));
        }
        action->setCurrentIndex(action->findData(int(row.action)));
        connect(action, &QComboBox::activated, this, [this, index, action] {
            m_wizard->plan()->rows()[index].action = DuplicateAction(action->currentData().toInt());
            updateOutcome();
        });
        m_duplicates->setCellWidget(r, DuplicateActionColumn, action);
    }
    // The action stays in sight: the likeness takes what room is left.
    QHeaderView *header = m_duplicates->horizontalHeader();
    header->setStretchLastSection(false);
    m_duplicates->resizeColumnsToContents();
    header->setSectionResizeMode(DuplicateOther, QHeaderView::Stretch);
    m_duplicates->setColumnWidth(
        DuplicateRow, std::min(m_duplicates->columnWidth(DuplicateRow), 200));
    m_duplicates->setColumnWidth(
        DuplicateReasonColumn, std::min(m_duplicates->columnWidth(DuplicateReasonColumn), 220));
    m_tabs->setTabText(3,
        namesPeople(plan.kind()) ? tr("People found (%1)").arg(m_duplicates->rowCount())
                                 : tr("Duplicates (%1)").arg(m_duplicates->rowCount()));
    m_tabs->setTabEnabled(3, m_duplicates->rowCount() > 0);
}

void ImportCheckPage::setDuplicateAction(DuplicateAction action)
{
    if (!m_wizard->plan())
        return;
    m_wizard->plan()->setDuplicateAction(action);
    for (int r = 0; r < m_duplicates->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_duplicates->cellWidget(r, DuplicateActionColumn));
        combo->setCurrentIndex(combo->findData(int(action)));
    }
    updateOutcome();
}

void ImportCheckPage::updateOutcome()
{
    if (!m_wizard->plan())
        return;
    const ImportPlan &plan = *m_wizard->plan();
    const ImportPlan::Outcome outcome = plan.outcome();
    const bool people = plan.kind() != ImportKind::Organisations;
    const bool serd = plan.kind() == ImportKind::SerdActions;
    QStringList parts;
    const bool attendance = plan.kind() == ImportKind::MeetingAttendance
        || plan.kind() == ImportKind::TrainingAttendance;
    if (attendance)
        parts << tr(
            "%n attendance(s) recorded", "", plan.rowCount() - outcome.rejected - outcome.skipped);
    if (serd) {
        parts << tr("%n new action(s)", "", outcome.actions);
        if (outcome.editions) {
            QStringList years;
            for (const int year : plan.newEditions())
                years << QString::number(year);
            parts << tr("%n new edition(s) (%1)", "", outcome.editions)
                         .arg(years.join(QLatin1String(", ")));
        }
    }
    parts << (serd ? tr("%n new date(s)", "", outcome.created)
            : plan.kind() == ImportKind::StaffTime
            ? tr("%n new staff time entry(ies)", "", outcome.created)
            : plan.kind() == ImportKind::Contributions
            ? tr("%n new contribution(s)", "", outcome.created)
            : people ? tr("%n new contact(s)", "", outcome.created)
                     : tr("%n new organisation(s)", "", outcome.created));
    if (outcome.updated && attendance)
        parts << tr("%n person(s) found in Relais", "", outcome.updated);
    else if (outcome.updated && serd)
        parts << tr("%n date(s) already in Relais", "", outcome.updated);
    else if (outcome.updated)
        parts << (people ? tr("%n existing contact(s) updated", "", outcome.updated)
                         : tr("%n existing organisation(s) updated", "", outcome.updated));
    if (outcome.merged)
        parts << tr("%n row(s) joined with an earlier one", "", outcome.merged);
    if (outcome.skipped)
        parts << tr("%n skipped", "", outcome.skipped);
    QString text
        = tr("%n row(s) read: %1.", "", plan.rowCount()).arg(parts.join(QLatin1String(", ")));
    if (outcome.rejected)
        text += QLatin1Char(' ')
            + (m_skipRefused->isChecked()
                    ? tr("%n refused row(s) left out.", "", outcome.rejected)
                    : tr("%n row(s) refused: correct the file and read it again, or leave them "
                         "out (Refused tab).",
                        "", outcome.rejected));
    m_summary->setText(text);
    showPreview();
    emit completeChanged();
}

QString ImportCheckPage::summary() const
{
    return m_summary->text();
}

bool ImportCheckPage::isComplete() const
{
    const auto &plan = m_wizard->plan();
    if (!plan || !m_tabs->isEnabled())
        return false;
    const ImportPlan::Outcome outcome = plan->outcome();
    if (outcome.rejected > 0 && !m_skipRefused->isChecked())
        return false;
    return outcome.created + outcome.updated + outcome.merged + outcome.actions > 0;
}

bool ImportCheckPage::validatePage()
{
    return m_wizard->runImport();
}

} // namespace relais
