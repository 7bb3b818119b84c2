#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace relais::bench {

// The three files the benchmark measures, made by the demo generator.
struct BenchSize
{
    QString name; // small, medium, large
    int contacts = 0;
    int years = 0;
};

// small (250 contacts, 3 years), medium (10,000, 5) or large (100,000, 10); nullopt for
// another name.
std::optional<BenchSize> benchSize(const QString &name);

// The present of every generated file, fixed so that a file is the same from run to run
// and the year measured (the one before) is complete.
QDate benchToday();

// The demo file of this size in `folder`, generated once and kept (generating the large
// one takes minutes); `error` says why it could not be.
QString demoFile(const BenchSize &size, const QString &folder, QString *error);

// A CSV of `rows` contacts (first name, last name, e-mail, phone, commune; ';' between
// cells, UTF-8) taken from the demo file, written once into `folder`.
QString contactsCsv(const QString &demoPath, int rows, const QString &folder, QString *error);

// The contact with the most invitations, enrolments and SERD roles: the heaviest card.
qint64 busiestContact(const QString &demoPath);

// The last complete year of the file.
int measuredYear();

// A first name and a last name of the file, lower-cased without accents, for typing.
QString commonLastName(const QString &demoPath);

} // namespace relais::bench
