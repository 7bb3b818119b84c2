#pragma once

#include "../indicators/yearindicators.h"
#include "csvfile.h"

#include <QByteArray>
#include <QCoreApplication>

namespace relais {

// The partners mobilised in a year, as a table for a spreadsheet: the annual review's
// list when it is too long to print, and the start of a mail merge to thank them.
class PartnerList
{
    Q_DECLARE_TR_FUNCTIONS(relais::PartnerList)

public:
    // One row per partner, by name: its name, type and commune, then one column per way
    // it was mobilised ("yes" or empty), so that a spreadsheet filters on each.
    static QByteArray csv(const YearIndicators &year, CsvProfile profile = CsvProfile::ExcelFrench);
};

} // namespace relais
