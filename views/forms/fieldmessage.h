#pragma once

#include "models/domain/validation.h"

#include <QHash>
#include <QLabel>

namespace relais {

// The line under a form field that says what is wrong with it, in the user's words;
// hidden when there is nothing to say. It also marks the field itself.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    void showError(const QString &message);
    void showNote(const QString &message); // not an error: e.g. "a new commune will be added"
    void clear();
    bool hasError() const { return m_error; }
    QWidget *field() const { return m_field; }

private:
    void markField(bool error);

    QWidget *m_field;
    bool m_error = false;
};

// Clears these messages, shows each error under its field, puts the cursor in the first
// field in error and returns it (nullptr when there is no error for these fields).
QWidget *showFieldErrors(
    const QList<FieldError> &errors, const QHash<FieldError::Field, FieldMessage *> &messages);

} // namespace relais
