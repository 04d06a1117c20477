// Issue 13's IDOR sweep: every route that takes an id, every method, every role of both client organisations. An id
// the caller may not reach answers exactly like an id that does not exist (docs/api.md: the id is not confirmed) and
// changes nothing; an id it may reach answers normally, so the refusals come from the rights.
#include "tst_attack_idor.h"

#include "RawHttpsClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace idor;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The template with its placeholders replaced by `segments`, in order.
QString fill(const QString &pathTemplate, const QStringList &segments)
{
    QString path = pathTemplate;
    for (const QString &segment : segments) {
        const qsizetype open = path.indexOf(u'{');
        path.replace(open, path.indexOf(u'}', open) - open + 1, segment);
    }
    return path;
}

QStringList numbers(const QList<qint64> &ids)
{
    QStringList segments;
    for (const qint64 id : ids)
        segments.append(QString::number(id));
    return segments;
}

QString fill(const QString &pathTemplate, const QList<qint64> &ids)
{
    return fill(pathTemplate, numbers(ids));
}

// Empty when both answers are the same to the byte: status, content type and body.
QString difference(const ApiReply &reply, const ApiReply &unknown)
{
    if (reply.status == unknown.status && reply.contentType == unknown.contentType && reply.body == unknown.body)
        return {};
    return u"answered %1 where an unknown id answers %2"_s.arg(reply.describe(), unknown.describe());
}

// What a before/after comparison of the tables found changed, for the failure message.
QString changes(const QStringList &before, const QStringList &after)
{
    const QSet<QString> was(before.cbegin(), before.cend()), is(after.cbegin(), after.cend());
    QStringList lines;
    for (const QString &row : before)
        if (!is.contains(row))
            lines.append(u"- "_s + row.left(160));
    for (const QString &row : after)
        if (!was.contains(row))
            lines.append(u"+ "_s + row.left(160));
    return lines.mid(0, 8).join(u'\n');
}

// Ids that are no well-formed id of anything (docs/api.md: "anything else is 404"), as they go into the path.
QStringList malformedSegments()
{
    return {u"0"_s,
            u"-1"_s,
            u"-9223372036854775808"_s,
            u"9223372036854775808"_s, // 2^63
            u"9223372036854775807"_s,
            u"99999999999999999999"_s,
            u"abc"_s,
            u"1a"_s,
            u"1.5"_s,
            u"1e3"_s,
            u"0x1F"_s,
            u"01"_s,
            u"+1"_s,
            u"%2D1"_s,
            u"1%00"_s,
            u"1%0A"_s,
            u"%201"_s,
            u"1%2F1"_s,
            u"%D9%A1"_s,
            u"%7Bid%7D"_s,
            u"1;1"_s,
            u"1,2"_s};
}

// "12" -> "%31%32": an existing id, percent-encoded.
QString percentEncoded(qint64 id)
{
    QString encoded;
    for (const QChar digit : QString::number(id))
        encoded += u"%3"_s + digit;
    return encoded;
}

} // namespace

// One request written as raw bytes (the path exactly as given, no URL normalisation), answered on `client`.
RawAnswer TestAttackIdor::rawSend(const QString &token, const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    const QByteArray payload = body.isEmpty() ? QByteArray() : compactJson(body);
    QByteArray request = method + ' ' + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
        token.toLatin1() + "\r\n";
    if (!payload.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n";
    RawAnswer answer;
    for (int attempt = 0; attempt < 2 && answer.status == 0; ++attempt) { // once more when the server had closed
        if (!m_raw || !m_raw->isOpen()) {
            m_raw = std::make_unique<RawHttpsClient>(m_api.tls(), m_server.port());
            if (!m_raw->open())
                return answer;
        }
        ++m_requests;
        m_raw->send(request + "\r\n" + payload);
        answer.status = m_raw->readAnswer(&answer.body, 10s);
        if (answer.status == 0)
            m_raw.reset();
    }
    return answer;
}

bool TestAttackIdor::unchanged()
{
    const QStringList now = snapshot();
    m_changes = changes(m_snapshot, now);
    m_snapshot = now;
    return m_changes.isEmpty();
}

const RouteCase *TestAttackIdor::caseOf(const QString &path) const
{
    for (const RouteCase &route : m_cases) {
        if (QLatin1StringView(route.path) == path)
            return &route;
    }
    return nullptr;
}

QList<QByteArray> TestAttackIdor::methodsOf(const QString &path) const
{
    QList<QByteArray> methods;
    const QJsonObject operations = m_openApiPaths.value(path).toObject();
    for (const char *method : {"get", "post", "put", "patch", "delete"}) {
        if (operations.contains(QLatin1StringView(method)))
            methods.append(QByteArray(method).toUpper());
    }
    return methods;
}

QStringList TestAttackIdor::templatedPaths() const
{
    QStringList paths = api::path::all();
    paths += m_openApiPaths.keys();
    paths.removeDuplicates();
    paths.removeIf([](const QString &path) { return placeholders(path).isEmpty(); });
    return paths;
}

QList<qint64> TestAttackIdor::idsFor(const RouteCase &route, const Actor &actor, const QByteArray &method, int swept,
                                     qint64 sweptId) const
{
    QList<qint64> ids(route.kinds.size(), 0);
    ids[swept] = sweptId;
    for (int index = 0; index < ids.size(); ++index) {
        if (index == swept)
            continue;
        const Call call {m_world, actor, method, ids};
        if (route.companion) {
            ids[index] = route.companion(call, index);
        } else {
            QList<qint64> scope = actor.scope.value(route.kinds.at(index)).values();
            ids[index] = scope.isEmpty() ? unknownId : *std::ranges::min_element(scope);
        }
    }
    return ids;
}

QSet<qint64> TestAttackIdor::reachOf(const RouteCase &route, const Call &call, int index) const
{
    return route.reach ? route.reach(call, index) : call.actor.scope.value(route.kinds.at(index));
}

// Every object of the kind outside `reach`; of registrations and questions one per webinar, plus every viewer's own.
QList<qint64> TestAttackIdor::targets(Kind kind, const QSet<qint64> &reach) const
{
    QList<qint64> ids;
    QSet<qint64> sampled;
    const auto &objects = m_world.objects.value(kind);
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (reach.contains(it.key()))
            continue;
        if (kind == Kind::Registration || kind == Kind::Question) {
            const qint64 registration =
                kind == Kind::Registration ? it.key() : it->value("registrationId"_L1).toInteger();
            const qint64 webinar = it->value("webinarId"_L1).toInteger();
            if (!m_world.viewerRegistrations.contains(registration) && sampled.contains(webinar))
                continue;
            sampled.insert(webinar);
        }
        ids.append(it.key());
    }
    return ids;
}

// The actor's spare object for a control that deletes, else the first reachable id it also reads, else any reachable.
qint64 TestAttackIdor::controlId(const RouteCase &route, const Call &call, int index) const
{
    const QString key =
        call.actor.name + u' ' + QString::fromLatin1(call.method) + u' ' + QLatin1StringView(route.path);
    if (m_spare.contains(key))
        return m_spare.value(key);
    QSet<qint64> spares;
    for (auto it = m_spare.cbegin(); it != m_spare.cend(); ++it) {
        const RouteCase *owner = caseOf(it.key().section(u' ', -1));
        if (owner && owner->kinds.value(0) == route.kinds.at(index))
            spares.insert(*it);
    }
    QList<qint64> reach = reachOf(route, call, index).values();
    std::ranges::sort(reach);
    const QSet<qint64> reads = call.actor.scope.value(route.kinds.at(index));
    for (const bool mustRead : {true, false}) {
        for (const qint64 id : std::as_const(reach)) {
            if (!spares.contains(id) && (!mustRead || reads.contains(id)))
                return id;
        }
    }
    return 0;
}

void TestAttackIdor::addRows(bool controls)
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("swept");
    QTest::addColumn<int>("actorIndex");
    for (const QString &path : templatedPaths()) {
        const QList<QString> names = placeholders(path);
        const RouteCase *route = caseOf(path);
        const QList<QByteArray> methods = methodsOf(path).isEmpty() ? QList<QByteArray> {"GET"} : methodsOf(path);
        for (const QByteArray &method : methods) {
            for (int swept = 0; swept < names.size(); ++swept) {
                for (int a = 0; a < m_actors.size(); ++a) {
                    const Actor &actor = m_actors.at(a);
                    if (route && route->kinds.size() == names.size()) {
                        const Call call {m_world, actor, method, idsFor(*route, actor, method, swept, 0)};
                        const QSet<qint64> reach = reachOf(*route, call, swept);
                        const bool empty = controls ? controlId(*route, call, swept) == 0
                                                    : targets(route->kinds.at(swept), reach).isEmpty();
                        if (empty)
                            continue;
                    }
                    QTest::addRow("%s %s %s as %s", method.constData(), qPrintable(path), qPrintable(names.at(swept)),
                                  qPrintable(actor.name))
                        << path << method << swept << a;
                }
            }
        }
    }
}

// Every path of api::path::all() and docs/openapi.json with an id has a case in the sweep's table, with a body for
// every method the document gives it, so that no route with an id is left out of the sweep unnoticed.
void TestAttackIdor::everyIdRouteIsSwept()
{
    QStringList missing;
    for (const QString &path : templatedPaths()) {
        const RouteCase *route = caseOf(path);
        if (!route) {
            missing.append(path + u": no case in idor::routeCases()"_s);
            continue;
        }
        if (route->kinds.size() != placeholders(path).size())
            missing.append(path + u": a kind for each placeholder"_s);
        if (methodsOf(path).isEmpty())
            missing.append(path + u": not in docs/openapi.json"_s);
        for (const QByteArray &method : methodsOf(path)) {
            if (!route->bodies.contains(method))
                missing.append(path + u' ' + QString::fromLatin1(method) + u": no body in its case"_s);
        }
    }
    for (const RouteCase &route : std::as_const(m_cases)) {
        if (!templatedPaths().contains(QLatin1StringView(route.path)))
            missing.append(QLatin1StringView(route.path) + u": a case for a path the API does not have"_s);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    QVERIFY(m_cases.size() >= 11);
}

void TestAttackIdor::foreignIdsAnswerLikeUnknownIds_data()
{
    addRows(false);
}

// Each id of another organisation, webinar or viewer (webinars, registrations, questions, organisations, accounts the
// actor may not reach), with a valid body, the first one also percent-encoded: the answer is byte for byte that of an
// id that does not exist, and no row of the database changes.
void TestAttackIdor::foreignIdsAnswerLikeUnknownIds()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(int, swept);
    QFETCH(int, actorIndex);
    const RouteCase *route = caseOf(path);
    QVERIFY2(route && route->bodies.contains(method), "no case for this route and method in idor::routeCases()");
    const Actor &actor = m_actors.at(actorIndex);
    const Kind kind = route->kinds.at(swept);
    const Call scoped {m_world, actor, method, idsFor(*route, actor, method, swept, 0)};
    const QList<qint64> foreign = targets(kind, reachOf(*route, scoped, swept));
    QMap<QString, ApiReply> unknownAnswers; // by path and body
    QStringList leaks;
    for (const qint64 id : foreign) {
        const Call call {m_world, actor, method, idsFor(*route, actor, method, swept, id)};
        const QJsonObject body = route->bodies.value(method)(call, false);
        QList<qint64> unknownIds = call.ids;
        unknownIds[swept] = unknownId;
        const QString unknownPath = fill(path, unknownIds);
        const QString key = unknownPath + QString::fromUtf8(compactJson(body));
        if (!unknownAnswers.contains(key))
            unknownAnswers.insert(key, send(actor.token, method, unknownPath, body));
        const ApiReply &unknown = unknownAnswers[key];
        if (swept == 0 && (unknown.status != 404 || unknown.errorCode() != "not_found"_L1))
            leaks.append(u"an unknown id answered "_s + unknown.describe());
        const QString leak = difference(send(actor.token, method, fill(path, call.ids), body), unknown);
        if (!leak.isEmpty())
            leaks.append(u"%1 %2 (%3): %4"_s.arg(kindName(kind)).arg(id).arg(fill(path, call.ids), leak));
    }
    if (!foreign.isEmpty())
        leaks += encodedProbe(*route, actor, method, swept, foreign.constFirst(), false);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 6).join(u"\n"_s)));
    if (method != "GET") {
        QVERIFY2(unchanged(), qPrintable(u"the refused requests changed data:\n"_s + m_changes));
    }
}

void TestAttackIdor::malformedIdsAnswerLikeUnknownIds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("swept");
    QTest::addColumn<int>("actorIndex");
    for (const QString &path : templatedPaths()) {
        const QList<QString> names = placeholders(path);
        for (const QByteArray &method : methodsOf(path)) {
            for (int swept = 0; swept < names.size(); ++swept) {
                for (const QString &name : {u"admin"_s}) { // every id in scope: a refusal comes from the id alone
                    const qsizetype found = std::ranges::find(m_actors, name, &Actor::name) - m_actors.begin();
                    QTest::addRow("%s %s %s as %s", method.constData(), qPrintable(path), qPrintable(names.at(swept)),
                                  qPrintable(name))
                        << path << method << swept << int(found);
                }
            }
        }
    }
}

// Ids that are no id (0, negative, 2^63 and beyond, not a number, percent-encoded, with a separator, NUL or line
// feed) and ids of another kind of object, sent as raw bytes: the answer of an unknown id, and nothing changes.
void TestAttackIdor::malformedIdsAnswerLikeUnknownIds()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(int, swept);
    QFETCH(int, actorIndex);
    const RouteCase *route = caseOf(path);
    QVERIFY2(route && route->bodies.contains(method), "no case for this route and method in idor::routeCases()");
    const Actor &actor = m_actors.at(actorIndex);
    const Kind kind = route->kinds.at(swept);
    const qint64 first = m_world.objects.value(kind).firstKey();
    const Call call {m_world, actor, method, idsFor(*route, actor, method, swept, first)};
    const QJsonObject body = route->bodies.value(method)(call, false);
    QStringList segments;
    for (const qint64 id : call.ids)
        segments.append(QString::number(id));
    QStringList bad = malformedSegments();
    const QMap<qint64, QJsonObject> ofKind = m_world.objects.value(kind);
    for (auto it = m_world.objects.cbegin(); it != m_world.objects.cend(); ++it) { // up to 3 of each other kind
        int taken = 0;
        for (auto id = it->keyBegin(); id != it->keyEnd() && it.key() != kind && taken < 3; ++id) {
            if (!ofKind.contains(*id) && ++taken)
                bad.append(QString::number(*id));
        }
    }
    segments[swept] = QString::number(unknownId);
    const RawAnswer unknown = rawSend(actor.token, method, fill(path, segments), body);
    const RawAnswer notFound = rawSend(actor.token, "GET", fill(path, segments), {});
    QVERIFY2(unknown.status >= 400 && unknown.status < 500, qPrintable(unknown.describe()));
    QStringList leaks;
    for (const QString &segment : std::as_const(bad)) {
        segments[swept] = segment;
        const RawAnswer answer = rawSend(actor.token, method, fill(path, segments), body);
        if (answer != unknown && !(answer.status == 404 && answer == notFound))
            leaks.append(
                u"%1: %2 (an unknown id: %3)"_s.arg(fill(path, segments), answer.describe(), unknown.describe()));
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 6).join(u"\n"_s)));
    if (method != "GET") {
        QVERIFY2(unchanged(), qPrintable(u"malformed ids changed data:\n"_s + m_changes));
    }
}

// Sends the id percent-encoded ("%31%32"), as raw bytes so that no URL class decodes it first. It must answer like an
// unknown id, or, when `reachable`, like the same id written plainly (RFC 3986 makes them the same): one parse of
// the id decides both the rights and the object.
QStringList TestAttackIdor::encodedProbe(const RouteCase &route, const Actor &actor, const QByteArray &method,
                                         int swept, qint64 id, bool reachable)
{
    const Call call {m_world, actor, method, idsFor(route, actor, method, swept, id)};
    const QJsonObject body = route.bodies.value(method)(call, reachable);
    QStringList segments = numbers(call.ids);
    const QString plain = fill(QLatin1StringView(route.path), segments);
    segments[swept] = QString::number(unknownId);
    const QString unknownPath = fill(QLatin1StringView(route.path), segments);
    segments[swept] = percentEncoded(id);
    const QString encoded = fill(QLatin1StringView(route.path), segments);
    const RawAnswer unknown = rawSend(actor.token, method, unknownPath, body);
    const RawAnswer answer = rawSend(actor.token, method, encoded, body);
    if (answer == unknown || (reachable && answer == rawSend(actor.token, method, plain, body)))
        return {};
    return {u"%1: %2 (an unknown id: %3)"_s.arg(encoded, answer.describe(), unknown.describe())};
}

void TestAttackIdor::reachableIdsAnswerNormally_data()
{
    addRows(true);
}

// The control: an id the actor may reach, with the same body (an outdated version where there is one), does not
// answer like an unknown id, so the refusals above come from the rights and not from a broken request.
void TestAttackIdor::reachableIdsAnswerNormally()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(int, swept);
    QFETCH(int, actorIndex);
    const RouteCase *route = caseOf(path);
    QVERIFY2(route && route->bodies.contains(method), "no case for this route and method in idor::routeCases()");
    const Actor &actor = m_actors.at(actorIndex);
    const Call scoped {m_world, actor, method, idsFor(*route, actor, method, swept, 0)};
    const qint64 id = controlId(*route, scoped, swept);
    QVERIFY(id > 0);
    const Call call {m_world, actor, method, idsFor(*route, actor, method, swept, id)};
    const QJsonObject body = route->bodies.value(method)(call, true);
    QList<qint64> unknownIds = call.ids;
    unknownIds[swept] = unknownId;
    const ApiReply unknown = send(actor.token, method, fill(path, unknownIds), body);
    const ApiReply reply = send(actor.token, method, fill(path, call.ids), body);
    QVERIFY2(!difference(reply, unknown).isEmpty() && reply.status != 404 && reply.status < 500,
             qPrintable(fill(path, call.ids) + u": "_s + reply.describe()));
    if (method == "GET") {
        const QStringList aliases = encodedProbe(*route, actor, method, swept, id, true);
        QVERIFY2(aliases.isEmpty(), qPrintable(aliases.join(u'\n')));
    }
    if (reply.status >= 300 || !route->undo)
        return;
    for (const AdminRequest &request : route->undo(call)) {
        const ApiReply undone = asAdmin(request.method, request.path, request.body);
        QVERIFY2(undone.status < 300, qPrintable(request.path + u": "_s + undone.describe()));
    }
}

QTEST_GUILESS_MAIN(TestAttackIdor)
