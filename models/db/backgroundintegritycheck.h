#pragma once

#include "integritycheck.h"

#include <QObject>
#include <QString>

class QThread;

namespace relais {

// IntegrityCheck::quickCheck of a file in a thread of its own, through a read-only
// connection of its own: at 100,000 contacts the check reads a file of several hundred
// megabytes for seconds, which the window must not wait for (see Database::Checks).
// finished() comes in the object's thread. Destroying the object waits for the check.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(QString path, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    QString path() const { return m_path; }
    void start();

signals:
    void finished(const relais::IntegrityResult &result);

private:
    QString m_path;
    QThread *m_thread = nullptr;
};

} // namespace relais
