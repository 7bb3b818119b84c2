#include "moduledialog.h"

#include "models/changenotifier.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/trainingrepository.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/listview.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

ModuleDialog::ModuleDialog(Database &database, Commands &commands, qint64 moduleId, QWidget *parent)
    : RecordDialog(parent)
    , m_commands(commands)
    , m_moduleId(moduleId)
{
    setObjectName(QStringLiteral("moduleDialog"));
    auto *page = new QWidget;
    m_theme = new QLineEdit(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setPlaceholderText(tr("e.g. Composting"));
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Running a shared compost site"));
    m_titleMessage = new FieldMessage(m_title, page);
    m_objectives = new QPlainTextEdit(page);
    m_objectives->setObjectName(QStringLiteral("objectives"));
    m_objectives->setTabChangesFocus(true);
    m_hours = new QDoubleSpinBox(page);
    m_hours->setObjectName(QStringLiteral("plannedHours"));
    m_hours->setRange(0, 200);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(3.5);
    m_hours->setSuffix(tr(" h"));
    m_hours->setSpecialValueText(tr("Not set"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("T&heme"), m_theme);
    form->addRow(tr("&Title *"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Objectives"), m_objectives);
    form->addRow(tr("&Planned duration"), m_hours);
    form->addRow(tr("&Description"), m_description);
    tabs()->addTab(page, tr("Module"));
    tabs()->tabBar()->hide();
    resize(620, 520);
    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &FieldMessage::clear);

    TrainingModule module;
    if (moduleId) {
        try {
            if (const auto loaded = TrainingRepository(database).module(moduleId))
                module = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Module"), error.message());
        }
    }
    load(module);
    m_theme->setFocus();
}

void ModuleDialog::load(const TrainingModule &module)
{
    m_saved = module;
    m_theme->setText(module.theme);
    m_title->setText(module.title);
    m_objectives->setPlainText(module.objectives);
    m_hours->setValue(module.plannedHours);
    m_description->setPlainText(module.description);
    setWindowTitle(module.id ? tr("Module: %1").arg(module.title) : tr("New module"));
}

TrainingModule ModuleDialog::module() const
{
    TrainingModule module = m_saved;
    module.theme = m_theme->text().simplified();
    module.title = m_title->text().simplified();
    module.objectives = m_objectives->toPlainText().trimmed();
    module.plannedHours = m_hours->value();
    module.description = m_description->toPlainText().trimmed();
    return module;
}

bool ModuleDialog::isModified() const
{
    const TrainingModule now = module();
    return now.theme != m_saved.theme || now.title != m_saved.title
        || now.objectives != m_saved.objectives || now.plannedHours != m_saved.plannedHours
        || now.description != m_saved.description;
}

bool ModuleDialog::save()
{
    const TrainingModule edited = module();
    if (edited.title.isEmpty()) {
        m_titleMessage->showError(tr("A module needs a title."));
        m_title->setFocus();
        return false;
    }
    if (m_moduleId) {
        if (!m_commands.updateModule(edited)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto id = m_commands.addModule(edited);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        m_moduleId = *id;
    }
    TrainingModule saved = edited;
    saved.id = m_moduleId;
    load(saved);
    setStatusText(tr("%1 saved.").arg(edited.title));
    return true;
}

void ModuleDialog::startNext()
{
    m_moduleId = 0;
    load(TrainingModule());
    m_theme->setFocus();
}

ModulesDialog::ModulesDialog(Database &database, Commands &commands, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("modulesDialog"));
    setWindowTitle(tr("Training Modules"));
    m_table->setObjectName(QStringLiteral("modules"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Theme"), tr("Title"), tr("Planned") });
    setUpRecordList(m_table, QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(2, 80);

    auto *add = new QPushButton(tr("&New module…"), this);
    add->setObjectName(QStringLiteral("newModule"));
    m_edit->setObjectName(QStringLiteral("editModule"));
    m_delete->setObjectName(QStringLiteral("deleteModule"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(640, 380);

    connect(add, &QPushButton::clicked, this, &ModulesDialog::newModule);
    connect(m_edit, &QPushButton::clicked, this, &ModulesDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ModulesDialog::deleteCurrent);
    connect(m_table, &QTableWidget::activated, this, &ModulesDialog::editCurrent);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ModulesDialog::deleteCurrent);
    connect(&database.notifier(), &ChangeNotifier::trainingChanged, this, &ModulesDialog::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_edit->setEnabled(currentId() != 0);
        m_delete->setEnabled(currentId() != 0);
    });
    refresh();
}

void ModulesDialog::refresh()
{
    const qint64 current = currentId();
    QList<TrainingModule> modules;
    try {
        modules = TrainingRepository(m_database).modules();
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    m_table->setRowCount(int(modules.size()));
    int currentRow = modules.isEmpty() ? -1 : 0;
    for (int row = 0; row < modules.size(); ++row) {
        const TrainingModule &module = modules[row];
        auto *theme = new QTableWidgetItem(module.theme);
        theme->setData(Qt::UserRole, module.id);
        m_table->setItem(row, 0, theme);
        m_table->setItem(row, 1, new QTableWidgetItem(module.title));
        m_table->setItem(row, 2,
            new QTableWidgetItem(module.plannedHours > 0
                    ? tr("%1 h").arg(QLocale().toString(module.plannedHours, 'g', 4))
                    : QString()));
        if (module.id == current)
            currentRow = row;
    }
    if (currentRow >= 0)
        m_table->setCurrentCell(currentRow, 0);
    m_edit->setEnabled(currentId() != 0);
    m_delete->setEnabled(currentId() != 0);
}

qint64 ModulesDialog::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ModulesDialog::newModule()
{
    ModuleDialog dialog(m_database, m_commands, 0, this);
    dialog.exec();
}

void ModulesDialog::editCurrent()
{
    if (const qint64 id = currentId()) {
        ModuleDialog dialog(m_database, m_commands, id, this);
        dialog.exec();
    }
}

void ModulesDialog::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString title = m_table->item(m_table->currentRow(), 1)->text();
    if (QMessageBox::question(this, tr("Delete"), tr("Delete the module %1?").arg(title))
        != QMessageBox::Yes)
        return;
    if (!m_commands.deleteModule(id))
        QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
}

} // namespace relais
