#pragma once

#include "attendancesheet.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace relais {

class Database;

// Print > Attendance sheet of a meeting: who is listed, the e-mail column and the
// number of blank rows, then Print Preview, Print… or Save as PDF…. The choices are
// remembered for the next meeting.
class AttendanceSheetDialog : public QDialog
{
    Q_OBJECT
public:
    AttendanceSheetDialog(Database &database, qint64 meetingId, QWidget *parent = nullptr);
    ~AttendanceSheetDialog() override;

    AttendanceSheetOptions options() const;
    // The sheet as the current options print it (none when the meeting could not be read).
    const AttendanceSheet *sheet() const { return m_sheet ? &*m_sheet : nullptr; }

public slots:
    void preview();
    void print();
    void saveAsPdf();

private:
    void optionsChanged();
    QPrinter *printer();
    void rememberOptions() const;

    std::optional<AttendanceSheet> m_sheet;
    std::unique_ptr<QPrinter> m_printer;
    QRadioButton *m_allInvited = nullptr;
    QRadioButton *m_registeredOnly = nullptr;
    QCheckBox *m_withEmail = nullptr;
    QSpinBox *m_blankRows = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_saved = nullptr;
    QList<QPushButton *> m_outputs;
};

} // namespace relais
