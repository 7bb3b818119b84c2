#pragma once

#include "models/domain/consent.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace relais {

class FieldMessage;
class OptionalDateEdit;

// A contact's consent, one line per channel (e-mail, post): the answer, its date, where it
// was collected and a free note; Tab goes along a line, then to the next. Choosing an answer
// dates it today unless a date is there. "History…" asks for the lines recorded so far.
class ConsentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentEditor(QWidget *parent = nullptr);

    void setConsent(ConsentChannel channel, const ChannelConsent &consent);
    // As typed; a channel not asked yet has no date, source nor note.
    ChannelConsent consent(ConsentChannel channel) const;

    // Shows the message under the channel's line; returns the field to give the focus to.
    QWidget *showDateError(ConsentChannel channel, const QString &message);
    void clearMessages();
    // Off for a card not saved yet: it has no history.
    void setHistoryEnabled(bool enabled);

    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    void historyRequested();

private:
    struct Line
    {
        QComboBox *status = nullptr;
        OptionalDateEdit *date = nullptr;
        QComboBox *source = nullptr;
        QLineEdit *note = nullptr;
        FieldMessage *message = nullptr;
    };
    Line &line(ConsentChannel channel);
    const Line &line(ConsentChannel channel) const;
    void updateEnabled(const Line &line);

    Line m_email;
    Line m_post;
    QPushButton *m_history;
};

} // namespace relais
