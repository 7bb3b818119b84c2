#include "partnerlist.h"

namespace relais {

QByteArray PartnerList::csv(const YearIndicators &year, CsvProfile profile)
{
    const QString yes = tr("yes");
    const auto mark = [&](int routes, int route) { return (routes & route) ? yes : QString(); };
    QList<QStringList> table { { tr("Partner"), tr("Type"), tr("Commune"), tr("Meeting"),
        tr("Training"), tr("SERD"), tr("Valued contribution") } };
    table.reserve(year.actors.partners.size() + 1);
    for (const auto &partner : year.actors.partners) {
        table << QStringList { partner.name, partner.type, partner.commune,
            mark(partner.routes, IndicatorRepository::Meeting),
            mark(partner.routes, IndicatorRepository::Training),
            mark(partner.routes, IndicatorRepository::Serd),
            mark(partner.routes, IndicatorRepository::Contribution) };
    }
    return CsvFile::write(table, profile);
}

} // namespace relais
