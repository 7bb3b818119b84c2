#pragma once

#include "attendancesheet.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace relais {

class Database;
class PrintOutputs;

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
    void rememberOptions() const;

    std::optional<AttendanceSheet> m_sheet;
    QRadioButton *m_allInvited = nullptr;
    QRadioButton *m_registeredOnly = nullptr;
    QCheckBox *m_withEmail = nullptr;
    QSpinBox *m_blankRows = nullptr;
    QLabel *m_summary = nullptr;
    PrintOutputs *m_outputs = nullptr;
};

} // namespace relais
