#pragma once

#include "models/domain/means.h"
#include "views/forms/recorddialog.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace relais {

class ActorNameCompleter;
class Commands;
class Database;
class FieldMessage;

// A partner's valued contribution (dépense valorisée): which organisation, which year,
// what it relates to, and either its staff's time (quantity × rate, the amount computed
// as it is typed) or material and other expenses (the amount typed).
class ContributionDialog : public RecordDialog
{
    Q_OBJECT
public:
    // contributionId 0: a new contribution of the current year.
    ContributionDialog(
        Database &database, Commands &commands, qint64 contributionId, QWidget *parent = nullptr);

    // A new card from an organisation's record: the organisation is already chosen.
    void setOrganisation(qint64 organisationId, const QString &name);
    // A new card for another year than the current one (the year the Means area shows).
    void setYear(int year);

    qint64 contributionId() const { return m_contributionId; }
    // What the card holds now.
    ValuedContribution contribution() const;
    bool save() override;
    bool isModified() const override;

signals:
    void saved(qint64 contributionId);

protected:
    void startNext() override;

private:
    void load(const ValuedContribution &contribution);
    // keepOther: offer the link already saved even if it is of another year.
    void fillRelatesTo(qint64 meetingId, qint64 serdActionId, bool keepOther);
    void kindChanged();
    void updateAmount();
    qint64 resolvedOrganisation() const;
    void clearMessages();

    Database &m_database;
    Commands &m_commands;
    qint64 m_contributionId;
    qint64 m_organisationId = 0;
    ValuedContribution m_loaded;
    ValuedContribution m_baseline;

    QFormLayout *m_form;
    QLineEdit *m_organisation;
    ActorNameCompleter *m_completer;
    FieldMessage *m_organisationMessage;
    QSpinBox *m_year;
    QComboBox *m_relatesTo;
    QComboBox *m_kind;
    QLabel *m_quantityLabel;
    QDoubleSpinBox *m_quantity;
    QComboBox *m_unit;
    FieldMessage *m_quantityMessage;
    QLabel *m_rateLabel;
    QDoubleSpinBox *m_rate;
    QLabel *m_perUnit;
    FieldMessage *m_rateMessage;
    QDoubleSpinBox *m_amount;
    QLabel *m_amountNote;
    FieldMessage *m_amountMessage;
    QPlainTextEdit *m_note;
};

} // namespace relais
