#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace relais {

// The line between the Relais already running for this user and a second launch of it
// (a file double-clicked in the file manager): the second hands its file over and ends,
// the first opens it. A local socket (a named pipe on Windows) under a name of its own
// per user and session. No widgets: its own library, that tests link.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(const QString &serverName, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // The name for this user in this session (e.g. the platform and the display): a
    // Relais drawn off screen, or on another display, is not the one to hand over to.
    static QString serverName(const QString &session);
    // Gives the path (empty: no file, only to come forward) to the Relais listening under
    // that name; true once it has taken it, false when none answers within the timeout.
    static bool handOver(const QString &serverName, const QString &path, int timeoutMs = 3000);

    // Starts listening; a name left behind by a Relais that crashed is taken over, one in
    // use by a live Relais is not (false).
    bool listen();
    bool isListening() const;

signals:
    // A path handed over (empty: come forward), once the sender has been answered.
    void openRequested(const QString &path);

private:
    void accept();
    void receive(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
};

} // namespace relais
