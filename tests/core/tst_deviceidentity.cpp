// This installation's device id (attack review finding 9): random, 32 lower-case hex digits, made once and kept in
// the client settings (the same at every call and after a restart); the label is the host name without control
// characters, at most 100 characters; and ApiClient::login sends both in the sign-in request.
#include "net/ApiClient.h"
#include "settings/AppSettings.h"
#include "settings/DeviceIdentity.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::client;

class TstDeviceIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void idIsRandomStableAndKept();
    void labelIsTheCleanedHostName();
    void signInSendsTheDevice();

private:
    QCA::Initializer m_crypto;
};

void TstDeviceIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    openSettings()->remove(u"device"_s);
}

void TstDeviceIdentity::idIsRandomStableAndKept()
{
    const api::DeviceInfo first = deviceidentity::thisDevice();
    QVERIFY(deviceidentity::isValidId(first.id));
    QCOMPARE(first.id.size(), api::DeviceInfo::idLength);
    QCOMPARE(deviceidentity::thisDevice().id, first.id);
    QCOMPARE(openSettings()->value(u"device/id"_s).toString(), first.id); // kept for the next start
    QVERIFY(api::DeviceInfo::fromJson(first.toJson())); // the server's rules accept it

    openSettings()->remove(u"device"_s); // another installation: another random id
    const QString second = deviceidentity::thisDevice().id;
    QVERIFY(deviceidentity::isValidId(second));
    QVERIFY(second != first.id);
    openSettings()->setValue(u"device/id"_s, u"not-an-id"_s); // a damaged value is replaced
    QVERIFY(deviceidentity::isValidId(deviceidentity::thisDevice().id));
    QVERIFY(!deviceidentity::isValidId(u"ABCDEF0123456789ABCDEF0123456789"_s));
}

void TstDeviceIdentity::labelIsTheCleanedHostName()
{
    QCOMPARE(deviceidentity::thisDevice().label, deviceidentity::labelFrom(QSysInfo::machineHostName()));
    QCOMPARE(deviceidentity::labelFrom(u"  laptop-ada\n\t\u0007 "_s), u"laptop-ada"_s);
    QCOMPARE(deviceidentity::labelFrom(u"a\u0000b\u001bc\u007fd\u200ee"_s), u"abcde"_s);
    QCOMPARE(deviceidentity::labelFrom(QString(250, u'x')).size(), api::DeviceInfo::maximumLabelLength);
    QVERIFY(api::DeviceInfo::fromJson(
        api::DeviceInfo {QString(32, u'a'), deviceidentity::labelFrom(u"x\u0001y"_s + QString(200, u'z'))}.toJson()));
}

// A plain loopback listener stands in for the server: it keeps the request body and answers 401.
void TstDeviceIdentity::signInSendsTheDevice()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QByteArray request;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&request, socket] {
            request += socket->readAll();
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray lengthLine = request.mid(request.toLower().indexOf("content-length:") + 15);
            const qsizetype length = lengthLine.left(lengthLine.indexOf('\r')).trimmed().toLongLong();
            if (request.size() < end + 4 + length)
                return;
            const QByteArray body = R"({"error":"invalid_credentials","message":"no"})";
            socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    ApiClient api;
    bool answered = false;
    api.login(QUrl(u"http://127.0.0.1:%1"_s.arg(listener.serverPort())), u"ada@example.org"_s, u"pw"_s,
              [&answered](const Result<api::SessionGrant> &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    const QJsonObject body = QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
    const auto login = api::LoginRequest::fromJson(body);
    QVERIFY2(login, request.constData());
    QVERIFY(login->device);
    QCOMPARE(login->device->id, deviceidentity::thisDevice().id);
    QCOMPARE(login->device->label, deviceidentity::thisDevice().label);
    QCOMPARE(login->email, u"ada@example.org"_s);
}

QTEST_GUILESS_MAIN(TstDeviceIdentity)
#include "tst_deviceidentity.moc"
