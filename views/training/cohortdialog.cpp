#include "cohortdialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/trainingrepository.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

namespace relais {

namespace {
// Rule kinds in the combo: none, then CompletionRule::Kind.
enum RuleChoice { NoRule, HalfDays, Modules };
} // namespace

CohortDialog::CohortDialog(Database &database, Commands &commands, qint64 cohortId, QWidget *parent)
    : RecordDialog(parent)
    , m_commands(commands)
    , m_cohortId(cohortId)
{
    setObjectName(QStringLiteral("cohortDialog"));
    auto *page = new QWidget;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Relay actors 2014 — pilot group"));
    m_nameMessage = new FieldMessage(m_name, page);
    m_startsOn = new DateEdit(page);
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_endsOn = new OptionalDateEdit(page);
    m_endsOn->setObjectName(QStringLiteral("endsOn"));
    m_datesMessage = new FieldMessage(m_endsOn, page);
    m_ruleKind = new QComboBox(page);
    m_ruleKind->setObjectName(QStringLiteral("ruleKind"));
    m_ruleKind->addItem(tr("No rule"));
    m_ruleKind->addItem(tr("Half-days attended, at least"));
    m_ruleKind->addItem(tr("Modules attended (one session or more), at least"));
    m_ruleCount = new QSpinBox(page);
    m_ruleCount->setObjectName(QStringLiteral("ruleCount"));
    m_ruleCount->setRange(1, 99);
    m_modules = new QListWidget(page);
    m_modules->setObjectName(QStringLiteral("modules"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    auto *period = new QHBoxLayout;
    period->addWidget(m_startsOn, 1);
    period->addWidget(new QLabel(tr("to"), page));
    period->addWidget(m_endsOn, 1);
    auto *rule = new QHBoxLayout;
    rule->addWidget(m_ruleKind, 1);
    rule->addWidget(m_ruleCount);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name *"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&From"), period);
    form->addRow(QString(), m_datesMessage);
    form->addRow(tr("&Completion rule"), rule);
    form->addRow(tr("&Modules"), m_modules);
    form->addRow(tr("N&otes"), m_notes);
    tabs()->addTab(page, tr("Cohort"));
    tabs()->tabBar()->hide();
    resize(640, 560);

    try {
        for (const TrainingModule &module : TrainingRepository(database).modules()) {
            auto *item = new QListWidgetItem(module.theme.isEmpty()
                    ? module.title
                    : tr("%1 — %2").arg(module.theme, module.title),
                m_modules);
            item->setData(Qt::UserRole, module.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Cohort"), error.message());
    }
    if (m_modules->count() == 0)
        m_modules->addItem(tr("No module yet: add them with Training > Modules."));

    Cohort cohort;
    cohort.startsOn = commands.today();
    cohort.rule = { CompletionRule::Kind::HalfDays, 6 };
    if (cohortId) {
        try {
            if (const auto loaded = TrainingRepository(database).cohort(cohortId))
                cohort = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Cohort"), error.message());
        }
    }
    load(cohort);
    connect(m_ruleKind, &QComboBox::currentIndexChanged, this, &CohortDialog::ruleKindChanged);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &FieldMessage::clear);
    m_name->setFocus();
}

void CohortDialog::load(const Cohort &cohort)
{
    m_saved = cohort;
    m_name->setText(cohort.name);
    m_startsOn->setDate(cohort.startsOn.isValid() ? cohort.startsOn : m_commands.today());
    m_endsOn->setOptionalDate(cohort.endsOn);
    m_ruleKind->setCurrentIndex(cohort.rule.count <= 0
            ? NoRule
            : (cohort.rule.kind == CompletionRule::Kind::HalfDays ? HalfDays : Modules));
    m_ruleCount->setValue(std::max(1, cohort.rule.count));
    ruleKindChanged();
    for (int i = 0; i < m_modules->count(); ++i) {
        QListWidgetItem *item = m_modules->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(cohort.moduleIds.contains(item->data(Qt::UserRole).toLongLong())
                    ? Qt::Checked
                    : Qt::Unchecked);
    }
    m_notes->setPlainText(cohort.notes);
    setWindowTitle(cohort.id ? tr("Cohort: %1").arg(cohort.name) : tr("New cohort"));
}

void CohortDialog::ruleKindChanged()
{
    m_ruleCount->setEnabled(m_ruleKind->currentIndex() != NoRule);
}

Cohort CohortDialog::cohort() const
{
    Cohort cohort = m_saved;
    cohort.name = m_name->text().simplified();
    cohort.startsOn = m_startsOn->date();
    cohort.endsOn = m_endsOn->optionalDate();
    switch (m_ruleKind->currentIndex()) {
    case HalfDays:
        cohort.rule = { CompletionRule::Kind::HalfDays, m_ruleCount->value() };
        break;
    case Modules:
        cohort.rule = { CompletionRule::Kind::Modules, m_ruleCount->value() };
        break;
    default:
        cohort.rule = {};
        break;
    }
    // In the order of the list, the programme's.
    cohort.moduleIds.clear();
    for (int i = 0; i < m_modules->count(); ++i) {
        const QListWidgetItem *item = m_modules->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            cohort.moduleIds << item->data(Qt::UserRole).toLongLong();
    }
    cohort.notes = m_notes->toPlainText().trimmed();
    return cohort;
}

bool CohortDialog::isModified() const
{
    const Cohort now = cohort();
    return now.name != m_saved.name || now.startsOn != m_saved.startsOn
        || now.endsOn != m_saved.endsOn || now.rule != m_saved.rule
        || now.moduleIds != m_saved.moduleIds || now.notes != m_saved.notes;
}

bool CohortDialog::save()
{
    const Cohort edited = cohort();
    m_nameMessage->clear();
    m_datesMessage->clear();
    if (edited.name.isEmpty()) {
        m_nameMessage->showError(tr("A cohort needs a name."));
        m_name->setFocus();
        return false;
    }
    if (edited.endsOn.isValid() && edited.endsOn < edited.startsOn) {
        m_datesMessage->showError(tr("The end comes before the start."));
        m_endsOn->setFocus();
        return false;
    }
    if (m_cohortId) {
        if (!m_commands.updateCohort(edited)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto id = m_commands.addCohort(edited);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        m_cohortId = *id;
    }
    Cohort saved = edited;
    saved.id = m_cohortId;
    load(saved);
    setStatusText(tr("%1 saved.").arg(edited.name));
    return true;
}

void CohortDialog::startNext()
{
    m_cohortId = 0;
    Cohort next;
    next.rule = m_saved.rule;
    next.moduleIds = m_saved.moduleIds;
    load(next);
    m_name->setFocus();
}

} // namespace relais
