#pragma once

#include <QDialog>
#include <QList>
#include <models/db/retentionrepository.h>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace relais {

class Commands;
class Database;

// Tools > Retention review: the people with no activity for a number of years (3 unless
// the preferences say otherwise), listed as a dry run, and what the officer does about them:
// keep them with a reason (listed again once the period has passed), note they were
// re-contacted (their addresses copied to write to them), or anonymise them in bulk.
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT
public:
    RetentionReviewDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    static constexpr int defaultYears = 3;
    static constexpr const char *yearsSettingKey = "retention/years";

    // The contacts listed, in their order on screen.
    QList<qint64> listedIds() const;
    void selectIds(const QList<qint64> &ids);
    // With the reason given (the buttons ask for it).
    void keepSelected(const QString &reason);
    void markSelectedRecontacted();
    void anonymiseSelected();
    void copySelectedEmails();

private:
    void reload();
    QList<qint64> selectedIds() const;
    void updateButtons();
    void decide(const QString &decision, const QString &reason);

    Database &m_database;
    Commands &m_commands;
    QSpinBox *m_years;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_keep;
    QPushButton *m_recontacted;
    QPushButton *m_copyEmails;
    QPushButton *m_anonymise;
    QList<RetentionCandidate> m_candidates;
};

} // namespace relais
