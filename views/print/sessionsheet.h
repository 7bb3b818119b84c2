#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <models/db/settingsrepository.h>
#include <models/db/trainingrepository.h>
#include <models/domain/training.h>

class QPainter;

namespace relais {

class Database;

struct SessionSheetOptions
{
    // Empty rows at the end, for trainees enrolled too late to be on the list.
    int blankRows = 5;

    bool operator==(const SessionSheetOptions &) const = default;
};

// Everything the sheet prints, read once so that the sheet itself needs no database.
struct SessionSheetData
{
    TrainingSession session; // communeName holds the commune's name, trainerName the trainer's
    TrainingModule module;
    Cohort cohort;
    ProgrammeSettings programme;
    QList<TrainingRepository::Trainee> trainees;
};

// The sign-in sheet (feuille d'émargement) of a training session: the letterhead, the
// module, cohort, date, half-days, kind, place and trainer, then one row per trainee of
// the cohort with a signature column for each half-day the session has (attendance is
// proven per half-day), blank rows for late additions and, after the last row, a box
// for the trainer's signature. Column titles repeat on every page, each page ends with
// "Page n / N", and the trainer's box never leaves the last row's page unless it has no
// room there, in which case it takes a page of its own.
class SessionSheet : public PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(relais::SessionSheet)

public:
    explicit SessionSheet(
        SessionSheetData data, const SessionSheetOptions &options = SessionSheetOptions());

    // Reads a session, its module, cohort, trainees and the programme settings; throws
    // DatabaseError when the session no longer exists.
    static SessionSheetData load(Database &database, qint64 sessionId);

    const SessionSheetData &data() const { return m_data; }
    const SessionSheetOptions &options() const { return m_options; }
    void setOptions(const SessionSheetOptions &options);

    // The trainees in the order of the sheet: by last name then first name, accents and
    // case aside.
    const QList<TrainingRepository::Trainee> &listedTrainees() const { return m_listed; }

    int pageCount() const override { return int(m_rowsPerPage.size()); }
    // How many table rows (trainees, then blank rows) each page holds; a last page with
    // none holds only the trainer's box.
    QList<int> rowsPerPage() const { return m_rowsPerPage; }
    bool trainerBoxOnOwnPage() const { return m_trainerBoxOnOwnPage; }

    // "Sign-in sheet - <module> - 2014-03-04.pdf".
    QString suggestedFileName() const override;

protected:
    Pages layOutPages(const QPageLayout &pageLayout) const override;
    void pageLayoutChanged() override;
    QString pdfTitle() const override;
    QString saveFailure(const QString &path, const QString &reason) const override;

private:
    struct Layout;
    Layout layOut(const QPageLayout &pageLayout) const;
    void updatePages();
    void paintPage(QPainter &painter, const Layout &layout, int page) const;
    qreal headerBlock(QPainter *painter, qreal width) const;
    void paintTrainerBox(QPainter &painter, const Layout &layout, qreal top) const;
    QString dateAndHalfDays() const;
    QString kindAndPlace() const;

    SessionSheetData m_data;
    SessionSheetOptions m_options;
    QList<TrainingRepository::Trainee> m_listed;
    QList<int> m_rowsPerPage;
    bool m_trainerBoxOnOwnPage = false;
};

// A half-day's times, "09:00–12:30", or the start alone, or nothing when unset.
QString halfDayTimes(const TrainingSession &session, HalfDay half);

} // namespace relais
