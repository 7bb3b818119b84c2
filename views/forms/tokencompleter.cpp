#include "tokencompleter.h"

#include <QLineEdit>

namespace relais {

TokenCompleter::TokenCompleter(QObject *parent)
    : QCompleter(parent)
{
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList TokenCompleter::splitPath(const QString &path) const
{
    return { path.section(QLatin1Char(','), -1).trimmed() };
}

QString TokenCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
    return before + chosen + QStringLiteral(", ");
}

QStringList TokenCompleter::tokens(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString token = part.simplified();
        if (!token.isEmpty())
            result << token;
    }
    return result;
}

} // namespace relais
