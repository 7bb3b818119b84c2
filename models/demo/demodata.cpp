#include "demodata.h"

namespace relais::demodata {

namespace {

constexpr FirstName firstNameList[] = {
    // Women, from several generations and the families of Mulhouse.
    { "Marie", true },
    { "Sophie", true },
    { "Julie", true },
    { "Camille", true },
    { "Claire", true },
    { "Laura", true },
    { "Sarah", true },
    { "Emma", true },
    { "Inès", true },
    { "Manon", true },
    { "Pauline", true },
    { "Élodie", true },
    { "Émilie", true },
    { "Justine", true },
    { "Margaux", true },
    { "Mathilde", true },
    { "Caroline", true },
    { "Sandrine", true },
    { "Christelle", true },
    { "Stéphanie", true },
    { "Virginie", true },
    { "Laurence", true },
    { "Anne", true },
    { "Hélène", true },
    { "Odile", true },
    { "Jacqueline", true },
    { "Denise", true },
    { "Gisèle", true },
    { "Madeleine", true },
    { "Audrey", true },
    { "Céline", true },
    { "Elsa", true },
    { "Alice", true },
    { "Lucie", true },
    { "Charlotte", true },
    { "Juliette", true },
    { "Clémence", true },
    { "Élise", true },
    { "Amélie", true },
    { "Zoé", true },
    { "Noémie", true },
    { "Agnès", true },
    { "Bénédicte", true },
    { "Gaëlle", true },
    { "Anaïs", true },
    { "Maëlle", true },
    { "Léa", true },
    { "Chloé", true },
    { "Marie-Claire", true },
    { "Anne-Sophie", true },
    { "Aurélie", true },
    { "Cécile", true },
    { "Mélanie", true },
    { "Valérie", true },
    { "Véronique", true },
    { "Séverine", true },
    { "Sylvie", true },
    { "Nathalie", true },
    { "Isabelle", true },
    { "Catherine", true },
    { "Martine", true },
    { "Brigitte", true },
    { "Françoise", true },
    { "Fatima", true },
    { "Samira", true },
    { "Nadia", true },
    { "Leïla", true },
    { "Aïcha", true },
    { "Myriam", true },
    // Men.
    { "Thomas", false },
    { "Nicolas", false },
    { "Julien", false },
    { "Florian", false },
    { "Mathieu", false },
    { "Pierre", false },
    { "Paul", false },
    { "Luc", false },
    { "Marc", false },
    { "Alain", false },
    { "Bernard", false },
    { "Gérard", false },
    { "Michel", false },
    { "Patrick", false },
    { "Philippe", false },
    { "Daniel", false },
    { "Christophe", false },
    { "Laurent", false },
    { "Olivier", false },
    { "Vincent", false },
    { "Antoine", false },
    { "Guillaume", false },
    { "Hugo", false },
    { "Lucas", false },
    { "Théo", false },
    { "Maxime", false },
    { "Alexandre", false },
    { "Benoît", false },
    { "Thierry", false },
    { "Didier", false },
    { "René", false },
    { "Joseph", false },
    { "Xavier", false },
    { "Yann", false },
    { "Serge", false },
    { "Emmanuel", false },
    { "Cédric", false },
    { "Rémi", false },
    { "Éric", false },
    { "Jérôme", false },
    { "François", false },
    { "Frédéric", false },
    { "Sébastien", false },
    { "Stéphane", false },
    { "Raphaël", false },
    { "Loïc", false },
    { "Joël", false },
    { "Noël", false },
    { "Mickaël", false },
    { "Jean-Marc", false },
    { "Jean-Pierre", false },
    { "Jean-Luc", false },
    { "Karim", false },
    { "Rachid", false },
    { "Mehdi", false },
    { "Youssef", false },
    { "Mustafa", false },
};

constexpr const char *lastNameList[] = {
    // Alsace and the Rhine.
    "Müller",
    "Meyer",
    "Schmitt",
    "Schmidt",
    "Weber",
    "Wagner",
    "Klein",
    "Koenig",
    "Fischer",
    "Keller",
    "Hoffmann",
    "Fuchs",
    "Walter",
    "Frey",
    "Roth",
    "Zimmermann",
    "Baumann",
    "Schneider",
    "Becker",
    "Braun",
    "Graff",
    "Hartmann",
    "Herrmann",
    "Jung",
    "Kieffer",
    "Kuntz",
    "Lang",
    "Lutz",
    "Schaeffer",
    "Scherrer",
    "Schwartz",
    "Siegrist",
    "Stoeckel",
    "Studer",
    "Ulrich",
    "Vogel",
    "Wolff",
    "Zeller",
    "Heitz",
    "Gsell",
    "Haegelin",
    "Ritter",
    "Bohrer",
    "Brunner",
    "Dreyer",
    "Ehrhart",
    "Eschbach",
    "Fritsch",
    "Gerber",
    "Grienenberger",
    "Haas",
    "Heinrich",
    "Hueber",
    "Ackermann",
    "Bader",
    "Bilger",
    "Bloch",
    "Burger",
    "Rieth",
    "Sutter",
    "Wiederkehr",
    "Ziegler",
    "Spiess",
    "Hug",
    "Kessler",
    "Kohler",
    "Muller",
    "Strub",
    "Schœnenberger",
    "Bœglin",
    "Rœsch",
    "Stœcklin",
    "Thiébaut",
    "Grünenwald",
    "Schäfer",
    "Jäggi",
    // Elsewhere in France.
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Henry",
    "Roussel",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Gérard",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Roche",
    "Noël",
    "Meunier",
    "Marchand",
    "Dufour",
    "Blanchard",
    "Brun",
    "Barbier",
    "Arnaud",
    "Giraud",
    "Renaud",
    "Caron",
    "Lacroix",
    "Sénéchal",
    "Lefèvre",
    "Bérard",
    "Géhin",
    "Hérold",
    "Ménard",
    "Léger",
    "Hébert",
    "Rémy",
    "Chrétien",
    "Bégin",
    "Le Gall",
    // The families who came to work in the mills and the mines.
    "Rossi",
    "Ferrari",
    "Da Silva",
    "Ferreira",
    "Pereira",
    "Nguyen",
    "Benali",
    "Haddad",
    "Bouzid",
    "Mansouri",
    "Yilmaz",
    "Kaya",
    "Demir",
    "Öztürk",
    "Kowalski",
    "Nowak",
};

constexpr Commune communeList[] = {
    { "Baldersheim", "68390", nullptr, 26 },
    { "Bantzenheim", "68490", nullptr, 16 },
    { "Battenheim", "68390", nullptr, 16 },
    { "Berrwiller", "68500", nullptr, 11 },
    { "Bollwiller", "68540", nullptr, 40 },
    { "Bruebach", "68440", nullptr, 10 },
    { "Brunstatt-Didenheim", "68350", nullptr, 80 },
    { "Chalampé", "68490", nullptr, 10 },
    { "Dietwiller", "68440", nullptr, 14 },
    { "Eschentzwiller", "68440", nullptr, 16 },
    { "Feldkirch", "68540", nullptr, 10 },
    { "Flaxlanden", "68720", nullptr, 14 },
    { "Galfingue", "68990", nullptr, 8 },
    { "Habsheim", "68440", nullptr, 50 },
    { "Heimsbrunn", "68990", nullptr, 15 },
    { "Hombourg", "68490", nullptr, 12 },
    { "Illzach", "68110", nullptr, 145 },
    { "Kingersheim", "68260", nullptr, 130 },
    { "Lutterbach", "68460", nullptr, 60 },
    { "Morschwiller-le-Bas", "68790", nullptr, 37 },
    { "Mulhouse", "68100", "68200", 1100 },
    { "Niffer", "68680", nullptr, 9 },
    { "Ottmarsheim", "68490", nullptr, 19 },
    { "Petit-Landau", "68490", nullptr, 8 },
    { "Pfastatt", "68120", nullptr, 90 },
    { "Pulversheim", "68840", nullptr, 28 },
    { "Reiningue", "68950", nullptr, 20 },
    { "Richwiller", "68120", nullptr, 35 },
    { "Riedisheim", "68400", nullptr, 120 },
    { "Rixheim", "68170", nullptr, 135 },
    { "Ruelisheim", "68270", nullptr, 23 },
    { "Sausheim", "68390", nullptr, 55 },
    { "Staffelfelden", "68850", nullptr, 40 },
    { "Steinbrunn-le-Bas", "68440", nullptr, 7 },
    { "Ungersheim", "68190", nullptr, 23 },
    { "Wittelsheim", "68310", nullptr, 100 },
    { "Wittenheim", "68270", nullptr, 145 },
    { "Zillisheim", "68720", nullptr, 25 },
    { "Zimmersheim", "68440", nullptr, 10 },
};

constexpr const char *districtList[] = {
    "Bourtzwiller",
    "Coteaux",
    "Drouot",
    "Fonderie",
    "Franklin",
    "Dornach",
    "Rebberg",
    "Doller",
    "Nordfeld",
    "Brustlein",
    "Vauban-Neppert",
    "Briand",
    "Cité",
    "Wolf-Wagner",
    "Haut-Poirier",
    "Daguerre",
    "Péri",
    "Bassin",
};

constexpr const char *streetList[] = {
    "rue de la Paix",
    "rue du Général de Gaulle",
    "rue des Vosges",
    "rue de Bâle",
    "rue du Rhin",
    "rue de l'Église",
    "rue des Écoles",
    "rue de la Gare",
    "rue Principale",
    "Grand'Rue",
    "rue des Fleurs",
    "rue des Tilleuls",
    "rue du Moulin",
    "rue des Vergers",
    "rue de la Mairie",
    "avenue de la République",
    "rue Jean Jaurès",
    "rue Victor Hugo",
    "rue Pasteur",
    "rue des Jardins",
    "rue du Stade",
    "rue de la Forêt",
    "rue des Champs",
    "rue du Canal",
    "rue de Soultz",
    "rue de Thann",
    "rue d'Altkirch",
    "rue des Alliés",
    "rue de la Liberté",
    "rue du Château",
    "rue des Prés",
    "rue du Sauvage",
    "avenue Kennedy",
    "boulevard de l'Europe",
    "rue Lavoisier",
    "rue Papin",
    "rue de la Mertzau",
    "rue des Mines",
    "rue de la Doller",
    "rue de l'Ill",
    "allée des Peupliers",
    "rue des Lilas",
    "rue du Vieux-Canal",
    "place de la Réunion",
    "rue de Mulhouse",
    "rue de Kingersheim",
};

constexpr const char *personalityList[] = {
    "Jean Macé",
    "Victor Hugo",
    "Jules Ferry",
    "Louis Pasteur",
    "Marie Curie",
    "Jean Jaurès",
    "Albert Schweitzer",
    "Jacques Prévert",
    "Anne Frank",
    "Saint-Exupéry",
    "Jean de La Fontaine",
    "Paul Éluard",
    "Françoise Dolto",
    "Camille Claudel",
    "Nelson Mandela",
    "Louise Michel",
    "Émile Zola",
    "Condorcet",
    "Lamartine",
    "Léon Blum",
    "Georges Brassens",
    "Simone Veil",
    "Albert Camus",
    "Victor Schœlcher",
    "Alfred Dreyfus",
    "Jean Moulin",
    "Théodore Monod",
    "Pierre Loti",
    "George Sand",
    "Nathan Katz",
    "Tomi Ungerer",
    "Pablo Picasso",
    "Jean-Jacques Rousseau",
    "Denis Papin",
    "Lavoisier",
    "Pierre et Marie Curie",
};

constexpr KnownOrganisation knownList[] = {
    { Kind::EnvironmentAssociation, "Association Zéro Déchet Mulhouse", "AZDM", "Mulhouse", true,
        "zerodechet-mulhouse.fr" },
    { Kind::EnvironmentAssociation, "Repair Café de Kingersheim", "", "Kingersheim", false,
        nullptr },
    { Kind::EnvironmentAssociation, "CINE du Moulin de Lutterbach", "CINE", "Lutterbach", true,
        "moulin-lutterbach.fr" },
    { Kind::EnvironmentAssociation, "Collectif Mulhouse en Transition", "", "Mulhouse", true,
        nullptr },
    { Kind::EnvironmentAssociation, "Les Jardins partagés du Rebberg", "", "Mulhouse", false,
        nullptr },
    { Kind::EnvironmentAssociation, "Lombric & Compagnie", "", "Riedisheim", false, nullptr },
    { Kind::EnvironmentAssociation, "Nature et Récup' Rixheim", "", "Rixheim", false, nullptr },
    { Kind::EnvironmentAssociation, "Graines de Jardiniers d'Ungersheim", "", "Ungersheim", false,
        nullptr },
    { Kind::NeighbourhoodAssociation, "Association des habitants de Bourtzwiller", "", "Mulhouse",
        false, nullptr },
    { Kind::NeighbourhoodAssociation, "Comité de quartier Drouot-Barbanègre", "", "Mulhouse", false,
        nullptr },
    { Kind::NeighbourhoodAssociation, "Amicale des locataires des Coteaux", "", "Mulhouse", false,
        nullptr },
    { Kind::NeighbourhoodAssociation, "Association Vivre à Dornach", "", "Mulhouse", false,
        nullptr },
    { Kind::NeighbourhoodAssociation, "Comité des fêtes de Zillisheim", "", "Zillisheim", false,
        nullptr },
    { Kind::SocialCentre, "Centre socio-culturel Papin", "CSC Papin", "Mulhouse", true,
        "csc-papin.fr" },
    { Kind::SocialCentre, "Centre socio-culturel Lavoisier-Brustlein", "", "Mulhouse", false,
        nullptr },
    { Kind::SocialCentre, "Centre socio-culturel Pax", "", "Mulhouse", false, nullptr },
    { Kind::SocialCentre, "Centre socio-culturel Porte du Miroir", "", "Mulhouse", false, nullptr },
    { Kind::SocialCentre, "Fédération des centres sociaux du Haut-Rhin", "", "Mulhouse", true,
        "centres-sociaux-68.fr" },
    { Kind::SocialCentre, "Espace socio-culturel de Wittenheim", "", "Wittenheim", false, nullptr },
    { Kind::SocialEconomy, "Ressourcerie du Bassin potassique", "", "Wittelsheim", true,
        "ressourcerie-bassin-potassique.fr" },
    { Kind::SocialEconomy, "Recyclerie de l'Ill", "", "Illzach", false, nullptr },
    { Kind::SocialEconomy, "Épicerie solidaire de Kingersheim", "", "Kingersheim", false, nullptr },
    { Kind::SocialEconomy, "Friperie solidaire Le Fil d'Ariane", "", "Mulhouse", false, nullptr },
    { Kind::SocialEconomy, "Accorderie de Mulhouse", "", "Mulhouse", false, nullptr },
    { Kind::Artist, "Compagnie Les Récupérateurs", "", "Mulhouse", false, nullptr },
    { Kind::Artist, "Collectif Plastik Fantastik", "", "Mulhouse", false, nullptr },
    { Kind::Artist, "Théâtre de la Récup'", "", "Kingersheim", false, nullptr },
    { Kind::Commune, "Mairie de Mulhouse", "", "Mulhouse", true, "mulhouse.fr" },
    { Kind::Commune, "Mairie de Rixheim", "", "Rixheim", false, nullptr },
    { Kind::Commune, "Mairie de Kingersheim", "", "Kingersheim", false, nullptr },
    { Kind::Commune, "Mairie d'Ungersheim", "", "Ungersheim", false, nullptr },
    { Kind::MunicipalService, "Service Propreté urbaine — m2A", "", "Mulhouse", false,
        "mulhouse-alsace.fr" },
    { Kind::MunicipalService, "Service Collecte et valorisation des déchets — m2A", "", "Mulhouse",
        true, "mulhouse-alsace.fr" },
    { Kind::MunicipalService, "Direction du Développement durable — m2A", "", "Mulhouse", false,
        "mulhouse-alsace.fr" },
    { Kind::MunicipalService, "Service Espaces verts — Ville de Mulhouse", "", "Mulhouse", false,
        "mulhouse.fr" },
    { Kind::MunicipalService, "Service Restauration scolaire — Ville de Mulhouse", "", "Mulhouse",
        false, "mulhouse.fr" },
    { Kind::CitizenCouncil, "Conseil citoyen de Bourtzwiller", "", "Mulhouse", false, nullptr },
    { Kind::CitizenCouncil, "Conseil participatif de Kingersheim", "", "Kingersheim", false,
        nullptr },
    { Kind::University, "Université de Haute-Alsace", "UHA", "Mulhouse", true, "uha.fr" },
    { Kind::University, "Groupe hospitalier de la région de Mulhouse et Sud-Alsace", "GHRMSA",
        "Mulhouse", false, "ghrmsa.fr" },
    { Kind::University, "CROUS — Restaurant universitaire de l'Illberg", "", "Mulhouse", false,
        "crous-strasbourg.fr" },
    { Kind::University, "IUT de Mulhouse", "", "Mulhouse", false, "uha.fr" },
    { Kind::LargeCompany, "Imprimerie Rhénane", "", "Illzach", false, nullptr },
    { Kind::LargeCompany, "Hypermarché Mulhouse-Nord", "", "Wittenheim", false, nullptr },
    { Kind::LargeCompany, "Logistique Trois-Frontières", "", "Ottmarsheim", false, nullptr },
    { Kind::LargeCompany, "Chimie Rhin-Sud", "", "Chalampé", false, nullptr },
    { Kind::SocialLandlord, "Bailleur social Logis Rhénan", "", "Mulhouse", true, nullptr },
    { Kind::SocialLandlord, "Habitat Sud Alsace", "", "Mulhouse", false, nullptr },
    { Kind::ReuseCraftsman, "Cordonnerie du Bollwerk", "", "Mulhouse", false, nullptr },
    { Kind::ReuseCraftsman, "Atelier vélo Cyclo-Rhin", "", "Mulhouse", false, nullptr },
    { Kind::ReuseCraftsman, "Ébénisterie Koenig", "", "Habsheim", false, nullptr },
    { Kind::ReuseCraftsman, "Retouches & Couture Illzach", "", "Illzach", false, nullptr },
    { Kind::School, "École élémentaire Jean Macé", "", "Mulhouse", false, "ac-strasbourg.fr" },
    { Kind::School, "École maternelle Les Coquelicots", "", "Kingersheim", false,
        "ac-strasbourg.fr" },
    { Kind::School, "Collège de Bourtzwiller", "", "Mulhouse", false, "ac-strasbourg.fr" },
    { Kind::School, "Lycée Lambert", "", "Mulhouse", false, "ac-strasbourg.fr" },
};

constexpr NamePattern environmentPatterns[] = {
    { "Association Zéro Déchet {c}" },
    { "Repair Café {dc}" },
    { "Collectif {t} {dc}" },
    { "Association {t} {c}" },
    { "Les Jardins partagés {dc}", int(Field::Social) },
    { "Les Jardins partagés du quartier {q}", int(Field::Social) },
    { "Les Amis du compost {dc}" },
    { "Les Incroyables Comestibles {dc}" },
    { "Maison de la Nature {dc}", int(Field::Educational) },
};
constexpr const char *environmentThemes[] = {
    "Écocitoyens",
    "Nature et Récup'",
    "Colibris",
    "Transition",
    "Jardins au naturel",
    "Zéro Gaspi",
    "Compost et Partage",
    "Terre et Partage",
    "Récup' et Création",
    "Lombric",
};
constexpr Role associationRoles[] = {
    { "Président", "Présidente" },
    { "Vice-président", "Vice-présidente" },
    { "Trésorier", "Trésorière" },
    { "Secrétaire", "Secrétaire" },
    { "Bénévole", "Bénévole" },
    { "Animateur", "Animatrice" },
    { "Chargé de projet", "Chargée de projet" },
    { "Coordinateur", "Coordinatrice" },
};

constexpr NamePattern neighbourhoodPatterns[] = {
    { "Comité de quartier {q}" },
    { "Association des habitants {dc}" },
    { "Association Vivre à {c}" },
    { "Comité des fêtes {dc}", int(Field::Cultural) },
    { "Les Voisins {dc}" },
    { "Association de quartier {q}" },
    { "Amicale des résidents {dc}" },
    { "Association {t} {c}" },
    { "Football Club {dc}", int(Field::Sports) },
    { "Gym Loisirs {c}", int(Field::Sports) },
    { "Amicale des locataires du quartier {q}" },
};
constexpr const char *neighbourhoodThemes[] = {
    "Bien Vivre",
    "Quartier Solidaire",
    "Vivre Ensemble",
    "Le Lien",
    "Entre Voisins",
    "Les Amis du Vieux Village",
    "Mémoire et Patrimoine",
};

constexpr NamePattern socialCentrePatterns[] = {
    { "Centre socio-culturel {p}" },
    { "Centre social {dc}" },
    { "Espace socio-culturel {dc}" },
    { "Maison de quartier {q}" },
    { "Centre social du quartier {q}" },
    { "Maison des associations {dc}" },
    { "Maison des jeunes et de la culture {dc}", int(Field::Cultural) },
};
constexpr const char *noThemes[] = { "" };
constexpr Role socialCentreRoles[] = {
    { "Directeur", "Directrice" },
    { "Animateur", "Animatrice" },
    { "Référent familles", "Référente familles" },
    { "Conseiller en économie sociale et familiale",
        "Conseillère en économie sociale et familiale" },
    { "Animateur jeunesse", "Animatrice jeunesse" },
    { "Bénévole", "Bénévole" },
    { "Président", "Présidente" },
};

constexpr NamePattern socialEconomyPatterns[] = {
    { "Ressourcerie {dc}" },
    { "Recyclerie {dc}" },
    { "Épicerie solidaire {dc}", int(Field::Social) },
    { "Chantier d'insertion {t}" },
    { "Boutique solidaire {dc}" },
    { "Friperie solidaire {dc}" },
    { "Régie de quartier {q}", int(Field::Social) },
    { "Atelier solidaire {t} {c}" },
};
constexpr const char *socialEconomyThemes[] = {
    "Récup'Électro",
    "Les Jardins du Trident",
    "Tri'Cycle",
    "Seconde Main",
    "Re-Vivre",
    "L'Établi",
    "Bric'Ouvert",
    "Le Grenier",
};
constexpr Role socialEconomyRoles[] = {
    { "Directeur", "Directrice" },
    { "Encadrant technique", "Encadrante technique" },
    { "Chargé d'insertion", "Chargée d'insertion" },
    { "Vendeur", "Vendeuse" },
    { "Responsable de boutique", "Responsable de boutique" },
    { "Bénévole", "Bénévole" },
};

constexpr NamePattern artistPatterns[] = {
    { "Atelier {f} {s}" },
    { "Compagnie {t}" },
    { "Collectif {t}" },
    { "{f} {s}, artiste récupérateur" },
    { "Atelier {t} {dc}" },
};
constexpr const char *artistThemes[] = {
    "Le Sac Perdu",
    "La Boîte à Rebuts",
    "Tôle & Papier",
    "Objets Trouvés",
    "Le Grand Recyclage",
    "Les Glaneurs",
    "Ferraille & Poésie",
    "Carton Pâte",
};
constexpr Role artistRoles[] = {
    { "Plasticien", "Plasticienne" },
    { "Artiste récupérateur", "Artiste récupératrice" },
    { "Scénographe", "Scénographe" },
    { "Comédien", "Comédienne" },
    { "Chargé de diffusion", "Chargée de diffusion" },
};

constexpr NamePattern communePatterns[] = {
    { "Mairie {dc}" },
};
constexpr Role communeRoles[] = {
    { "Maire", "Maire" },
    { "Adjoint au maire chargé de l'environnement",
        "Adjointe au maire chargée de l'environnement" },
    { "Conseiller municipal", "Conseillère municipale" },
    { "Secrétaire de mairie", "Secrétaire de mairie" },
    { "Directeur général des services", "Directrice générale des services" },
};

constexpr NamePattern municipalPatterns[] = {
    { "Service {t} — Ville {dc}" },
    { "Service {t} — m2A" },
    { "Centre technique municipal {dc}" },
    { "Médiathèque {dc}", int(Field::Cultural) },
    { "Déchetterie {dc} — m2A" },
};
constexpr const char *municipalThemes[] = {
    "Espaces verts",
    "Propreté",
    "Éducation",
    "Jeunesse",
    "Restauration scolaire",
    "Développement durable",
    "Sports",
    "Culture",
    "Action sociale",
    "Environnement",
    "Vie associative",
    "Communication",
    "Bâtiments",
    "Petite enfance",
};
constexpr Role municipalRoles[] = {
    { "Chef de service", "Cheffe de service" },
    { "Technicien", "Technicienne" },
    { "Ambassadeur du tri", "Ambassadrice du tri" },
    { "Agent de propreté", "Agente de propreté" },
    { "Chargé de mission", "Chargée de mission" },
    { "Responsable des espaces verts", "Responsable des espaces verts" },
};

constexpr NamePattern councilPatterns[] = {
    { "Conseil citoyen {q}" },
    { "Conseil citoyen {dc}" },
    { "Conseil participatif {dc}" },
    { "Conseil des jeunes {dc}", int(Field::Educational) },
    { "Conseil des aînés {dc}" },
};
constexpr Role councilRoles[] = {
    { "Coprésident", "Coprésidente" },
    { "Membre", "Membre" },
    { "Animateur", "Animatrice" },
};

constexpr NamePattern universityPatterns[] = {
    { "Service {t} — UHA" },
    { "Service {t} — GHRMSA" },
    { "Résidence universitaire {p}" },
    { "Association étudiante {p}" },
    { "EHPAD {p}", int(Field::Social) },
};
constexpr const char *universityThemes[] = {
    "Développement durable",
    "Restauration",
    "Logistique",
    "Achats",
    "Hygiène et environnement",
    "Vie étudiante",
    "Patrimoine",
};
constexpr Role universityRoles[] = {
    { "Chargé de mission développement durable", "Chargée de mission développement durable" },
    { "Enseignant-chercheur", "Enseignante-chercheuse" },
    { "Responsable restauration", "Responsable restauration" },
    { "Cadre de santé", "Cadre de santé" },
    { "Étudiant", "Étudiante" },
};

constexpr NamePattern companyPatterns[] = {
    { "{t} {c}" },
    { "{s} & Fils" },
    { "Établissements {s}" },
    { "Groupe {s}" },
    { "{s} Industrie" },
    { "Supermarché {s} {c}" },
};
constexpr const char *companyThemes[] = {
    "Imprimerie",
    "Boulangeries",
    "Transports",
    "Mécanique",
    "Plasturgie",
    "Textiles",
    "Logistique",
    "Emballages",
    "Papeteries",
    "Brasserie",
};
constexpr Role companyRoles[] = {
    { "Directeur de site", "Directrice de site" },
    { "Responsable RSE", "Responsable RSE" },
    { "Responsable QSE", "Responsable QSE" },
    { "Chargé de communication", "Chargée de communication" },
    { "Gérant", "Gérante" },
};

constexpr NamePattern landlordPatterns[] = {
    { "Habitat {t}" },
    { "Logis {t}" },
    { "Foyer {dc}" },
    { "Société d'HLM {t}" },
    { "Bailleur social {t}" },
};
constexpr const char *landlordThemes[] = {
    "Rhénan",
    "Sud Alsace",
    "des Trois Frontières",
    "du Bassin potassique",
    "de la Doller",
    "de l'Ill",
    "du Haut-Rhin",
};
constexpr Role landlordRoles[] = {
    { "Responsable développement social urbain", "Responsable développement social urbain" },
    { "Chargé de gestion locative", "Chargée de gestion locative" },
    { "Gardien d'immeuble", "Gardienne d'immeuble" },
    { "Médiateur", "Médiatrice" },
};

constexpr NamePattern reusePatterns[] = {
    { "Cordonnerie {s}" },
    { "Atelier vélo {dc}" },
    { "Ébénisterie {s}" },
    { "Retouches & Couture {c}" },
    { "Réparation électroménager {s}" },
    { "Tapisserie {s}" },
    { "Horlogerie {s}" },
    { "Informatique Seconde Vie {c}" },
    { "Garage solidaire {dc}" },
    { "Menuiserie {s}" },
};
constexpr Role reuseRoles[] = {
    { "Gérant", "Gérante" },
    { "Artisan", "Artisane" },
    { "Apprenti", "Apprentie" },
};

constexpr NamePattern schoolPatterns[] = {
    { "École élémentaire {p}" },
    { "École maternelle {p}" },
    { "École primaire {p}" },
    { "Collège {p}" },
    { "Lycée {p}" },
    { "Lycée professionnel {p}", int(Field::Economic) },
};
constexpr Role schoolRoles[] = {
    { "Directeur", "Directrice" },
    { "Enseignant", "Enseignante" },
    { "Professeur de SVT", "Professeure de SVT" },
    { "Principal", "Principale" },
    { "Gestionnaire", "Gestionnaire" },
    { "Conseiller principal d'éducation", "Conseillère principale d'éducation" },
};

constexpr NamePattern noPatterns[] = { { "" } };
constexpr Role inhabitantRoles[] = { { "", "" } };

constexpr KindProfile profileList[] = {
    { Kind::EnvironmentAssociation, 14, Field::Educational, 55, environmentPatterns,
        environmentThemes, associationRoles },
    { Kind::NeighbourhoodAssociation, 12, Field::Social, 35, neighbourhoodPatterns,
        neighbourhoodThemes, associationRoles },
    { Kind::SocialCentre, 10, Field::Social, 85, socialCentrePatterns, noThemes,
        socialCentreRoles },
    { Kind::SocialEconomy, 10, Field::Economic, 80, socialEconomyPatterns, socialEconomyThemes,
        socialEconomyRoles },
    { Kind::Artist, 6, Field::Cultural, 45, artistPatterns, artistThemes, artistRoles },
    { Kind::Commune, 18, Field::Social, 100, communePatterns, noThemes, communeRoles },
    { Kind::MunicipalService, 10, Field::Social, 100, municipalPatterns, municipalThemes,
        municipalRoles },
    { Kind::Inhabitant, 0, Field::Social, 0, noPatterns, noThemes, inhabitantRoles },
    { Kind::CitizenCouncil, 5, Field::Social, 20, councilPatterns, noThemes, councilRoles },
    { Kind::University, 5, Field::Educational, 100, universityPatterns, universityThemes,
        universityRoles },
    { Kind::LargeCompany, 8, Field::Economic, 95, companyPatterns, companyThemes, companyRoles },
    { Kind::SocialLandlord, 4, Field::Social, 100, landlordPatterns, landlordThemes,
        landlordRoles },
    { Kind::ReuseCraftsman, 8, Field::Economic, 60, reusePatterns, noThemes, reuseRoles },
    { Kind::School, 12, Field::Educational, 100, schoolPatterns, noThemes, schoolRoles },
};

constexpr bool inKindOrder()
{
    for (int i = 0; i < kindCount; ++i) {
        if (profileList[i].kind != Kind(i))
            return false;
    }
    return std::size(profileList) == kindCount;
}
static_assert(inKindOrder(), "profile() indexes the profiles by kind");

constexpr Webmail webmailList[] = {
    { "gmail.com", 35 },
    { "orange.fr", 20 },
    { "free.fr", 12 },
    { "hotmail.fr", 10 },
    { "laposte.net", 8 },
    { "yahoo.fr", 5 },
    { "sfr.fr", 5 },
    { "wanadoo.fr", 5 },
};

constexpr const char *mailboxList[] = { "contact", "accueil", "secretariat", "info", "bonjour" };

constexpr const char *tagList[] = {
    serd2014Tag,
    serd2015Tag,
    councilTag,
    relayTrainingTag,
    "compostage",
    "réemploi",
    "gaspillage alimentaire",
    "couches lavables",
    "Stop-pub",
    "jardinage au naturel",
    "éco-consommation",
    "broyage",
    "réparation",
    "textile",
    "lombricompostage",
    "zéro déchet",
    "éco-exemplarité",
    "gratiferia",
    "eau du robinet",
    "fête de la récup'",
};

constexpr const char *consentMethodList[] = {
    "formulaire papier",
    "formulaire papier",
    "courriel",
    "courriel",
    "oral lors du conseil d'acteurs",
    "fiche d'inscription SERD",
    "formulaire en ligne",
};

constexpr const char *refusalMethodList[] = {
    "courriel",
    "téléphone",
    "oral lors du conseil d'acteurs",
};

constexpr const char *contactNoteList[] = {
    "Premier contact au conseil d'acteurs du 12 juin 2014.",
    "Souhaite animer un atelier couture pendant la SERD.",
    "Joignable le matin, jamais le mercredi.",
    "Intérêt pour la formation compostage de l'automne.",
    "A prêté des composteurs pour la fête de quartier.",
    "Ne plus envoyer de courrier papier, uniquement par courriel.",
    "En congé jusqu'en mars 2015.",
    "Force de proposition sur le gaspillage alimentaire à la cantine.",
    "Propose une salle gratuite pour les ateliers du samedi.",
    "A relayé l'appel à projets SERD auprès de son réseau.",
    "Penser à remercier pour l'exposition de novembre.",
    "Souhaite suivre la formation de guide composteur.",
};

constexpr const char *organisationNoteList[] = {
    "Partenaire historique de la SERD.",
    "Local disponible pour des ateliers le mercredi après-midi.",
    "Convention de partenariat signée en 2014.",
    "Demande des affiches et des dépliants chaque novembre.",
    "Contact à relancer après l'été.",
    "Intéressé par un stand lors de la fête de la récup'.",
    "Prête du matériel (barnum, tables) sur demande.",
};

constexpr Day relayTrainingDayList[] = {
    { 2014, 3, 18 },
    { 2014, 4, 10 },
    { 2014, 5, 22 },
    { 2014, 6, 12 },
    { 2014, 9, 25 },
    { 2014, 10, 16 },
};

} // namespace

std::span<const FirstName> firstNames()
{
    return firstNameList;
}

std::span<const char *const> lastNames()
{
    return lastNameList;
}

std::span<const Commune> communes()
{
    return communeList;
}

std::span<const char *const> mulhouseDistricts()
{
    return districtList;
}

std::span<const char *const> streets()
{
    return streetList;
}

std::span<const char *const> personalities()
{
    return personalityList;
}

std::span<const KnownOrganisation> knownOrganisations()
{
    return knownList;
}

const KindProfile &profile(Kind kind)
{
    return profileList[int(kind)];
}

std::span<const Webmail> webmails()
{
    return webmailList;
}

std::span<const char *const> organisationMailboxes()
{
    return mailboxList;
}

std::span<const char *const> tags()
{
    return tagList;
}

std::span<const char *const> thematicTags()
{
    return std::span<const char *const>(tagList).subspan(4);
}

std::span<const char *const> consentMethods()
{
    return consentMethodList;
}

std::span<const char *const> refusalMethods()
{
    return refusalMethodList;
}

std::span<const char *const> contactNotes()
{
    return contactNoteList;
}

std::span<const char *const> organisationNotes()
{
    return organisationNoteList;
}

std::span<const Day> relayTrainingDays()
{
    return relayTrainingDayList;
}

} // namespace relais::demodata
