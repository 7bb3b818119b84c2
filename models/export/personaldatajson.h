#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace relais {

struct PersonalData;

// Everything Relais holds about a person as JSON (the right to portability): stable English
// keys whatever the user's language — "identity" an object, every other section an array of
// objects keyed by its columns — with the file format's name and version first.
QJsonObject personalDataJson(const PersonalData &data);
// Indented UTF-8, ending with a line break.
QByteArray personalDataJsonText(const PersonalData &data);

} // namespace relais
