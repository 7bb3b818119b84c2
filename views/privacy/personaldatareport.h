#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QTextDocument;

namespace relais {

struct PersonalData;

// The readable side of the right of access: everything Relais holds about a person as a
// printed document, one section per kind of data (or "None." when there is none), statuses
// and dates in the user's language, pages numbered.
class PersonalDataReport
{
    Q_DECLARE_TR_FUNCTIONS(relais::PersonalDataReport)

public:
    explicit PersonalDataReport(const PersonalData &data);
    ~PersonalDataReport();

    QString html() const { return m_html; }
    // Writes the PDF; an existing file is only replaced once the new one is complete. False,
    // with *error for the user, when it cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // A stored value as the reader reads it: "present" as "Present", an ISO date in the
    // locale's format.
    static QString shown(const QString &column, const QString &value);

private:
    QString m_html;
};

} // namespace relais
