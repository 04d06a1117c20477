#pragma once

#include "BenchRoomSeeding.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;
class QWebSocket;

// The viewers of regiekamer-bench-live-room, on a thread of their own: one event stream (WebSocket) each, and their
// API use (join, questions, presence ticks) through a few shared network managers.
namespace regiekamer::bench {

using Clock = std::chrono::steady_clock;

struct AskedQuestion
{
    qint64 id = 0;
    Clock::time_point sent; // just before its POST
    bool steady = false; // asked after every viewer's join was sent
};

struct SwarmFigures
{
    QList<AskedQuestion> asked;
    QList<double> joinRoundTrips; // ms from a join's POST to its answer
    int joined = 0, hellos = 0, openStreams = 0, ticks = 0, failures = 0, closedEarly = 0;
    int failedJoins = 0, failedQuestions = 0, failedTicks = 0;
    qint64 frames = 0;
};

class LiveRoomSwarm : public QObject
{
public:
    LiveRoomSwarm(QSslConfiguration tls, QUrl base, SeededRoom room, int apiClients);

    // Opens each viewer's stream and sends its join, one every joinIntervalMs from now; asks questions at the rate
    // from now on, round robin over the viewers whose join was answered.
    void start(double joinIntervalMs, double questionsPerSecond);
    void markSteady() { m_steady = true; }
    // Stops asking and ticking, closes the streams and hands over what happened.
    SwarmFigures stop();

private:
    struct Viewer
    {
        SeededViewer seeded;
        QWebSocket *socket = nullptr;
    };

    QNetworkRequest request(const QString &path, const QString &token) const;
    QNetworkReply *post(int viewer, const QString &path, const QByteArray &body);
    bool succeeded(QNetworkReply *reply, const char *what, int &failed);
    void openStream(int viewer);
    void join(int viewer);
    void tick(int viewer);
    void ask();

    QSslConfiguration m_tls;
    QUrl m_base;
    SeededRoom m_room;
    int m_apiClientCount;
    QList<Viewer> m_viewers;
    QList<QNetworkAccessManager *> m_network;
    QList<int> m_joined;
    QTimer *m_questions = nullptr;
    SwarmFigures m_figures;
    qsizetype m_nextAsker = 0;
    bool m_running = false, m_steady = false;
};

} // namespace regiekamer::bench
