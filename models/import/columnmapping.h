#pragma once

#include "importfields.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais {

// Which field each column of a file goes to. A column mapped to no field is ignored.
struct ColumnMapping
{
    ImportKind kind = ImportKind::Contacts;
    QStringList header; // as read from the file
    QStringList fields; // one per column: a field key, or empty when the column is ignored

    // The field of a column; empty when ignored or out of range.
    QString fieldOf(qsizetype column) const { return fields.value(column); }
    // The column mapped to a field, or -1.
    qsizetype columnOf(const QString &fieldKey) const;
    // Maps a column, taking the field away from any other column (a field has one column).
    void setField(qsizetype column, const QString &fieldKey);
    // The required fields of the kind no column is mapped to.
    QList<ImportField> missingRequiredFields() const;
    // This mapping for another file of the same kind: each of its columns gets the field
    // of the column with the same header here (accents, case and punctuation aside);
    // columns this mapping does not name are ignored.
    ColumnMapping appliedTo(const QStringList &otherHeader) const;

    // {"kind": "contacts", "columns": [{"header": "Nom", "field": "last_name"},
    //  {"header": "Notes internes", "field": "ignore"}]}: the file saved for
    // `relais import --mapping`, and what MappingMemory keeps.
    QByteArray toJson() const;
    // nullopt with the reason in *error when the text is not such a mapping, names an
    // unknown kind or field, or maps a field twice.
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, QString *error = nullptr);

    bool operator==(const ColumnMapping &) const = default;
};

// The word written in a mapping file for an ignored column.
inline constexpr char16_t ignoredColumnKey[] = u"ignore";

// A header cell as it is compared with the known names: folded (accents, case), every
// run of punctuation and blanks removed: "Tél." → "tel", "E-mail " → "email".
QString headerKey(const QString &headerCell);

// Proposes a field for each column from its header: first a known name of the field
// ("Nom", "Courriel", Relais's own export headers…), then a known name followed by more
// words ("Téléphone bureau"). The best match takes a field, the leftmost among equals;
// every field is proposed once at most; other columns are ignored.
ColumnMapping proposeColumnMapping(ImportKind kind, const QStringList &header);

// Where confirmed mappings are kept between sessions.
class MappingStore
{
public:
    virtual ~MappingStore() = default;
    // Empty when nothing is stored under the key.
    virtual QByteArray load(const QString &key) const = 0;
    virtual void save(const QString &key, const QByteArray &json) = 0;
};

// The application's settings (QSettings), under "importMappings/".
class SettingsMappingStore final : public MappingStore
{
public:
    QByteArray load(const QString &key) const override;
    void save(const QString &key, const QByteArray &json) override;
};

// Remembers the mapping the user confirmed for a file's headers, and proposes it again for
// the next file of the same kind with the same headers (accents, case and blanks aside).
class MappingMemory
{
public:
    explicit MappingMemory(MappingStore &store);

    void remember(const ColumnMapping &mapping);
    std::optional<ColumnMapping> recall(ImportKind kind, const QStringList &header) const;
    // The remembered mapping when there is one, otherwise a proposal from the names.
    ColumnMapping propose(ImportKind kind, const QStringList &header) const;

    // The headers folded one by one, as a single string: two files with the same
    // signature get the same mapping.
    static QString headerSignature(const QStringList &header);
    // The kind and a digest of the signature, short enough for any settings file.
    static QString storageKey(ImportKind kind, const QStringList &header);

private:
    MappingStore &m_store;
};

} // namespace relais
