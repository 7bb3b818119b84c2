#include "consenthistorydialog.h"

#include "models/db/consentrepository.h"
#include "models/db/databaseerror.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

ConsentHistoryDialog::ConsentHistoryDialog(
    Database &database, qint64 contactId, const QString &contactName, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Consent history — %1").arg(contactName));
    m_table->setObjectName(QStringLiteral("consentHistoryTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({ tr("Recorded"), tr("Channel"), tr("Answer"),
        tr("Answered on"), tr("Source"), tr("Note"), tr("By") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *empty = new QLabel(this);
    empty->setObjectName(QStringLiteral("consentHistoryEmpty"));
    const QLocale locale;
    try {
        const QList<ConsentHistoryEntry> entries = ConsentRepository(database).history(contactId);
        m_table->setRowCount(int(entries.size()));
        for (int r = 0; r < entries.size(); ++r) {
            const ConsentHistoryEntry &e = entries[r];
            const QStringList cells { locale.toString(
                                          e.recordedAt.toLocalTime(), QLocale::ShortFormat),
                consentChannelLabel(e.channel), consentStatusLabel(e.consent.status),
                e.consent.date.isValid() ? locale.toString(e.consent.date, QLocale::ShortFormat)
                                         : QString(),
                consentSourceLabel(e.consent.source), e.consent.note,
                e.recordedBy.isEmpty() ? tr("(before the history was kept)") : e.recordedBy };
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        if (entries.isEmpty())
            empty->setText(tr("No answer has been recorded for this person yet."));
    } catch (const DatabaseError &error) {
        empty->setText(error.message());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    empty->setVisible(!empty->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 320);
}

} // namespace relais
