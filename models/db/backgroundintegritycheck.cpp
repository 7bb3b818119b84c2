#include "backgroundintegritycheck.h"

#include <QThread>

namespace relais {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, path = m_path] {
        const IntegrityResult result = IntegrityCheck::quickCheck(path);
        // Delivered in this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace relais
