#include "LiveRoomSwarm.h"

#include "BenchServer.h"
#include "protocol/ApiPaths.h"
#include "protocol/Question.h"
#include "protocol/Room.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace regiekamer::bench {

LiveRoomSwarm::LiveRoomSwarm(QSslConfiguration tls, QUrl base, SeededRoom room, int apiClients)
    : m_tls(std::move(tls))
    , m_base(std::move(base))
    , m_room(std::move(room))
    , m_apiClientCount(apiClients)
{
}

void LiveRoomSwarm::start(double joinIntervalMs, double questionsPerSecond)
{
    m_running = true;
    for (int n = 0; n < m_apiClientCount; ++n)
        m_network.append(new QNetworkAccessManager(this));
    for (qsizetype i = 0; i < m_room.viewers.size(); ++i) {
        m_viewers.append(Viewer {m_room.viewers.at(i), nullptr});
        const int viewer = static_cast<int>(i);
        QTimer::singleShot(std::chrono::milliseconds(static_cast<qint64>(static_cast<double>(i) * joinIntervalMs)),
                           this, [this, viewer] {
                               if (!m_running)
                                   return;
                               openStream(viewer);
                               join(viewer);
                           });
    }
    if (questionsPerSecond > 0) {
        m_questions = new QTimer(this);
        m_questions->setTimerType(Qt::PreciseTimer);
        m_questions->setInterval(std::chrono::milliseconds(static_cast<qint64>(1000.0 / questionsPerSecond)));
        connect(m_questions, &QTimer::timeout, this, &LiveRoomSwarm::ask);
        m_questions->start();
    }
}

SwarmFigures LiveRoomSwarm::stop()
{
    m_running = false;
    if (m_questions)
        m_questions->stop();
    for (const Viewer &viewer : std::as_const(m_viewers)) {
        if (viewer.socket && viewer.socket->state() == QAbstractSocket::ConnectedState)
            ++m_figures.openStreams;
    }
    for (Viewer &viewer : m_viewers) {
        if (viewer.socket) {
            viewer.socket->disconnect(this);
            viewer.socket->abort();
            delete std::exchange(viewer.socket, nullptr);
        }
    }
    qDeleteAll(std::exchange(m_network, {}));
    m_figures.joined = static_cast<int>(m_joined.size());
    return m_figures;
}

QNetworkRequest LiveRoomSwarm::request(const QString &path, const QString &token) const
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

QNetworkReply *LiveRoomSwarm::post(int viewer, const QString &path, const QByteArray &body)
{
    QNetworkRequest request = this->request(path, m_viewers.at(viewer).seeded.sessionToken);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.at(viewer % m_network.size())->post(request, body);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return reply;
}

bool LiveRoomSwarm::succeeded(QNetworkReply *reply, const char *what, int &failed)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 || status == 201)
        return true;
    ++failed;
    if (++m_figures.failures <= 10) {
        std::fprintf(stderr, "%s: %d %s %s\n", what, status, qPrintable(reply->errorString()),
                     reply->readAll().left(200).constData());
    }
    return false;
}

void LiveRoomSwarm::openStream(int viewer)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_viewers[viewer].socket = socket;
    socket->setSslConfiguration(m_tls);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        ++m_figures.frames;
        if (message.contains("\"hello\""_L1))
            ++m_figures.hellos;
    });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        if (m_running && ++m_figures.closedEarly <= 10)
            std::fprintf(stderr, "an event stream closed during the run\n");
    });
    QUrl events = m_base;
    events.setScheme(u"wss"_s);
    events.setPath(QString::fromLatin1(api::path::events));
    QNetworkRequest open(events);
    open.setRawHeader("Authorization", "Bearer " + m_viewers.at(viewer).seeded.sessionToken.toLatin1());
    socket->open(open);
}

void LiveRoomSwarm::join(int viewer)
{
    const QByteArray body =
        QJsonDocument(api::RoomJoin {m_viewers.at(viewer).seeded.joinToken}.toJson()).toJson(QJsonDocument::Compact);
    const auto sent = Clock::now();
    QNetworkReply *reply = post(viewer, QString::fromLatin1(api::path::roomJoin), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, viewer, sent] {
        if (!succeeded(reply, "join", m_figures.failedJoins))
            return;
        m_figures.joinRoundTrips.append(std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
        m_joined.append(viewer);
        QTimer::singleShot(std::chrono::seconds(api::presenceTickSeconds), this, [this, viewer] { tick(viewer); });
    });
}

void LiveRoomSwarm::tick(int viewer)
{
    if (!m_running)
        return;
    const qint64 registration = m_viewers.at(viewer).seeded.registrationId;
    QNetworkReply *reply = post(viewer, api::path::expand(api::path::registrationPresence, {registration}), {});
    connect(reply, &QNetworkReply::finished, this,
            [this, reply] { succeeded(reply, "presence tick", m_figures.failedTicks); });
    ++m_figures.ticks;
    QTimer::singleShot(std::chrono::seconds(api::presenceTickSeconds), this, [this, viewer] { tick(viewer); });
}

void LiveRoomSwarm::ask()
{
    if (m_joined.isEmpty() || !m_running)
        return;
    const int viewer = m_joined.at(m_nextAsker++ % m_joined.size());
    const QString text = u"Vraag %1 uit de benchmark, van kijker %2"_s.arg(m_figures.asked.size() + 1).arg(viewer + 1);
    const QByteArray body = QJsonDocument(api::QuestionCreate {text}.toJson()).toJson(QJsonDocument::Compact);
    const auto sent = Clock::now();
    const bool steady = m_steady;
    QNetworkReply *reply = post(viewer, api::path::expand(api::path::webinarQuestions, {m_room.webinarId}), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent, steady] {
        if (!succeeded(reply, "question", m_figures.failedQuestions))
            return;
        const qint64 id = QJsonDocument::fromJson(reply->readAll()).object().value("id"_L1).toInteger();
        m_figures.asked.append(AskedQuestion {id, sent, steady});
    });
}

} // namespace regiekamer::bench
