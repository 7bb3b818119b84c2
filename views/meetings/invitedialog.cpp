#include "invitedialog.h"

#include "models/commands/commands.h"
#include "models/db/contactrepository.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meetingrepository.h"
#include "models/db/organisationrepository.h"
#include "models/db/savedlistrepository.h"
#include "views/actors/actorfilterbar.h"
#include "views/forms/actorpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
// The preview lists this many names at most; the count says the rest.
constexpr int previewLimit = 500;
} // namespace

InviteDialog::InviteDialog(
    Database &database, Commands &commands, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
    , m_meetingId(meetingId)
    , m_source(new QComboBox(this))
    , m_sources(new QStackedWidget(this))
    , m_picker(new ActorPicker(database, this))
    , m_filter(new ActorFilterBar(database, this))
    , m_savedLists(new QComboBox(this))
    , m_meetings(new QComboBox(this))
    , m_skipRefused(new QCheckBox(tr("Leave out those who &refused to be contacted"), this))
    , m_preview(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_invite(new QPushButton(this))
    , m_save(new QPushButton(tr("Sa&ve as a list…"), this))
{
    setWindowTitle(tr("Add people to the meeting"));
    setObjectName(QStringLiteral("inviteDialog"));
    m_source->addItem(tr("People, by name"), int(Source::Names));
    m_source->addItem(tr("Everyone a filter of the actor file finds"), int(Source::Filter));
    m_source->addItem(tr("A saved list"), int(Source::SavedList));
    m_source->addItem(tr("The people of another meeting"), int(Source::Meeting));

    // Names: organisations chosen here stand for their members.
    auto *names = new QWidget(this);
    auto *namesLayout = new QVBoxLayout(names);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    auto *namesHint = new QLabel(tr("Type names; an organisation brings all its members."), names);
    namesHint->setForegroundRole(QPalette::PlaceholderText);
    namesLayout->addWidget(m_picker);
    namesLayout->addWidget(namesHint);
    m_sources->addWidget(names);

    m_filter->setMode(ActorFilterBar::Mode::Contacts);
    m_sources->addWidget(m_filter);

    try {
        for (const SavedList &list : SavedListRepository(database).all())
            m_savedLists->addItem(list.name, list.id);
    } catch (const DatabaseError &) { }
    if (m_savedLists->count() == 0)
        m_savedLists->addItem(
            tr("No saved list yet: save a filter or another meeting's people as a list"), 0);
    m_sources->addWidget(m_savedLists);

    auto *meetingPage = new QWidget(this);
    auto *meetingLayout = new QVBoxLayout(meetingPage);
    meetingLayout->setContentsMargins(0, 0, 0, 0);
    try {
        const QLocale locale;
        for (const MeetingRow &row : MeetingRepository(database).list()) {
            if (row.id != meetingId)
                m_meetings->addItem(
                    tr("%1 — %2").arg(locale.toString(row.date, QLocale::ShortFormat), row.title),
                    row.id);
        }
    } catch (const DatabaseError &) { }
    meetingLayout->addWidget(m_meetings);
    auto *statuses = new QHBoxLayout;
    statuses->addWidget(new QLabel(tr("Only those:"), meetingPage));
    for (const AttendanceStatus status : { AttendanceStatus::Invited, AttendanceStatus::Registered,
             AttendanceStatus::Excused, AttendanceStatus::Present, AttendanceStatus::Absent }) {
        auto *box = new QCheckBox(attendanceStatusName(status).toLower(), meetingPage);
        box->setProperty("status", int(status));
        m_statuses << box;
        statuses->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &InviteDialog::updatePreview);
    }
    statuses->addStretch(1);
    meetingLayout->addLayout(statuses);
    m_sources->addWidget(meetingPage);

    m_skipRefused->setChecked(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlternatingRowColors(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_invite, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_invite->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &InviteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InviteDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InviteDialog::saveAsList);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("A&dd"), m_source);
    form->addRow(QString(), m_sources);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_skipRefused);
    layout->addWidget(new QLabel(tr("Who would be added:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_sources->setCurrentIndex(m_source->currentIndex());
        updatePreview();
    });
    connect(m_picker, &ActorPicker::changed, this, &InviteDialog::updatePreview);
    connect(m_filter, &ActorFilterBar::filterChanged, this, &InviteDialog::updatePreview);
    connect(m_savedLists, &QComboBox::currentIndexChanged, this, &InviteDialog::updatePreview);
    connect(m_meetings, &QComboBox::currentIndexChanged, this, &InviteDialog::updatePreview);
    connect(m_skipRefused, &QCheckBox::toggled, this, &InviteDialog::updatePreview);
    updatePreview();
    m_picker->setFocus();
}

void InviteDialog::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

QList<qint64> InviteDialog::resolveSource() const
{
    const auto source = Source(m_source->currentData().toInt());
    switch (source) {
    case Source::Names: {
        QList<qint64> ids = contactIds(m_picker->actors());
        OrganisationRepository organisations(m_database);
        for (const qint64 organisation : organisationIds(m_picker->actors())) {
            for (const OrganisationMember &member : organisations.members(organisation))
                ids << member.contactId;
        }
        return ids;
    }
    case Source::Filter: {
        const ActorFilter filter = m_filter->filter();
        // An empty filter would be the whole file: ask for at least one criterion.
        return filter.isEmpty() ? QList<qint64>()
                                : ContactRepository(m_database).matchingIds(filter);
    }
    case Source::SavedList: {
        const auto list
            = SavedListRepository(m_database).load(m_savedLists->currentData().toLongLong());
        return list ? SavedListRepository(m_database).resolve(list->rule, m_commands.today())
                    : QList<qint64>();
    }
    case Source::Meeting: {
        QList<AttendanceStatus> statuses;
        for (const QCheckBox *box : m_statuses) {
            if (box->isChecked())
                statuses << AttendanceStatus(box->property("status").toInt());
        }
        return MeetingRepository(m_database)
            .contactsOf(m_meetings->currentData().toLongLong(), statuses);
    }
    }
    return {};
}

void InviteDialog::updatePreview()
{
    m_candidates.clear();
    m_preview->clear();
    int already = 0;
    int refused = 0;
    int unknown = 0;
    try {
        QSet<qint64> invited;
        for (const Invitation &i : MeetingRepository(m_database).invitations(m_meetingId))
            invited.insert(i.contactId);
        QList<qint64> fresh;
        QSet<qint64> seen;
        for (const qint64 id : resolveSource()) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (invited.contains(id))
                ++already;
            else
                fresh << id;
        }
        // In the sheet's order, with who has not agreed to be contacted.
        QList<ContactRow> rows = ContactRepository(m_database).rows(fresh);
        std::sort(rows.begin(), rows.end(), [](const ContactRow &a, const ContactRow &b) {
            return contactSortKey(a.firstName, a.lastName)
                < contactSortKey(b.firstName, b.lastName);
        });
        for (const ContactRow &row : std::as_const(rows)) {
            if (saidNo(row.consent)) {
                ++refused;
                if (m_skipRefused->isChecked())
                    continue;
            }
            if (row.consent == Consent::Unknown)
                ++unknown;
            m_candidates << row.id;
            if (m_preview->count() < previewLimit) {
                QString line = QStringList { row.lastName, row.firstName }.join(QLatin1Char(' '));
                if (!row.organisations.isEmpty())
                    line += QStringLiteral(" — ") + row.organisations;
                auto *item = new QListWidgetItem(line, m_preview);
                if (saidNo(row.consent)) {
                    item->setForeground(QColor(0xb3, 0x26, 0x1e));
                    item->setToolTip(tr("Refused to be contacted"));
                } else if (row.consent == Consent::Unknown) {
                    item->setToolTip(tr("Not asked for consent yet"));
                }
            }
        }
    } catch (const DatabaseError &error) {
        m_summary->setText(error.message());
        m_invite->setEnabled(false);
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts << tr("%Ln person(s) will be invited.", nullptr, int(m_candidates.size()));
    if (already)
        parts << tr("%Ln already invited, left as they are.", nullptr, already);
    if (refused)
        parts << (m_skipRefused->isChecked()
                ? tr("%Ln refused to be contacted and are left out.", nullptr, refused)
                : tr("%Ln refused to be contacted (in red).", nullptr, refused));
    if (unknown)
        parts << tr("%Ln have not been asked for their consent.", nullptr, unknown);
    if (m_candidates.size() > previewLimit)
        parts << tr("The first %1 are shown.").arg(locale.toString(previewLimit));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_invite->setText(m_candidates.isEmpty()
            ? tr("&Invite")
            : tr("&Invite %Ln", nullptr, int(m_candidates.size())));
    m_invite->setEnabled(!m_candidates.isEmpty());
    const auto source = Source(m_source->currentData().toInt());
    m_save->setEnabled(source == Source::Filter || source == Source::Meeting);
}

void InviteDialog::accept()
{
    if (m_candidates.isEmpty())
        return;
    int added = 0;
    if (!m_commands.invite(m_meetingId, m_candidates, &added)) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        return;
    }
    QDialog::accept();
}

void InviteDialog::saveAsList()
{
    SavedListRule rule;
    const auto source = Source(m_source->currentData().toInt());
    if (source == Source::Filter) {
        rule.filter = m_filter->filter();
    } else if (source == Source::Meeting) {
        rule.kind = SavedListRule::Kind::Meeting;
        rule.meetingId = m_meetings->currentData().toLongLong();
        for (const QCheckBox *box : std::as_const(m_statuses)) {
            if (box->isChecked())
                rule.statuses << AttendanceStatus(box->property("status").toInt());
        }
    } else {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save as a list"), tr("Name of the list:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        const qint64 id = SavedListRepository(m_database).insert({ 0, name, rule });
        m_savedLists->addItem(name.simplified(), id);
        const int none = m_savedLists->findData(0);
        if (none >= 0)
            m_savedLists->removeItem(none);
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Save as a list"), error.message());
    }
}

} // namespace relais
