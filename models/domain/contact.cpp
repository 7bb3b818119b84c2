#include "contact.h"

namespace relais {

QString Contact::displayName() const
{
    return QStringList { firstName.trimmed(), lastName.trimmed() }.join(QLatin1Char(' ')).trimmed();
}

} // namespace relais
