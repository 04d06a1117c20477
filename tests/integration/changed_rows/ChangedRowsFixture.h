#pragma once

#include "ServerProcess.h"
#include "net/ApiClient.h"
#include "session/SessionController.h"

#include <QObject>
#include <QStringList>

// What the tests and the benchmark of the change events (issue 19) share: a director's desktop session against the
// real server over TLS, and a count of the requests it sends.
namespace changedrows {

// Counts the requests one ApiClient sends ("GET /api/v1/registrations/12") and the bytes of their answers (their
// Content-Length), through its QNetworkAccessManager; the event stream is a WebSocket and not counted. Not a child of
// the client: destroy it first.
class RequestCounter : public QObject
{
public:
    explicit RequestCounter(regiekamer::client::ApiClient *api);

    void reset();
    const QStringList &requests() const { return m_requests; }
    qint64 bytes() const { return m_bytes; }
    qsizetype countStartingWith(const QString &prefix) const;
    // Waits until no answer arrived for quietMs (at most timeoutMs); false on the timeout.
    bool waitQuiet(int quietMs = 800, int timeoutMs = 30000) const;

private:
    QStringList m_requests;
    qint64 m_bytes = 0;
    qint64 m_lastAnswerMs = 0;
};

// Starts the server with --demo, stops it, adds a live webinar with `registrations` sealed registrations (the
// benchmarks' seeding, assigned to the demo director), sets its state and starts it again. Returns the webinar's id,
// 0 on a failure (with a warning).
qint64 startWithSeededWebinar(ServerProcess &server, int registrations, const QStringList &extraArguments = {});

// Signs the session in (trusting the server's certificate on first contact) and waits until it is live.
bool signInLive(regiekamer::client::SessionController &session, const ServerProcess &server,
                const ServerProcess::DemoAccount &account);

// Opens the webinar in the session's workspace and waits until every registration is loaded.
bool openWebinar(regiekamer::client::SessionController &session, qint64 webinarId, int registrations);

} // namespace changedrows
