#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <models/db/settingsrepository.h>
#include <models/db/trainingrepository.h>
#include <models/domain/training.h>

class QPainter;

namespace relais {

class Database;

// Whose certificates are printed, and how they are signed.
struct CertificatesOptions
{
    // The trainees chosen on the Training page; empty: every trainee of the cohort.
    QList<qint64> contactIds;
    // Only those who meet the cohort's completion rule.
    bool completedOnly = false;
    // Place and date of issue ("Issued at Mulhouse on 10 December 2014"); either may be
    // left out.
    QString issuedAt;
    QDate issuedOn;
    // Who signs, under the place and date: a name and a role ("Programme officer").
    QString signatoryName;
    QString signatoryRole;

    bool operator==(const CertificatesOptions &) const = default;
};

// Everything the certificates print, read once so that they need no database.
struct CertificatesData
{
    Cohort cohort;
    ProgrammeSettings programme;
    QList<TrainingSession> sessions; // by date
    QList<TrainingModule> modules; // those of the sessions
    QList<TrainingRepository::Trainee> trainees;
    QList<HalfDayAttendance> attendance;
};

// The certificates of attendance (attestations de présence) of a training cohort: one
// for each trainee who attended at least one half-day, in name order, each on its own
// page (a longer one goes on, with its own page numbers): the letterhead, the title, the
// sentence certifying that the trainee took part in the training, the sessions attended
// with their half-days and hours and the totals, whether the cohort's completion rule is
// met, then the place and date of issue and the signatory's name, role and signature.
// The closing block is never separated from the end of the table's page but for a page
// of its own.
class TrainingCertificates : public PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(relais::TrainingCertificates)

public:
    // One trainee's certificate.
    struct Certificate
    {
        struct Session
        {
            TrainingSession session;
            QString module;
            QList<HalfDay> present;
            double hours = 0;
        };
        TrainingRepository::Trainee trainee;
        TraineeTotals totals;
        // The sessions with a half-day present, by date.
        QList<Session> sessions;
    };

    explicit TrainingCertificates(
        CertificatesData data, const CertificatesOptions &options = CertificatesOptions());

    // Reads a cohort, its sessions, modules, trainees and attendance and the programme
    // settings; throws DatabaseError when the cohort no longer exists.
    static CertificatesData load(Database &database, qint64 cohortId);

    const CertificatesData &data() const { return m_data; }
    const CertificatesOptions &options() const { return m_options; }
    void setOptions(const CertificatesOptions &options);

    // The certificates these options print, in name order (last then first name, accents
    // and case aside). Trainees who attended no half-day get none.
    QList<Certificate> certificatesFor(const CertificatesOptions &options) const;
    // Those of the current options.
    const QList<Certificate> &certificates() const { return m_certificates; }
    // Of the trainees chosen (all, or those given), how many attended no half-day and so
    // get no certificate.
    int withoutAttendance() const { return m_withoutAttendance; }

    int pageCount() const override;
    // How many pages each certificate takes, in the order of certificates().
    QList<int> pagesPerCertificate() const { return m_pagesPerCertificate; }

    // "Certificates of attendance - <cohort>.pdf", or for a single trainee
    // "Certificate of attendance - <cohort> - <Last First>.pdf".
    QString suggestedFileName() const override;

protected:
    Pages layOutPages(const QPageLayout &pageLayout) const override;
    void pageLayoutChanged() override;
    QString pdfTitle() const override;
    QString saveFailure(const QString &path, const QString &reason) const override;

private:
    struct Layout;
    struct CertificateLayout;
    Layout layOut(const QPageLayout &pageLayout) const;
    void updatePages();
    void paintPage(QPainter &painter, const Layout &layout, int page) const;
    // Draw when painter is set; return the y under them.
    qreal headerBlock(
        QPainter *painter, const Certificate &certificate, qreal width, qreal top) const;
    qreal closingBlock(
        QPainter *painter, const Certificate &certificate, qreal width, qreal top) const;
    QString certifies(const Certificate &certificate) const;
    QString issued() const;

    CertificatesData m_data;
    CertificatesOptions m_options;
    QList<Certificate> m_certificates;
    int m_withoutAttendance = 0;
    QList<int> m_pagesPerCertificate;
};

} // namespace relais
