#!/usr/bin/env python3
"""Writes the small hand-made files of the CSV corpus (see README.md), byte for byte.

They are committed; run this only to change them, then update tests/test_csvcorpus.cpp:
    python3 tests/data/csv/make_small.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=b""):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bom + text.encode(encoding))


def crlf(lines):
    return "".join(line + "\r\n" for line in lines)


# A French actor list as a French Excel saves it: "CSV (séparateur: point-virgule)" in
# Windows-1252 (œ Œ ’ ‘ – … € « » are in 0x80-0x9F or above), and "CSV UTF-8" with a BOM.
ACTORS = [
    "Civilité;Nom;Prénom;Structure;Fonction;Courriel;Téléphone;CP;Commune;Notes",
    "Mme;Lefèvre;Françoise;Mairie de Péronnas;Chargée de mission déchets;"
    "f.lefevre@mairie-peronnas.fr;04 74 21 00 00;01960;Péronnas;Cœur du réseau – 12 €",
    "M.;Sénéchal;Jérôme;Ressourcerie de l’Ain;Directeur;j.senechal@ressourcerie-ain.fr;"
    '06 12 34 56 78;01000;Bourg-en-Bresse;"Compostage, tri; réemploi"',
    "Mme;Çelik;Aïcha;Centre socio-culturel des Tilleuls;Animatrice;"
    "aicha.celik@csc-tilleuls.fr;+33 4 74 22 11 00;01440;Viriat;Ateliers « zéro déchet »",
    "M.;Bœuf;Gaëtan;Lycée horticole de la Bresse;Professeur d’éco-gestion;"
    "gaetan.boeuf@lycee-bresse.fr;0474450000;01250;Montagnat;Élèves de 2nde – projet ‘gaspillage’",
    "Mme;Dupont-Mérieux;Léa;Association Ça déborde !;Présidente;lea@cadeborde.org;"
    "06 98 76 54 32;01000;Saint-Denis-lès-Bourg;Œuvre depuis 2009… encore",
]
write("actors_cp1252.csv", crlf(ACTORS), "cp1252")
write("actors_utf8_bom.csv", crlf(ACTORS), "utf-8", b"\xef\xbb\xbf")

# Quoted cells: embedded ";", doubled quotes, line breaks (LF inside cells, as Excel writes
# them, and one CRLF), text after a closing quote, a quote inside an unquoted cell.
write(
    "quoted_cells.csv",
    "Nom;Structure;Adresse;Notes\r\n"
    'Martin;"Maison de l\'eau; de la nature";"12, rue des Tilleuls\n01000 Bourg-en-Bresse";'
    '"Dit ""le jardinier"""\r\n'
    'Bernard;Repair café;"1er étage\nporte B\ncôté parking";\r\n'
    '"Petit";"""Zéro déchet"" Bresse";;"Note ""entre guillemets""; avec point-virgule\n'
    'et saut de ligne"\r\n'
    'Roux;"";"";""""\r\n'
    'Garnier;"Texte après guillemet"fin;Prix 3"5;ok\r\n'
    'Faure;"ligne 1\r\nligne 2";x;y\r\n'
    "Fin;a;b;c\r\n",
)

# The header has one column fewer than the rows (its last cell was never typed).
write(
    "short_header.csv",
    "Nom;Prénom;Courriel\n"
    "Blanc;Claire;claire.blanc@example.org;06 11 22 33 44\n"
    "Noir;Paul;paul.noir@example.org;04 74 00 00 00\n"
    "Gris;Anne;anne.gris@example.org;\n"
    "Vert;Luc;luc.vert@example.org;+33 6 55 44 33 22\n",
)

# Empty lines, lines of delimiters only and of blanks, before the header too.
write(
    "blank_lines.csv",
    "\r\n;;\r\nNom;Prénom;Commune\r\n\r\nBlanc;Claire;Viriat\r\n;;\r\n  ;  ;  \r\n"
    "\r\nNoir;Paul;Péronnas\r\n;;Attignat\r\n\r\n;;\r\n\r\n",
)

# Values that a spreadsheet would reinterpret and the reader must not.
write(
    "verbatim_values.csv",
    crlf(
        [
            "Nom;Téléphone;Portable;CP;Commune;Surface;Part;Montant;Code;Formule",
            "Arnaud;04 74 21 00 00;06 12 34 56 78;01000;Bourg-en-Bresse;22.5;1/2;1 234,50;"
            "00123;'=SOMME(A1:A3)",
            "Bonnet;+33 4 74 45 00 00;+33 (0)6 98 76 54 32;01440;Viriat;22,5;3/4;12 €;1E5;=1+1",
            "Chevalier;0474220000;0612345678;01960;Péronnas;12/03;1-2;-3;TRUE;+33612345678",
            " Durand ;04.74.32.10.10;06-12-34-56-78;01250;Montagnat;2014-12-31;01/02;0,5;0;@SUM",
        ]
    ),
)

# One table, three line endings; the LF file has no line break after its last row.
ENDINGS = [
    "Commune;CP;Remarque",
    "Bourg-en-Bresse;01000;Préfecture",
    'Viriat;01440;"Deux{nl}lignes"',
    "Attignat;01340;",
    "Péronnas;01960;Fin",
]
for name, nl, last in (("crlf", "\r\n", "\r\n"), ("lf", "\n", ""), ("cr", "\r", "\r")):
    write(
        "line_endings_%s.csv" % name,
        nl.join(line.format(nl=nl) for line in ENDINGS) + last,
    )

# Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated; and a big-endian
# one with ";". A character outside the BMP (a surrogate pair) and a quoted tab.
UNICODE = [
    ["Nom", "Prénom", "Structure", "Commune"],
    ["Sénéchal", "Jérôme", "Ressourcerie de l’Ain", "Bourg-en-Bresse"],
    ["Œillet", "Zoé", '"Maison ""Éco""{d}quartier"', "Saint-Denis-lès-Bourg"],
    ["Ngô", "Thị", "Association 🌱 Graines", "Viriat"],
]
for name, encoding, delimiter in (
    ("contacts_utf16le_tab.csv", "utf-16-le", "\t"),
    ("contacts_utf16be_semicolon.csv", "utf-16-be", ";"),
):
    text = crlf(delimiter.join(cell.format(d=delimiter) for cell in row) for row in UNICODE)
    write(name, "\ufeff" + text, encoding)

# What Google Sheets or LibreOffice write by default: UTF-8 without BOM, ",", LF.
write(
    "contacts_comma.csv",
    "Last name,First name,Organisation,Email,Phone,Tags\n"
    'Perrin,Émilie,"Ressourcerie, atelier vélo",emilie@atelier-velo.example.org,06 12 34 56 78,'
    '"compost, réemploi"\n'
    "Moulin,Hugo,Mairie de Viriat,h.moulin@mairie-viriat.example.org,04 74 25 00 00,\n"
    'Fournier,Inès,"La Fabrique; tiers-lieu",ines@fabrique.example.org,,"zéro déchet"\n',
)

# A header and nothing else.
write("header_only.csv", "Nom;Prénom;Courriel\r\n")

# A quote opened and never closed takes the rest of the file.
write("unclosed_quote.csv", 'Nom;Note\nA;ok\nB;"jamais fermé\nC;suite\nD;fin\n')
