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
    councilTag,
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
    "Premier contact au conseil d'acteurs de juin {prev}.",
    "Souhaite animer un atelier couture pendant la SERD.",
    "Joignable le matin, jamais le mercredi.",
    "Intérêt pour la formation compostage de l'automne.",
    "A prêté des composteurs pour la fête de quartier.",
    "Ne plus envoyer de courrier papier, uniquement par courriel.",
    "En congé jusqu'en mars {year}.",
    "Force de proposition sur le gaspillage alimentaire à la cantine.",
    "Propose une salle gratuite pour les ateliers du samedi.",
    "A relayé l'appel à projets SERD auprès de son réseau.",
    "Penser à remercier pour l'exposition de novembre.",
    "Souhaite suivre la formation de guide composteur.",
};

constexpr const char *organisationNoteList[] = {
    "Partenaire historique de la SERD.",
    "Local disponible pour des ateliers le mercredi après-midi.",
    "Convention de partenariat signée en {prev}.",
    "Demande des affiches et des dépliants chaque novembre.",
    "Contact à relancer après l'été.",
    "Intéressé par un stand lors de la fête de la récup'.",
    "Prête du matériel (barnum, tables) sur demande.",
};

// ---- The training of relay actors ----------------------------------------------------

constexpr TrainingModuleText trainingModuleList[] = {
    { "Prévention des déchets", "Les fondamentaux de la prévention des déchets",
        "Connaître les enjeux de la prévention et la hiérarchie des modes de traitement ; situer "
        "les chiffres du territoire et les actions du programme local de prévention ; savoir "
        "présenter la prévention des déchets à son public.",
        "Journée d'ouverture : ce que deviennent nos déchets, ce que la prévention change, le rôle "
        "d'un acteur relais auprès de ses adhérents, usagers ou locataires.",
        7 },
    { "Compostage et déchets verts", "Compostage, paillage et broyage",
        "Maîtriser les bases du compostage individuel et partagé, du lombricompostage, du paillage "
        "et du broyage ; savoir conseiller un foyer et accompagner un site de compostage en pied "
        "d'immeuble.",
        "Apports théoriques en salle, puis visite d'un site de compostage partagé et démonstration "
        "de broyage des déchets verts.",
        8.5 },
    { "Réemploi et réparation", "Réemploi, réparation et seconde vie des objets",
        "Connaître les acteurs du réemploi et de la réparation du territoire (ressourceries, "
        "recycleries, Repair Cafés) ; savoir orienter le public et organiser une gratiferia ou un "
        "atelier de réparation.",
        "Panorama des filières de réemploi, puis visite d'un atelier de réemploi partenaire.", 6 },
    { "Consommation responsable", "Consommation responsable et gaspillage alimentaire",
        "Repérer les leviers de réduction des déchets dans les achats (vrac, emballages, Stop-pub, "
        "eau du robinet) ; lutter contre le gaspillage alimentaire à la maison et en restauration "
        "collective.",
        "Apports et outils d'animation, puis visite d'un restaurant scolaire qui mesure ses "
        "restes.",
        5.5 },
    { "Éco-exemplarité et produits dangereux",
        "Éco-exemplarité et réduction de la nocivité des déchets",
        "Réduire les déchets de sa propre structure (papier, fournitures, événements "
        "éco-responsables) ; limiter les produits dangereux (entretien, bricolage, jardinage au "
        "naturel) ; bâtir un plan d'actions interne.",
        "Le matin, diagnostic des pratiques de sa structure ; l'après-midi, atelier de fabrication "
        "de produits ménagers au naturel.",
        6.5 },
};

constexpr HalfDayHours noHalfDay { 0, 0 };
constexpr HalfDayHours hours(int startsHour, int startsMinute, int endsHour, int endsMinute)
{
    return { startsHour * 60 + startsMinute, endsHour * 60 + endsMinute };
}
constexpr const char *headOffice = "Salle de réunion, siège de m2A, 2 rue Pierre et Marie Curie";

constexpr TrainingSessionPlan trainingSessionList[] = {
    { 0, { 2014, 3, 18 }, hours(9, 0, 12, 30), hours(13, 30, 17, 0), false, 0, headOffice,
        "Mulhouse", 0, "Anne Schwartz, formatrice en prévention des déchets", 0,
        "Accueil café à 8 h 45. Chacun apporte un exemple de déchet produit par sa structure." },
    { 1, { 2014, 4, 10 }, hours(9, 0, 12, 0), noHalfDay, false, 0, nullptr, nullptr,
        kinds({ Kind::EnvironmentAssociation }), "Marc Heinrich, maître composteur", 0, "" },
    { 2, { 2014, 4, 24 }, noHalfDay, hours(14, 0, 17, 0), false, 0, nullptr, nullptr,
        kinds({ Kind::ReuseCraftsman, Kind::SocialEconomy }),
        "Julien Ritter, animateur de Repair Café", 0, "" },
    { 1, { 2014, 5, 22 }, hours(9, 30, 12, 0), hours(13, 30, 16, 30), true, 0,
        "Site de compostage partagé des Jardins du Rebberg", "Mulhouse",
        kinds({ Kind::EnvironmentAssociation }), "Marc Heinrich, maître composteur", 25,
        "Visite le matin, démonstration de broyage l'après-midi. Prévoir des chaussures de "
        "marche." },
    { 2, { 2014, 6, 12 }, noHalfDay, hours(14, 0, 17, 0), true,
        kinds({ Kind::SocialEconomy, Kind::ReuseCraftsman }), "Ressourcerie du Bassin potassique",
        "Wittelsheim", kinds({ Kind::SocialEconomy, Kind::ReuseCraftsman }),
        "Patrick Lang, responsable d'atelier", 20,
        "Covoiturage depuis le siège de m2A à 13 h 30." },
    { 3, { 2014, 9, 18 }, hours(9, 0, 12, 30), noHalfDay, false, 0, nullptr, nullptr, 0,
        "Isabelle Fritsch, diététicienne", 0, "" },
    { 3, { 2014, 9, 25 }, hours(10, 0, 12, 0), noHalfDay, true, kinds({ Kind::School }),
        "Cuisine centrale de la restauration scolaire", "Mulhouse", 0,
        "Laurent Meyer, chef de cuisine", 15,
        "Pesée des restes au self avec les élèves, puis échange avec l'équipe de cuisine." },
    { 4, { 2014, 10, 16 }, hours(9, 0, 12, 30), hours(13, 30, 16, 30), false, 0, "Salle des fêtes",
        "Ungersheim", kinds({ Kind::MunicipalService }),
        "Céline Wolff, conseillère en éco-exemplarité", 0,
        "Chacun repart avec ses produits ménagers et le plan d'actions de sa structure." },
};

// ---- The year of interactions ------------------------------------------------------

using enum Channel;
using enum Moment;

constexpr Topic topicList[] = {
    // What any week brings.
    { Routine, "{o} : présentation du programme de prévention", channels({ Meeting, Visit }), true,
        Staff::Officer, 0, "Envoyer la plaquette du programme", 5,
        "Envoi de la plaquette du programme", Email },
    { Routine, "Demande de composteurs pour un jardin partagé", channels({ Call, Email }), false,
        Staff::Officer, 0, "Rappeler pour fixer la livraison des composteurs", 10,
        "Livraison des composteurs : date fixée", Call },
    { Routine, "Point sur le compostage partagé de la résidence",
        channels({ Meeting, Visit, Call }), false, Staff::Officer, 0,
        "Envoyer le guide du compostage partagé", 7, "Envoi du guide du compostage partagé",
        Email },
    { Routine, "Prêt du broyeur de végétaux", channels({ Call, Email }), false, Staff::Assistant,
        30, "Rappeler pour le retour du broyeur", 14, "Retour du broyeur confirmé", Call },
    { Routine, "Demande d'autocollants Stop-pub", channels({ Email, Call }), false,
        Staff::Assistant, 60, "Envoyer les autocollants Stop-pub", 5,
        "Envoi des autocollants Stop-pub", Letter },
    { Routine, "{o} : projet zéro déchet", channels({ Meeting, Call }), true, Staff::Officer, 0,
        "Proposer une date de rencontre", 10, "Rencontre fixée pour le projet zéro déchet", Email },
    { Routine, "Gaspillage alimentaire à la cantine : premier échange", channels({ Meeting, Call }),
        false, Staff::Officer, 0, "Envoyer le kit anti-gaspillage", 7,
        "Envoi du kit anti-gaspillage", Email },
    { Routine, "Mise à jour des coordonnées", channels({ Email, Call }), false, Staff::Assistant,
        70 },
    { Routine, "Proposition d'un stand à la fête de quartier {dc}", channels({ Call, Email }),
        false, Staff::Officer, 0, "Confirmer la présence du stand", 10,
        "Présence du stand confirmée", Email },
    { Routine, "Conseils pour une demande de subvention", channels({ Meeting, Call }), false,
        Staff::Officer, 0, "Relire le dossier de demande de subvention", 14,
        "Retour sur le dossier de demande de subvention", Email },
    { Routine, "{o} : visite sur place", channels({ Visit }), true, Staff::Officer, 0,
        "Remercier pour l'accueil", 4, "Remerciements pour l'accueil", ThankYou },
    { Routine, "Invitation à la formation des acteurs relais", channels({ Email, Call }), false,
        Staff::Officer, 0, "Rappeler pour l'inscription à la formation", 10,
        "Inscription à la formation confirmée", Call },
    { Routine, "Couches lavables : demande d'information", channels({ Call, Email }), false,
        Staff::Intern, 30, "Envoyer la liste des crèches partenaires", 5,
        "Envoi de la liste des crèches partenaires", Email },
    { Routine, "Lettre d'information : proposition d'article", channels({ Email }), false,
        Staff::Communication, 60, "Relancer pour l'article de la lettre d'information", 14,
        "Article reçu pour la lettre d'information", Email },
    { Routine, "{o} : démarche d'éco-exemplarité", channels({ Meeting }), true, Staff::Officer, 0,
        "Envoyer le compte rendu de la réunion", 7, "Envoi du compte rendu de la réunion", Email },
    { Routine, "Question sur le réemploi des textiles", channels({ Call, Email }), false,
        Staff::Assistant, 40 },
    { Routine, "Demande de gobelets réutilisables pour une manifestation",
        channels({ Call, Email }), false, Staff::Assistant, 40, "Confirmer le prêt des gobelets", 7,
        "Prêt des gobelets confirmé", Email },
    { Routine, "Rencontre au forum des associations {dc}", channels({ Meeting }), false },
    { Routine, "Projet de Repair Café {dc}", channels({ Meeting, Call }), false, Staff::Officer, 0,
        "Mettre en relation avec le Repair Café de Mulhouse", 14,
        "Mise en relation avec le Repair Café de Mulhouse", Email },
    { Routine, "{o} : bilan du projet en cours", channels({ Meeting, Call }), true },

    // Inviting to an actors' council.
    { CouncilInvitation, "Invitation au conseil d'acteurs du {d}", channels({ Email, Letter }),
        false, Staff::Assistant, 50, "Relancer pour l'inscription au conseil d'acteurs", 10,
        "Relance : inscription au conseil d'acteurs", Call },
    { CouncilInvitation, "Relance pour le conseil d'acteurs du {d}", channels({ Call, Email }),
        false, Staff::Intern, 30 },
    { CouncilInvitation, "Inscription au conseil d'acteurs du {d}", channels({ Email, Call }),
        false, Staff::Assistant, 50, nullptr, 0, nullptr, Email, true, AtCouncil::Registered },
    { CouncilInvitation, "Excuse pour le conseil d'acteurs du {d}", channels({ Email, Call }),
        false, Staff::Assistant, 30, "Envoyer le compte rendu du conseil", 21,
        "Envoi du compte rendu du conseil d'acteurs", Email, false, AtCouncil::Excused },
    { CouncilInvitation, "{o} : intervention au conseil d'acteurs", channels({ Call, Meeting }),
        true, Staff::Officer, 0, "Envoyer l'ordre du jour du conseil", 5,
        "Envoi de l'ordre du jour du conseil", Email, true, AtCouncil::Present },
    { CouncilInvitation, "Conseil d'acteurs du {d} : proposition de témoignage", channels({ Call }),
        false, Staff::Officer, 0, "Confirmer le temps de parole", 7, "Temps de parole confirmé",
        Email, true, AtCouncil::Present },

    // After it.
    { CouncilAftermath, "Remerciements pour la participation au conseil d'acteurs",
        channels({ ThankYou, Email }), false, Staff::Officer, 0, nullptr, 0, nullptr, Email, true,
        AtCouncil::Present },
    { CouncilAftermath, "Envoi du compte rendu du conseil d'acteurs du {d}", channels({ Email }),
        false, Staff::Assistant, 40 },
    { CouncilAftermath, "Envoi de la feuille d'émargement", channels({ Email }), false,
        Staff::Assistant, 70, nullptr, 0, nullptr, Email, true, AtCouncil::Present },
    { CouncilAftermath, "Envoi des supports présentés au conseil d'acteurs", channels({ Email }),
        false, Staff::Assistant, 30 },
    { CouncilAftermath, "Suite du conseil d'acteurs : idée de projet", channels({ Call, Meeting }),
        false, Staff::Officer, 0, "Proposer une date de rencontre", 14,
        "Rencontre fixée pour le projet", Email, true, AtCouncil::Present },
    { CouncilAftermath, "Questionnaire de satisfaction du conseil d'acteurs", channels({ Email }),
        false, Staff::Intern, 40, "Relancer pour le questionnaire", 10,
        "Questionnaire de satisfaction reçu", Email, true, AtCouncil::Present },

    // Bringing partners into the SERD.
    { SerdCall, "Appel pour la SERD : {t}", channels({ Call }), false, Staff::Intern, 25,
        "Envoyer la fiche action SERD", 5, "Envoi de la fiche action SERD", Email },
    { SerdCall, "Appel à projets SERD {y}", channels({ Email, Letter }), false,
        Staff::Communication, 25, "Rappeler pour connaître le projet SERD", 14,
        "Projet SERD : point téléphonique", Call },
    { SerdPreparation, "Fiche action SERD reçue : {t}", channels({ Email }), false,
        Staff::Assistant, 50, "Rappeler pour confirmer la date", 7,
        "Date de l'action SERD confirmée", Call },
    { SerdPreparation, "Préparation de l'action SERD : {t} {dc}",
        channels({ Visit, Meeting, Call }), false, Staff::Officer, 0, "Envoyer l'affiche SERD", 7,
        "Envoi de l'affiche SERD", Email },
    { SerdPreparation, "Commande d'affiches et de dépliants SERD", channels({ Email, Call }), false,
        Staff::Communication, 50, "Déposer les affiches SERD", 10, "Dépôt des affiches SERD",
        Visit },
    { SerdPreparation, "{o} : réunion de préparation de la SERD", channels({ Meeting }), true,
        Staff::Officer, 0, "Envoyer le rétroplanning de la SERD", 5,
        "Envoi du rétroplanning de la SERD", Email },
    { SerdPreparation, "Demande de matériel pour l'action SERD", channels({ Call, Email }), false,
        Staff::Assistant, 30, "Confirmer le prêt du matériel", 7, "Prêt du matériel confirmé",
        Email },
    { SerdCall, "SERD {y} : relance de l'appel à projets", channels({ Call }), false, Staff::Intern,
        40 },
    { SerdPreparation, "Inscription de l'action sur le site de la SERD", channels({ Email }), false,
        Staff::Intern, 50 },

    // Going to see the partners' actions.
    { SerdWeek, "Visite de l'action SERD : {t} {dc}", channels({ Visit }), false, Staff::Intern, 30,
        "Remercier pour l'animation", 7, "Remerciements pour l'animation", ThankYou },
    { SerdWeek, "Visite du Repair Café {dc}", channels({ Visit }), false, Staff::Officer, 0,
        "Remercier pour l'animation", 7, "Remerciements pour l'animation", ThankYou },
    { SerdWeek, "{o} : visite pendant la SERD", channels({ Visit }), true, Staff::Officer, 0,
        "Remercier pour l'accueil", 7, "Remerciements pour l'accueil", ThankYou },
    { SerdWeek, "Photos de l'action SERD", channels({ Email }), false, Staff::Communication, 40 },
    { SerdWeek, "Stand SERD : matériel manquant", channels({ Call }), false, Staff::Intern, 30 },
    { SerdWeek, "Action SERD reportée à cause de la météo", channels({ Call, Email }), false,
        Staff::Officer, 0, "Fixer une nouvelle date", 10, "Nouvelle date fixée", Call, false },

    // Taking time to thank them.
    { SerdThanks, "Remerciements pour l'action SERD {y}", channels({ ThankYou, Letter }), false },
    { SerdThanks, "Bilan de l'action SERD : participants et retours", channels({ Email, Call }),
        false, Staff::Officer, 0, "Relancer pour le bilan de l'action", 14,
        "Bilan de l'action SERD reçu", Email },
    { SerdThanks, "Envoi du questionnaire bilan SERD {y}", channels({ Email }), false,
        Staff::Assistant, 40, "Relancer pour le questionnaire bilan", 14,
        "Questionnaire bilan SERD reçu", Email },
    { SerdThanks, "Dépenses valorisées : fiche à retourner", channels({ Email }), false,
        Staff::Officer, 0, "Relancer pour les dépenses valorisées", 21,
        "Fiche des dépenses valorisées reçue", Email },
    { SerdThanks, "Lettre de remerciements du vice-président", channels({ Letter }), false,
        Staff::Assistant, 50 },
    { SerdThanks, "{o} : retour sur la SERD {y}", channels({ Meeting, Call }), true, Staff::Officer,
        0, "Envoyer le bilan de la SERD", 21, "Envoi du bilan de la SERD", Email },

    // Partners' own events.
    { SpringActions, "Visite de la gratiferia {dc}", channels({ Visit }), false, Staff::Officer, 0,
        "Remercier pour l'accueil", 4, "Remerciements pour l'accueil", ThankYou },
    { SpringActions, "Visite du jardin partagé {dc}", channels({ Visit }), false },
    { SpringActions, "Stand à la fête de la récup' {dc}", channels({ Visit, Meeting }), false,
        Staff::Intern, 30 },
    { SpringActions, "{o} : visite ({t})", channels({ Visit }), true, Staff::Officer, 0,
        "Remercier pour l'animation", 5, "Remerciements pour l'animation", ThankYou },
    { SpringActions, "Visite du Repair Café {dc}", channels({ Visit }), false },
    { SpringActions, "Opération broyage de printemps {dc}", channels({ Visit, Call }), false,
        Staff::Intern, 30 },
};

constexpr const char *routineNoteList[] = {
    "Rappeler plutôt le matin.",
    "A besoin de supports de communication pour son public.",
    "Intérêt pour la formation des acteurs relais.",
    "Projet à suivre : en attente de l'accord du bureau.",
    "Propose de relayer l'information dans sa lettre interne.",
    "Souhaite un rendez-vous sur place avec l'équipe.",
    "Les bénévoles changent en septembre : refaire le point à la rentrée.",
    "Demande des chiffres sur les déchets de la commune.",
    "Beaucoup d'idées, à suivre.",
    "Pas de disponibilité avant les vacances.",
};

constexpr const char *councilInvitationNoteList[] = {
    "Viendra avec une personne de son équipe.",
    "Souhaite participer à l'atelier sur le gaspillage alimentaire.",
    "Propose de présenter son projet en dix minutes.",
    "Confirme sa présence par courriel.",
};

constexpr const char *councilAftermathNoteList[] = {
    "Satisfaction exprimée sur le format en ateliers.",
    "Souhaite rejoindre le groupe de travail réemploi.",
    "Demande les coordonnées des autres participants.",
    "Feuille d'émargement demandée pour son financeur.",
};

constexpr const char *serdCallNoteList[] = {
    "Réfléchit à une action avec son équipe.",
    "Première participation à la SERD.",
    "Déjà partenaire l'an dernier, même format.",
    "Attend l'accord de son conseil d'administration.",
    "Public visé : les familles du quartier.",
};

constexpr const char *serdPreparationNoteList[] = {
    "Action prévue le samedi de la SERD, à confirmer.",
    "A besoin d'une salle et de tables.",
    "Souhaite des affiches et des dépliants.",
    "Public visé : les familles du quartier.",
    "Action avec les enfants du périscolaire.",
};

constexpr const char *serdWeekNoteList[] = {
    "Une quarantaine de participants sur la journée.",
    "Bonne fréquentation malgré la pluie.",
    "Photos prises pour le bilan.",
    "Stand bien placé, à reconduire l'an prochain.",
    "Peu de passage le matin, affluence l'après-midi.",
};

constexpr const char *serdThanksNoteList[] = {
    "Fiche bilan promise pour la fin du mois.",
    "Souhaite recommencer l'an prochain.",
    "Temps bénévole estimé à une dizaine d'heures.",
    "Retours très positifs des participants.",
};

constexpr const char *springNoteList[] = {
    "Beaucoup de familles présentes.",
    "Bonne occasion de rencontrer les bénévoles.",
    "Idée de reprendre le format pendant la SERD.",
    "Matériel du programme bien utilisé.",
};

constexpr std::span<const char *const> noteLists[]
    = { routineNoteList, councilInvitationNoteList, councilAftermathNoteList, serdCallNoteList,
          serdPreparationNoteList, serdWeekNoteList, serdThanksNoteList, springNoteList };
static_assert(std::size(noteLists) == momentCount);

constexpr const char *serdActionList[] = {
    "atelier compostage",
    "atelier couture",
    "Repair Café",
    "disco soupe",
    "gratiferia",
    "atelier produits ménagers",
    "troc de livres",
    "atelier lombricompostage",
    "stand Stop-pub",
    "atelier cuisine des restes",
    "exposition sur le suremballage",
    "ciné-débat zéro déchet",
    "défi familles zéro déchet",
    "collecte de jouets",
    "atelier vélo",
    "atelier couches lavables",
    "démonstration de broyage",
    "fabrication de sacs à vrac",
    "atelier cosmétiques maison",
    "bourse aux vêtements",
};

constexpr const char *monthNameList[] = { "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre" };

// ---- Meetings ----------------------------------------------------------------------

constexpr Venue councilVenueList[] = {
    { "Salle des Adjudants, Cour des Chaînes", "Mulhouse" },
    { "Maison de la Citoyenneté", "Kingersheim" },
    { "Espace 110", "Illzach" },
    { "Salle du conseil, siège de m2A, 2 rue Pierre et Marie Curie", "Mulhouse" },
    { "Espace Tival", "Kingersheim" },
    { "Le Trèfle", "Rixheim" },
    { "Amphithéâtre de la Fonderie, Université de Haute-Alsace", "Mulhouse" },
};

constexpr Venue meetingRoomList[] = {
    { "Salle de réunion, siège de m2A, 2 rue Pierre et Marie Curie", "Mulhouse" },
    { "Salle de réunion, siège de m2A, 2 rue Pierre et Marie Curie", "Mulhouse" },
    { "Maison de la Citoyenneté", "Kingersheim" },
    { "CINE Le Moulin", "Lutterbach" },
    { "Motoco, site DMC", "Mulhouse" },
    { "La Passerelle", "Rixheim" },
    { "Salle des Adjudants, Cour des Chaînes", "Mulhouse" },
    { "Salle annexe de la mairie", "Wittenheim" },
    { "Salle des fêtes", "Riedisheim" },
};

constexpr const char *councilTitleList[] = {
    "Conseil d'acteurs {dm} {y}",
    "Conseil d'acteurs {dm} {y}",
    "Conseil d'acteurs du PLP — {m} {y}",
};

constexpr MeetingText marchAgendaList[] = {
    { "", "bilan de la SERD {prev}, programme d'actions {y}, témoignages de partenaires",
        "Retour en chiffres sur la SERD {prev} et ses partenaires, présentation des actions de "
        "l'année et des appels à partenaires. Deux structures témoignent de leur action." },
    { "", "bilan {prev} du programme, dépenses valorisées, ateliers en petits groupes",
        "Bilan de l'année {prev} présenté aux partenaires, avec les dépenses valorisées. Ateliers "
        "en petits groupes pour faire émerger des projets communs pour le printemps." },
};

constexpr MeetingText juneAgendaList[] = {
    { "", "actions du printemps, formation des acteurs relais, premières idées pour la SERD {y}",
        "Retour sur les gratiferias, Repair Cafés et opérations de broyage du printemps. "
        "Présentation du prochain cycle de la formation des acteurs relais." },
    { "", "témoignages, compostage partagé, réemploi, questions des partenaires",
        "Conseil consacré aux témoignages : un composteur de quartier, une ressourcerie et un "
        "centre social présentent leur démarche, suivis d'un temps d'échange." },
};

constexpr MeetingText octoberAgendaList[] = {
    { "", "appel à projets SERD {y}, outils de communication, montage d'actions communes",
        "Lancement de l'appel à projets de la SERD {y} : calendrier, fiche action, outils de "
        "communication mis à disposition. Temps de rencontre entre porteurs de projets." },
    { "", "SERD {y}, rencontres entre partenaires, agenda de l'automne",
        "Préparation collective de la SERD {y} et de l'agenda de l'automne. Les partenaires "
        "présentent leurs idées d'actions et cherchent des associés." },
};

constexpr std::span<const MeetingText> councilAgendaLists[]
    = { marchAgendaList, juneAgendaList, octoberAgendaList };

constexpr Workshop concertationList[] = {
    { { "Concertation : compostage et jardinage au naturel",
          "compostage individuel et partagé, broyage, jardinage au naturel",
          "Remue-méninges sur la gestion de proximité des déchets verts et des biodéchets : ce "
          "qui existe déjà, ce qui manque, qui pourrait porter quoi." },
        "compostage" },
    { { "Concertation : réemploi et réparation", "ressourceries, Repair Cafés, dons, réparation",
          "Inventaire des lieux de réemploi et de réparation du territoire et des projets à "
          "soutenir." },
        "réemploi" },
    { { "Concertation : gaspillage alimentaire",
          "restauration collective, commerces, familles, dons alimentaires",
          "Remue-méninges sur le gaspillage alimentaire, de la cantine au marché." },
        "gaspillage alimentaire" },
    { { "Concertation : consommer mieux, jeter moins",
          "éco-consommation, emballages, Stop-pub, eau du robinet",
          "Pistes d'actions pour une consommation sobre en déchets auprès des habitants." },
        "éco-consommation" },
    { { "Concertation : éco-exemplarité des structures",
          "bureaux, événements, achats, manifestations sportives",
          "Comment les structures, collectivités comprises, réduisent leurs propres déchets." },
        "éco-exemplarité" },
    { { "Concertation : sensibiliser les publics", "écoles, quartiers, familles, animations",
          "Les publics à toucher, les relais pour les atteindre et les animations qui marchent." },
        "zéro déchet" },
};

constexpr Workshop thematicWorkshopList[] = {
    { { "Atelier thématique : compostage partagé en pied d'immeuble",
          "composteurs collectifs, bailleurs sociaux, guides composteurs",
          "Retours d'expérience des sites de compostage partagé et conditions pour en ouvrir de "
          "nouveaux avec les bailleurs." },
        "compostage" },
    { { "Atelier thématique : ouvrir un Repair Café", "réparation, bénévoles, assurance, lieux",
          "Les étapes pour lancer un Repair Café, avec les bénévoles des cafés existants." },
        "réparation" },
    { { "Atelier thématique : gaspillage alimentaire en restauration collective",
          "cantines, pesées, menus, dons",
          "Pesées des restes, adaptation des menus et dons : ce qui a marché dans les cantines "
          "partenaires." },
        "gaspillage alimentaire" },
    { { "Atelier thématique : couches lavables", "crèches, assistantes maternelles, prêt de kits",
          "Bilan des prêts de kits et élargissement aux crèches volontaires." },
        "couches lavables" },
    { { "Atelier thématique : textile, collecte et seconde vie",
          "collecte, tri, bourses aux vêtements, couture",
          "Organiser collectes, bourses et ateliers couture avec les acteurs du textile." },
        "textile" },
    { { "Atelier thématique : broyage et déchets verts", "broyeurs, paillage, communes",
          "Opérations de broyage dans les communes : calendrier, matériel, communication." },
        "broyage" },
    { { "Atelier thématique : zéro déchet au bureau", "éco-exemplarité, achats, réunions",
          "Des gestes simples et des achats pour réduire les déchets des structures." },
        "éco-exemplarité" },
    { { "Atelier thématique : organiser une gratiferia", "gratuité, lieux, bénévoles, affiches",
          "Mode d'emploi d'une gratiferia, du choix du lieu au bilan." },
        "gratiferia" },
    { { "Atelier thématique : lombricompostage", "lombricomposteurs, appartements, écoles",
          "Découverte du lombricompostage et distribution de lombricomposteurs aux volontaires." },
        "lombricompostage" },
    { { "Atelier thématique : Stop-pub et publicités", "Stop-pub, boîtes aux lettres, commerces",
          "Diffuser l'autocollant Stop-pub avec les communes et les bailleurs." },
        "Stop-pub" },
};

constexpr MeetingText launchNetworkHeadList[] = {
    { "Rencontre des têtes de réseau — culture, éducation, sport",
        "inventaire des actions existantes, projets, publics touchés",
        "Tour de table des têtes de réseau culturelles, éducatives et sportives : ce qu'elles "
        "font déjà, leurs projets, les partenaires potentiels de leurs réseaux." },
    { "Rencontre des têtes de réseau — économie, social, environnement",
        "inventaire des actions existantes, projets, publics touchés",
        "Tour de table des têtes de réseau économiques, sociales et environnementales, pour "
        "recenser les partenaires potentiels du programme." },
};

constexpr MeetingText networkHeadList[] = {
    { "Rencontre des têtes de réseau {y}", "bilan {prev}, priorités {y}, relais dans les réseaux",
        "Rencontre annuelle avec les têtes de réseau : bilan de l'année écoulée et priorités de "
        "l'année, comment relayer le programme auprès de leurs membres." },
    { "Têtes de réseau : relayer le programme", "lettre d'information, formation, outils",
        "Point d'étape avec les têtes de réseau sur les outils mis à leur disposition et la "
        "prochaine formation des acteurs relais." },
};

constexpr MeetingText serdPreparationList[] = {
    { "Préparation de la SERD {y} : lancement", "appel à projets, calendrier, fiche action",
        "Première réunion collective : présentation de l'appel à projets, du calendrier et de la "
        "fiche action, remue-méninges sur les actions possibles." },
    { "Préparation de la SERD {y} : actions communes",
        "montage d'actions en commun, lieux, matériel",
        "Contributions en groupes et montage d'actions communes entre partenaires ; prêt de "
        "matériel et choix des lieux." },
    { "Préparation de la SERD {y} : derniers calages", "programme, communication, bilan à prévoir",
        "Validation du programme, remise des affiches et dépliants, consignes pour le bilan des "
        "actions." },
};

// ---- The SERD --------------------------------------------------------------------------

constexpr SerdFocus serdFocusList[] = {
    { 2013, "Réemploi et préparation en vue du réemploi",
        "Thème européen : donner une seconde vie aux objets." },
    { 2014, "Dématérialisation",
        "Thème européen : la dématérialisation — partager, louer, emprunter plutôt que posséder." },
    { 2015, "Emballages", "Thème européen : moins d'emballages, mieux d'emballages." },
    { 2016, "Déchets dangereux", "Thème européen : réduire la nocivité des déchets." },
    { 2017, "Réemploi et réparation", "Thème européen : réparer plutôt que jeter." },
    { 2018, "Déchets dangereux", "Thème européen : « Détox » — moins de produits dangereux." },
    { 2019, "Éducation à la réduction des déchets",
        "Thème européen : changer nos habitudes, éduquer à la prévention." },
    { 2020, "Déchets invisibles", "Thème européen : les déchets que l'on ne voit pas." },
    { 2021, "Communautés circulaires", "Thème européen : agir ensemble, à l'échelle locale." },
    { 2022, "Textiles", "Thème européen : des textiles circulaires et durables." },
    { 2023, "Emballages", "Thème européen : les emballages, moins et mieux." },
    { 2024, "Gaspillage alimentaire", "Thème européen : lutter contre le gaspillage alimentaire." },
    { 2025, "Équipements électriques et électroniques",
        "Thème européen : faire durer nos appareils, réparer, réemployer." },
    { 2026, "Réemploi et réparation", "Thème européen : réparer plutôt que jeter." },
};

constexpr unsigned associations
    = kinds({ Kind::EnvironmentAssociation, Kind::NeighbourhoodAssociation, Kind::SocialCentre,
        Kind::SocialEconomy, Kind::CitizenCouncil });
constexpr unsigned municipal = kinds({ Kind::Commune, Kind::MunicipalService });
constexpr unsigned schools = kinds({ Kind::School, Kind::University });

constexpr HalfDayHours morningHours { 9 * 60, 12 * 60 };
constexpr HalfDayHours afternoonHours { 14 * 60, 17 * 60 };
constexpr HalfDayHours eveningHours { 18 * 60 + 30, 21 * 60 };
constexpr HalfDayHours dayHours { 10 * 60, 18 * 60 };
constexpr HalfDayHours marketHours { 8 * 60, 12 * 60 + 30 };

constexpr SerdActionIdea serdActionIdeaList[] = {
    { "Repair Café {dc}",
        "Des bénévoles bricoleurs aident les habitants à réparer petits appareils, vêtements "
        "et vélos plutôt que de les jeter.",
        SerdTopic::Reuse, "Tout public", associations | kinds({ Kind::ReuseCraftsman }), 2, 25, 60,
        { 14 * 60, 18 * 60 }, true, nullptr, "Répar" },
    { "Disco soupe",
        "Préparation en musique d'une soupe géante avec des légumes invendus, "
        "dégustation gratuite.",
        SerdTopic::Source, "Tout public", associations | municipal, 2, 40, 150,
        { 11 * 60, 15 * 60 }, true, "Place de la mairie", "alimentaire" },
    { "Gratiferia {dc}",
        "Marché gratuit : chacun apporte ce dont il n'a plus besoin et repart "
        "avec ce qui lui plaît.",
        SerdTopic::Reuse, "Tout public", associations | kinds({ Kind::SocialLandlord }), 1, 40, 120,
        dayHours, true, nullptr, "réemploi" },
    { "Stand compostage au marché",
        "Stand d'information sur le compostage domestique et le lombricompostage, "
        "démonstration et distribution de bio-seaux.",
        SerdTopic::Source, "Tout public", municipal | kinds({ Kind::EnvironmentAssociation }), 3,
        60, 200, marketHours, true, "Marché couvert", nullptr },
    { "Atelier compostage en pied d'immeuble",
        "Lancement d'un composteur partagé avec les habitants de la résidence.", SerdTopic::Source,
        "Locataires",
        kinds({ Kind::SocialLandlord, Kind::SocialCentre, Kind::NeighbourhoodAssociation }), 2, 10,
        30, { 17 * 60, 19 * 60 }, false, nullptr, nullptr },
    { "Atelier « Zéro déchet à l'école »",
        "Animation en classe : d'où viennent nos déchets, comment en produire moins, goûter "
        "sans emballage.",
        SerdTopic::Source, "Scolaires (cycle 3)", schools | associations, 3, 20, 60, morningHours,
        false, nullptr, "Éducation" },
    { "Pesée des déchets de la cantine",
        "Une semaine de pesée des restes de repas avec les élèves, restitution et pistes "
        "contre le gaspillage.",
        SerdTopic::Source, "Élèves et personnel de restauration", schools | municipal, 1, 100, 300,
        { 11 * 60 + 30, 13 * 60 + 30 }, false, "Restaurant scolaire", "alimentaire" },
    { "Exposition « Trop d'emballages ! »",
        "Exposition sur le suremballage et les alternatives : vrac, contenants réutilisables.",
        SerdTopic::ThemeOfTheYear, "Tout public", municipal | associations, 1, 80, 300, dayHours,
        false, "Médiathèque", "Emballages" },
    { "Nettoyage citoyen des berges de l'Ill",
        "Ramassage des déchets abandonnés le long des berges, pesée et tri de la collecte.",
        SerdTopic::CleanUp, "Tout public", associations | municipal, 1, 20, 70,
        { 9 * 60 + 30, 12 * 60 }, true, "Berges de l'Ill", nullptr },
    { "Opération quartier propre",
        "Ramassage des déchets dans le quartier avec les habitants et le centre social.",
        SerdTopic::CleanUp, "Habitants du quartier",
        kinds({ Kind::SocialCentre, Kind::NeighbourhoodAssociation, Kind::CitizenCouncil,
            Kind::SocialLandlord }),
        1, 15, 50, { 14 * 60, 17 * 60 }, true, nullptr, nullptr },
    { "Parcours « courses zéro déchet »",
        "Visite guidée de commerces qui acceptent les contenants des clients, astuces pour "
        "des courses sans emballage.",
        SerdTopic::ThemeOfTheYear, "Adultes", associations | kinds({ Kind::SocialEconomy }), 2, 8,
        20, { 10 * 60, 12 * 60 }, true, "Centre-ville", "Emballages" },
    { "Atelier produits ménagers maison",
        "Fabrication de lessive et de produits d'entretien au naturel, chacun repart avec ses "
        "flacons.",
        SerdTopic::Source, "Adultes", associations | kinds({ Kind::SocialCentre }), 2, 8, 20,
        { 14 * 60, 16 * 60 + 30 }, false, nullptr, "dangereux" },
    { "Atelier cosmétiques maison",
        "Fabriquer baume et déodorant avec peu d'ingrédients et sans emballage jetable.",
        SerdTopic::Source, "Adultes", associations, 1, 8, 16, eveningHours, false, nullptr,
        "dangereux" },
    { "Atelier couture : sacs à vrac et tawashis",
        "Transformer des tissus et vêtements usagés en sacs à vrac et éponges lavables.",
        SerdTopic::Reuse, "Tout public", associations | kinds({ Kind::Artist, Kind::SocialCentre }),
        2, 8, 20, afternoonHours, false, nullptr, "Textiles" },
    { "Bourse aux vêtements et jouets",
        "Dépôt-vente de vêtements et jouets d'occasion au profit de l'association.",
        SerdTopic::Reuse, "Familles",
        kinds({ Kind::NeighbourhoodAssociation, Kind::SocialCentre, Kind::School }), 1, 80, 250,
        dayHours, true, nullptr, "Textiles" },
    { "Collecte de jouets pour la ressourcerie",
        "Collecte de jouets en bon état, remis en vente à petit prix par la ressourcerie.",
        SerdTopic::Reuse, "Familles", kinds({ Kind::SocialEconomy, Kind::School }) | municipal, 3,
        30, 120, dayHours, false, nullptr, "réemploi" },
    { "Troc de livres et de DVD",
        "Boîte d'échange et troc : emprunter et échanger plutôt qu'acheter.",
        SerdTopic::ThemeOfTheYear, "Tout public", municipal | associations, 2, 30, 90,
        { 14 * 60, 18 * 60 }, true, "Médiathèque", "Dématérialisation" },
    { "Atelier cuisine des restes",
        "Cuisiner les restes et les fanes, conserver les aliments : recettes anti-gaspi.",
        SerdTopic::Source, "Familles", associations | kinds({ Kind::SocialCentre }), 2, 10, 25,
        { 9 * 60 + 30, 12 * 60 }, false, nullptr, "alimentaire" },
    { "Ciné-débat « Ma vie zéro déchet »",
        "Projection d'un documentaire suivie d'un débat avec une famille engagée du défi "
        "zéro déchet.",
        SerdTopic::Source, "Tout public", municipal | associations | kinds({ Kind::Artist }), 1, 40,
        140, { 20 * 60, 22 * 60 + 30 }, false, "Cinéma Bel Air", nullptr },
    { "Atelier vélo participatif",
        "Apprendre à entretenir et réparer son vélo avec des pièces de réemploi.", SerdTopic::Reuse,
        "Tout public", associations | kinds({ Kind::ReuseCraftsman }), 2, 15, 40,
        { 14 * 60, 18 * 60 }, true, nullptr, "Répar" },
    { "Démonstration de broyage de végétaux",
        "Broyage des branchages des habitants et utilisation du broyat en paillage.",
        SerdTopic::Source, "Tout public", municipal, 2, 20, 60, morningHours, true, "Déchèterie",
        nullptr },
    { "Stand Stop-pub et dématérialisation des factures",
        "Distribution d'autocollants Stop-pub, conseils pour recevoir factures et relevés en "
        "ligne.",
        SerdTopic::ThemeOfTheYear, "Tout public", municipal | associations, 3, 50, 200, marketHours,
        true, "Marché", "Dématérialisation" },
    { "Défi familles zéro déchet : lancement",
        "Réunion de lancement du défi : des familles volontaires pèsent leurs déchets pendant "
        "trois mois, avec un accompagnement.",
        SerdTopic::Source, "Familles", municipal | associations, 1, 15, 40, eveningHours, false,
        "Salle des fêtes", nullptr },
    { "Atelier couches lavables",
        "Présentation et essai de couches lavables, témoignages de "
        "parents.",
        SerdTopic::Source, "Jeunes parents",
        kinds({ Kind::SocialCentre, Kind::SocialEconomy }) | municipal, 1, 6, 15,
        { 9 * 60 + 30, 11 * 60 + 30 }, false, nullptr, nullptr },
    { "Fresque « Le voyage de nos déchets »",
        "Création collective d'une fresque en matériaux de récupération avec un artiste.",
        SerdTopic::Reuse, "Jeune public", kinds({ Kind::Artist, Kind::School, Kind::SocialCentre }),
        2, 15, 40, afternoonHours, false, nullptr, "Éducation" },
    { "Vente de matériaux de réemploi",
        "Portes ouvertes de la recyclerie : matériaux et meubles de réemploi, atelier de "
        "relooking.",
        SerdTopic::Reuse, "Tout public", kinds({ Kind::SocialEconomy, Kind::ReuseCraftsman }), 1,
        40, 150, dayHours, true, nullptr, "réemploi" },
    { "Sensibilisation des salariés : « Au bureau, moins de déchets »",
        "Stand à la cantine d'entreprise : impression, gobelets, dématérialisation des "
        "documents.",
        SerdTopic::ThemeOfTheYear, "Salariés",
        kinds({ Kind::LargeCompany, Kind::University, Kind::SocialLandlord }) | municipal, 2, 30,
        120, { 11 * 60 + 30, 14 * 60 }, false, nullptr, "Dématérialisation" },
    { "Collecte de petits appareils électriques",
        "Collecte et diagnostic de petits appareils électriques : réparés, réemployés ou "
        "recyclés.",
        SerdTopic::Reuse, "Tout public",
        kinds({ Kind::ReuseCraftsman, Kind::LargeCompany, Kind::SocialEconomy }) | municipal, 2, 30,
        100, dayHours, true, nullptr, "électroniques" },
    { "Tri et réemploi des fournitures scolaires",
        "Collecte des fournitures encore utilisables en fin de trimestre, redistribution aux "
        "élèves.",
        SerdTopic::Reuse, "Élèves et parents", schools, 1, 50, 200, morningHours, false, nullptr,
        "Éducation" },
    { "Campus zéro déchet : vaisselle réutilisable",
        "Lancement de gobelets et boîtes réutilisables à la cafétéria, stand d'information.",
        SerdTopic::ThemeOfTheYear, "Étudiants", kinds({ Kind::University }), 2, 60, 250,
        { 11 * 60 + 30, 14 * 60 }, false, "Cafétéria du campus", "Emballages" },
    { "Balade « Consommer autrement » dans le quartier",
        "Visite des lieux du quartier où réparer, louer, emprunter et acheter d'occasion.",
        SerdTopic::ThemeOfTheYear, "Habitants du quartier",
        kinds({ Kind::NeighbourhoodAssociation, Kind::CitizenCouncil, Kind::SocialCentre }), 1, 8,
        25, { 14 * 60, 16 * 60 }, true, nullptr, "Communautés" },
    { "Conférence « Réduire ses déchets, par où commencer ? »",
        "Conférence et échanges avec une association zéro déchet, remise du guide du "
        "programme.",
        SerdTopic::Source, "Tout public", municipal | associations, 1, 30, 90, eveningHours, false,
        "Salle des fêtes", nullptr },
    { "Atelier jardinage au naturel",
        "Paillage, compost et traitements naturels : jardiner sans produits dangereux.",
        SerdTopic::Source, "Jardiniers amateurs",
        kinds({ Kind::EnvironmentAssociation, Kind::NeighbourhoodAssociation }) | municipal, 1, 10,
        30, morningHours, true, "Jardins familiaux", "dangereux" },
    { "Journée portes ouvertes de la déchèterie et de la ressourcerie",
        "Visite de la déchèterie et de la zone de réemploi, explications sur le devenir des "
        "objets.",
        SerdTopic::Sorting, "Tout public", municipal | kinds({ Kind::SocialEconomy }), 1, 40, 150,
        dayHours, true, "Déchèterie", nullptr },
    { "Atelier tri et réduction des déchets en résidence",
        "Porte-à-porte et atelier : mieux trier, moins jeter, les encombrants réemployables.",
        SerdTopic::Sorting, "Locataires", kinds({ Kind::SocialLandlord, Kind::SocialCentre }), 2,
        15, 50, { 16 * 60, 18 * 60 }, false, nullptr, nullptr },
};

constexpr const char *staffContributionNotes[] = {
    "Animation de l'action par deux salariés de la structure",
    "Préparation et animation par l'équipe salariée",
    "Bénévoles mobilisés, valorisés au SMIC chargé",
    "Temps de coordination et de communication de la structure",
    "Intervention d'un animateur sur le temps scolaire",
    "Animation du stand par les agents du service",
    "Participation aux réunions de préparation",
};
constexpr const char *materialContributionNotes[] = {
    "Prêt de la salle et du matériel",
    "Impression d'affiches et de flyers",
    "Matériel de compostage et bio-seaux distribués",
    "Légumes invendus et matériel de cuisine",
    "Outillage et pièces détachées de réemploi",
    "Mise à disposition d'un barnum et de tables",
    "Fournitures pour l'atelier",
};
constexpr const char *otherContributionNotes[] = {
    "Frais de déplacement des intervenants",
    "Goûter et boissons offerts aux participants",
    "Location d'un véhicule pour la collecte",
    "Droits de projection du film",
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
    return std::span<const char *const>(tagList).subspan(1);
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

std::span<const TrainingModuleText> trainingModules()
{
    return trainingModuleList;
}

std::span<const TrainingSessionPlan> trainingSessions()
{
    return trainingSessionList;
}

std::span<const Topic> topics()
{
    return topicList;
}

std::span<const char *const> interactionNotes(Moment moment)
{
    return noteLists[int(moment)];
}

std::span<const char *const> serdActions()
{
    return serdActionList;
}

std::span<const char *const> monthNames()
{
    return monthNameList;
}

std::span<const Venue> councilVenues()
{
    return councilVenueList;
}

std::span<const Venue> meetingRooms()
{
    return meetingRoomList;
}

std::span<const char *const> councilTitles()
{
    return councilTitleList;
}

std::span<const MeetingText> councilAgendas(int season)
{
    return councilAgendaLists[season];
}

std::span<const Workshop> concertationWorkshops()
{
    return concertationList;
}

std::span<const Workshop> thematicWorkshops()
{
    return thematicWorkshopList;
}

std::span<const MeetingText> launchNetworkHeadMeetings()
{
    return launchNetworkHeadList;
}

std::span<const MeetingText> networkHeadMeetings()
{
    return networkHeadList;
}

std::span<const MeetingText> serdPreparations()
{
    return serdPreparationList;
}

std::span<const SerdFocus> serdFocuses()
{
    return serdFocusList;
}

std::span<const SerdActionIdea> serdActionIdeas()
{
    return serdActionIdeaList;
}

std::span<const char *const> contributionNotes(int kind)
{
    switch (kind) {
    case 0:
        return staffContributionNotes;
    case 1:
        return materialContributionNotes;
    default:
        return otherContributionNotes;
    }
}

} // namespace relais::demodata
