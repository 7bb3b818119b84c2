#include "catchqt.h"
#include "viewtesting.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <app/instancechannel.h>
#include <atomic>
#include <thread>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace relais;

namespace {

// A name of the test's own, away from a Relais the developer may be running.
QString testName(const QTemporaryDir &folder)
{
#ifdef Q_OS_UNIX
    return folder.filePath(QStringLiteral("relais.sock"));
#else
    return QStringLiteral("relais-test-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QFileInfo(folder.path()).fileName());
#endif
}

// The second launch's side, in a thread of its own: it waits for an answer that the
// listener gives from this thread's event loop.
bool handOver(const QString &name, const QString &path, int timeoutMs = 3000)
{
    std::atomic<int> result { -1 };
    std::thread sender([&] { result = InstanceChannel::handOver(name, path, timeoutMs) ? 1 : 0; });
    eventually([&] { return result >= 0; }, timeoutMs + 2000);
    sender.join();
    return result == 1;
}

} // namespace

TEST_CASE("A second launch hands its file to the Relais listening, and ends")
{
    QTemporaryDir folder;
    const QString name = testName(folder);
    const QString path = QStringLiteral("/home/claire/Programme 2026 — été.relais");
    {
        InstanceChannel running(name);
        REQUIRE(running.listen());
        CHECK(running.isListening());
        QSignalSpy requests(&running, &InstanceChannel::openRequested);

        CHECK(handOver(name, path));
        REQUIRE(eventually([&] { return requests.size() == 1; }));
        CHECK(requests.at(0).at(0).toString() == path);

        // `relais` alone: no file, the window only comes forward.
        CHECK(handOver(name, QString()));
        REQUIRE(eventually([&] { return requests.size() == 2; }));
        CHECK(requests.at(1).at(0).toString().isEmpty());
    }
    // Nobody listens any more: the launch starts a Relais of its own.
    CHECK_FALSE(handOver(name, path, 500));
}

TEST_CASE("A second listener does not take the name of a live one")
{
    QTemporaryDir folder;
    const QString name = testName(folder);
    InstanceChannel running(name);
    REQUIRE(running.listen());
    QSignalSpy requests(&running, &InstanceChannel::openRequested);

    InstanceChannel second(name);
    CHECK_FALSE(second.listen());
    CHECK_FALSE(second.isListening());
    // Its look at the name left the first one working, and told of nothing.
    CHECK(handOver(name, QStringLiteral("/tmp/a.relais")));
    REQUIRE(eventually([&] { return requests.size() == 1; }));
    CHECK(requests.at(0).at(0).toString() == QStringLiteral("/tmp/a.relais"));
}

TEST_CASE("What is not a message of the channel opens nothing")
{
    QTemporaryDir folder;
    const QString name = testName(folder);
    InstanceChannel running(name);
    REQUIRE(running.listen());
    QSignalSpy requests(&running, &InstanceChannel::openRequested);

    QLocalSocket stranger;
    stranger.connectToServer(name);
    REQUIRE(stranger.waitForConnected(1000));
    stranger.write(QByteArray("GET / HTTP/1.0\r\n\r\n"));
    stranger.flush();
    CHECK(eventually([&] { return stranger.state() == QLocalSocket::UnconnectedState; }));
    CHECK(requests.isEmpty());

    CHECK(handOver(name, QStringLiteral("/tmp/b.relais")));
    REQUIRE(eventually([&] { return requests.size() == 1; }));
}

#ifdef Q_OS_UNIX
TEST_CASE("The name a crashed Relais left behind is taken over")
{
    QTemporaryDir folder;
    const QString name = testName(folder);
    // A socket bound and never unlinked, as a killed process leaves it.
    const QByteArray file = QFile::encodeName(name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    REQUIRE(size_t(file.size()) < sizeof(address.sun_path));
    std::copy(file.begin(), file.end(), address.sun_path);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFileInfo::exists(name));

    CHECK_FALSE(handOver(name, QStringLiteral("/tmp/c.relais"), 500));
    InstanceChannel running(name);
    REQUIRE(running.listen());
    QSignalSpy requests(&running, &InstanceChannel::openRequested);
    CHECK(handOver(name, QStringLiteral("/tmp/c.relais")));
    REQUIRE(eventually([&] { return requests.size() == 1; }));
    CHECK(requests.at(0).at(0).toString() == QStringLiteral("/tmp/c.relais"));
}
#endif

TEST_CASE("Each session has its name, the same at every launch")
{
    const QString x11 = InstanceChannel::serverName(QStringLiteral("xcb::0"));
    CHECK(x11 == InstanceChannel::serverName(QStringLiteral("xcb::0")));
    CHECK(x11 != InstanceChannel::serverName(QStringLiteral("xcb::1")));
    CHECK(x11 != InstanceChannel::serverName(QStringLiteral("offscreen:")));
    CHECK(QFileInfo(x11).fileName().startsWith(QStringLiteral("relais-")));
    // Within what a Unix socket's address holds.
    CHECK(QFile::encodeName(x11).size() < 100);
}
