#include "occurrencedialog.h"

#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/referencepicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais {

namespace {

// -1 shows as "Not counted": a number nobody counted is not zero.
QSpinBox *participants(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-1, 100000);
    box->setSpecialValueText(OccurrenceDialog::tr("Not counted"));
    return box;
}

std::optional<int> countOf(const QSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

OccurrenceDialog::OccurrenceDialog(
    Database &database, const SerdOccurrence &occurrence, QWidget *parent)
    : QDialog(parent)
    , m_occurrence(occurrence)
    , m_date(new DateEdit(this))
    , m_starts(new TimeEdit(this))
    , m_ends(new TimeEdit(this))
    , m_timesMessage(new FieldMessage(m_ends, this))
    , m_place(new QLineEdit(this))
    , m_commune(new ReferencePicker(
          database, ReferenceList::Commune, ReferencePicker::Mode::AllowNew, this))
    , m_expected(participants(this, QStringLiteral("expected")))
    , m_actual(participants(this, QStringLiteral("actual")))
    , m_cancelled(new QCheckBox(tr("This date was &cancelled"), this))
{
    setObjectName(QStringLiteral("occurrenceDialog"));
    setWindowTitle(occurrence.id || occurrence.date.isValid() ? tr("Date of the action")
                                                              : tr("New date of the action"));
    m_date->setObjectName(QStringLiteral("date"));
    m_starts->setObjectName(QStringLiteral("startsAt"));
    m_ends->setObjectName(QStringLiteral("endsAt"));
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Shop, hall, school, market…"));
    m_commune->setObjectName(QStringLiteral("commune"));
    m_cancelled->setObjectName(QStringLiteral("cancelled"));

    m_date->setDate(occurrence.date);
    m_starts->setOptionalTime(occurrence.startsAt);
    m_ends->setOptionalTime(occurrence.endsAt);
    m_place->setText(occurrence.place);
    if (occurrence.communeId)
        m_commune->setCurrentId(occurrence.communeId);
    else if (!occurrence.communeName.isEmpty())
        m_commune->setCurrentText(occurrence.communeName);
    m_expected->setValue(occurrence.expectedParticipants.value_or(-1));
    m_actual->setValue(occurrence.actualParticipants.value_or(-1));
    m_cancelled->setChecked(occurrence.cancelled);

    auto *times = new QHBoxLayout;
    times->addWidget(m_date, 2);
    times->addWidget(new QLabel(tr("from"), this));
    times->addWidget(m_starts, 1);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_ends, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date"), times);
    form->addRow(QString(), m_timesMessage);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("C&ommune"), m_commune);
    form->addRow(tr("&Expected participants"), m_expected);
    form->addRow(tr("Partici&pants"), m_actual);
    form->addRow(QString(), m_cancelled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OccurrenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 320);
    m_date->setFocus();
}

SerdOccurrence OccurrenceDialog::occurrence() const
{
    SerdOccurrence occurrence = m_occurrence;
    occurrence.date = m_date->date();
    occurrence.startsAt = m_starts->optionalTime();
    occurrence.endsAt = m_ends->optionalTime();
    occurrence.place = m_place->text().simplified();
    occurrence.communeId = m_commune->currentId();
    occurrence.communeName = m_commune->newName();
    occurrence.expectedParticipants = countOf(m_expected);
    occurrence.actualParticipants = countOf(m_actual);
    occurrence.cancelled = m_cancelled->isChecked();
    return occurrence;
}

void OccurrenceDialog::accept()
{
    const SerdOccurrence edited = occurrence();
    m_timesMessage->clear();
    if (edited.startsAt.isValid() && edited.endsAt.isValid() && edited.endsAt <= edited.startsAt) {
        m_timesMessage->showError(tr("The action ends after it starts."));
        m_ends->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace relais
