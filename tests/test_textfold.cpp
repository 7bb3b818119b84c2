#include "catchqt.h"

#include <models/domain/textfold.h>

using relais::foldedKey;

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
