#pragma once

#include <QAbstractItemView>

class QTableView;

namespace relais {

// The house look of a read-only list of records: whole rows selected, not editable in
// place, alternating rows of the text's height plus air, left-aligned headers, Tab
// leaving the list rather than walking its cells.
void setUpRecordList(QTableView *view, QAbstractItemView::SelectionMode selection);

} // namespace relais
