#include "meetingspage.h"

#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meetingrepository.h"
#include "models/item/meetinglistmodel.h"
#include "models/item/referencelistmodel.h"
#include "views/actors/recordopener.h"
#include "views/common/rememberedcolumns.h"
#include "views/common/tableexport.h"
#include "views/forms/confirmdeletion.h"
#include "views/forms/dateedit.h"
#include "views/forms/listview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace relais {

MeetingsPage::MeetingsPage(
    Database &database, Commands &commands, RecordOpener &opener, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_opener(opener)
    , m_model(new MeetingListModel(database, this))
    , m_types(new ReferenceListModel(
          database, ReferenceList::MeetingType, ReferenceListModel::Options::WithRetired, this))
    , m_year(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("meetingsPage"));
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_types->setBlankRow(true);
    m_types->setBlankText(tr("All types"));
    m_type->setModel(m_types);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillYears();

    m_view->setObjectName(QStringLiteral("meetingsView"));
    m_view->setModel(m_model);
    setUpRecordList(m_view, QAbstractItemView::SingleSelection);
    m_view->setColumnWidth(MeetingListModel::Date, 96);
    m_view->setColumnWidth(MeetingListModel::Title, 280);
    m_view->setColumnWidth(MeetingListModel::Type, 150);
    m_view->setColumnWidth(MeetingListModel::Place, 200);
    for (int column = MeetingListModel::Invited; column < MeetingListModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, 78);
    new RememberedColumns(m_view, QStringLiteral("meetings"));
    m_exportCsv = TableExport::addExportAction(m_view, tr("Export the meetings"), [this] {
        const int year = m_year->currentData().toInt();
        return year > 0 ? tr("Meetings %1").arg(year) : tr("Meetings");
    });
    m_empty->setText(
        tr("No meeting yet. Plan the next actors' council with New meeting (Ctrl+Shift+M)."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *newMeeting = new QPushButton(tr("&New meeting"), this);
    newMeeting->setToolTip(tr("Ctrl+Shift+M"));
    m_delete->setToolTip(
        tr("Delete the meeting and its list of invitees; Ctrl+Z brings them back"));

    auto *filters = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    filters->addSpacing(12);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addStretch(1);
    filters->addWidget(newMeeting);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, &MeetingsPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &MeetingsPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &MeetingsPage::openCurrent);
    connect(newMeeting, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_open, &QPushButton::clicked, this, &MeetingsPage::openCurrent);
    connect(m_duplicate, &QPushButton::clicked, this, &MeetingsPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MeetingsPage::deleteCurrent);
    connect(m_model, &MeetingListModel::refreshed, this, [this] {
        fillYears();
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MeetingsPage::updateState);
    connect(&m_opener, &RecordOpener::meetingSaved, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->selectRow(row);
    });
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MeetingsPage::deleteCurrent);
    updateState();
}

void MeetingsPage::fillYears()
{
    QList<int> years;
    try {
        years = MeetingRepository(m_database).years();
    } catch (const DatabaseError &) { }
    const int current = m_year->currentData().toInt();
    QList<int> shown;
    for (int i = 1; i < m_year->count(); ++i)
        shown << m_year->itemData(i).toInt();
    if (shown == years && m_year->count() > 0)
        return;
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (const int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(current)));
}

void MeetingsPage::applyFilter()
{
    m_model->setFilter(m_year->currentData().toInt(), m_types->idAt(m_type->currentIndex()));
}

void MeetingsPage::showMeeting(qint64 meetingId, int year)
{
    fillYears();
    m_type->setCurrentIndex(0);
    const int yearIndex = m_year->findData(year);
    m_year->setCurrentIndex(std::max(0, yearIndex));
    int row = m_model->rowOf(meetingId);
    if (row < 0 && yearIndex > 0) {
        m_year->setCurrentIndex(0);
        row = m_model->rowOf(meetingId);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

qint64 MeetingsPage::currentId() const
{
    return m_view->currentIndex().isValid() ? m_model->idAt(m_view->currentIndex().row()) : 0;
}

void MeetingsPage::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    const bool chosen = currentId() != 0;
    m_open->setEnabled(chosen);
    m_duplicate->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    int invited = 0, present = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        invited += m_model->row(row).counts.invited;
        present += m_model->row(row).counts.present;
    }
    m_summary->setText(empty
            ? QString()
            : tr("%Ln meeting(s), %1 invitations, %2 present", nullptr, m_model->rowCount())
                  .arg(QLocale().toString(invited), QLocale().toString(present)));
}

void MeetingsPage::newMeeting()
{
    m_opener.newMeeting();
}

void MeetingsPage::openCurrent()
{
    if (const qint64 id = currentId())
        m_opener.openMeeting(id);
}

void MeetingsPage::duplicateCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    // A date first: the copy is the next occurrence of the same meeting.
    QDialog ask(this);
    ask.setWindowTitle(tr("Duplicate the meeting"));
    auto *date = new DateEdit(&ask);
    date->setDate(m_commands.today());
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("A new meeting with the same type, place and invitees (all back to "
                               "\"invited\"), on:"),
        &ask));
    form->addRow(tr("&Date"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("D&uplicate"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const auto copy = m_commands.duplicateMeeting(id, date->date());
    if (!copy) {
        QMessageBox::warning(this, tr("Duplicate the meeting"), m_commands.lastError());
        return;
    }
    m_opener.openMeeting(*copy);
}

void MeetingsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const MeetingRow &row = m_model->row(m_model->rowOf(id));
    if (!confirmDeletion(this,
            tr("Delete the meeting %1 of %2?")
                .arg(row.title, QLocale().toString(row.date, QLocale::ShortFormat)),
            tr("Its %Ln invitation(s) go with it. Edit > Undo (Ctrl+Z) brings it back until "
               "Relais is closed.",
                nullptr, row.counts.invited + row.counts.walkIns)))
        return;
    if (!m_commands.deleteMeeting(id))
        QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
}

} // namespace relais
