// Offline leases and devices (attack review finding 9) against the real server over TLS: the lease a sign-in grants,
// the devices an account signed in from, revoking one (its sessions end, its event stream hears "device.revoked", its
// sign-ins are refused while the password check stays the same for a wrong password), who may do that, strict device
// bodies, and `regiekamer-admin device list|revoke`.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "base/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Device.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"
#include "protocol/Lists.h"
#include "protocol/Roles.h"
#include "protocol/Session.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

// A device id as the desktop app makes one: 32 lower-case hex digits.
QString deviceId(char digit)
{
    return QString(32, QLatin1Char(digit));
}

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;

    ServerProcess::DemoAccount account(Role role) const { return m_server.demoAccounts().value(role); }

    ApiReply signIn(const QString &email, const QString &password, const std::optional<api::DeviceInfo> &device)
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                              api::LoginRequest {email, password, device}.toJson());
    }
    ApiReply signIn(Role role, const std::optional<api::DeviceInfo> &device)
    {
        return signIn(account(role).email, account(role).password, device);
    }
    // A session of `role` from `device`; its user id in *userId.
    QString tokenFor(Role role, const std::optional<api::DeviceInfo> &device, qint64 *userId = nullptr)
    {
        const ApiReply reply = signIn(role, device);
        if (reply.status != 200)
            qWarning("sign-in of %s: %s", qPrintable(roleToWire(role)), qPrintable(reply.describe()));
        if (userId)
            *userId = reply.json().value("user"_L1).toObject().value("id"_L1).toInteger();
        return reply.json().value("token"_L1).toString();
    }

    ApiReply devicesOf(qint64 userId, const QString &token)
    {
        return m_api.send("GET", m_api.url(api::path::expand(api::path::userDevices, {userId})), token);
    }
    ApiReply revoke(qint64 userId, qint64 device, const QString &token)
    {
        return m_api.send("DELETE", m_api.url(api::path::expand(api::path::userDevice, {userId, device})), token);
    }
    int me(const QString &token)
    {
        return m_api.send("GET", m_api.url(QString::fromLatin1(api::path::me)), token).status;
    }
    QList<api::Device> deviceList(qint64 userId, const QString &token)
    {
        const ApiReply reply = devicesOf(userId, token);
        auto list = api::listFromJson<api::Device>(reply.json());
        if (reply.status != 200 || !list)
            qWarning("devices of %lld: %s", static_cast<long long>(userId), qPrintable(reply.describe()));
        return list.value_or(QList<api::Device> {});
    }
    // The row of the device labelled `label` in the list, 0 when none.
    static qint64 rowOf(const QList<api::Device> &devices, const QString &label)
    {
        for (const api::Device &device : devices) {
            if (device.label == label)
                return device.id;
        }
        return 0;
    }
    // The newest access log entry of `action` about `subject`, as the administrator reads it.
    QJsonObject newestEntry(const QString &action, const ApiParams &filter)
    {
        ApiParams params = filter;
        params.append({u"action"_s, action});
        params.append({u"limit"_s, u"1"_s});
        const ApiReply reply = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), params),
                                          tokenFor(Role::Admin, std::nullopt));
        return reply.items().first().toObject();
    }

private Q_SLOTS:
    void initTestCase();
    void leaseFollowsThePolicy();
    void noLeaseWhenOfflineCopiesAreOff();
    void signInRecordsTheDevice();
    void revokingEndsExactlyThatDevice();
    void revokedDeviceIsNoPasswordOracle();
    void rightsFollowTheMatrix();
    void badDeviceBodiesStoreNothing_data();
    void badDeviceBodiesStoreNothing();
    void commandLineListsAndRevokes();
};

void TestDevices::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    QCOMPARE(m_server.demoAccounts().size(), 5);
}

// Default policy: 7 days from the sign-in, for sign-ins with and without a device.
void TestDevices::leaseFollowsThePolicy()
{
    for (const auto &device : {std::optional<api::DeviceInfo>(api::DeviceInfo {deviceId('1'), u"Lease laptop"_s}),
                               std::optional<api::DeviceInfo>()}) {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ApiReply reply = signIn(Role::Moderator, device);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(reply.status, 200);
        auto grant = api::SessionGrant::fromJson(reply.json());
        QVERIFY(grant);
        QVERIFY2(grant->offlineUntil.isValid(), reply.body.constData());
        QCOMPARE_GE(grant->offlineUntil, before.addDays(7).addMSecs(-1));
        QCOMPARE_LE(grant->offlineUntil, after.addDays(7).addMSecs(1));
    }
}

// With --offline-lease-days 0 the grant's offlineUntil is null: the app keeps no offline copy.
void TestDevices::noLeaseWhenOfflineCopiesAreOff()
{
    ServerProcess noLease;
    QVERIFY2(noLease.start({u"--demo"_s, u"--offline-lease-days"_s, u"0"_s}), noLease.lastOutput().constData());
    ApiRequests api;
    QVERIFY(api.connectTo(noLease));
    const auto viewer = noLease.demoAccounts().value(Role::Viewer);
    const ApiReply reply = api.sendJson(
        "POST", api.url(QString::fromLatin1(api::path::session)), {},
        api::LoginRequest {viewer.email, viewer.password, api::DeviceInfo {deviceId('2'), u"x"_s}}.toJson());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().contains("offlineUntil"_L1));
    QVERIFY2(reply.json().value("offlineUntil"_L1).isNull(), reply.body.constData());
    QCOMPARE(noLease.terminate(), 0);

    ServerProcess refused;
    for (const QString &bad : {u"91"_s, u"-1"_s, u"seven"_s}) {
        QVERIFY(!refused.start({u"--offline-lease-days"_s, bad}));
        QVERIFY2(refused.lastOutput().contains("--offline-lease-days"), refused.lastOutput().constData());
    }
}

// The device appears with its label and times; the app's own id is nowhere in the answer; a second sign-in from it
// updates it (label, last sign-in) instead of adding one.
void TestDevices::signInRecordsTheDevice()
{
    qint64 director = 0;
    const QString id = deviceId('a');
    const QString token = tokenFor(Role::Director, api::DeviceInfo {id, u"Anna's laptop"_s}, &director);
    QVERIFY(!token.isEmpty());
    const ApiReply reply = devicesOf(director, token);
    QCOMPARE(reply.status, 200);
    QVERIFY2(!reply.body.contains(id.toLatin1()), reply.body.constData());
    const QList<api::Device> devices = deviceList(director, token);
    const qint64 row = rowOf(devices, u"Anna's laptop"_s);
    QVERIFY2(row > 0, reply.body.constData());
    const auto first =
        std::find_if(devices.cbegin(), devices.cend(), [row](const api::Device &d) { return d.id == row; });
    QVERIFY(first->firstSeen.isValid() && first->lastSeen.isValid());
    QVERIFY(!first->revokedAt.isValid());
    for (const QJsonValue &item : reply.items()) {
        QCOMPARE(item.toObject().keys(),
                 (QStringList {u"firstSeen"_s, u"id"_s, u"label"_s, u"lastSeen"_s, u"revokedAt"_s}));
        QVERIFY(item.toObject().value("revokedAt"_L1).isNull());
    }

    QTest::qWait(20);
    QVERIFY(!tokenFor(Role::Director, api::DeviceInfo {id, u"Anna's laptop (renamed)"_s}).isEmpty());
    const QList<api::Device> again = deviceList(director, token);
    QCOMPARE(again.size(), devices.size());
    QCOMPARE(rowOf(again, u"Anna's laptop (renamed)"_s), row);
    QCOMPARE(rowOf(again, u"Anna's laptop"_s), 0);
}

// Revoking device A of an account: A's session gets 401 at once and its event stream hears "device.revoked" before
// it closes; device B of the same account keeps working; A's next sign-in is refused (and logged); a second revoke
// is answered the same.
void TestDevices::revokingEndsExactlyThatDevice()
{
    qint64 staff = 0;
    const api::DeviceInfo deviceA {deviceId('b'), u"Lost laptop"_s}, deviceB {deviceId('c'), u"Desk PC"_s};
    const QString tokenA = tokenFor(Role::ClientStaff, deviceA, &staff);
    const QString tokenB = tokenFor(Role::ClientStaff, deviceB);
    QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
    const qint64 rowA = rowOf(deviceList(staff, tokenB), deviceA.label);
    QVERIFY(rowA > 0);

    QWebSocket stream;
    stream.setSslConfiguration(m_api.tls());
    QSignalSpy messages(&stream, &QWebSocket::textMessageReceived);
    QSignalSpy closed(&stream, &QWebSocket::disconnected);
    stream.open(m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), tokenA));
    QVERIFY(messages.wait(10000)); // hello

    QCOMPARE(revoke(staff, rowA, tokenB).status, 204);
    QVERIFY(closed.count() > 0 || closed.wait(10000));
    QStringList types;
    for (const QList<QVariant> &message : std::as_const(messages))
        types.append(api::Event::fromFrame(message.first().toString().toUtf8()).value_or(api::Event {}).type);
    QCOMPARE(types.last(), QString::fromLatin1(api::event::deviceRevoked));
    QCOMPARE(api::Event::fromFrame(messages.last().first().toString().toUtf8())->data, QJsonObject());
    QVERIFY(!stream.closeReason().isEmpty());

    QCOMPARE(me(tokenA), 401);
    QCOMPARE(me(tokenB), 200);
    const ApiReply refused = signIn(Role::ClientStaff, deviceA);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QString::fromLatin1(api::errc::deviceRevoked));
    QVERIFY(refused.json().value("token"_L1).isUndefined());
    const QJsonObject entry = newestEntry(u"login_failed"_s, {{u"actor"_s, QString::number(staff)}});
    QCOMPARE(entry.value("reason"_L1).toString(), QString::fromLatin1(api::errc::deviceRevoked));
    QCOMPARE(entry.value("outcome"_L1).toString(), u"denied"_s);

    QCOMPARE(revoke(staff, rowA, tokenB).status, 204); // idempotent
    const QList<api::Device> devices = deviceList(staff, tokenB);
    for (const api::Device &device : devices)
        QCOMPARE(device.revokedAt.isValid(), device.id == rowA);
    const QJsonObject revoked = newestEntry(u"delete"_s, {{u"subject"_s, QString::number(staff)}});
    QCOMPARE(revoked.value("objectType"_L1).toString(), u"device"_s);
    QCOMPARE(revoked.value("objectId"_L1).toInteger(), rowA);
    QCOMPARE(revoked.value("outcome"_L1).toString(), u"allowed"_s);
    // The same computer for another account is another device: not revoked.
    QCOMPARE(signIn(Role::Moderator, deviceA).status, 200);
}

// With the right password a revoked device hears device_revoked; with a wrong one exactly what any wrong password
// gets: nothing about devices is told before the password check.
void TestDevices::revokedDeviceIsNoPasswordOracle()
{
    qint64 viewer = 0;
    const api::DeviceInfo device {deviceId('d'), u"Old tablet"_s};
    const QString token = tokenFor(Role::Viewer, device, &viewer);
    const qint64 row = rowOf(deviceList(viewer, token), device.label);
    QVERIFY(row > 0);
    QCOMPARE(revoke(viewer, row, token).status, 204); // a viewer removes their own device, even the one in use
    QCOMPARE(me(token), 401);

    const ApiReply wrong = signIn(account(Role::Viewer).email, u"not-the-password-1"_s, device);
    const ApiReply wrongElsewhere =
        signIn(account(Role::Viewer).email, u"not-the-password-2"_s, api::DeviceInfo {deviceId('e'), u"x"_s});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QString::fromLatin1(api::errc::invalidCredentials));
    QCOMPARE(wrong.body, wrongElsewhere.body);
    const ApiReply right = signIn(Role::Viewer, device);
    QCOMPARE(right.status, 403);
    QCOMPARE(right.errorCode(), QString::fromLatin1(api::errc::deviceRevoked));
}

// Admin: any account's devices. Everyone: their own. Anyone else: 404, as for an account or device that does not
// exist. A device of another account under this account's path: 404 too.
void TestDevices::rightsFollowTheMatrix()
{
    qint64 director = 0, moderator = 0, viewer = 0;
    const QString directorToken = tokenFor(Role::Director, api::DeviceInfo {deviceId('f'), u"Rights PC"_s}, &director);
    const QString moderatorToken =
        tokenFor(Role::Moderator, api::DeviceInfo {deviceId('f'), u"Moderator PC"_s}, &moderator);
    const QString viewerToken = tokenFor(Role::Viewer, std::nullopt, &viewer);
    const QString adminToken = tokenFor(Role::Admin, std::nullopt);
    const qint64 row = rowOf(deviceList(director, directorToken), u"Rights PC"_s);
    const qint64 moderatorRow = rowOf(deviceList(moderator, moderatorToken), u"Moderator PC"_s);
    QVERIFY(row > 0 && moderatorRow > 0);

    QCOMPARE(devicesOf(director, adminToken).status, 200);
    QCOMPARE(devicesOf(viewer, viewerToken).status, 200);
    for (const QString &other : {moderatorToken, viewerToken}) {
        const ApiReply list = devicesOf(director, other);
        QCOMPARE(list.status, 404);
        QCOMPARE(list.errorCode(), QString::fromLatin1(api::errc::notFound));
        QCOMPARE(revoke(director, row, other).status, 404);
    }
    QCOMPARE(devicesOf(999'999, adminToken).status, 404);
    QCOMPARE(devicesOf(999'999, directorToken).status, 404);
    QCOMPARE(revoke(director, moderatorRow, directorToken).status, 404); // the moderator's, under the director
    QCOMPARE(revoke(director, moderatorRow, adminToken).status, 404);
    QCOMPARE(revoke(director, 999'999, adminToken).status, 404);
    QCOMPARE(me(directorToken), 200);
    QCOMPARE(me(moderatorToken), 200);

    // The refusal is logged with the ids of its path only: the account as subject, the device as object.
    const QJsonObject denied = newestEntry(u"delete"_s, {{u"actor"_s, QString::number(viewer)}});
    QCOMPARE(denied.value("outcome"_L1).toString(), u"denied"_s);
    QCOMPARE(denied.value("subjectUserId"_L1).toInteger(), director);
    QCOMPARE(denied.value("objectId"_L1).toInteger(), row);

    QCOMPARE(revoke(director, row, adminToken).status, 204);
    QCOMPARE(me(directorToken), 401);
    QCOMPARE(me(moderatorToken), 200);
    QCOMPARE(devicesOf(director, adminToken).status, 200);
    const QJsonObject read = newestEntry(u"read"_s, {{u"subject"_s, QString::number(director)}});
    QCOMPARE(read.value("objectType"_L1).toString(), u"device"_s);
    QCOMPARE(read.value("outcome"_L1).toString(), u"allowed"_s);
}

void TestDevices::badDeviceBodiesStoreNothing_data()
{
    QTest::addColumn<QJsonValue>("device");
    const auto device = [](const QJsonValue &id, const QJsonValue &label) {
        QJsonObject object;
        if (!id.isUndefined())
            object.insert("id"_L1, id);
        if (!label.isUndefined())
            object.insert("label"_L1, label);
        return QJsonValue(object);
    };
    const QString good = deviceId('9');
    QTest::newRow("not an object") << QJsonValue(good);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("no id") << device(QJsonValue::Undefined, u"x"_s);
    QTest::newRow("no label") << device(good, QJsonValue::Undefined);
    QTest::newRow("short id") << device(good.left(31), u"x"_s);
    QTest::newRow("long id") << device(QString(good + u'9'), u"x"_s);
    QTest::newRow("upper-case id") << device(QString(32, u'A'), u"x"_s);
    QTest::newRow("not hex") << device(QString(32, u'g'), u"x"_s);
    QTest::newRow("numeric id") << device(42, u"x"_s);
    QTest::newRow("label too long") << device(good, QString(101, u'x'));
    QTest::newRow("control character") << device(good, u"Laptop\nAnna"_s);
    QTest::newRow("label not a string") << device(good, 7);
}

// A device id that is not 32 lower-case hex digits, a label too long or with control characters, wrong types: 400,
// and no device or session is stored.
void TestDevices::badDeviceBodiesStoreNothing()
{
    QFETCH(QJsonValue, device);
    qint64 admin = 0;
    const QString adminToken = tokenFor(Role::Admin, std::nullopt, &admin);
    const qsizetype before = deviceList(admin, adminToken).size();
    QJsonObject body =
        api::LoginRequest {account(Role::Admin).email, account(Role::Admin).password, std::nullopt}.toJson();
    body.insert("device"_L1, device);
    const ApiReply reply = m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {}, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QString::fromLatin1(api::errc::badRequest));
    QVERIFY(reply.json().value("token"_L1).isUndefined());
    QCOMPARE(deviceList(admin, adminToken).size(), before);
}

// The operator's command line: the list (logged as a read), a revoke that ends the device's sessions in the
// database, and its refusals.
void TestDevices::commandLineListsAndRevokes()
{
    qint64 director = 0;
    const api::DeviceInfo device {deviceId('5'), u"Home laptop"_s};
    const QString token = tokenFor(Role::Director, device, &director);
    const QString other = tokenFor(Role::Director, api::DeviceInfo {deviceId('6'), u"Office laptop"_s});
    const qint64 row = rowOf(deviceList(director, token), device.label);
    QVERIFY(row > 0);
    const QString email = account(Role::Director).email;

    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"device"_s, u"list"_s, email}, {}, &output), 0);
    QVERIFY2(output.contains("Home laptop") && output.contains("Office laptop"), output.constData());
    QVERIFY2(!output.contains(device.id.toLatin1()), output.constData());
    const QJsonObject read = newestEntry(u"read"_s, {{u"subject"_s, QString::number(director)}});
    QCOMPARE(read.value("actorRole"_L1).toString(), u"operator"_s);
    QCOMPARE(read.value("objectType"_L1).toString(), u"device"_s);

    QCOMPARE(m_server.runAdmin({u"device"_s, u"revoke"_s, email, QString::number(row)}, {}, &output), 0);
    QVERIFY2(output.contains("Revoked"), output.constData());
    QCOMPARE(me(token), 401);
    QCOMPARE(me(other), 200);
    QCOMPARE(signIn(Role::Director, device).errorCode(), QString::fromLatin1(api::errc::deviceRevoked));
    const QJsonObject revoked = newestEntry(u"delete"_s, {{u"subject"_s, QString::number(director)}});
    QCOMPARE(revoked.value("actorRole"_L1).toString(), u"operator"_s);
    QCOMPARE(revoked.value("objectId"_L1).toInteger(), row);
    QCOMPARE(m_server.runAdmin({u"device"_s, u"list"_s, email}, {}, &output), 0);
    QVERIFY2(output.contains("revoked"), output.constData());

    QCOMPARE(m_server.runAdmin({u"device"_s, u"list"_s, u"nobody@example.com"_s}, {}, &output), 1);
    QCOMPARE(m_server.runAdmin({u"device"_s, u"revoke"_s, email, u"999999"_s}, {}, &output), 1);
    QCOMPARE(m_server.runAdmin({u"device"_s, u"revoke"_s, email, u"abc"_s}, {}, &output), 2);
    QCOMPARE(m_server.runAdmin({u"device"_s, u"revoke"_s, email}, {}, &output), 2);
}

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
