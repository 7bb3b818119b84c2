#pragma once

#include "../db/database.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace relais {

struct DemoOptions
{
    int contacts = 250;
    // 0: derived from contacts, 120 for 250 and about 20,000 for 100,000, as the
    // proportion of people per organisation grows with the size of a network.
    int organisations = 0;
    // The same seed and the same `today` give the same programme, byte for byte.
    quint32 seed = 2014;
    // The file's present: its year of interactions ends on it, follow-ups fall due
    // around it, and the programme's history (launched two SERDs earlier) leads up to it.
    QDate today = QDate::currentDate();
    // 0: the history derived from `today` as above, and a programme of Mulhouse's size
    // whatever the number of contacts. Otherwise the years of history: the programme was
    // launched at the start of a school year at least that many years before `today`, and
    // the file is a network of local programmes sharing it, about sqrt(contacts / 250) of
    // them, so that its meetings, cohorts and SERD actions grow with its size.
    int years = 0;
};

// The longest history the generator is asked for (a programme is renewed every six years;
// a network's file rarely goes back further).
inline constexpr int demoMaxYears = 30;

// The number of organisations generated for options.organisations == 0.
int demoOrganisationCount(int contacts);

// Fills a freshly created, migrated, still empty Relais database with a realistic
// waste-prevention programme of the Mulhouse area: communes, tags, organisations of
// every seeded type and their people, a year of interactions with them and the
// follow-ups planned along the way, some of them overdue, and the meetings held since the
// launch (actors' councils, workshops, network-head meetings, SERD preparations) with
// who was invited, who came and who excused themselves, and the next council already
// planned; and from the programme's second year on, a cohort a year of the relay-actor
// training (five modules, eight sessions, their attendance), whose trainees who met the
// rule are the file's relay actors. Given years of history, all that for each of a network's
// local programmes, and a larger SERD. One transaction. Throws DatabaseError, also when the file
// already holds contacts or organisations.
void generateDemo(Database &database, const DemoOptions &options);

// Creates a new file at path and fills it. An existing file is refused and left
// untouched (Opened.error set, with a message for the user); a file that could not be
// filled is removed.
Database::Opened createDemoDatabase(const QString &path, const DemoOptions &options);

} // namespace relais
