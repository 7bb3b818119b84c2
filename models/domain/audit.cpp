#include "audit.h"

#include "consent.h"
#include "contact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace relais {

namespace {

struct Audit
{
    Q_DECLARE_TR_FUNCTIONS(relais::Audit)
};

// The value as the form shows it: names for the coded columns, yes or no for the flags.
QString shown(const QString &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (field == QLatin1String("civility")) {
        switch (static_cast<Civility>(value.toInt())) {
        case Civility::None:
            return {};
        case Civility::Madam:
            return Audit::tr("Madam");
        case Civility::Mister:
            return Audit::tr("Mister");
        }
    }
    if (field == QLatin1String("consent") || field == QLatin1String("post_consent"))
        return consentStatusLabel(static_cast<Consent>(value.toInt()));
    if (field == QLatin1String("consent_source") || field == QLatin1String("post_consent_source"))
        return value.toString().isEmpty()
            ? QString()
            : consentSourceLabel(consentSourceFromKey(value.toString()));
    // A list of fields: what an anonymisation erased.
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList labels;
        for (const QVariant &item : value.toList())
            labels << auditFieldLabel(item.toString());
        return labels.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("network_head") || field == QLatin1String("relay_actor")
        || field == QLatin1String("municipal_service"))
        return value.toInt() ? Audit::tr("Yes") : Audit::tr("No");
    return value.toString();
}

} // namespace

QList<AuditChange> auditChangesFromJson(const QString &json)
{
    QList<AuditChange> changes;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        AuditChange change;
        change.field = it.key();
        const auto variant = [](const QJsonValue &value) {
            return value.isNull() ? QVariant() : value.toVariant();
        };
        if (it.value().isArray() && it.value().toArray().size() == 2) {
            change.before = variant(it.value().toArray().at(0));
            change.after = variant(it.value().toArray().at(1));
        } else {
            change.after = variant(it.value());
        }
        changes << change;
    }
    return changes;
}

QString auditFieldLabel(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        { "civility", QT_TRANSLATE_NOOP("relais::Audit", "Civility") },
        { "first_name", QT_TRANSLATE_NOOP("relais::Audit", "First name") },
        { "last_name", QT_TRANSLATE_NOOP("relais::Audit", "Last name") },
        { "name", QT_TRANSLATE_NOOP("relais::Audit", "Name") },
        { "acronym", QT_TRANSLATE_NOOP("relais::Audit", "Acronym") },
        { "commune", QT_TRANSLATE_NOOP("relais::Audit", "Commune") },
        { "type", QT_TRANSLATE_NOOP("relais::Audit", "Type") },
        { "address", QT_TRANSLATE_NOOP("relais::Audit", "Address") },
        { "website", QT_TRANSLATE_NOOP("relais::Audit", "Website") },
        { "network_head", QT_TRANSLATE_NOOP("relais::Audit", "Network head") },
        { "relay_actor", QT_TRANSLATE_NOOP("relais::Audit", "Relay actor") },
        { "relay_actor_since", QT_TRANSLATE_NOOP("relais::Audit", "Relay actor since") },
        { "municipal_service", QT_TRANSLATE_NOOP("relais::Audit", "Municipal service") },
        { "notes", QT_TRANSLATE_NOOP("relais::Audit", "Notes") },
        { "consent", QT_TRANSLATE_NOOP("relais::Audit", "Consent to e-mails") },
        { "consent_date", QT_TRANSLATE_NOOP("relais::Audit", "Date of the consent to e-mails") },
        { "consent_source",
            QT_TRANSLATE_NOOP("relais::Audit", "Source of the consent to e-mails") },
        { "consent_method", QT_TRANSLATE_NOOP("relais::Audit", "Note on the consent to e-mails") },
        { "post_consent", QT_TRANSLATE_NOOP("relais::Audit", "Consent to post") },
        { "post_consent_date", QT_TRANSLATE_NOOP("relais::Audit", "Date of the consent to post") },
        { "post_consent_source",
            QT_TRANSLATE_NOOP("relais::Audit", "Source of the consent to post") },
        { "post_consent_note", QT_TRANSLATE_NOOP("relais::Audit", "Note on the consent to post") },
        { "erased", QT_TRANSLATE_NOOP("relais::Audit", "Erased") },
        { "role", QT_TRANSLATE_NOOP("relais::Audit", "Role") },
        { "personal_data", QT_TRANSLATE_NOOP("relais::Audit", "Personal data exported to") },
        { "merged", QT_TRANSLATE_NOOP("relais::Audit", "Merged record") },
        { "file", QT_TRANSLATE_NOOP("relais::Audit", "File") },
        { "kind", QT_TRANSLATE_NOOP("relais::Audit", "Kind") },
        { "created", QT_TRANSLATE_NOOP("relais::Audit", "Created") },
        { "updated", QT_TRANSLATE_NOOP("relais::Audit", "Updated") },
        { "contacts", QT_TRANSLATE_NOOP("relais::Audit", "Contacts") },
        { "export", QT_TRANSLATE_NOOP("relais::Audit", "Export") },
        { "email", QT_TRANSLATE_NOOP("relais::Audit", "E-mail") },
        { "phone", QT_TRANSLATE_NOOP("relais::Audit", "Phone") },
        { "membership", QT_TRANSLATE_NOOP("relais::Audit", "Organisation") },
    };
    for (const auto &label : labels) {
        if (field == QLatin1String(label.field))
            return QCoreApplication::translate("relais::Audit", label.label);
    }
    return field;
}

QString auditActionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return Audit::tr("Created");
    if (action == QLatin1String("update"))
        return Audit::tr("Changed");
    if (action == QLatin1String("delete"))
        return Audit::tr("Deleted");
    if (action == QLatin1String("merge"))
        return Audit::tr("Merged");
    if (action == QLatin1String("import"))
        return Audit::tr("Imported");
    if (action == QLatin1String("export"))
        return Audit::tr("Exported");
    if (action == QLatin1String("anonymise"))
        return Audit::tr("Anonymised");
    return action;
}

QString auditMissingRecordLabel(const QString &recordTable, qint64 recordId)
{
    if (recordId == 0)
        return {}; // an act on a list (an export): its changes say what
    if (recordTable == QLatin1String("import_batch"))
        return Audit::tr("import #%1").arg(recordId);
    if (recordTable == QLatin1String("contact"))
        return Audit::tr("deleted contact #%1").arg(recordId);
    if (recordTable == QLatin1String("organisation"))
        return Audit::tr("deleted organisation #%1").arg(recordId);
    // Not a contact nor an organisation (an act recorded against something else): its table,
    // which may well still exist.
    return QStringLiteral("%1 #%2").arg(recordTable).arg(recordId);
}

QString describeAuditChange(const AuditChange &change)
{
    const QString label = auditFieldLabel(change.field);
    const QString before = shown(change.field, change.before);
    const QString after = shown(change.field, change.after);
    if (before.isEmpty())
        return Audit::tr("%1: %2").arg(label, after.isEmpty() ? QStringLiteral("—") : after);
    return Audit::tr("%1: %2 → %3")
        .arg(label, before, after.isEmpty() ? QStringLiteral("—") : after);
}

} // namespace relais
