#pragma once

#include "models/domain/training.h"
#include "views/forms/recorddialog.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace relais {

class Commands;
class Database;
class FieldMessage;

// A training module: theme, title, objectives, planned hours, description.
class ModuleDialog : public RecordDialog
{
    Q_OBJECT
public:
    ModuleDialog(
        Database &database, Commands &commands, qint64 moduleId, QWidget *parent = nullptr);

    qint64 moduleId() const { return m_moduleId; }
    TrainingModule module() const;
    bool save() override;
    bool isModified() const override;

protected:
    void startNext() override;

private:
    void load(const TrainingModule &module);

    Commands &m_commands;
    qint64 m_moduleId;
    TrainingModule m_saved;
    QLineEdit *m_theme;
    QLineEdit *m_title;
    FieldMessage *m_titleMessage;
    QPlainTextEdit *m_objectives;
    QDoubleSpinBox *m_hours;
    QPlainTextEdit *m_description;
};

// Training > Modules: the programme's modules, added, edited and deleted.
class ModulesDialog : public QDialog
{
    Q_OBJECT
public:
    ModulesDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    qint64 currentId() const;

public slots:
    void refresh();
    void newModule();
    void editCurrent();
    void deleteCurrent();

private:
    Database &m_database;
    Commands &m_commands;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace relais
