#include "trainingcertificates.h"

#include "letterhead.h"
#include "pagedtable.h"
#include "printstyle.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <memory>
#include <models/db/databaseerror.h>
#include <models/domain/contact.h>
#include <utility>

namespace relais {

using namespace print;

namespace {

constexpr qreal rowHeight = mm(8);
constexpr qreal dateWidth = mm(30);
constexpr qreal halfDaysWidth = mm(44);
constexpr qreal hoursWidth = mm(22);
// Between the table and the closing block, and room left to sign (and stamp).
constexpr qreal closingGap = mm(8);
constexpr qreal signatureSpace = mm(22);

QFont cellFont(bool bold = false)
{
    return printFont(9.5, bold ? QFont::Bold : QFont::Normal);
}

// "1 March 2014": the day a certificate speaks of, without its weekday, never split
// over two lines.
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d\u00a0MMMM\u00a0yyyy"));
}

// "3.5", "7", "3.25": hours as people write them, to the quarter of an hour.
QString hoursNumber(double hours)
{
    const QLocale locale;
    QString text = locale.toString(qRound(hours * 100) / 100.0, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString personName(const TrainingRepository::Trainee &trainee)
{
    return QStringList { trainee.firstName.simplified(), trainee.lastName.simplified() }
        .join(QLatin1Char(' '))
        .trimmed();
}

} // namespace

struct TrainingCertificates::CertificateLayout
{
    struct Row
    {
        Lines date;
        Lines module;
        Lines halfDays;
        Lines hours;
    };
    qreal tableTop = 0;
    PagedTable table;
    QList<Row> rows;
};

struct TrainingCertificates::Layout
{
    QSizeF area;
    QList<CertificateLayout> certificates;
    struct Page
    {
        int certificate = 0;
        int page = 0; // within the certificate
    };
    QList<Page> pages;
};

TrainingCertificates::TrainingCertificates(
    CertificatesData data, const CertificatesOptions &options)
    : m_data(std::move(data))
{
    setOptions(options);
}

CertificatesData TrainingCertificates::load(Database &database, qint64 cohortId)
{
    const TrainingRepository training(database);
    const std::optional<Cohort> cohort = training.cohort(cohortId);
    if (!cohort)
        throw DatabaseError(tr("This cohort no longer exists; it may have been deleted."));
    CertificatesData data;
    data.cohort = *cohort;
    data.programme = SettingsRepository(database).programme();
    data.sessions = training.sessions(cohortId);
    QSet<qint64> moduleIds;
    for (const TrainingSession &session : std::as_const(data.sessions)) {
        if (!moduleIds.contains(session.moduleId)) {
            moduleIds.insert(session.moduleId);
            if (const auto module = training.module(session.moduleId))
                data.modules.append(*module);
        }
    }
    data.trainees = training.trainees(cohortId);
    data.attendance = training.attendance(cohortId);
    return data;
}

QList<TrainingCertificates::Certificate> TrainingCertificates::certificatesFor(
    const CertificatesOptions &options) const
{
    QHash<qint64, QString> moduleTitles;
    for (const TrainingModule &module : m_data.modules)
        moduleTitles.insert(module.id, module.title.simplified());
    QList<TrainingSession> sessions = m_data.sessions;
    std::stable_sort(sessions.begin(), sessions.end(),
        [](const TrainingSession &a, const TrainingSession &b) { return a.date < b.date; });

    QList<std::pair<QString, Certificate>> keyed;
    for (const TrainingRepository::Trainee &trainee : m_data.trainees) {
        if (!options.contactIds.isEmpty() && !options.contactIds.contains(trainee.contactId))
            continue;
        Certificate certificate;
        certificate.trainee = trainee;
        certificate.totals = traineeTotals(
            m_data.sessions, m_data.attendance, trainee.contactId, m_data.cohort.rule);
        if (options.completedOnly && !certificate.totals.completed)
            continue;
        for (const TrainingSession &session : std::as_const(sessions)) {
            Certificate::Session attended { session, moduleTitles.value(session.moduleId), {}, 0 };
            for (const HalfDay half : session.halfDays()) {
                const bool present = std::any_of(m_data.attendance.cbegin(),
                    m_data.attendance.cend(), [&](const HalfDayAttendance &a) {
                        return a.sessionId == session.id && a.contactId == trainee.contactId
                            && a.half == half && a.status == AttendanceStatus::Present;
                    });
                if (present) {
                    attended.present << half;
                    attended.hours += session.hours(half);
                }
            }
            if (!attended.present.isEmpty())
                certificate.sessions << attended;
        }
        keyed.append(
            { contactSortKey(trainee.firstName, trainee.lastName), std::move(certificate) });
    }
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Certificate> certificates;
    for (auto &[key, certificate] : keyed)
        certificates << std::move(certificate);
    return certificates;
}

void TrainingCertificates::setOptions(const CertificatesOptions &options)
{
    m_options = options;
    m_certificates.clear();
    m_withoutAttendance = 0;
    // A certificate of attendance says that someone took part: nobody gets one for a
    // training they never came to.
    for (const Certificate &certificate : certificatesFor(options)) {
        if (certificate.sessions.isEmpty())
            ++m_withoutAttendance;
        else
            m_certificates << certificate;
    }
    updatePages();
}

void TrainingCertificates::pageLayoutChanged()
{
    updatePages();
}

void TrainingCertificates::updatePages()
{
    const Layout layout = layOut(pageLayout());
    m_pagesPerCertificate.clear();
    for (const CertificateLayout &certificate : layout.certificates)
        m_pagesPerCertificate << certificate.table.pageCount();
}

int TrainingCertificates::pageCount() const
{
    int count = 0;
    for (const int pages : m_pagesPerCertificate)
        count += pages;
    return count;
}

TrainingCertificates::Layout TrainingCertificates::layOut(const QPageLayout &pageLayout) const
{
    Layout layout;
    layout.area = printableArea(pageLayout);
    const qreal width = layout.area.width();
    const qreal bottom = layout.area.height() - footerHeight;

    // The narrow columns as wide as their titles need (they are longer in French), the
    // module taking the rest.
    const QString dateTitle = tr("Date");
    const QString halfDaysTitle = tr("Half-days present");
    const QString hoursTitle = tr("Hours");
    const qreal dateColumn = qMax(dateWidth, PagedTable::titleWidth(dateTitle));
    const qreal halfDaysColumn = qMax(halfDaysWidth, PagedTable::titleWidth(halfDaysTitle));
    const qreal hoursColumn = qMax(hoursWidth, PagedTable::titleWidth(hoursTitle));
    const qreal moduleWidth = width - dateColumn - halfDaysColumn - hoursColumn;
    const QList<TableColumn> columns { { dateTitle, {}, 0, dateColumn },
        { tr("Module"), {}, 0, moduleWidth }, { halfDaysTitle, {}, 0, halfDaysColumn },
        { hoursTitle, {}, 0, hoursColumn, Qt::AlignRight } };
    const auto inner = [](const TableColumn &column) { return column.width - 2 * cellPadding; };

    for (int c = 0; c < m_certificates.size(); ++c) {
        const Certificate &certificate = m_certificates[c];
        CertificateLayout certificateLayout;
        PagedTable &table = certificateLayout.table;
        table.setColumns(columns);
        const QList<TableColumn> &laid = table.columns;
        const auto addRow = [&](const CertificateLayout::Row &row) {
            certificateLayout.rows << row;
            table.rowHeights << qMax(rowHeight,
                std::max({ row.date.height(), row.module.height(), row.halfDays.height(),
                    row.hours.height() })
                    + 2 * rowPadding);
        };
        for (const Certificate::Session &attended : certificate.sessions) {
            QStringList halves;
            for (const HalfDay half : attended.present)
                halves << halfDayName(half);
            const QFont font = cellFont();
            addRow({ { font,
                         wrapped(QLocale().toString(attended.session.date, QLocale::ShortFormat),
                             font, inner(laid[0]), 1) },
                { font, wrapped(attended.module, font, inner(laid[1]), 2) },
                { font, wrapped(halves.join(QStringLiteral(", ")), font, inner(laid[2]), 2) },
                { font,
                    wrapped(tr("%1 h", "hours").arg(hoursNumber(attended.hours)), font,
                        inner(laid[3]), 1) } });
        }
        const QFont bold = cellFont(true);
        addRow({ { bold, wrapped(tr("Total"), bold, inner(laid[0]), 1) }, { bold, {} },
            { bold,
                wrapped(tr("Half-days: %1").arg(certificate.totals.halfDaysPresent), bold,
                    inner(laid[2]), 1) },
            { bold,
                wrapped(tr("%1 h", "hours").arg(hoursNumber(certificate.totals.hoursPresent)), bold,
                    inner(laid[3]), 1) } });

        certificateLayout.tableTop = headerBlock(nullptr, certificate, width, 0);
        table.paginate(
            certificateLayout.tableTop, bottom, closingBlock(nullptr, certificate, width, 0));
        for (int page = 0; page < table.pageCount(); ++page)
            layout.pages << Layout::Page { c, page };
        layout.certificates << certificateLayout;
    }
    return layout;
}

QString TrainingCertificates::certifies(const Certificate &certificate) const
{
    const TrainingRepository::Trainee &trainee = certificate.trainee;
    QString who = personName(trainee);
    if (!trainee.organisation.trimmed().isEmpty())
        who = tr("%1 (%2)", "a trainee and their organisation")
                  .arg(who, trainee.organisation.simplified());

    // The cohort's period, or, when it has none, that of its sessions.
    QDate from = m_data.cohort.startsOn;
    QDate to = m_data.cohort.endsOn;
    if (!from.isValid() || !to.isValid()) {
        for (const TrainingSession &session : m_data.sessions) {
            if (!session.date.isValid())
                continue;
            if (!from.isValid() || session.date < from)
                from = session.date;
            if (!to.isValid() || session.date > to)
                to = session.date;
        }
    }
    const QString training = m_data.cohort.name.simplified();
    if (from.isValid() && to.isValid() && from != to) {
        return tr("This is to certify that %1 took part in the training “%2” from %3 to %4.")
            .arg(who, training, longDate(from), longDate(to));
    }
    if (from.isValid()) {
        return tr("This is to certify that %1 took part in the training “%2” on %3.")
            .arg(who, training, longDate(from));
    }
    return tr("This is to certify that %1 took part in the training “%2”.").arg(who, training);
}

QString TrainingCertificates::issued() const
{
    const QString place = m_options.issuedAt.simplified();
    const QDate date = m_options.issuedOn;
    if (!place.isEmpty() && date.isValid())
        return tr("Issued at %1 on %2").arg(place, longDate(date));
    if (date.isValid())
        return tr("Issued on %1").arg(longDate(date));
    if (!place.isEmpty())
        return tr("Issued at %1").arg(place);
    return {};
}

qreal TrainingCertificates::headerBlock(
    QPainter *painter, const Certificate &certificate, qreal width, qreal top) const
{
    qreal y = top + letterhead(painter, m_data.programme, width);
    y += mm(8);

    const QFont titleFont = printFont(22, QFont::Bold);
    const Lines title { titleFont, wrapped(tr("Certificate of attendance"), titleFont, width, 2) };
    if (painter)
        title.draw(*painter, 0, y, width, Qt::AlignHCenter);
    y += title.height() + mm(12);

    const QFont textFont = printFont(12);
    const QFont headingFont = printFont(11, QFont::Bold);
    return stack(painter,
        { { { textFont, wrapped(certifies(certificate), textFont, width, 8) }, mm(10) },
            { { headingFont, wrapped(tr("Sessions attended"), headingFont, width, 1) }, mm(2.5) } },
        0, y);
}

qreal TrainingCertificates::closingBlock(
    QPainter *painter, const Certificate &certificate, qreal width, qreal top) const
{
    qreal y = top + closingGap;

    // Whether the cohort's rule is met.
    const CompletionRule &rule = m_data.cohort.rule;
    if (rule.count > 0) {
        const QFont textFont = printFont(10.5);
        const QFont boldFont = printFont(10.5, QFont::Bold);
        Lines ruleLines { textFont,
            wrapped(tr("Completion rule: %1").arg(rule.description()), textFont, width, 2) };
        if (rule.kind == CompletionRule::Kind::Modules) {
            ruleLines.lines << wrapped(
                tr("Modules attended: %1").arg(certificate.totals.modulesAttended), textFont, width,
                1);
        }
        const QString name = personName(certificate.trainee);
        const QString status = certificate.totals.completed
            ? tr("%1 has completed the training.").arg(name)
            : tr("%1 has not completed the training.").arg(name);
        y = stack(painter,
            { { ruleLines, mm(1) }, { { boldFont, wrapped(status, boldFont, width, 2) }, 0 } }, 0,
            y);
        y += mm(12);
    } else {
        y += mm(4);
    }

    // Place, date, the signatory and room to sign, in the right half of the page.
    const qreal x = width / 2;
    const qreal blockWidth = width - x;
    const QFont issuedFont = printFont(10.5);
    const QFont nameFont = printFont(10.5, QFont::Bold);
    const QFont roleFont = printFont(10);
    y = stack(painter,
        { { { issuedFont, wrapped(issued(), issuedFont, blockWidth, 2) }, mm(4) },
            { { nameFont, wrapped(m_options.signatoryName, nameFont, blockWidth, 2) }, mm(0.5) },
            { { roleFont, wrapped(m_options.signatoryRole, roleFont, blockWidth, 2), secondaryInk },
                0 } },
        x, y);
    y += signatureSpace;
    const QFont labelFont = printFont(8);
    const Lines label { labelFont, wrapped(tr("Signature"), labelFont, blockWidth, 1),
        secondaryInk };
    if (painter) {
        painter->setPen(QPen(gridColour, pt(0.75)));
        painter->drawLine(QPointF(x, y), QPointF(width, y));
        label.draw(*painter, x, y + mm(1));
    }
    return y + mm(1) + label.height();
}

void TrainingCertificates::paintPage(QPainter &painter, const Layout &layout, int page) const
{
    const Layout::Page where = layout.pages.value(page);
    const Certificate &certificate = m_certificates[where.certificate];
    const CertificateLayout &certificateLayout = layout.certificates[where.certificate];
    const PagedTable &table = certificateLayout.table;
    const qreal width = layout.area.width();
    const int lastPage = table.pageCount() - 1;

    qreal top = 0;
    if (where.page == 0) {
        headerBlock(&painter, certificate, width, 0);
        top = certificateLayout.tableTop;
    }
    if (where.page == lastPage && table.trailingOnOwnPage()) {
        closingBlock(&painter, certificate, width, -closingGap);
    } else {
        const QList<TableColumn> &columns = table.columns;
        const int totalRow = int(certificateLayout.rows.size()) - 1;
        const qreal bottom
            = table.paintPage(painter, where.page, top, width, [&](int i, const QRectF &box) {
                  const CertificateLayout::Row &row = certificateLayout.rows[i];
                  if (i == totalRow)
                      painter.fillRect(box, headerFill);
                  const auto centred = [&](const Lines &lines) {
                      return box.top() + (box.height() - lines.height()) / 2;
                  };
                  row.date.draw(painter, columns[0].x + cellPadding, centred(row.date));
                  row.module.draw(painter, columns[1].x + cellPadding, centred(row.module));
                  row.halfDays.draw(painter, columns[2].x + cellPadding, centred(row.halfDays));
                  row.hours.draw(painter, columns[3].x + cellPadding, centred(row.hours),
                      columns[3].width - 2 * cellPadding, Qt::AlignRight);
              });
        if (where.page == lastPage)
            closingBlock(&painter, certificate, width, bottom);
    }

    // Certificates get separated: each page says whose it is; the page numbers count the
    // pages of this certificate, when it has more than one.
    QStringList about { tr("Certificate of attendance"), personName(certificate.trainee) };
    if (!m_data.cohort.name.trimmed().isEmpty())
        about << m_data.cohort.name.simplified();
    paintFooter(painter, layout.area, about.join(QStringLiteral(" · ")), where.page,
        table.pageCount() > 1 ? table.pageCount() : 0);
}

PrintableDocument::Pages TrainingCertificates::layOutPages(const QPageLayout &pageLayout) const
{
    const auto layout = std::make_shared<const Layout>(layOut(pageLayout));
    return { int(layout->pages.size()),
        [this, layout](QPainter &painter, int page) { paintPage(painter, *layout, page); } };
}

QString TrainingCertificates::pdfTitle() const
{
    QStringList parts { m_certificates.size() == 1 ? tr("Certificate of attendance")
                                                   : tr("Certificates of attendance") };
    if (!m_data.cohort.name.trimmed().isEmpty())
        parts << m_data.cohort.name.simplified();
    if (m_certificates.size() == 1)
        parts << personName(m_certificates.first().trainee);
    return parts.join(QStringLiteral(" – "));
}

QString TrainingCertificates::saveFailure(const QString &path, const QString &reason) const
{
    return tr("The certificates could not be saved as %1: %2").arg(path, reason);
}

QString TrainingCertificates::suggestedFileName() const
{
    const bool one = m_certificates.size() == 1;
    QStringList parts { fileNamePart(
        one ? tr("Certificate of attendance") : tr("Certificates of attendance")) };
    const QString cohort = fileNamePart(m_data.cohort.name);
    if (!cohort.isEmpty())
        parts << cohort;
    if (one) {
        const TrainingRepository::Trainee &trainee = m_certificates.first().trainee;
        const QString name = fileNamePart(
            QStringList { trainee.lastName.simplified(), trainee.firstName.simplified() }
                .join(QLatin1Char(' '))
                .trimmed());
        if (!name.isEmpty())
            parts << name;
    }
    return parts.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

} // namespace relais
