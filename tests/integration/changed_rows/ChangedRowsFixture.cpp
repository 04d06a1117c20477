#include "ChangedRowsFixture.h"

#include "BenchSeeding.h"
#include "models/RegistrationModel.h"
#include "net/PagedLoader.h"
#include "net/TrustStore.h"
#include "session/WebinarWorkspace.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace changedrows {

constexpr int loadTimeoutMs = 60000;

RequestCounter::RequestCounter(client::ApiClient *api)
{
    auto *network = api->findChild<QNetworkAccessManager *>();
    Q_ASSERT(network);
    connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        const QByteArray verb = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        QString line = QString::fromLatin1(verb.isEmpty() ? QByteArray("GET") : verb) + u' ' + reply->url().path();
        if (reply->url().hasQuery())
            line += u'?' + reply->url().query();
        m_requests.append(line);
        m_bytes += reply->rawHeader("Content-Length").toLongLong();
        m_lastAnswerMs = QDateTime::currentMSecsSinceEpoch();
    });
}

void RequestCounter::reset()
{
    m_requests.clear();
    m_bytes = 0;
}

qsizetype RequestCounter::countStartingWith(const QString &prefix) const
{
    return std::ranges::count_if(m_requests, [&](const QString &line) { return line.startsWith(prefix); });
}

bool RequestCounter::waitQuiet(int quietMs, int timeoutMs) const
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    return QTest::qWaitFor(
        [&] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            return now - qMax(m_lastAnswerMs, start) >= quietMs;
        },
        timeoutMs);
}

qint64 startWithSeededWebinar(ServerProcess &server, int registrations, const QStringList &extraArguments)
{
    if (!server.start(QStringList {u"--demo"_s} + extraArguments)) {
        qWarning("the server did not start: %s", server.lastOutput().constData());
        return 0;
    }
    server.terminate();
    const qint64 webinarId = bench::seedRegistrations(server.dataDir(), registrations);
    if (!server.start(extraArguments)) {
        qWarning("the server did not start again: %s", server.lastOutput().constData());
        return 0;
    }
    return webinarId;
}

bool signInLive(client::SessionController &session, const ServerProcess &server,
                const ServerProcess::DemoAccount &account)
{
    using Connection = client::SessionController::Connection;
    const QString address = u"127.0.0.1:%1"_s.arg(server.port());
    client::TrustStore().forget(address);
    QSignalSpy signedIn(&session, &client::SessionController::signedIn);
    QSignalSpy failed(&session, &client::SessionController::signInFailed);
    session.signIn(address, account.email, account.password);
    if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() == 1; }, loadTimeoutMs))
        return false;
    if (!failed.isEmpty()) { // first contact: trust the certificate, then again
        if (!session.trustPresentedCertificate())
            return false;
        session.signIn(address, account.email, account.password);
        if (!QTest::qWaitFor([&] { return signedIn.size() == 1; }, loadTimeoutMs))
            return false;
    }
    return QTest::qWaitFor([&] { return session.connection() == Connection::Live; }, loadTimeoutMs);
}

bool openWebinar(client::SessionController &session, qint64 webinarId, int registrations)
{
    client::WebinarWorkspace *workspace = session.workspace();
    workspace->setWebinar(webinarId);
    return QTest::qWaitFor(
        [&] {
            return workspace->detail().has_value() && !workspace->registrationLoader()->isLoading() &&
                workspace->registrations()->rowCount() == registrations;
        },
        loadTimeoutMs);
}

} // namespace changedrows
