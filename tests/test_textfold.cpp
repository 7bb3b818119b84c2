#include "catchqt.h"

#include <models/domain/namesearch.h>
#include <models/domain/textfold.h>

using relais::foldedKey;
using relais::NameSearch;

TEST_CASE("Folding ignores accents, case, ligatures and blanks")
{
    CHECK(foldedKey(QStringLiteral("Sénéchal")) == foldedKey(QStringLiteral("SENECHAL")));
    CHECK(foldedKey(QStringLiteral("  Lefèvre   Anne ")) == QStringLiteral("lefevre anne"));
    CHECK(foldedKey(QStringLiteral("Schœnenberger")) == QStringLiteral("schoenenberger"));
    CHECK(foldedKey(QStringLiteral("Ça déborde")) == QStringLiteral("ca deborde"));
    CHECK(foldedKey(QStringLiteral("Müller")) == QStringLiteral("muller"));
    CHECK(foldedKey(QStringLiteral("L’Atelier")) == foldedKey(QStringLiteral("l'atelier")));
    CHECK(foldedKey(QStringLiteral("Dupont")) != foldedKey(QStringLiteral("Dupond")));
}

TEST_CASE("A name is found as it is read off a signed sheet")
{
    const QList<NameSearch::Name> people { { QStringLiteral("Dupont-Moretti"),
                                               QStringLiteral("Éric") },
        { QStringLiteral("Émery"), QStringLiteral("Luc") },
        { QStringLiteral("Martin"), QStringLiteral("Emma") },
        { QStringLiteral("Martinez"), QStringLiteral("Paul") } };
    const NameSearch search(int(people.size()), [&people](int row) { return people[row]; });

    // The last name wins over a first name that starts the same way.
    CHECK(search.first(QStringLiteral("em")) == 1);
    CHECK(search.first(QStringLiteral("EMMA")) == 2);
    CHECK(search.first(QStringLiteral("moretti")) == 0);
    CHECK(search.first(QStringLiteral("eric")) == 0);
    CHECK(search.first(QStringLiteral("martin e")) == 2);
    CHECK(search.first(QStringLiteral("martinez")) == 3);
    CHECK(search.first(QStringLiteral("zz")) == -1);
    CHECK(search.first(QStringLiteral("  ")) == -1);

    // Next and previous wrap around the list.
    CHECK(search.next(QStringLiteral("mart"), 2, 1) == 3);
    CHECK(search.next(QStringLiteral("mart"), 3, 1) == 2);
    CHECK(search.next(QStringLiteral("mart"), 2, -1) == 3);
    CHECK(search.next(QStringLiteral("em"), -1, 1) == 1);
    CHECK(search.next(QStringLiteral("zz"), 0, 1) == -1);
}

TEST_CASE("The letters-only key keeps letters and digits of the folded text")
{
    CHECK(relais::foldedLettersKey(QStringLiteral("Présent(e)")) == QStringLiteral("presente"));
    CHECK(relais::foldedLettersKey(QStringLiteral(" Tél. ")) == QStringLiteral("tel"));
    CHECK(
        relais::foldedLettersKey(QStringLiteral("Code postal 2")) == QStringLiteral("codepostal2"));
    CHECK(relais::foldedLettersKey(QString()).isEmpty());
}
