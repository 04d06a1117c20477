#include "ApiError.h"
#include "Protocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

// docs/openapi.json must describe exactly what the code sends: the same paths and, per schema, the same members.
class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathsMatchTheProtocol();
    void schemasMatchWhatTheCodeWrites_data();
    void schemasMatchWhatTheCodeWrites();
    void errorCodesAreDocumented();

private:
    QJsonObject schema(const QString &name) const;
    QJsonObject m_document;
};

void TestOpenApi::initTestCase()
{
    QFile file(QStringLiteral(REGIEKAMER_SOURCE_DIR "/docs/openapi.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error {};
    m_document = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(m_document.value("openapi"_L1).toString().left(2), u"3."_s);
}

QJsonObject TestOpenApi::schema(const QString &name) const
{
    return m_document.value("components"_L1).toObject().value("schemas"_L1).toObject().value(name).toObject();
}

void TestOpenApi::pathsMatchTheProtocol()
{
    const QSet<QString> code {QString::fromLatin1(api::path::health), QString::fromLatin1(api::path::session),
                              QString::fromLatin1(api::path::me),     QString::fromLatin1(api::path::webinars),
                              QString::fromLatin1(api::path::users),  QString::fromLatin1(api::path::events)};
    const QStringList documented = m_document.value("paths"_L1).toObject().keys();
    QCOMPARE(QSet<QString>(documented.begin(), documented.end()), code);
}

void TestOpenApi::schemasMatchWhatTheCodeWrites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("written");
    api::SessionGrant grant;
    grant.expiresAt = QDateTime::currentDateTimeUtc();
    QTest::newRow("UserInfo") << u"UserInfo"_s << api::UserInfo {}.toJson();
    QTest::newRow("LoginRequest") << u"LoginRequest"_s << api::LoginRequest {}.toJson();
    QTest::newRow("SessionGrant") << u"SessionGrant"_s << grant.toJson();
    QTest::newRow("WebinarSummary") << u"WebinarSummary"_s << api::WebinarSummary {}.toJson();
    QTest::newRow("StaffAccount") << u"StaffAccount"_s << api::StaffAccount {}.toJson();
    QTest::newRow("ErrorBody") << u"ErrorBody"_s << api::ErrorBody {u"x"_s, u"y"_s, 5}.toJson();
    QTest::newRow("WebinarList") << u"WebinarList"_s << api::listToJson(QList<api::WebinarSummary> {});
    QTest::newRow("StaffAccountList") << u"StaffAccountList"_s << api::listToJson(QList<api::StaffAccount> {});
    QTest::newRow("Event") << u"Event"_s << QJsonDocument::fromJson(api::Event {u"hello"_s, {}}.toFrame()).object();
}

void TestOpenApi::schemasMatchWhatTheCodeWrites()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, written);
    const QJsonObject documented = schema(name);
    QVERIFY2(!documented.isEmpty(), qPrintable(name + u" is not in docs/openapi.json"_s));
    const QStringList properties = documented.value("properties"_L1).toObject().keys();
    const QStringList keys = written.keys();
    QCOMPARE(QSet<QString>(properties.begin(), properties.end()), QSet<QString>(keys.begin(), keys.end()));
    for (const QJsonValue &required : documented.value("required"_L1).toArray())
        QVERIFY2(written.contains(required.toString()), qPrintable(required.toString()));
}

void TestOpenApi::errorCodesAreDocumented()
{
    const QJsonArray documented = schema(u"ErrorBody"_s)
                                      .value("properties"_L1)
                                      .toObject()
                                      .value("error"_L1)
                                      .toObject()
                                      .value("enum"_L1)
                                      .toArray();
    for (const char *code : {api::errc::badRequest, api::errc::invalidCredentials, api::errc::tooManyAttempts,
                             api::errc::unauthenticated, api::errc::sessionExpired, api::errc::forbidden,
                             api::errc::notFound, api::errc::payloadTooLarge, api::errc::internal}) {
        QVERIFY2(documented.contains(QJsonValue(QString::fromLatin1(code))), code);
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
