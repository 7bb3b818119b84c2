#include "meetingdialog.h"

#include "attendanceentry.h"
#include "invitedialog.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meetingrepository.h"
#include "models/domain/inviteeexport.h"
#include "models/item/inviteemodel.h"
#include "views/common/consentquestion.h"
#include "views/common/rememberedcolumns.h"
#include "views/common/tableexport.h"
#include "views/forms/dateedit.h"
#include "views/forms/fieldmessage.h"
#include "views/forms/listview.h"
#include "views/forms/referencechecklist.h"
#include "views/forms/referencepicker.h"
#include "views/means/stafftimedialog.h"
#include "views/print/attendancesheetdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais {

MeetingDialog::MeetingDialog(
    Database &database, Commands &commands, qint64 meetingId, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_meetingId(meetingId)
    , m_invitees(new InviteeModel(database, this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    tabs()->addTab(buildDetails(), tr("&Details"));
    tabs()->addTab(buildInvitees(), tr("&Invitees"));
    resize(1000, 680);

    Meeting meeting;
    meeting.date = commands.today();
    if (meetingId) {
        try {
            if (const auto loaded = MeetingRepository(database).load(meetingId))
                meeting = *loaded;
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, tr("Meeting"), error.message());
        }
    }
    load(meeting);
    connect(m_invitees, &QAbstractItemModel::modelReset, this, &MeetingDialog::updateInviteesTab);
    connect(m_invitees, &QAbstractItemModel::dataChanged, this, &MeetingDialog::updateInviteesTab);
    m_title->setFocus();
}

QWidget *MeetingDialog::buildDetails()
{
    auto *page = new QWidget;
    m_type = new ReferencePicker(
        m_database, ReferenceList::MeetingType, ReferencePicker::Mode::ChooseOnly, page);
    m_type->setObjectName(QStringLiteral("type"));
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Actors' council of March"));
    m_titleMessage = new FieldMessage(m_title, page);
    m_date = new DateEdit(page);
    m_date->setObjectName(QStringLiteral("date"));
    m_startsAt = new TimeEdit(page);
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_endsAt = new TimeEdit(page);
    m_endsAt->setObjectName(QStringLiteral("endsAt"));
    m_timesMessage = new FieldMessage(m_endsAt, page);
    m_place = new QLineEdit(page);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Room, building, address"));
    m_commune = new ReferencePicker(
        m_database, ReferenceList::Commune, ReferencePicker::Mode::AllowNew, page);
    m_commune->setObjectName(QStringLiteral("commune"));
    m_themes = new QLineEdit(page);
    m_themes->setObjectName(QStringLiteral("themes"));
    m_themes->setPlaceholderText(tr("e.g. composting, reuse, the SERD programme"));
    m_staff = new ReferenceChecklist(m_database, ReferenceList::StaffMember, page);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Agenda, speakers, what to prepare"));

    auto *times = new QHBoxLayout;
    times->addWidget(m_date, 2);
    times->addWidget(new QLabel(tr("from"), page));
    times->addWidget(m_startsAt, 1);
    times->addWidget(new QLabel(tr("to"), page));
    times->addWidget(m_endsAt, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title *"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("T&ype"), m_type);
    form->addRow(tr("D&ate"), times);
    form->addRow(QString(), m_timesMessage);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("C&ommune"), m_commune);
    form->addRow(tr("T&hemes"), m_themes);
    form->addRow(tr("Run &by"), m_staff);
    form->addRow(tr("Descriptio&n"), m_description);
    auto *logTime = new QPushButton(tr("&Log preparation time…"), page);
    logTime->setObjectName(QStringLiteral("logPreparationTime"));
    logTime->setToolTip(tr("The days the staff spent on this meeting, for the staff-time figures"));
    connect(logTime, &QPushButton::clicked, this, &MeetingDialog::logPreparationTime);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(logTime);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(more);
    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &FieldMessage::clear);
    return page;
}

QWidget *MeetingDialog::buildInvitees()
{
    auto *page = new QWidget;
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("counts"));
    QFont bigger = m_counts->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_counts->setFont(bigger);
    m_consentWarning = new QLabel(page);
    m_consentWarning->setWordWrap(true);
    m_consentWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: "
                       "3px; padding: 4px; color: #5f4100; }"));
    m_consentWarning->hide();
    m_inviteeView = new QTableView(page);
    m_inviteeView->setObjectName(QStringLiteral("inviteesView"));
    m_inviteeView->setModel(m_invitees);
    setUpRecordList(m_inviteeView, QAbstractItemView::ExtendedSelection);
    m_inviteeView->horizontalHeader()->setStretchLastSection(true);
    m_inviteeView->setColumnWidth(0, 220);
    m_inviteeView->setColumnWidth(1, 250);
    m_inviteeView->setColumnWidth(2, 140);
    m_inviteeView->setColumnWidth(3, 220);
    new RememberedColumns(m_inviteeView, QStringLiteral("meetingInvitees"));
    m_organisations = new QLabel(page);
    m_organisations->setWordWrap(true);
    m_organisations->setForegroundRole(QPalette::PlaceholderText);

    auto *invite = new QPushButton(tr("&Add people…"), page);
    invite->setToolTip(
        tr("One by one, from a filter of the actor file, a saved list or another meeting"));
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setToolTip(tr("Take the selected people off the list (Ctrl+Z puts them back)"));
    auto *status = new QToolButton(page);
    status->setText(tr("Set s&tatus"));
    status->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(status);
    for (const AttendanceStatus s : { AttendanceStatus::Invited, AttendanceStatus::Registered,
             AttendanceStatus::Excused, AttendanceStatus::Present, AttendanceStatus::Absent })
        statusMenu->addAction(attendanceStatusName(s), this, [this, s] { setSelectedStatus(s); });
    status->setMenu(statusMenu);
    auto *entry = new QPushButton(tr("&Enter attendance…"), page);
    entry->setToolTip(
        tr("After the meeting: tick who came from the signed sheet, with the keyboard"));
    auto *sheet = new QPushButton(tr("Attendance s&heet…"), page);
    sheet->setToolTip(tr("Print the sign-in sheet, or save it as PDF"));
    auto *send = new QToolButton(page);
    send->setText(tr("E-&mail"));
    send->setPopupMode(QToolButton::InstantPopup);
    auto *sendMenu = new QMenu(send);
    sendMenu->addAction(tr("Copy the addresses (for Bcc)"), this, &MeetingDialog::copyAddresses);
    sendMenu->addAction(tr("Write an e-mail to them…"), this, &MeetingDialog::writeEmail);
    sendMenu->addSeparator();
    QAction *exportList = sendMenu->addAction(
        tr("Export the list as CSV…"), this, qOverload<>(&MeetingDialog::exportCsv));
    send->setMenu(sendMenu);
    // The same on the list itself, where the officer's hand is after ticking statuses.
    m_inviteeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_inviteeView->addAction(sendMenu->actions().constFirst());
    m_inviteeView->addAction(exportList);

    connect(invite, &QPushButton::clicked, this, &MeetingDialog::invitePeople);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QList<qint64> chosen = selectedContacts();
        if (!chosen.isEmpty() && !m_commands.uninvite(m_meetingId, chosen))
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
    });
    connect(entry, &QPushButton::clicked, this, &MeetingDialog::enterAttendance);
    connect(sheet, &QPushButton::clicked, this, &MeetingDialog::printSheet);

    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { invite, remove, status })
        buttons->addWidget(w);
    buttons->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *> { entry, sheet, send })
        buttons->addWidget(w);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_consentWarning);
    layout->addLayout(buttons);
    layout->addWidget(m_inviteeView, 1);
    layout->addWidget(m_organisations);
    return page;
}

void MeetingDialog::load(const Meeting &m)
{
    m_type->setCurrentId(m.typeId);
    m_title->setText(m.title);
    m_date->setDate(m.date.isValid() ? m.date : m_commands.today());
    m_startsAt->setOptionalTime(m.startsAt);
    m_endsAt->setOptionalTime(m.endsAt);
    m_place->setText(m.place);
    m_commune->setCurrentId(m.communeId);
    m_themes->setText(m.themes);
    m_staff->setCheckedIds(m.staffIds);
    m_description->setPlainText(m.description);
    m_titleMessage->clear();
    m_timesMessage->clear();
    m_loaded = meeting();
    m_invitees->setMeeting(m_meetingId);
    updateInviteesTab();
    setWindowTitle(m_meetingId ? tr("Meeting — %1").arg(m.title) : tr("New meeting"));
}

Meeting MeetingDialog::meeting() const
{
    Meeting m;
    m.id = m_meetingId;
    m.typeId = m_type->currentId();
    m.title = m_title->text();
    m.date = m_date->date();
    m.startsAt = m_startsAt->optionalTime();
    m.endsAt = m_endsAt->optionalTime();
    m.place = m_place->text();
    m.communeId = m_commune->currentId();
    m.communeName = m_commune->newName();
    m.themes = m_themes->text();
    m.staffIds = m_staff->checkedIds();
    m.description = m_description->toPlainText();
    return m;
}

bool MeetingDialog::isModified() const
{
    return !(meeting() == m_loaded);
}

bool MeetingDialog::save()
{
    const Meeting typed = meeting();
    if (typed.title.simplified().isEmpty()) {
        tabs()->setCurrentIndex(0);
        m_titleMessage->showError(tr("The meeting needs a title."));
        m_title->setFocus();
        return false;
    }
    if (typed.startsAt.isValid() && typed.endsAt.isValid() && typed.endsAt < typed.startsAt) {
        tabs()->setCurrentIndex(0);
        m_timesMessage->showError(tr("The meeting ends before it starts."));
        m_endsAt->setFocus();
        return false;
    }
    qint64 id = m_meetingId;
    if (id == 0) {
        const auto added = m_commands.addMeeting(typed);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), m_commands.lastError());
            return false;
        }
        id = *added;
    } else if (!m_commands.updateMeeting(typed)) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return false;
    }
    m_meetingId = id;
    try {
        if (const auto stored = MeetingRepository(m_database).load(id))
            load(*stored);
    } catch (const DatabaseError &) { }
    setStatusText(tr("%1 saved.").arg(typed.title.simplified()));
    emit saved(id);
    return true;
}

void MeetingDialog::startNext()
{
    m_meetingId = 0;
    Meeting next;
    next.date = m_commands.today();
    next.typeId = m_type->currentId();
    load(next);
    m_title->setFocus();
}

bool MeetingDialog::ensureSaved()
{
    if (m_meetingId && !isModified())
        return true;
    return save();
}

void MeetingDialog::updateInviteesTab()
{
    const MeetingCounts c = m_invitees->counts();
    const QLocale locale;
    m_counts->setText(tr("Invited %1 · registered %2 · excused %3 · present %4 · absent %5 · "
                         "walk-ins %6 · attendance %7")
                          .arg(locale.toString(c.invited), locale.toString(c.registered),
                              locale.toString(c.excused), locale.toString(c.present),
                              locale.toString(c.absent), locale.toString(c.walkIns),
                              c.invited ? percentText(c.attendanceRate()) : QStringLiteral("—")));
    QStringList organisations;
    QList<Invitee> people;
    if (m_meetingId) {
        try {
            MeetingRepository meetings(m_database);
            organisations = meetings.organisationsRepresented(m_meetingId);
            people = meetings.invitees(m_meetingId);
        } catch (const DatabaseError &) { }
    }
    // The first names here, all of them in the tooltip: at a council that is 50 names.
    constexpr int shown = 12;
    QString represented = organisations.mid(0, shown).join(QStringLiteral(", "));
    if (organisations.size() > shown)
        represented = tr("%1 and %2 more").arg(represented).arg(organisations.size() - shown);
    m_organisations->setText(organisations.isEmpty()
            ? QString()
            : tr("Organisations represented (%1): %2").arg(organisations.size()).arg(represented));
    m_organisations->setToolTip(organisations.join(QLatin1Char('\n')));
    const int refused = InviteeExport::refused(people);
    const int unknown = int(std::count_if(people.begin(), people.end(),
        [](const Invitee &i) { return i.consent == Consent::Unknown; }));
    QStringList warnings;
    if (refused)
        warnings << tr("%Ln invitee(s) refused to be contacted: they are left out of e-mails.",
            nullptr, refused);
    if (unknown)
        warnings << tr("%Ln invitee(s) have not been asked whether they agree to be contacted "
                       "by e-mail: they are left out of e-mails unless you include them.",
            nullptr, unknown);
    m_consentWarning->setText(warnings.join(QLatin1Char(' ')));
    m_consentWarning->setVisible(!warnings.isEmpty());
    tabs()->setTabText(1,
        m_invitees->rowCount() ? tr("&Invitees (%1)").arg(m_invitees->rowCount())
                               : tr("&Invitees"));
}

QList<qint64> MeetingDialog::selectedContacts() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_inviteeView->selectionModel()->selectedRows())
        ids << m_invitees->contactIdAt(index.row());
    if (ids.isEmpty() && m_inviteeView->currentIndex().isValid())
        ids << m_invitees->contactIdAt(m_inviteeView->currentIndex().row());
    return ids;
}

void MeetingDialog::setSelectedStatus(AttendanceStatus status)
{
    const QList<qint64> chosen = selectedContacts();
    if (!chosen.isEmpty() && !m_commands.setAttendance(m_meetingId, chosen, status))
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
}

void MeetingDialog::invitePeople()
{
    if (!ensureSaved())
        return;
    InviteDialog dialog(m_database, m_commands, m_meetingId, this);
    dialog.exec();
}

void MeetingDialog::enterAttendance()
{
    if (!ensureSaved())
        return;
    AttendanceEntryDialog dialog(m_database, m_commands, m_meetingId, this);
    dialog.exec();
}

void MeetingDialog::printSheet()
{
    if (!ensureSaved())
        return;
    AttendanceSheetDialog dialog(m_database, m_meetingId, this);
    dialog.exec();
}

StaffTimeDialog *MeetingDialog::logPreparationTime()
{
    if (!ensureSaved())
        return nullptr;
    auto *dialog = new StaffTimeDialog(m_database, m_commands, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(staffTimeForMeeting(m_meetingId, m_loaded.date, m_loaded.staffIds.value(0, 0)));
    dialog->open();
    return dialog;
}

static QList<Invitee> inviteesOf(Database &database, qint64 meetingId)
{
    try {
        return MeetingRepository(database).invitees(meetingId);
    } catch (const DatabaseError &) {
        return {};
    }
}

std::optional<Unasked> MeetingDialog::askAboutUnasked(const QList<Invitee> &people)
{
    return relais::askAboutUnasked(this, windowTitle(), InviteeExport::unasked(people),
        int(people.size()), InviteeExport::refused(people));
}

void MeetingDialog::copyAddresses()
{
    const QList<Invitee> people = inviteesOf(m_database, m_meetingId);
    if (const auto unasked = askAboutUnasked(people))
        copyAddressesOf(people, *unasked);
}

void MeetingDialog::copyAddressesOf(const QList<Invitee> &people, Unasked unasked)
{
    const QString bcc = InviteeExport::bccList(people, unasked);
    QApplication::clipboard()->setText(bcc);
    const int left = InviteeExport::unreachable(people, unasked);
    setStatusText(left
            ? tr("Addresses copied; %Ln invitee(s) without an address or consent left out.",
                nullptr, left)
            : tr("Addresses copied: paste them in the Bcc field."));
}

void MeetingDialog::writeEmail()
{
    const QList<Invitee> people = inviteesOf(m_database, m_meetingId);
    const auto unasked = askAboutUnasked(people);
    if (!unasked)
        return;
    const QUrl url = InviteeExport::mailto(people, m_title->text(), *unasked);
    // Mail clients cut long links: past that, the clipboard is the safe way.
    if (url.toEncoded().size() > 2000) {
        copyAddressesOf(people, *unasked);
        QMessageBox::information(this, windowTitle(),
            tr("There are too many addresses for a link to the mail client: they have been copied; "
               "paste them "
               "in the Bcc field of a new e-mail."));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        QMessageBox::warning(this, windowTitle(),
            tr("No mail client could be opened. The addresses can be copied instead."));
}

void MeetingDialog::exportCsv()
{
    // The columns of InviteeExport::csv rather than those of the list: last and first
    // names apart and the walk-ins, as the import of attendance reads them back.
    const auto unasked = askAboutUnasked(inviteesOf(m_database, m_meetingId));
    if (!unasked)
        return;
    const auto destination = TableExport::chooseCsvFile(this, tr("Export the invitees"),
        QStringLiteral("%1 %2").arg(m_date->date().toString(Qt::ISODate), m_title->text()));
    if (destination)
        exportCsv(destination->path, destination->profile, *unasked);
}

bool MeetingDialog::exportCsv(const QString &path, CsvProfile profile, Unasked unasked)
{
    if (!TableExport::writeFile(
            this, path, InviteeExport::csv(inviteesOf(m_database, m_meetingId), profile, unasked)))
        return false;
    setStatusText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace relais
