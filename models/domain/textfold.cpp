#include "textfold.h"

namespace relais {

QString foldedKey(const QString &text)
{
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'œ' || u == u'Œ')
            key += QLatin1String("oe");
        else if (u == u'æ' || u == u'Æ')
            key += QLatin1String("ae");
        else if (u == u'ß')
            key += QLatin1String("ss");
        else if (u == u'’' || u == u'‘')
            key += QLatin1Char('\'');
        else
            key += c.toLower();
    }
    return key;
}

QString simplifiedName(const QString &text)
{
    return text.simplified();
}

QString foldedLettersKey(const QString &text)
{
    const QString folded = foldedKey(text);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

} // namespace relais
