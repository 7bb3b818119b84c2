#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <models/db/settingsrepository.h>
#include <models/domain/meeting.h>

class QPainter;

namespace relais {

class Database;

// Who is printed on the sheet. A sign-in sheet lists those expected: by default
// everyone invited except those who said they would not come (Excused) or were
// already recorded as not having come (Absent); with registeredOnly, only those who
// registered (and those already marked present, e.g. when a sheet is printed again).
struct AttendanceSheetOptions
{
    bool registeredOnly = false;
    bool withEmail = false;
    // Empty rows at the end, for those who come without being on the list.
    int blankRows = 10;

    bool operator==(const AttendanceSheetOptions &) const = default;
};

// Everything the sheet prints, read once so that the sheet itself needs no database.
struct AttendanceSheetData
{
    Meeting meeting; // communeName holds the commune's name
    QString meetingTypeName;
    ProgrammeSettings programme;
    QList<Invitee> invitees;
};

// The attendance sheet (feuille d'émargement) of a meeting: a letterhead with the
// programme's logo and names, the meeting's title, date, time and place, then a table
// of those expected with a wide Signature column and blank rows for walk-ins. The
// column header repeats on every page and each page ends with "Page n / N".
//
// Laid out by hand rather than with QTextDocument: rows must keep a fixed signing
// height and never split across pages, and every page needs a footer that knows the
// page count. Everything is measured in 1/1200 inch whatever the device, so the page
// count does not depend on the printer or the screen.
class AttendanceSheet : public PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(relais::AttendanceSheet)

public:
    explicit AttendanceSheet(
        AttendanceSheetData data, const AttendanceSheetOptions &options = AttendanceSheetOptions());

    // Reads a meeting, its invitees and the programme settings; throws DatabaseError
    // when the meeting no longer exists.
    static AttendanceSheetData load(Database &database, qint64 meetingId);

    // Whether an invitee is printed with these options.
    static bool isListed(const Invitee &invitee, const AttendanceSheetOptions &options);

    const AttendanceSheetData &data() const { return m_data; }
    const AttendanceSheetOptions &options() const { return m_options; }
    void setOptions(const AttendanceSheetOptions &options);

    // Those printed, in the order of the sheet: by last name then first name, accents
    // and case aside.
    const QList<Invitee> &listedInvitees() const { return m_listed; }

    int pageCount() const override { return int(m_rowsPerPage.size()); }
    // How many table rows (invitees, then blank rows) each page holds.
    QList<int> rowsPerPage() const { return m_rowsPerPage; }

    // "Attendance sheet - <title> - 2014-11-19.pdf", without characters that file
    // systems refuse.
    QString suggestedFileName() const override;

protected:
    Pages layOutPages(const QPageLayout &pageLayout) const override;
    void pageLayoutChanged() override;
    QString pdfTitle() const override;
    QString saveFailure(const QString &path, const QString &reason) const override;

private:
    struct Layout;
    Layout layOut(const QPageLayout &pageLayout) const;
    void paintPage(QPainter &painter, const Layout &layout, int page) const;
    // Draws the block above the table on the first page (when painter is set) and
    // returns its height.
    qreal headerBlock(QPainter *painter, qreal width) const;
    QString dateAndTime() const;
    QString place() const;

    AttendanceSheetData m_data;
    AttendanceSheetOptions m_options;
    QList<Invitee> m_listed;
    QList<int> m_rowsPerPage;
};

} // namespace relais
