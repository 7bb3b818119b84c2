#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace relais {

namespace {

// Marks a message of this channel, and its version.
constexpr quint32 openMessage = 0x52454c01; // "REL" 1
constexpr char received = '\x06';
constexpr auto streamVersion = QDataStream::Qt_6_0;
// A path is never that long: more bytes without a whole message are not a message.
constexpr qint64 maxMessageSize = 64 * 1024;

} // namespace

InstanceChannel::InstanceChannel(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &session)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray key = (user + QLatin1Char('\n') + session).toUtf8();
    const QString name = QStringLiteral("relais-")
        + QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The user's own runtime folder, where others cannot even list it; else the temporary
    // folder, the socket still only open to its owner.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

bool InstanceChannel::handOver(const QString &serverName, const QString &path, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << openMessage << path;
    socket.write(message);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    // Taken only once the other says so: a Relais that hangs must not swallow the file.
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || socket.state() != QLocalSocket::ConnectedState)
            break;
        socket.waitForReadyRead(int(deadline.remainingTime()));
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == received;
}

bool InstanceChannel::listen()
{
    if (m_server->isListening())
        return true;
    // Asked first: listening would replace the socket of a live Relais (Qt renames its own
    // over it), and a name left by a crashed one must go before listening can succeed.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        return false;
    }
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool InstanceChannel::isListening() const
{
    return m_server->isListening();
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { receive(socket); });
        // Bytes may have come with the connection.
        if (socket->bytesAvailable() > 0)
            receive(socket);
    }
}

void InstanceChannel::receive(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(streamVersion);
    in.startTransaction();
    quint32 kind = 0;
    in >> kind;
    QString path;
    if (kind == openMessage)
        in >> path;
    if (in.status() == QDataStream::ReadPastEnd && socket->bytesAvailable() <= maxMessageSize) {
        // The rest is on its way.
        in.rollbackTransaction();
        return;
    }
    if (!in.commitTransaction() || kind != openMessage) {
        // Not one of ours.
        socket->abort();
        return;
    }
    socket->disconnect(this);
    socket->putChar(received);
    socket->flush();
    socket->disconnectFromServer();
    // After the answer: opening the file may ask the user, and the sender waits meanwhile.
    QMetaObject::invokeMethod(
        this, [this, path] { emit openRequested(path); }, Qt::QueuedConnection);
}

} // namespace relais
