#pragma once

#include <QCompleter>

namespace relais {

// Completes the last of several comma-separated entries in a line edit ("compostage,
// réem" -> "compostage, réemploi, "), for tags.
class TokenCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit TokenCompleter(QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    // "a, b ,, c" -> {"a", "b", "c"}.
    static QStringList tokens(const QString &text);
};

} // namespace relais
