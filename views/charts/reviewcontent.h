#pragma once

#include "views/print/annualreview.h"

namespace relais {

class Database;

// The annual review's content with its charts drawn, ready to print: what the Annual
// review dialog and `relais report` lay out. Throws DatabaseError.
AnnualReviewContent annualReviewContent(Database &database, int year);

} // namespace relais
