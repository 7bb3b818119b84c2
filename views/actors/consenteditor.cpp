#include "consenteditor.h"

#include "views/forms/fieldmessage.h"
#include "views/forms/optionaldateedit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace relais {

ConsentEditor::ConsentEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(3, 1);

    // Created in the order Tab visits them: a line, then the next.
    int row = 0;
    for (const ConsentChannel channel : { ConsentChannel::Email, ConsentChannel::Post }) {
        Line &l = line(channel);
        const bool email = channel == ConsentChannel::Email;
        auto *label = new QLabel(email ? tr("By e-mail") : tr("By po&st"), this);
        l.status = new QComboBox(this);
        for (const Consent status :
            { Consent::Unknown, Consent::Given, Consent::Refused, Consent::Withdrawn })
            l.status->addItem(consentStatusLabel(status), int(status));
        label->setBuddy(l.status);
        l.date = new OptionalDateEdit(this);
        l.date->setToolTip(tr("When they answered"));
        l.source = new QComboBox(this);
        for (const ConsentSource source : consentSources())
            l.source->addItem(
                source == ConsentSource::None ? QStringLiteral("—") : consentSourceLabel(source),
                consentSourceKey(source));
        l.source->setToolTip(tr("Where they answered"));
        l.note = new QLineEdit(this);
        l.note->setPlaceholderText(tr("Note"));
        l.note->setToolTip(tr("Anything worth keeping about this answer, e.g. the form's title"));
        l.message = new FieldMessage(l.date, this);

        const QString prefix
            = email ? QStringLiteral("emailConsent") : QStringLiteral("postConsent");
        l.status->setObjectName(prefix);
        l.date->setObjectName(prefix + QStringLiteral("Date"));
        l.source->setObjectName(prefix + QStringLiteral("Source"));
        l.note->setObjectName(prefix + QStringLiteral("Note"));
        l.message->setObjectName(prefix + QStringLiteral("Message"));

        grid->addWidget(label, row, 0);
        grid->addWidget(l.status, row, 1);
        grid->addWidget(l.date, row, 2);
        grid->addWidget(l.source, row + 1, 1);
        grid->addWidget(l.note, row + 1, 2, 1, 2);
        grid->addWidget(l.message, row + 2, 1, 1, 3);
        row += 3;

        Line *current = &l;
        connect(l.status, &QComboBox::currentIndexChanged, this, [this, current] {
            if (current->status->currentData().toInt() != int(Consent::Unknown)
                && !current->date->optionalDate().isValid())
                current->date->setOptionalDate(QDate::currentDate());
            current->message->clear();
            updateEnabled(*current);
        });
        connect(l.date, &QDateEdit::dateChanged, l.message, &FieldMessage::clear);
        updateEnabled(l);
    }
    m_history = new QPushButton(tr("Histor&y…"), this);
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_history->setToolTip(tr("Every answer recorded for this person, newest first"));
    m_history->setAutoDefault(false);
    grid->addWidget(m_history, 0, 3, Qt::AlignRight);
    connect(m_history, &QPushButton::clicked, this, &ConsentEditor::historyRequested);
    // The form's label ("Consent") leads to the first answer.
    setFocusProxy(m_email.status);
}

ConsentEditor::Line &ConsentEditor::line(ConsentChannel channel)
{
    return channel == ConsentChannel::Email ? m_email : m_post;
}

const ConsentEditor::Line &ConsentEditor::line(ConsentChannel channel) const
{
    return channel == ConsentChannel::Email ? m_email : m_post;
}

void ConsentEditor::setConsent(ConsentChannel channel, const ChannelConsent &consent)
{
    Line &l = line(channel);
    // The date first: choosing the answer would otherwise date it today.
    l.date->setOptionalDate(consent.date);
    l.status->setCurrentIndex(std::max(0, l.status->findData(int(consent.status))));
    l.date->setOptionalDate(consent.date);
    l.source->setCurrentIndex(std::max(0, l.source->findData(consentSourceKey(consent.source))));
    l.note->setText(consent.note);
    l.message->clear();
    updateEnabled(l);
}

ChannelConsent ConsentEditor::consent(ConsentChannel channel) const
{
    const Line &l = line(channel);
    ChannelConsent c;
    c.status = static_cast<Consent>(l.status->currentData().toInt());
    if (c.status == Consent::Unknown)
        return c;
    c.date = l.date->optionalDate();
    c.source = consentSourceFromKey(l.source->currentData().toString());
    c.note = l.note->text().trimmed();
    return c;
}

QWidget *ConsentEditor::showDateError(ConsentChannel channel, const QString &message)
{
    Line &l = line(channel);
    l.message->showError(message);
    return l.date;
}

void ConsentEditor::clearMessages()
{
    m_email.message->clear();
    m_post.message->clear();
}

void ConsentEditor::setHistoryEnabled(bool enabled)
{
    m_history->setEnabled(enabled);
}

QWidget *ConsentEditor::firstField() const
{
    return m_email.status;
}

QWidget *ConsentEditor::lastField() const
{
    return m_history;
}

void ConsentEditor::updateEnabled(const Line &l)
{
    const bool asked = l.status->currentData().toInt() != int(Consent::Unknown);
    l.date->setEnabled(asked);
    l.source->setEnabled(asked);
    l.note->setEnabled(asked);
}

} // namespace relais
