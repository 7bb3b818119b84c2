#include "columnmapping.h"

#include "../domain/textfold.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace relais {

namespace {

class Mapping
{
    Q_DECLARE_TR_FUNCTIONS(relais::ColumnMapping)
};

QStringList headerWords(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral(R"(\W+)"), QRegularExpression::UseUnicodePropertiesOption);
    return foldedKey(text).split(separators, Qt::SkipEmptyParts);
}

// How well a header names a field: a known name exactly, or a known name followed by more
// words, the longer the name the better.
constexpr int exactMatch = 1000;

int matchScore(const QString &headerCell, const ImportField &field)
{
    const QString key = headerKey(headerCell);
    if (key.isEmpty())
        return 0;
    const QStringList words = headerWords(headerCell);
    int best = 0;
    for (const QString &name : field.headerNames) {
        const QString nameKey = headerKey(name);
        if (nameKey == key)
            return exactMatch;
        // "Téléphone bureau" starts with the words of "Téléphone"; "Nomination" does not
        // start with "Nom".
        const QStringList nameWords = headerWords(name);
        if (nameWords.isEmpty() || nameWords.size() >= words.size())
            continue;
        if (std::equal(nameWords.cbegin(), nameWords.cend(), words.cbegin()))
            best = std::max(best, int(nameKey.size()));
    }
    return best;
}

} // namespace

ColumnMapping ColumnMapping::appliedTo(const QStringList &otherHeader) const
{
    ColumnMapping applied;
    applied.kind = kind;
    applied.header = otherHeader;
    for (const QString &cell : otherHeader) {
        const QString key = headerKey(cell);
        QString field;
        for (qsizetype column = 0; column < header.size(); ++column) {
            if (headerKey(header[column]) == key) {
                field = fieldOf(column);
                break;
            }
        }
        applied.fields << (applied.columnOf(field) < 0 ? field : QString());
    }
    return applied;
}

QString headerKey(const QString &headerCell)
{
    return foldedLettersKey(headerCell);
}

qsizetype ColumnMapping::columnOf(const QString &fieldKey) const
{
    return fieldKey.isEmpty() ? -1 : fields.indexOf(fieldKey);
}

void ColumnMapping::setField(qsizetype column, const QString &fieldKey)
{
    if (column < 0)
        return;
    while (fields.size() < std::max(column + 1, header.size()))
        fields << QString();
    if (!fieldKey.isEmpty()) {
        for (QString &other : fields) {
            if (other == fieldKey)
                other.clear();
        }
    }
    fields[column] = fieldKey;
}

QList<ImportField> ColumnMapping::missingRequiredFields() const
{
    QList<ImportField> missing;
    for (const ImportField &field : ImportFields::of(kind)) {
        if (field.required && columnOf(field.key) < 0)
            missing << field;
    }
    return missing;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString field = fieldOf(i);
        columns.append(QJsonObject {
            { QStringLiteral("header"), header[i] },
            { QStringLiteral("field"),
                field.isEmpty() ? QString::fromUtf16(ignoredColumnKey) : field },
        });
    }
    const QJsonObject object {
        { QStringLiteral("kind"), importKindKey(kind) },
        { QStringLiteral("columns"), columns },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Mapping::tr("This is not a column mapping: %1.")
                        .arg(parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : Mapping::tr("a JSON object is expected")));
    const QJsonObject object = document.object();
    const QString kindKey = object.value(QStringLiteral("kind")).toString();
    const auto kind = importKindFromKey(kindKey);
    if (!kind)
        return fail(Mapping::tr("Unknown kind of import “%1”.").arg(kindKey));
    ColumnMapping mapping;
    mapping.kind = *kind;
    const QJsonArray columns = object.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        QString field = column.value(QStringLiteral("field")).toString().trimmed();
        if (field == QStringView(ignoredColumnKey))
            field.clear();
        if (!field.isEmpty() && !ImportFields::find(*kind, field))
            return fail(
                Mapping::tr("Unknown field “%1” for %2.").arg(field, importKindName(*kind)));
        if (!field.isEmpty() && mapping.fields.contains(field))
            return fail(Mapping::tr("The field “%1” is mapped to two columns.").arg(field));
        mapping.header << column.value(QStringLiteral("header")).toString();
        mapping.fields << field;
    }
    return mapping;
}

ColumnMapping proposeColumnMapping(ImportKind kind, const QStringList &header)
{
    ColumnMapping mapping;
    mapping.kind = kind;
    mapping.header = header;
    mapping.fields = QStringList(header.size(), QString());

    struct Candidate
    {
        int score;
        qsizetype column;
        qsizetype field;
    };
    const QList<ImportField> fields = ImportFields::of(kind);
    QList<Candidate> candidates;
    for (qsizetype column = 0; column < header.size(); ++column) {
        for (qsizetype field = 0; field < fields.size(); ++field) {
            if (const int score = matchScore(header[column], fields[field]))
                candidates << Candidate { score, column, field };
        }
    }
    // Best matches first; among equals the leftmost column, then the field offered first.
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.column != b.column)
            return a.column < b.column;
        return a.field < b.field;
    });
    for (const Candidate &candidate : candidates) {
        const QString &key = fields[candidate.field].key;
        if (mapping.fields[candidate.column].isEmpty() && !mapping.fields.contains(key))
            mapping.fields[candidate.column] = key;
    }
    return mapping;
}

QByteArray SettingsMappingStore::load(const QString &key) const
{
    return QSettings().value(QStringLiteral("importMappings/") + key).toByteArray();
}

void SettingsMappingStore::save(const QString &key, const QByteArray &json)
{
    QSettings().setValue(QStringLiteral("importMappings/") + key, json);
}

MappingMemory::MappingMemory(MappingStore &store)
    : m_store(store)
{ }

QString MappingMemory::headerSignature(const QStringList &header)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &cell : header)
        keys << foldedKey(cell);
    return keys.join(QChar(0x1F));
}

QString MappingMemory::storageKey(ImportKind kind, const QStringList &header)
{
    const QByteArray digest
        = QCryptographicHash::hash(headerSignature(header).toUtf8(), QCryptographicHash::Sha1);
    return importKindKey(kind) + QLatin1Char('/') + QString::fromLatin1(digest.toHex());
}

void MappingMemory::remember(const ColumnMapping &mapping)
{
    m_store.save(storageKey(mapping.kind, mapping.header), mapping.toJson());
}

std::optional<ColumnMapping> MappingMemory::recall(ImportKind kind, const QStringList &header) const
{
    const QByteArray json = m_store.load(storageKey(kind, header));
    if (json.isEmpty())
        return std::nullopt;
    auto mapping = ColumnMapping::fromJson(json);
    // A digest collision or a hand-edited setting: better no proposal than a wrong one.
    if (!mapping || mapping->kind != kind
        || headerSignature(mapping->header) != headerSignature(header))
        return std::nullopt;
    mapping->header = header;
    return mapping;
}

ColumnMapping MappingMemory::propose(ImportKind kind, const QStringList &header) const
{
    if (auto remembered = recall(kind, header))
        return *remembered;
    return proposeColumnMapping(kind, header);
}

} // namespace relais
