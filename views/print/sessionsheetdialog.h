#pragma once

#include "sessionsheet.h"

#include <QDialog>
#include <optional>

class QLabel;
class QSpinBox;

namespace relais {

class Database;
class PrintOutputs;

// Print > Sign-in sheet of a training session: how many blank rows for late additions,
// then Print Preview, Print… or Save as PDF…. The number of blank rows is remembered
// for the next session.
class SessionSheetDialog : public QDialog
{
    Q_OBJECT
public:
    SessionSheetDialog(Database &database, qint64 sessionId, QWidget *parent = nullptr);
    ~SessionSheetDialog() override;

    SessionSheetOptions options() const;
    // The sheet as the current options print it (none when the session could not be read).
    const SessionSheet *sheet() const { return m_sheet ? &*m_sheet : nullptr; }

public slots:
    void preview();
    void print();
    void saveAsPdf();

private:
    void optionsChanged();
    void rememberOptions() const;

    std::optional<SessionSheet> m_sheet;
    QSpinBox *m_blankRows = nullptr;
    QLabel *m_summary = nullptr;
    PrintOutputs *m_outputs = nullptr;
};

} // namespace relais
