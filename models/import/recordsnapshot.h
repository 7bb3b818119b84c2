#pragma once

#include "../domain/contact.h"
#include "../domain/organisation.h"
#include "../domain/serd.h"

#include <QByteArray>
#include <optional>

namespace relais {

// A contact, an organisation or a SERD action written down whole, as the import history keeps a
// record it updated, to put it back when the import is undone (even after Relais was closed). Ids
// of the lists (commune, type, domains, organisations) are kept as ids: they are never reused.
namespace RecordSnapshot {

QByteArray of(const Contact &contact);
QByteArray of(const Organisation &organisation);
// nullopt when the text is not such a snapshot.
std::optional<Contact> contact(const QByteArray &json);
std::optional<Organisation> organisation(const QByteArray &json);
// A SERD action with its organisers, and one of its dates.
QByteArray of(const SerdAction &action);
QByteArray of(const SerdOccurrence &occurrence);
std::optional<SerdAction> serdAction(const QByteArray &json);
std::optional<SerdOccurrence> serdOccurrence(const QByteArray &json);

} // namespace RecordSnapshot

} // namespace relais
