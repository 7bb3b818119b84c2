#include "fieldmessage.h"

#include <QStyle>

namespace relais {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
}

void FieldMessage::showError(const QString &message)
{
    m_error = true;
    setText(message);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setAccessibleName(message);
    markField(true);
    show();
}

void FieldMessage::showNote(const QString &message)
{
    m_error = false;
    setText(message);
    setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    markField(false);
    show();
}

void FieldMessage::clear()
{
    m_error = false;
    setText({});
    markField(false);
    hide();
}

void FieldMessage::markField(bool error)
{
    if (!m_field)
        return;
    // A dynamic property the application style sheet turns into a red frame.
    m_field->setProperty("invalid", error);
    m_field->style()->unpolish(m_field);
    m_field->style()->polish(m_field);
}

QWidget *showFieldErrors(
    const QList<FieldError> &errors, const QHash<FieldError::Field, FieldMessage *> &messages)
{
    for (FieldMessage *message : messages)
        message->clear();
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        FieldMessage *message = messages.value(error.field);
        if (!message)
            continue;
        message->showError(error.message);
        if (!first)
            first = message->field();
    }
    if (first)
        first->setFocus();
    return first;
}

} // namespace relais
