#include "importfields.h"

#include <initializer_list>

namespace relais {

namespace {

// Builds one entry of the catalogue.
class FieldBuilder
{
public:
    FieldBuilder(const char16_t *key, const QString &label, FieldType type)
    {
        m_field.key = QString::fromUtf16(key);
        m_field.label = label;
        m_field.type = type;
    }

    FieldBuilder &required()
    {
        m_field.required = true;
        return *this;
    }
    FieldBuilder &multiple()
    {
        m_field.multiple = true;
        return *this;
    }
    FieldBuilder &in(ReferenceList list)
    {
        m_field.type = FieldType::ReferenceValue;
        m_field.list = list;
        return *this;
    }
    // English first, then French; Relais's own export headers among them.
    FieldBuilder &named(std::initializer_list<const char16_t *> names)
    {
        for (const char16_t *name : names)
            m_field.headerNames << QString::fromUtf16(name);
        return *this;
    }
    operator ImportField() const { return m_field; }

private:
    ImportField m_field;
};

using T = FieldType;
using F = FieldBuilder;

// ---- Fields shared by several kinds ------------------------------------------------

F lastName()
{
    return F(u"last_name", ImportFields::tr("Last name"), T::Text)
        .required()
        .named({ u"Last name", u"Surname", u"Family name", u"Name", u"Lastname", u"Nom",
            u"Nom de famille", u"Nom usuel" });
}

F firstName()
{
    return F(u"first_name", ImportFields::tr("First name"), T::Text)
        .named({ u"First name", u"Given name", u"Forename", u"Firstname", u"Prénom" });
}

F personOrganisation()
{
    return F(u"organisation", ImportFields::tr("Organisation"), T::Text)
        .named({ u"Organisation", u"Organization", u"Company", u"Employer", u"Structure",
            u"Organisme", u"Société", u"Entreprise", u"Employeur", u"Association", u"Établissement",
            u"Collectivité", u"Nom de la structure", u"Nom de l'organisme" });
}

F email(const char16_t *key = u"email")
{
    return F(key, ImportFields::tr("E-mail"), T::Email)
        .named({ u"E-mail", u"Email", u"Mail", u"E-mail address", u"Email address", u"Courriel",
            u"Mél", u"Mel", u"Adresse e-mail", u"Adresse mail", u"Adresse électronique",
            u"Adresse courriel" });
}

F phone()
{
    return F(u"phone", ImportFields::tr("Phone"), T::Phone)
        .named({ u"Phone", u"Telephone", u"Phone number", u"Tel", u"Téléphone", u"Tél.", u"Tél",
            u"Fixe", u"Téléphone fixe", u"Numéro de téléphone", u"N° de téléphone", u"Standard" });
}

F address()
{
    return F(u"address", ImportFields::tr("Address"), T::Text)
        .named({ u"Address", u"Street", u"Adresse", u"Adresse postale", u"Rue" });
}

F postcode()
{
    return F(u"postcode", ImportFields::tr("Postcode"), T::Postcode)
        .named({ u"Postcode", u"Post code", u"Postal code", u"Zip", u"Zip code", u"Code postal",
            u"CP", u"C.P." });
}

F commune()
{
    return F(u"commune", ImportFields::tr("Commune"), T::ReferenceValue)
        .in(ReferenceList::Commune)
        .named({ u"Commune", u"Municipality", u"City", u"Town", u"Ville", u"Localité" });
}

F actorType()
{
    return F(u"type", ImportFields::tr("Type"), T::ReferenceValue)
        .in(ReferenceList::ActorType)
        .named({ u"Type", u"Actor type", u"Type d'acteur", u"Type de structure", u"Typologie" });
}

F domains()
{
    return F(u"domains", ImportFields::tr("Domains"), T::ReferenceValue)
        .in(ReferenceList::Domain)
        .multiple()
        .named({ u"Domains", u"Domain", u"Sector", u"Domaines", u"Domaine", u"Secteur",
            u"Secteur d'activité" });
}

F tags()
{
    return F(u"tags", ImportFields::tr("Tags"), T::ReferenceValue)
        .in(ReferenceList::Tag)
        .multiple()
        .named({ u"Tags", u"Tag", u"Keywords", u"Labels", u"Étiquettes", u"Étiquette", u"Mots-clés",
            u"Mots clés" });
}

F notes(const char16_t *key = u"notes")
{
    return F(key, ImportFields::tr("Notes"), T::Text)
        .named({ u"Notes", u"Note", u"Comments", u"Comment", u"Remarques", u"Remarque",
            u"Commentaire", u"Commentaires", u"Observations" });
}

F networkHead()
{
    return F(u"network_head", ImportFields::tr("Network head"), T::Boolean)
        .named({ u"Network head", u"Tête de réseau" });
}

F flags()
{
    return F(u"flags", ImportFields::tr("Flags"), T::ActorFlags)
        .named({ u"Flags", u"Indicateurs" });
}

F attendanceStatus()
{
    return F(u"status", ImportFields::tr("Status"), T::AttendanceStatus)
        .named({ u"Status", u"Attendance", u"Statut", u"Présence", u"Présent", u"Participation",
            u"Émargement", u"État" });
}

// ---- One list per kind ---------------------------------------------------------------

QList<ImportField> organisationFields()
{
    return {
        F(u"name", ImportFields::tr("Name"), T::Text)
            .required()
            .named({ u"Name", u"Organisation", u"Organization", u"Company", u"Nom", u"Structure",
                u"Organisme", u"Raison sociale", u"Dénomination", u"Nom de la structure",
                u"Nom de l'organisme", u"Établissement" }),
        F(u"acronym", ImportFields::tr("Acronym"), T::Text)
            .named({ u"Acronym", u"Abbreviation", u"Sigle", u"Acronyme", u"Abréviation" }),
        actorType(),
        domains(),
        tags(),
        address(),
        postcode(),
        commune(),
        phone(),
        email(),
        F(u"website", ImportFields::tr("Website"), T::Website)
            .named({ u"Website", u"Web site", u"Web", u"URL", u"Site web", u"Site internet",
                u"Site" }),
        networkHead(),
        F(u"municipal_service", ImportFields::tr("Municipal service"), T::Boolean)
            .named({ u"Municipal service", u"Service municipal" }),
        flags(),
        notes(),
    };
}

QList<ImportField> contactFields()
{
    return {
        F(u"civility", ImportFields::tr("Civility"), T::Civility)
            .named({ u"Civility", u"Title", u"Salutation", u"Civilité" }),
        lastName(),
        firstName(),
        personOrganisation(),
        F(u"role", ImportFields::tr("Role"), T::Text)
            .named(
                { u"Role", u"Job title", u"Job", u"Position", u"Fonction", u"Poste", u"Qualité" }),
        email(),
        F(u"email_2", ImportFields::tr("Second e-mail"), T::Email)
            .named({ u"E-mail 2", u"Email 2", u"Other e-mail", u"Courriel 2", u"Autre courriel",
                u"Autre e-mail" }),
        phone(),
        F(u"mobile", ImportFields::tr("Mobile phone"), T::Phone)
            .named({ u"Mobile", u"Mobile phone", u"Cell phone", u"Cell", u"Portable",
                u"Téléphone portable", u"Tél. portable", u"Tél portable", u"GSM" }),
        address(),
        postcode(),
        commune(),
        actorType(),
        domains(),
        tags(),
        networkHead(),
        F(u"relay_actor", ImportFields::tr("Relay actor"), T::Boolean)
            .named({ u"Relay actor", u"Acteur relais" }),
        F(u"relay_actor_since", ImportFields::tr("Relay actor since"), T::Date)
            .named({ u"Relay actor since", u"Acteur relais depuis" }),
        flags(),
        F(u"consent", ImportFields::tr("Consent"), T::Boolean)
            .named({ u"Consent", u"Opt-in", u"Consentement", u"Accord RGPD", u"RGPD" }),
        F(u"consent_date", ImportFields::tr("Date of consent"), T::Date)
            .named({ u"Date of consent", u"Consent date", u"Date du consentement",
                u"Date de consentement" }),
        F(u"post_consent", ImportFields::tr("Consent by post"), T::Boolean)
            .named({ u"Consent by post", u"Post consent", u"Postal consent",
                u"Consentement courrier", u"Consentement postal", u"Accord courrier" }),
        F(u"post_consent_date", ImportFields::tr("Date of consent by post"), T::Date)
            .named({ u"Date of consent by post", u"Post consent date", u"Postal consent date",
                u"Date du consentement courrier", u"Date du consentement postal",
                u"Date de consentement courrier" }),
        notes(),
    };
}

QList<ImportField> meetingAttendanceFields()
{
    return {
        F(u"meeting_date", ImportFields::tr("Meeting date"), T::Date)
            .required()
            .named({ u"Date", u"Meeting date", u"Date de la réunion" }),
        F(u"meeting", ImportFields::tr("Meeting"), T::Text)
            .named({ u"Meeting", u"Title", u"Event", u"Réunion", u"Titre", u"Intitulé",
                u"Événement", u"Nom de la réunion" }),
        lastName(),
        firstName(),
        personOrganisation(),
        email(),
        attendanceStatus(),
        F(u"walk_in", ImportFields::tr("Walk-in"), T::Boolean)
            .named({ u"Walk-in", u"Walk in", u"Sans invitation", u"Non invité" }),
    };
}

QList<ImportField> trainingAttendanceFields()
{
    return {
        F(u"cohort", ImportFields::tr("Cohort"), T::Text)
            .named({ u"Cohort", u"Group", u"Cohorte", u"Promotion", u"Groupe" }),
        F(u"module", ImportFields::tr("Module"), T::Text)
            .named({ u"Module", u"Training", u"Theme", u"Formation", u"Thème" }),
        F(u"session_date", ImportFields::tr("Session date"), T::Date)
            .required()
            .named({ u"Date", u"Session date", u"Session", u"Date de la séance", u"Séance" }),
        F(u"half_day", ImportFields::tr("Half-day"), T::HalfDay)
            .named({ u"Half-day", u"Half day", u"Demi-journée", u"Créneau" }),
        lastName(),
        firstName(),
        personOrganisation(),
        email(),
        attendanceStatus(),
    };
}

QList<ImportField> serdActionFields()
{
    return {
        F(u"date", ImportFields::tr("Date"), T::Date)
            .named({ u"Date", u"Day", u"Jour", u"Date de l'action" }),
        F(u"start", ImportFields::tr("Start"), T::Time)
            .named({ u"Start", u"Start time", u"Starts", u"Début", u"Heure de début" }),
        F(u"end", ImportFields::tr("End"), T::Time)
            .named({ u"End", u"End time", u"Ends", u"Fin", u"Heure de fin" }),
        F(u"title", ImportFields::tr("Action"), T::Text)
            .required()
            .named({ u"Action", u"Title", u"Action title", u"Titre", u"Intitulé",
                u"Titre de l'action", u"Nom de l'action" }),
        F(u"description", ImportFields::tr("Description"), T::Text)
            .named({ u"Description", u"Descriptif", u"Présentation" }),
        F(u"status", ImportFields::tr("Status"), T::SerdStatus)
            .named({ u"Status", u"Statut", u"État" }),
        F(u"category", ImportFields::tr("Category"), T::ReferenceValue)
            .in(ReferenceList::SerdCategory)
            .named({ u"Category", u"Catégorie", u"Catégorie de porteur", u"Type de porteur" }),
        F(u"topic", ImportFields::tr("Topic"), T::ReferenceValue)
            .in(ReferenceList::SerdTopic)
            .named({ u"Topic", u"Theme", u"Thème", u"Thématique" }),
        F(u"audience", ImportFields::tr("Audience"), T::Text)
            .named({ u"Audience", u"Target audience", u"Public", u"Public visé", u"Public cible" }),
        F(u"lead_organiser", ImportFields::tr("Lead organiser"), T::Text)
            .named({ u"Lead organiser", u"Lead organizer", u"Organiser", u"Organizer", u"Porteur",
                u"Porteur de projet", u"Structure porteuse", u"Organisateur", u"Structure",
                u"Organisme" }),
        F(u"co_organisers", ImportFields::tr("Co-organisers"), T::Text)
            .multiple()
            .named({ u"Co-organisers", u"Co-organizers", u"Partners", u"Co-organisateurs",
                u"Partenaires", u"Autres organisateurs" }),
        F(u"contact", ImportFields::tr("Contact"), T::Text)
            .named({ u"Contact", u"Contact person", u"Personne contact", u"Référent",
                u"Interlocuteur" }),
        F(u"place", ImportFields::tr("Place"), T::Text)
            .named({ u"Place", u"Venue", u"Location", u"Address", u"Lieu", u"Adresse" }),
        commune(),
        F(u"expected_participants", ImportFields::tr("Expected participants"), T::Integer)
            .named({ u"Expected participants", u"Expected", u"Participants attendus", u"Attendus",
                u"Public attendu", u"Nombre de participants attendus" }),
        F(u"participants", ImportFields::tr("Participants"), T::Integer)
            .named({ u"Participants", u"Actual participants", u"Participants réels",
                u"Nombre de participants", u"Nb participants", u"Fréquentation" }),
        F(u"cancelled", ImportFields::tr("Cancelled"), T::Boolean)
            .named({ u"Cancelled", u"Canceled", u"Annulée", u"Annulé" }),
        F(u"registered", ImportFields::tr("On the EWWR platform"), T::Boolean)
            .named({ u"On the EWWR platform", u"Registered", u"EWWR", u"Sur la plateforme SERD",
                u"Sur la plateforme EWWR", u"Inscrite sur la plateforme", u"Labellisée" }),
        F(u"edition", ImportFields::tr("Edition"), T::Integer)
            .named({ u"Edition", u"Year", u"Édition", u"Année" }),
    };
}

QList<ImportField> contributionFields()
{
    return {
        F(u"year", ImportFields::tr("Year"), T::Integer)
            .required()
            .named({ u"Year", u"Année", u"Exercice" }),
        F(u"organisation", ImportFields::tr("Organisation"), T::Text)
            .required()
            .named({ u"Organisation", u"Organization", u"Partner", u"Contributor", u"Structure",
                u"Organisme", u"Partenaire" }),
        F(u"kind", ImportFields::tr("Kind"), T::ContributionKind)
            .named({ u"Kind", u"Type", u"Nature", u"Type de dépense" }),
        F(u"relates_to", ImportFields::tr("Action or meeting"), T::Text)
            .named({ u"Action or meeting", u"Related to", u"Action ou réunion", u"Action",
                u"Réunion" }),
        F(u"quantity", ImportFields::tr("Time"), T::Duration)
            .named({ u"Time", u"Quantity", u"Duration", u"Temps", u"Quantité", u"Durée" }),
        F(u"unit", ImportFields::tr("Unit"), T::TimeUnit).named({ u"Unit", u"Unité" }),
        F(u"rate", ImportFields::tr("Rate"), T::Money)
            .named({ u"Rate", u"Hourly rate", u"Daily rate", u"Taux", u"Taux horaire",
                u"Taux journalier", u"Coût horaire" }),
        F(u"amount", ImportFields::tr("Amount"), T::Money)
            .named({ u"Amount", u"Value", u"Total", u"Montant", u"Valeur", u"Montant valorisé",
                u"Valorisation" }),
        notes(u"note"),
    };
}

QList<ImportField> staffTimeFields()
{
    return {
        F(u"date", ImportFields::tr("Date or period"), T::Period)
            .required()
            .named({ u"Date", u"Dates", u"Period", u"Start date", u"Période", u"Date de début",
                u"Du" }),
        F(u"ends_on", ImportFields::tr("Last day"), T::Date)
            .named({ u"End date", u"Last day", u"Date de fin", u"Au", u"Jusqu'au" }),
        F(u"person", ImportFields::tr("Person"), T::ReferenceValue)
            .required()
            .in(ReferenceList::StaffMember)
            .named({ u"Person", u"Staff", u"Name", u"Personne", u"Agent", u"Nom", u"Salarié",
                u"Intervenant" }),
        F(u"role", ImportFields::tr("Role"), T::ReferenceValue)
            .in(ReferenceList::StaffRole)
            .named({ u"Role", u"Fonction", u"Poste" }),
        F(u"activity", ImportFields::tr("Activity"), T::Text)
            .required()
            .named({ u"Activity", u"Category", u"Activité", u"Catégorie", u"Mission", u"Objet" }),
        F(u"days", ImportFields::tr("Days"), T::Number)
            .required()
            .named({ u"Days", u"Number of days", u"Jours", u"Nombre de jours", u"Nb jours",
                u"Nb de jours", u"Temps" }),
        notes(u"note"),
    };
}

} // namespace

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Organisations:
        return QStringLiteral("organisations");
    case ImportKind::Contacts:
        return QStringLiteral("contacts");
    case ImportKind::MeetingAttendance:
        return QStringLiteral("meeting-attendance");
    case ImportKind::TrainingAttendance:
        return QStringLiteral("training-attendance");
    case ImportKind::SerdActions:
        return QStringLiteral("serd-actions");
    case ImportKind::Contributions:
        return QStringLiteral("contributions");
    case ImportKind::StaffTime:
        return QStringLiteral("staff-time");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const ImportKind kind : allImportKinds) {
        if (importKindKey(kind) == wanted)
            return kind;
    }
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Organisations:
        return ImportFields::tr("Organisations");
    case ImportKind::Contacts:
        return ImportFields::tr("Contacts");
    case ImportKind::MeetingAttendance:
        return ImportFields::tr("Meeting attendance");
    case ImportKind::TrainingAttendance:
        return ImportFields::tr("Training attendance");
    case ImportKind::SerdActions:
        return ImportFields::tr("SERD actions");
    case ImportKind::Contributions:
        return ImportFields::tr("Valued contributions");
    case ImportKind::StaffTime:
        return ImportFields::tr("Staff time");
    }
    return {};
}

QList<ImportField> ImportFields::of(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Organisations:
        return organisationFields();
    case ImportKind::Contacts:
        return contactFields();
    case ImportKind::MeetingAttendance:
        return meetingAttendanceFields();
    case ImportKind::TrainingAttendance:
        return trainingAttendanceFields();
    case ImportKind::SerdActions:
        return serdActionFields();
    case ImportKind::Contributions:
        return contributionFields();
    case ImportKind::StaffTime:
        return staffTimeFields();
    }
    return {};
}

std::optional<ImportField> ImportFields::find(ImportKind kind, const QString &key)
{
    for (const ImportField &field : of(kind)) {
        if (field.key == key)
            return field;
    }
    return std::nullopt;
}

} // namespace relais
