#include "trainingrecordview.h"

#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/trainingrepository.h"
#include "models/item/cohortattendancemodel.h"
#include "views/forms/listview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
enum Column { CohortColumn, Period, HalfDays, Hours, Completion, ColumnCount };
} // namespace

TrainingRecordView::TrainingRecordView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingRecord"));
    m_table->setObjectName(QStringLiteral("trainings"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Cohort"), tr("Period"), tr("Half-days"), tr("Hours"), tr("Completion") });
    setUpRecordList(m_table, QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(CohortColumn, 260);
    m_table->setColumnWidth(Period, 180);
    m_table->setColumnWidth(HalfDays, 90);
    m_table->setColumnWidth(Hours, 80);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

int TrainingRecordView::count() const
{
    return m_table->rowCount();
}

void TrainingRecordView::setContact(qint64 contactId)
{
    QList<TrainingRepository::TraineeRecord> records;
    if (contactId) {
        try {
            records = TrainingRepository(m_database).recordsOf(contactId);
        } catch (const DatabaseError &error) {
            m_summary->setText(error.message());
        }
    }
    const QLocale locale;
    m_table->setRowCount(int(records.size()));
    double hours = 0;
    int halfDays = 0;
    for (int row = 0; row < records.size(); ++row) {
        const auto &record = records[row];
        hours += record.totals.hoursPresent;
        halfDays += record.totals.halfDaysPresent;
        QString period;
        if (record.startsOn.isValid() && record.endsOn.isValid())
            period = tr("%1 – %2").arg(locale.toString(record.startsOn, QLocale::ShortFormat),
                locale.toString(record.endsOn, QLocale::ShortFormat));
        else if (record.startsOn.isValid())
            period = locale.toString(record.startsOn, QLocale::ShortFormat);
        QString completion;
        if (record.completedOn.isValid())
            completion = tr("Completed on %1")
                             .arg(locale.toString(record.completedOn, QLocale::ShortFormat));
        else if (record.totals.completed)
            completion = tr("Rule met, not recognised yet");
        else if (record.rule.count > 0)
            completion = tr("Not yet (%1)").arg(record.rule.description());
        QString attended = QString::number(record.totals.halfDaysPresent);
        if (record.totals.halfDaysExcused > 0)
            attended += tr(" (%n excused)", nullptr, record.totals.halfDaysExcused);
        const QStringList cells { record.cohort, period, attended,
            CohortAttendanceModel::hoursText(record.totals.hoursPresent), completion };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    if (records.isEmpty())
        m_summary->setText(tr("Not enrolled in any training."));
    else
        m_summary->setText(
            tr("%Ln cohort(s): %1 half-days and %2 attended in all", nullptr, int(records.size()))
                .arg(halfDays)
                .arg(CohortAttendanceModel::hoursText(hours)));
}

} // namespace relais
