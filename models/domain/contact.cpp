#include "contact.h"

#include "textfold.h"

namespace relais {

QString Contact::displayName() const
{
    return QStringList { firstName.trimmed(), lastName.trimmed() }.join(QLatin1Char(' ')).trimmed();
}

QString contactSortKey(const QString &firstName, const QString &lastName)
{
    return foldedKey(lastName + QLatin1Char(' ') + firstName);
}

QString contactNameKey(const QString &firstName, const QString &lastName)
{
    return foldedKey(firstName + QLatin1Char(' ') + lastName);
}

} // namespace relais
