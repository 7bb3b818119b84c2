#!/usr/bin/env python3
"""Writes contacts_10000.csv: 10,000 contacts as a French Excel saves "CSV UTF-8" (a BOM,
";", CRLF), every 250th with a quoted note holding a ";" and a line break. Deterministic:
every cell is computed from the row number, so running it again gives the same bytes.

    python3 tests/data/csv/make_large.py
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 10000

LAST = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
        "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
        "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
        "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc", "Guérin",
        "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin",
        "Clément", "Morin", "Nicolas", "Henry", "Mathieu", "Masson", "Marchand", "Duval",
        "Noël", "Bœuf", "Cœurdevey", "Sénéchal", "Çelik", "Le Gall", "Da Silva", "D'Amico"]
FIRST = ["Marie", "Jean", "Pierre", "Sophie", "Nathalie", "Isabelle", "Françoise",
         "Philippe", "Michel", "Alain", "Nicolas", "Stéphane", "Céline", "Aurélie", "Émilie",
         "Camille", "Léa", "Chloé", "Inès", "Zoé", "Hugo", "Théo", "Maël", "Gaëlle", "Hélène",
         "Agnès", "Jérôme", "Anaïs", "Loïc", "Joël", "Raphaël", "Noémie", "Jean-Marc"]
ORGS = ["", "Mairie de Viriat", "Ressourcerie de la Bresse", "CSC des Tilleuls",
        "Repair café de Péronnas", "Collège du Revermont", "Habitat Bressan",
        "Atelier vélo La Rustine", "Jardins de Brou", "Mairie d'Attignat"]
COMMUNES = [("01000", "Bourg-en-Bresse"), ("01000", "Saint-Denis-lès-Bourg"),
            ("01960", "Péronnas"), ("01440", "Viriat"), ("01340", "Attignat"),
            ("01250", "Montagnat"), ("01310", "Polliat"), ("01250", "Ceyzériat")]
CIVILITIES = ["M.", "Mme", "", "Madame", "Monsieur"]


def ascii_key(text):
    folded = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe"))
    return "".join(c for c in folded if c.isalnum() and c.isascii()).lower()


def row(i):
    last = LAST[(i * 7) % len(LAST)]
    first = FIRST[(i * 11 + i // len(LAST)) % len(FIRST)]
    org = ORGS[(i * 3) % len(ORGS)]
    postcode, commune = COMMUNES[(i * 5) % len(COMMUNES)]
    email = "%s.%s%d@example.org" % (ascii_key(first), ascii_key(last), i)
    phone = "06 %02d %02d %02d %02d" % ((i // 1000) % 100, (i // 100) % 10 * 10 + i % 10,
                                        (i * 37) % 100, (i * 91) % 100)
    note = '"Relance n°%d; voir\nle dossier"' % i if i % 250 == 0 else ""
    return [CIVILITIES[i % len(CIVILITIES)], last, first, org, email, phone, postcode, commune,
            note]


def main():
    header = ["Civilité", "Nom", "Prénom", "Structure", "Courriel", "Portable", "CP", "Commune",
              "Notes"]
    lines = [";".join(header)] + [";".join(row(i)) for i in range(1, ROWS + 1)]
    data = b"\xef\xbb\xbf" + "".join(line + "\r\n" for line in lines).encode("utf-8")
    with open(os.path.join(HERE, "contacts_10000.csv"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
