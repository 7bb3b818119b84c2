#pragma once

#include "contact.h"
#include "organisation.h"

namespace relais {

// Two records of one actor becoming one: what the kept record ends up with.

// The values chosen field by field, plus every membership, tag and domain of both
// records, so that a merge never drops a link: memberships of the values first (their
// role wins), then the kept record's, then the merged one's.
Contact withLinksOfBoth(Contact values, const Contact &kept, const Contact &merged);
Organisation withLinksOfBoth(
    Organisation values, const Organisation &kept, const Organisation &merged);

// A first proposal for the merge form: the kept record, its empty fields filled from
// the merged one, the e-mails and phones of both, flags of either.
Contact proposedMerge(const Contact &kept, const Contact &merged);
Organisation proposedMerge(const Organisation &kept, const Organisation &merged);

} // namespace relais
