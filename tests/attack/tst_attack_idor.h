#pragma once

// The IDOR sweep (issue 13): every path of api::path::all() that takes an id, every method docs/openapi.json gives
// it, every role (two client organisations, two of each staff role and two viewers), against the real server over
// TLS on loopback. The routes and their bodies are in tst_attack_idor_routes.cpp, the data set and helpers in
// tst_attack_idor_fixture.cpp, the attacks in tst_attack_idor.cpp.
#include "ApiRequests.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"
#include "protocol/Roles.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace idor {

// What a path's placeholder names. A new kind needs a loader in loadWorld() and a scope rule in scopeOf().
enum class Kind { Webinar, Registration, Question, Organisation, User, Device };
QString kindName(Kind kind);

inline constexpr qint64 unknownId = 987654321; // a well-formed id no object has

// One signed-in account the sweep attacks with.
struct Actor
{
    QString name; // "director B"
    regiekamer::Role role = regiekamer::Role::Viewer;
    QString token;
    qint64 userId = 0;
    qint64 organisationId = 0; // client staff only
    QString email;
    QMap<Kind, QSet<qint64>> scope; // what it may read: docs/rights.md applied to admin's view, never its own answers
    QString password;
};

// Admin's view (with an access reason) of every object, taken once after the data set is made.
struct World
{
    QMap<Kind, QMap<qint64, QJsonObject>> objects;
    QSet<qint64> viewerRegistrations; // registrations of viewer accounts (the other viewer's rows are a target)

    QJsonObject object(Kind kind, qint64 id) const { return objects.value(kind).value(id); }
    qint64 version(Kind kind, qint64 id) const
    {
        return object(kind, id).value(QLatin1StringView("version")).toInteger();
    }
    QList<QJsonObject> staffOf(qint64 webinar) const; // {userId, role} of its assignments
};

// What a route's functions get: the world, who attacks, with which method, and the ids in the path so far.
struct Call
{
    const World &world;
    const Actor &actor;
    QByteArray method;
    QList<qint64> ids; // one per placeholder
};

struct AdminRequest
{
    QByteArray method;
    QString path;
    QJsonObject body;
};

// How the sweep attacks one path template. Adding a route with an id is one entry in routeCases(); a path of
// api::path::all() with a placeholder and no entry (or a method without a body) fails the sweep.
struct RouteCase
{
    const char *path = nullptr; // api::path template
    QList<Kind> kinds; // of each placeholder, in order
    // The body of each method the path has: a valid one, so that a skipped check would change data. `stale` asks for
    // an outdated version (the controls: in scope the answer is 409 or 403, and nothing changes).
    QMap<QByteArray, std::function<QJsonObject(const Call &, bool stale)>> bodies;
    // Ids of placeholder `index` the actor may reach with this method (not the answer of an unknown id); by default
    // the actor's read scope of that kind.
    std::function<QSet<qint64>(const Call &, int index)> reach = {};
    // The id of placeholder `index` while another one is swept; by default the first id in the actor's scope.
    std::function<qint64(const Call &, int index)> companion = {};
    // What admin sends to put back what a successful control request changed (e.g. an assignment it removed).
    std::function<QList<AdminRequest>(const Call &)> undo = {};
};

QList<RouteCase> routeCases();

struct RawAnswer
{
    int status = 0; // 0: no answer
    QByteArray body;
    bool operator==(const RawAnswer &) const = default;
    QString describe() const { return QString::number(status) + u' ' + QString::fromUtf8(body.left(200)); }
};
QList<QString> placeholders(const QString &pathTemplate); // "{id}", "{userId}", in order

} // namespace idor

class TestAttackIdor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyIdRouteIsSwept();
    void foreignIdsAnswerLikeUnknownIds_data();
    void foreignIdsAnswerLikeUnknownIds();
    void malformedIdsAnswerLikeUnknownIds_data();
    void malformedIdsAnswerLikeUnknownIds();
    void reachableIdsAnswerNormally_data();
    void reachableIdsAnswerNormally();
    void cleanupTestCase();

private:
    // ---- the data set (tst_attack_idor_fixture.cpp) ----
    void makeDataSet();
    void createAccounts();
    void createWebinarsAndAssignments();
    void registerAndAsk();
    void signInFromDevices(); // every actor from two computers of its own (api::DeviceInfo)
    QMap<QString, qint64> demoWebinarByState(); // the first demo webinar in each state (wire name)
    void loadWorld();
    void computeScopes();
    QSet<qint64> scopeOf(const idor::Actor &actor, idor::Kind kind) const;
    idor::Actor &actor(const QString &name);
    qint64 createAccount(const QString &name, regiekamer::Role role, qint64 organisation);

    // ---- requests ----
    ApiReply send(const QString &token, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QByteArray &reason = {});
    ApiReply asAdmin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QList<QJsonObject> listAll(const QString &path); // every item of a paged list, as admin with a reason
    // Every row of the tables a request could change, for "nothing changed".
    QStringList snapshot() const;
    // True when those rows are as the last call (or the data set) left them; what changed in m_changes.
    bool unchanged();
    // One request written as raw bytes (the path exactly as given, no URL normalisation), on one kept connection.
    idor::RawAnswer rawSend(const QString &token, const QByteArray &method, const QString &path,
                            const QJsonObject &body);

    // ---- the sweep's pieces (tst_attack_idor.cpp) ----
    const idor::RouteCase *caseOf(const QString &path) const;
    QList<QByteArray> methodsOf(const QString &path) const; // from docs/openapi.json
    QStringList templatedPaths() const; // of api::path::all() and docs/openapi.json, with a placeholder
    // The rows of the sweep and of its controls: path x method x swept placeholder x actor, where there is something
    // to try (a path without a case gets its rows too, which fail).
    void addRows(bool controls);
    // The path's ids with `sweptId` at `swept` and the route's companions at the other placeholders.
    QList<qint64> idsFor(const idor::RouteCase &route, const idor::Actor &actor, const QByteArray &method, int swept,
                         qint64 sweptId) const;
    QSet<qint64> reachOf(const idor::RouteCase &route, const idor::Call &call, int index) const;
    QList<qint64> targets(idor::Kind kind, const QSet<qint64> &reach) const; // the ids the actor must not reach
    QStringList encodedProbe(const idor::RouteCase &route, const idor::Actor &actor, const QByteArray &method,
                             int swept, qint64 id, bool reachable);
    qint64 controlId(const idor::RouteCase &route, const idor::Call &call, int index) const;

    ServerProcess m_server;
    ApiRequests m_api;
    QList<idor::Actor> m_actors;
    idor::World m_world;
    QList<idor::RouteCase> m_cases;
    QJsonObject m_openApiPaths;
    QMap<QString, qint64> m_organisation; // "A", "B"
    qint64 m_newWebinar = 0; // organisation B, scheduled
    qint64 m_spareWebinar = 0; // organisation A, draft: deleted by admin's control
    // Objects kept for the controls that delete: (actor name, method and path template) -> id.
    QMap<QString, qint64> m_spare;
    std::unique_ptr<RawHttpsClient> m_raw;
    QStringList m_snapshot; // the rows a refused request may not change, as the last check found them
    QString m_changes;
    int m_requests = 0; // sent by the sweep, for its summary
};
