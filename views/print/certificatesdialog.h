#pragma once

#include "trainingcertificates.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace relais {

class Database;
class PrintOutputs;

// Print > Certificates of attendance of a cohort, or of the trainees chosen in it: all
// of them or only those who completed, the place and date of issue and who signs, then
// Print Preview, Print… or Save as PDF… (one file for the whole cohort). The place and
// the signatory are remembered for the next time.
class CertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    // contactIds: the trainees chosen; empty for every trainee of the cohort.
    CertificatesDialog(Database &database, qint64 cohortId, QList<qint64> contactIds = {},
        QWidget *parent = nullptr);
    ~CertificatesDialog() override;

    CertificatesOptions options() const;
    // The certificates as the current options print them (none when the cohort could not
    // be read).
    const TrainingCertificates *certificates() const
    {
        return m_certificates ? &*m_certificates : nullptr;
    }

public slots:
    void preview();
    void print();
    void saveAsPdf();

private:
    void optionsChanged();
    void rememberOptions() const;

    std::optional<TrainingCertificates> m_certificates;
    QList<qint64> m_contactIds;
    QRadioButton *m_allTrainees = nullptr;
    QRadioButton *m_completedOnly = nullptr;
    QDateEdit *m_issuedOn = nullptr;
    QLineEdit *m_issuedAt = nullptr;
    QLineEdit *m_signatoryName = nullptr;
    QLineEdit *m_signatoryRole = nullptr;
    QLabel *m_summary = nullptr;
    PrintOutputs *m_outputs = nullptr;
};

} // namespace relais
