#!/usr/bin/env python3
"""Writes actors_messy_fr.csv: the actor file of a local programme as years of hands have
typed it in a French Excel, saved as "CSV (séparateur: point-virgule)": Windows-1252, ";",
CRLF rows and LF line breaks inside quoted cells, 250 contacts, among them a dozen
duplicates typed differently, bad rows, unknown types and communes (README.md lists them
with their lines; this script prints that list).

Deterministic (a fixed linear congruential generator, no `random`): running it again gives
the same bytes.

    python3 tests/data/csv/make_messy.py
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDS = 250
HEADER = ["Civilité", "Nom", "Prénom", "Structure", "Fonction", "Courriel", "Tél.", "Portable",
          "CP", "Commune", "Type", "Étiquettes"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return (self.state >> 8) % n

    def pick(self, items):
        return items[self.below(len(items))]


def fold(text):
    text = text.replace("œ", "oe").replace("Œ", "Oe")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and c.isascii()).lower()


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# Communes of the Bourg-en-Bresse area (Ain), with their postcodes.
COMMUNES = [("01000", "Bourg-en-Bresse"), ("01000", "Saint-Denis-lès-Bourg"),
            ("01960", "Péronnas"), ("01440", "Viriat"), ("01340", "Attignat"),
            ("01250", "Montagnat"), ("01310", "Polliat"), ("01250", "Ceyzériat"),
            ("01250", "Jasseron"), ("01240", "Lent"), ("01960", "Servas"), ("01310", "Buellas"),
            ("01370", "Meillonnas"), ("01340", "Montrevel-en-Bresse"), ("01250", "Tossiat"),
            ("01310", "Confrançon"), ("01160", "Saint-Martin-du-Mont"), ("01340", "Foissiat")]

# Invented organisations: name, type (the French names of Relais's seeded types), commune,
# e-mail domain, switchboard, functions found there.
ORGS = [
    ("Mairie de Viriat", "Commune", "Viriat", "mairie-viriat.fr", "04 74 25 10 10",
     ["Adjoint à l'environnement", "Secrétaire de mairie", "Conseillère municipale"]),
    ("Mairie de Péronnas", "Commune", "Péronnas", "mairie-peronnas.fr", "04 74 21 00 00",
     ["Adjointe au cadre de vie", "Agent des espaces verts", "Secrétaire générale"]),
    ("Mairie d'Attignat", "Commune", "Attignat", "mairie-attignat.fr", "04 74 30 90 00",
     ["Maire", "Agent technique", "Conseiller délégué"]),
    ("Mairie de Montagnat", "Commune", "Montagnat", "mairie-montagnat.fr", "04 74 42 11 22",
     ["Adjointe aux affaires scolaires", "Responsable des services techniques"]),
    ("Mairie de Polliat", "Commune", "Polliat", "mairie-polliat.fr", "04 74 30 40 50",
     ["Adjoint à l'environnement", "Agent d'accueil"]),
    ("Ville de Bourg-en-Bresse - service propreté", "Service municipal", "Bourg-en-Bresse",
     "ville-bourg.fr", "04 74 45 70 00", ["Chef de service", "Agent de propreté", "Chargée de mission"]),
    ("Ressourcerie de la Bresse", "Économie sociale et solidaire", "Bourg-en-Bresse",
     "ressourcerie-bresse.fr", "04 74 23 45 10", ["Valoriste", "Encadrante technique", "Vendeuse"]),
    ("Repair café de Péronnas", "Association environnementale", "Péronnas",
     "repaircafe-peronnas.fr", "", ["Bénévole", "Réparateur bénévole", "Secrétaire"]),
    ("Centre socio-culturel des Tilleuls", "Centre social", "Bourg-en-Bresse", "csc-tilleuls.fr",
     "04 74 22 11 00", ["Directrice", "Animateur jeunesse", "Référente familles"]),
    ("Centre social de la Reyssouze", "Centre social", "Bourg-en-Bresse", "cs-reyssouze.fr",
     "04 74 22 56 78", ["Animatrice", "Directeur", "Conseillère ESF"]),
    ("Association Bresse Nature Environnement", "Association environnementale",
     "Bourg-en-Bresse", "bresse-nature.fr", "04 74 45 67 00",
     ["Animateur nature", "Chargée de projet", "Administrateur"]),
    ("Les Jardins partagés de Brou", "Association de quartier", "Bourg-en-Bresse",
     "jardins-brou.fr", "", ["Jardinière", "Président", "Guide composteur"]),
    ("Comité de quartier de la Croix-Blanche", "Association de quartier", "Bourg-en-Bresse",
     "croix-blanche.fr", "", ["Secrétaire", "Membre du bureau"]),
    ("Collège du Revermont", "Établissement scolaire", "Ceyzériat", "college-revermont.fr",
     "04 74 30 20 10", ["Principal", "Professeure de SVT", "Gestionnaire", "CPE"]),
    ("École élémentaire des Vennes", "Établissement scolaire", "Bourg-en-Bresse",
     "ecole-vennes.fr", "04 74 21 65 43", ["Directrice", "Enseignant"]),
    ("Lycée horticole de la Bresse", "Établissement scolaire", "Montagnat", "lycee-bresse.fr",
     "04 74 45 50 00", ["Professeur d'agronomie", "Chef de cuisine", "Proviseure adjointe"]),
    ("Habitat Bressan", "Bailleur social", "Bourg-en-Bresse", "habitat-bressan.fr",
     "04 74 32 00 00", ["Chargée de proximité", "Gardien d'immeuble", "Responsable d'agence"]),
    ("Atelier vélo La Rustine", "Artisan du réemploi et de la réparation",
     "Saint-Denis-lès-Bourg", "larustine.fr", "", ["Mécanicien", "Coordinatrice"]),
    ("L'Aiguille bressane", "Artisan du réemploi et de la réparation", "Viriat",
     "aiguille-bressane.fr", "04 74 25 87 65", ["Couturière", "Gérante"]),
    ("Conseil citoyen de la Reyssouze", "Conseil citoyen", "Bourg-en-Bresse",
     "conseil-reyssouze.fr", "", ["Membre", "Référent"]),
    ("Restaurant universitaire du campus de Bourg", "Université / hôpital / services étudiants",
     "Bourg-en-Bresse", "crous-campus-bourg.fr", "04 74 45 12 34", ["Chef de cuisine", "Gestionnaire"]),
    ("Hyper Bresse", "Grande entreprise", "Péronnas", "hyperbresse.fr", "04 74 50 60 70",
     ["Directeur de magasin", "Responsable RSE", "Chef de rayon"]),
    ("Compagnie Les Glaneurs", "Artiste", "Viriat", "lesglaneurs.fr", "", ["Comédienne", "Metteur en scène"]),
    ("Maison des jeunes et de la culture de Viriat", "Association de quartier", "Viriat",
     "mjc-viriat.fr", "04 74 25 33 00", ["Animatrice", "Directeur"]),
]

LAST = ["Bernard", "Petit", "Robert", "Richard", "Durand", "Moreau", "Laurent", "Simon",
        "Michel", "Leroy", "David", "Bertrand", "Fournier", "Bonnet", "Dupont", "Lambert",
        "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Guérin", "Boyer",
        "Garnier", "Chevalier", "François", "Legrand", "Clément", "Morin", "Nicolas", "Henry",
        "Masson", "Marchand", "Denis", "Dumont", "Lemaire", "Meyer", "Dufour", "Meunier",
        "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Barbier",
        "Arnaud", "Martinez", "Renard", "Schmitt", "Leroux", "Colin", "Vidal", "Caron",
        "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
        "Olivier", "Philippe", "Bourgeois", "Benoît", "Rey", "Leclerc", "Rolland", "Guillaume",
        "Lecomte", "Lopez", "Dupuy", "Guillot", "Hubert", "Berger", "Sanchez", "Moulin",
        "Deschamps", "Huet", "Vasseur", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
        "Adam", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Charpentier",
        "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez",
        "Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot",
        "Cousin", "Germain", "Breton", "Besson", "Langlois", "Pelletier", "Lévêque", "Perrier",
        "Leblanc", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob",
        "Monnier", "Michaud", "Guichard", "Gillet", "Étienne", "Poulain", "Tessier", "Chauvin",
        "Da Silva", "Bouchet", "Gay", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine",
        "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay",
        "Pasquier", "Laporte", "Bouvard", "Tissot", "Ravet", "Curtet", "Janin", "Bourdin",
        "Convert", "Trontin", "Ducret", "Grandjean", "Pernet", "Buathier", "Chanel", "Bœuf",
        "Cœurdevey", "Desbois", "Vuillermoz", "Jacquemet", "Perdrix", "Bouchard", "Favier",
        "Gonnet", "Chevrier", "Morandat", "Thévenet", "Chaneac", "Bérody", "Mermet", "Dalloz",
        "Pillon", "Veyron", "Gonod", "Brunier", "Goyffon", "Dubost", "Grosjean", "Baudin",
        "Pommier", "Ducrozet", "Rigaud", "Tardy", "Bonnard", "Guillon", "Charvet", "Jaillet",
        "Cuynet", "Bozonnet", "Fromont", "Lagrange", "N'Diaye", "Nguyen", "Haddad", "Kaya",
        "Rossi", "Ferreira", "D'Amico", "Ben Amor", "Diallo", "Moreno", "Lemercier"]
WOMEN = ["Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Céline",
         "Aurélie", "Émilie", "Camille", "Léa", "Chloé", "Manon", "Inès", "Zoé", "Noémie",
         "Hélène", "Bénédicte", "Anaïs", "Maëlys", "Océane", "Cécile", "Véronique", "Adèle",
         "Béatrice", "Mélanie", "Élodie", "Justine", "Laëtitia", "Sandrine", "Karine",
         "Josiane", "Odile", "Amandine", "Fatima", "Yasmine"]
MEN = ["Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Stéphane",
       "Laurent", "Frédéric", "Julien", "Lucas", "Hugo", "Théo", "Maël", "Grégoire", "Clément",
       "Joël", "Raphaël", "Mathéo", "Sébastien", "Gérald", "Régis", "Benoît", "Thierry",
       "Denis", "Hervé", "Olivier", "Xavier", "Damien", "Cédric", "Karim", "Mehdi", "Yves"]
WEBMAILS = ["orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "sfr.fr", "yahoo.fr"]
TAGS = ["compostage", "réemploi", "SERD", "conseil d'acteurs", "zéro déchet",
        "gaspillage alimentaire", "stop-pub", "broyage", "repair café", "couches lavables"]
HABITANT_ROLES = ["", "", "Guide composteur", "Habitant relais", "Foyer témoin"]

# The planted rows, by their place among the 250 records: cells, and what is planted there
# (printed with the line numbers; README.md keeps that list).
PLANTED = {
    # -- Duplicates: the first row of each person, then the other spellings ------------
    12: ("M.;SÉNÉCHAL;Jérôme;Ressourcerie de la Bresse;Directeur;j.senechal@ressourcerie-bresse.fr;"
         "04 74 23 45 10;06 71 22 33 44;01000;Bourg-en-Bresse;Économie sociale et solidaire;"
         "réemploi, SERD", "duplicate 1a: SÉNÉCHAL Jérôme (first of three)"),
    97: ("M;Senechal;Jerome;Ressourcerie de la Bresse;directeur;J.Senechal@Ressourcerie-Bresse.fr;"
         "0474234510;;01000;Bourg en Bresse;Economie sociale et solidaire;réemploi",
         "duplicate 1b: Senechal Jerome, same e-mail in other case; commune \"Bourg en Bresse\", "
         "type without its accent"),
    203: (";sénéchal;jérôme;Ressourcerie Bresse;;jerome.senechal@orange.fr;;+33 6 71 22 33 44;"
          "1000;Bourg-en-Bresse;;",
          "duplicate 1c: sénéchal jérôme, another e-mail, mobile as +33, postcode 1000 (lost "
          "its 0), no civility"),
    20: ("Mme;Benali;Aïcha;Centre socio-culturel des Tilleuls;Animatrice familles;"
         "a.benali@csc-tilleuls.fr;04 74 22 11 00;;01000;Bourg-en-Bresse;Centre social;"
         "\"compostage; zéro déchet\"", "duplicate 2a: Benali Aïcha at the Centre socio-culturel"),
    150: ("Mme;BENALI;Aicha;CSC des Tilleuls;Animatrice;a.benali@csc-tilleuls.fr;04.74.22.11.00;;"
          "01000;Bourg-en-Bresse;Centre social;zéro déchet",
          "duplicate 2b: BENALI Aicha at \"CSC des Tilleuls\", same e-mail"),
    33: ("Mme;Dubois;Marie;Mairie de Viriat;Adjointe à l'environnement;"
         "Marie.Dubois@Mairie-Viriat.fr;04 74 25 10 10;;01440;Viriat;Commune;conseil d'acteurs",
         "duplicate 3a: Dubois Marie, e-mail in mixed case"),
    171: ("Madame;DUBOIS;Marie;Mairie de Viriat;Adjointe environnement;"
          "marie.dubois@mairie-viriat.fr;;06 45 67 89 01;01440;Viriat;Commune;",
          "duplicate 3b: DUBOIS Marie, same e-mail in lower case"),
    45: ("M.;Lefèvre;Jean-Marc;Repair café de Péronnas;Président;jm.lefevre@laposte.net;;"
         "06 08 09 10 11;01960;Péronnas;Association environnementale;repair café",
         "duplicate 4a: Lefèvre Jean-Marc"),
    188: ("M.;LEFEVRE;Jean Marc;Repair Café Péronnas;Président;;;06 08 09 10 11;01960;Peronnas;"
          "Association environnementale;\"repair café\nSERD\"",
          "duplicate 4b: LEFEVRE Jean Marc (no hyphen), no e-mail, same mobile; commune "
          "\"Peronnas\"; tags cell on two lines"),
    58: ("Mme;Roux;Hélène;Les Jardins partagés de Brou;Trésorière;helene.roux@free.fr;;"
         "07 81 92 03 14;01000;Bourg-en-Bresse;Association de quartier;compostage",
         "duplicate 5a: Roux Hélène"),
    130: ("Mme;Hélène;Roux;Jardins partagés de Brou;Trésorière;helene.roux@free.fr;;"
          "07 81 92 03 14;01000;Bourg-en-Bresse;Association de quartier;compostage",
          "duplicate 5b: first and last names swapped (Nom = Hélène), same e-mail"),
    66: ("M.;Fontaine;Matthieu;Collège du Revermont;Professeur de SVT;"
         "m.fontaine@college-revermont.fr;04 74 30 20 10;;01250;Ceyzériat;Établissement scolaire;"
         "gaspillage alimentaire", "duplicate 6a: Fontaine Matthieu"),
    214: ("M.;Fontaine;Mathieu;Collège du Revermont;Prof. SVT;;04 74 30 20 10;;01250;Ceyzériat;"
          "Établissement scolaire;", "duplicate 6b: Fontaine Mathieu (a typo apart), no e-mail"),
    75: ("Mme;Perrin;Gaëlle;Atelier vélo La Rustine;Mécanicienne;gaelle@larustine.fr;;"
         "06 12 98 76 54;01000;Saint-Denis-lès-Bourg;Artisan du réemploi et de la réparation;"
         "réemploi", "duplicate 7a: Perrin Gaëlle"),
    227: ("Mme;PERRIN;Gaelle;La Rustine;;gaelle@larustine.fr;;+33 6 12 98 76 54;01000;"
          "St-Denis-les-Bourg;Artisan du réemploi et de la réparation;",
          "duplicate 7b: PERRIN Gaelle, same e-mail, organisation \"La Rustine\", commune "
          "\"St-Denis-les-Bourg\""),
    84: ("M.;Gaillard;Rémi;Maison des jeunes et de la culture de Viriat;Directeur;"
         "direction@mjc-viriat.fr;04 74 25 33 00;;01440;Viriat;Association de quartier;",
         "duplicate 8a: Gaillard Rémi at the Maison des jeunes et de la culture de Viriat"),
    161: ("M.;Gaillard;Rémi;MJC de Viriat;Directeur;r.gaillard@mjc-viriat.fr;04 74 25 33 00;;"
          "01440;Viriat;Association de quartier;SERD",
          "duplicate 8b: Gaillard Rémi at \"MJC de Viriat\", another e-mail"),
    101: ("Mme;Martin;Claire;Habitat Bressan;Chargée de proximité;claire.martin@habitat-bressan.fr;"
          "04 74 32 00 00;06 20 30 40 50;01000;Bourg-en-Bresse;Bailleur social;stop-pub",
          "duplicate 9a: Martin Claire"),
    239: ("Mme;  Martin ;Claire  ;Habitat  Bressan;Chargée de proximité;"
          "claire.martin@habitat-bressan.fr ;04 74 32 00 00;;01000;Bourg-en-Bresse;Bailleur social;"
          "stop-pub", "duplicate 9b: \"  Martin \" \"Claire  \", double space in the "
          "organisation, a blank after the e-mail"),
    110: ("M.;Noël;Bernard;Mairie de Péronnas;Maire;maire@mairie-peronnas.fr;04 74 21 00 00;;"
          "01960;Péronnas;Commune;conseil d'acteurs", "duplicate 10a: Noël Bernard"),
    176: ("M.;Noel;Bernard;Mairie de Péronnas;Maire;bernard.noel@gmail.com;;06 33 44 55 66;"
          "01960;Péronnas;Commune;", "duplicate 10b: Noel Bernard, another e-mail (personal)"),
    119: ("Mme;Duval-Chapuis;Agnès;Association Bresse Nature Environnement;Coordinatrice;"
          "a.duval-chapuis@bresse-nature.fr;04 74 45 67 00;;01000;Bourg-en-Bresse;"
          "Association environnementale;\"broyage, compostage\"", "duplicate 11a: Duval-Chapuis Agnès"),
    196: ("Madame;Duval Chapuis;Agnes;Bresse Nature Environnement;coordinatrice;"
          "A.Duval-Chapuis@bresse-nature.fr;;;01000;Bourg-en-Bresse;Asso environnement;broyage",
          "duplicate 11b: Duval Chapuis Agnes, same e-mail in other case; unknown type "
          "\"Asso environnement\""),
    128: ("M.;Thomas;Antoine;Hyper Bresse;Responsable RSE;antoine.thomas@hyperbresse.fr;"
          "04 74 50 60 70;;01960;Péronnas;Grande entreprise;gaspillage alimentaire",
          "duplicate 12a: Thomas Antoine"),
    245: ("M.;THOMAS;ANTOINE;HYPER BRESSE;RESPONSABLE RSE;ANTOINE.THOMAS@HYPERBRESSE.FR;"
          "04 74 50 60 70;;01960;PERONNAS;GRANDE ENTREPRISE;",
          "duplicate 12b: the whole row in capitals (commune and type too)"),
    # -- Bad rows ---------------------------------------------------------------------------
    27: ("Mme;Morel;Claire;;Habitante;claire.morel@@orange.fr;;06 14 25 36 47;01310;Polliat;"
         "Habitant;compostage", "bad e-mail: two @"),
    88: ("M.;Girard;Paul;;;paul.girard orange.fr;;06 52 63 74 85;01240;Lent;Habitant;",
         "bad e-mail: no @"),
    142: ("Mme;Blanc;Lucie;École élémentaire des Vennes;Enseignante;lucie.blanc@laposte;"
          "04 74 21 65 43;;01000;Bourg-en-Bresse;Établissement scolaire;gaspillage alimentaire",
          "bad e-mail: no top-level domain"),
    157: ("M.;Roche;Julien;Les Jardins partagés de Brou;Président;"
          "\"contact@jardins-brou.fr; j.roche@jardins-brou.fr\";;06 31 42 53 64;01000;"
          "Bourg-en-Bresse;Association de quartier;compostage",
          "bad e-mail: two addresses in one cell"),
    55: ("Mme;;Sylvie;Mairie d'Attignat;Secrétaire de mairie;accueil@mairie-attignat.fr;"
         "04 74 30 90 00;;01340;Attignat;Commune;", "missing last name"),
    183: ("M.;   ;Loïc;;;loic.b@free.fr;;06 73 84 95 06;01250;Montagnat;Habitant;",
          "last name of blanks only"),
    233: ("Dr;Carpentier;Isabelle;Restaurant universitaire du campus de Bourg;Médecin;"
          "i.carpentier@crous-campus-bourg.fr;04 74 45 12 34;;01000;Bourg-en-Bresse;"
          "Université / hôpital / services étudiants;", "unknown civility \"Dr\""),
    # -- Unknown types and communes, odd values ------------------------------------------
    38: ("Mme;Vial;Odette;Recyclerie du Revermont;Bénévole;recyclerie.revermont@gmail.com;;"
         "06 27 38 49 50;01250;Jasseron;Recyclerie;réemploi", "unknown type \"Recyclerie\""),
    92: ("M.;Tournier;Bruno;Collège de Montrevel;Professeur de technologie;"
         "b.tournier@college-montrevel.fr;04 74 30 81 00;;01340;Montrevel-en-Bresse;Collège;",
         "unknown type \"Collège\""),
    206: ("Mme;Granger;Sabine;Mairie de Polliat;Conseillère municipale;"
          "s.granger@mairie-polliat.fr;04 74 30 40 50;;01310;Polliat;Élu;conseil d'acteurs",
          "unknown type \"Élu\""),
    71: ("M.;Thibaut;Olivier;Compagnie Les Glaneurs;Régisseur;olivier@lesglaneurs.fr;;"
         "06 40 51 62 73;71000;Mâcon;Artiste;SERD", "commune outside the area: Mâcon (71000)"),
    135: ("Mme;Rocher;Anne;;Habitante;anne.rocher@sfr.fr;;06 81 72 63 54;69003;Lyon;Habitant;",
          "commune outside the area: Lyon (69003)"),
    61: ("M.;Vernay;Gilles;;Guide composteur;gilles.vernay@wanadoo.fr;;06 19 28 37 46;1960;"
         "Servas;Habitant;compostage", "postcode 1960 (lost its 0)"),
    115: ("Mme;Bouillot;Ginette;;Foyer témoin;;;612345678;01340;Foissiat;Habitant;"
          "couches lavables", "mobile 612345678 (Excel read it as a number), no e-mail"),
    220: ("M.;Cochet;Armand;L'Aiguille bressane;Gérant;a.cochet@aiguille-bressane.fr;"
          "04 74 25 87 65 (standard);;1440;Viriat;Artisan du réemploi et de la réparation;",
          "phone with a comment, postcode 1440 (lost its 0)"),
    50: ("M.;Gérard;Yves;Comité de quartier de la Croix-Blanche;\"Président; trésorier\";"
         "yves.gerard@croix-blanche.fr;;06 17 28 39 40;01000;Bourg-en-Bresse;"
         "Association de quartier;SERD", "quoted function holding a \";\""),
    140: ("M.;Rebours;Fabrice;\"Mairie de Montagnat\nServices techniques\";Responsable;"
          "f.rebours@mairie-montagnat.fr;04 74 42 11 22;;01250;Montagnat;Commune;broyage",
          "organisation cell on two lines"),
    165: ("Mme;Lacombe;Estelle;\"Association \"\"Ça déborde !\"\"\";Présidente;"
          "estelle@cadeborde.fr;;06 55 66 77 88;01960;Péronnas;Association environnementale;"
          "\"zéro déchet, couches lavables\"", "organisation in doubled quotes"),
}
# Lines that hold no record, after the record of that place ("" an empty line, the rest
# a row of empty cells, as Excel writes formatted rows it found nothing in).
EMPTY_ROW = ";" * (len(HEADER) - 1)
BLANKS_AFTER = {125: [""], 180: [EMPTY_ROW], 250: [EMPTY_ROW, EMPTY_ROW, EMPTY_ROW]}


def planted_people():
    people = []
    for cells, _ in PLANTED.values():
        parts = cells.split(";")
        people.append((fold(parts[2]), fold(parts[1])))
    return people


def too_close(person, people):
    first, last = person
    for other_first, other_last in people:
        for a, b in ((other_first, other_last), (other_last, other_first)):
            if distance(last, b) <= 2 and distance(first, a) <= 2:
                return True
    return False


def random_rows(count):
    rng = Lcg(20231118)
    people = planted_people()
    emails = set()
    rows = []
    while len(rows) < count:
        woman = rng.below(2) == 0
        first = rng.pick(WOMEN if woman else MEN)
        last = rng.pick(LAST)
        if too_close((fold(first), fold(last)), people):
            continue
        people.append((fold(first), fold(last)))
        civility = rng.pick(["Mme", "Mme", "Madame", ""] if woman else ["M.", "M.", "Monsieur", ""])
        habitant = rng.below(5) == 0
        tags = []
        for _ in range(rng.below(3)):
            tag = rng.pick(TAGS)
            if tag not in tags:
                tags.append(tag)
        tag_cell = rng.pick([", ", ", ", "; "]).join(tags)
        if ";" in tag_cell:
            tag_cell = '"%s"' % tag_cell
        mobile = ""
        if rng.below(10) < 6:
            mobile = "%s %02d %02d %02d %02d" % (rng.pick(["06", "06", "07"]), rng.below(100),
                                                 rng.below(100), rng.below(100), rng.below(100))
        if habitant:
            organisation, function, phone, kind = "", rng.pick(HABITANT_ROLES), "", "Habitant"
            postcode, commune = rng.pick(COMMUNES)
            email = "%s.%s@%s" % (fold(first), fold(last), rng.pick(WEBMAILS))
        else:
            organisation, kind, commune, domain, phone, functions = rng.pick(ORGS)
            postcode = next(code for code, name in COMMUNES if name == commune)
            function = rng.pick(functions)
            style = rng.below(10)
            if style < 6:
                email = "%s.%s@%s" % (fold(first)[0], fold(last), domain)
            elif style < 8:
                email = "%s.%s@%s" % (fold(first), fold(last), domain)
            elif style < 9:
                email = "%s.%s@%s" % (fold(first), fold(last), rng.pick(WEBMAILS))
            else:
                email = ""
            spelling = rng.below(10)
            if phone and spelling == 0:
                phone = phone.replace(" ", "")
            elif phone and spelling == 1:
                phone = phone.replace(" ", ".")
        if email in emails:
            continue
        if email:
            emails.add(email)
        rows.append(";".join([civility, last, first, organisation, function, email, phone,
                              mobile, postcode, commune, kind, tag_cell]))
    return rows


def main():
    others = random_rows(RECORDS - len(PLANTED))
    lines = [";".join(HEADER)]
    report = []
    line = 2
    for place in range(1, RECORDS + 1):
        if place in PLANTED:
            cells, what = PLANTED[place]
            report.append((line, place, what))
        else:
            cells = others.pop(0)
        assert len(cells.replace('""', "").split(";")) >= len(HEADER)
        lines.append(cells)
        line += 1 + cells.count("\n")
        for blank in BLANKS_AFTER.get(place, []):
            report.append((line, None, "empty line" if not blank else "row of empty cells"))
            lines.append(blank)
            line += 1
    text = "".join(cell + "\r\n" for cell in lines)
    with open(os.path.join(HERE, "actors_messy_fr.csv"), "wb") as f:
        f.write(text.encode("cp1252"))
    for line, place, what in sorted(report):
        print("%4d  %-5s %s" % (line, "#%d" % place if place else "", what))


if __name__ == "__main__":
    main()
