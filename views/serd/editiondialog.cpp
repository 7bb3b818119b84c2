#include "editiondialog.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/serdrepository.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais {

namespace {

// The Week runs from a Saturday in the second half of November for nine days.
QDate usualStart(int year)
{
    QDate day(year, 11, 22);
    while (day.dayOfWeek() != Qt::Saturday)
        day = day.addDays(-1);
    return day;
}

} // namespace

EditionDialog::EditionDialog(
    Database &database, Commands &commands, qint64 editionId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_editionId(editionId)
    , m_year(new QSpinBox(this))
    , m_yearMessage(new FieldMessage(m_year, this))
    , m_startsOn(new DateEdit(this))
    , m_endsOn(new DateEdit(this))
    , m_datesMessage(new FieldMessage(m_endsOn, this))
    , m_focus(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("editionDialog"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_endsOn->setObjectName(QStringLiteral("endsOn"));
    m_focus->setObjectName(QStringLiteral("focus"));
    m_focus->setPlaceholderText(tr("e.g. Dematerialisation, packaging, textiles"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_startsOn, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_endsOn, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Year"), m_year);
    form->addRow(QString(), m_yearMessage);
    form->addRow(tr("The &Week, from"), dates);
    form->addRow(QString(), m_datesMessage);
    form->addRow(tr("&Focus of the year"), m_focus);
    form->addRow(tr("&Notes"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 360);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    SerdEdition edition;
    try {
        const SerdRepository serd(database);
        if (editionId) {
            if (const auto loaded = serd.edition(editionId))
                edition = *loaded;
        } else {
            const QList<SerdEdition> editions = serd.editions();
            edition.year
                = editions.isEmpty() ? commands.today().year() : editions.constFirst().year + 1;
        }
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("SERD edition"), error.message());
    }
    if (!edition.id) {
        edition.startsOn = usualStart(edition.year);
        edition.endsOn = edition.startsOn.addDays(8);
    }
    m_loaded = edition;
    {
        const QSignalBlocker blocker(m_year);
        m_year->setValue(edition.year);
    }
    m_startsOn->setDate(edition.startsOn);
    m_endsOn->setDate(edition.endsOn);
    m_focus->setText(edition.focus);
    m_notes->setPlainText(edition.notes);
    setWindowTitle(edition.id ? tr("SERD %1").arg(edition.year) : tr("New SERD edition"));
    // A new year: the Week's usual dates follow it.
    if (!edition.id)
        connect(m_year, &QSpinBox::valueChanged, this, &EditionDialog::yearChanged);
    m_year->setFocus();
}

void EditionDialog::yearChanged(int year)
{
    m_startsOn->setDate(usualStart(year));
    m_endsOn->setDate(usualStart(year).addDays(8));
}

SerdEdition EditionDialog::edition() const
{
    SerdEdition edition = m_loaded;
    edition.year = m_year->value();
    edition.startsOn = m_startsOn->date();
    edition.endsOn = m_endsOn->date();
    edition.focus = m_focus->text().simplified();
    edition.notes = m_notes->toPlainText().trimmed();
    return edition;
}

bool EditionDialog::save()
{
    const SerdEdition edited = edition();
    m_yearMessage->clear();
    m_datesMessage->clear();
    if (edited.endsOn < edited.startsOn) {
        m_datesMessage->showError(tr("The Week ends before it starts."));
        m_endsOn->setFocus();
        return false;
    }
    try {
        const auto other = SerdRepository(m_database).editionOfYear(edited.year);
        if (other && other->id != m_editionId) {
            m_yearMessage->showError(tr("There is already an edition for %1.").arg(edited.year));
            m_year->setFocus();
            return false;
        }
    } catch (const DatabaseError &) { }
    if (m_editionId) {
        if (!m_commands.updateSerdEdition(edited)) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
    } else {
        const auto id = m_commands.addSerdEdition(edited);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        m_editionId = *id;
    }
    m_loaded = edited;
    m_loaded.id = m_editionId;
    return true;
}

} // namespace relais
