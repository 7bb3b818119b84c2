#pragma once

#include <QString>
#include <stdexcept>

namespace relais {

// Thrown by the storage layer when a statement fails; caught where a user action
// ends (the Commands facade, a page's refresh) and shown as a message.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message, const QString &detail = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_detail(detail)
    { }

    // For the user, in their language.
    QString message() const { return m_message; }
    // The driver's text and the statement, for the log and the "details" of a message box.
    QString detail() const { return m_detail; }

private:
    QString m_message;
    QString m_detail;
};

} // namespace relais
