// The demo data reads like a real day in the control room (issue 16): the care group's webinars are in Dutch and the
// asset manager's in English, questions included; only approved attendees ask questions; nobody left a webinar, or
// joined one, later than now; the webinars have timelines and stream keys. Checked through the API of a real server
// started with --demo.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "protocol/ApiPaths.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const ApiHeaders reason {{"X-Access-Reason", "Checking the demo data of the test installation"}};

// Words only one of the two languages uses, lower case.
const QSet<QString> englishWords {u"the"_s,  u"you"_s,   u"your"_s, u"is"_s,    u"how"_s,
                                  u"what"_s, u"could"_s, u"will"_s, u"there"_s, u"for"_s};
const QSet<QString> dutchWords {u"de"_s,   u"het"_s, u"een"_s, u"jullie"_s, u"ik"_s,
                                u"zijn"_s, u"hoe"_s, u"wat"_s, u"van"_s,    u"bij"_s};

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}']+"_s);
    const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;
    QString m_token;

    QJsonArray everything(const QString &path)
    {
        QJsonArray all;
        for (qint64 offset = 0;; offset += 100) {
            const ApiReply reply =
                m_api.send("GET", m_api.url(path, {{u"offset"_s, QString::number(offset)}, {u"limit"_s, u"100"_s}}),
                           m_token, {}, reason);
            if (reply.status != 200) {
                qWarning("%s", qPrintable(reply.describe()));
                return {};
            }
            for (const QJsonValue item : reply.items())
                all.append(item);
            if (reply.items().size() < 100)
                return all;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
        const auto admin = m_server.demoAccounts().value(Role::Admin);
        m_token = m_api.login(admin.email, admin.password);
        QVERIFY(!m_token.isEmpty());
    }

    void attendeesActLikePeople()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(5);
        const ApiReply webinars = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::webinars)), m_token);
        QCOMPARE(webinars.status, 200);
        QVERIFY(webinars.items().size() >= 6);
        int questionsSeen = 0;
        for (const QJsonValue webinar : webinars.items()) {
            const qint64 id = webinar[u"id"_s].toInteger();
            const QString title = webinar[u"title"_s].toString();
            const bool dutch = webinar[u"organisationName"_s].toString() == u"Zorggroep Noorderlicht"_s;
            QHash<qint64, QString> approval;
            for (const QJsonValue registration : everything(api::path::expand(api::path::webinarRegistrations, {id}))) {
                approval.insert(registration[u"id"_s].toInteger(), registration[u"approvalState"_s].toString());
                const QDateTime joined = QDateTime::fromString(registration[u"joinedAt"_s].toString(), Qt::ISODate);
                const QDateTime left = QDateTime::fromString(registration[u"leftAt"_s].toString(), Qt::ISODate);
                const QString who = title + u": "_s + registration[u"fullName"_s].toString();
                QVERIFY2(!joined.isValid() || joined <= now, qPrintable(who + u" joined in the future"_s));
                QVERIFY2(!left.isValid() || left <= now, qPrintable(who + u" left in the future"_s));
                QVERIFY2(!left.isValid() || (joined.isValid() && joined <= left), qPrintable(who));
            }
            for (const QJsonValue question : everything(api::path::expand(api::path::webinarQuestions, {id}))) {
                ++questionsSeen;
                const QString text = question[u"text"_s].toString();
                QCOMPARE(approval.value(question[u"registrationId"_s].toInteger()), u"approved"_s);
                const QSet<QString> foreign = wordsOf(text).intersect(dutch ? englishWords : dutchWords);
                QVERIFY2(foreign.isEmpty(), qPrintable(title + u": "_s + text));
                const QString answer = question[u"answer"_s].toString();
                QVERIFY2(wordsOf(answer).intersect(dutch ? englishWords : dutchWords).isEmpty(),
                         qPrintable(title + u": "_s + answer));
            }
        }
        QVERIFY(questionsSeen >= 10);
    }

    // Issue 17: every webinar that has been scheduled has a timeline that leads to its state, all in the past; the
    // webinars with a director have a stream key (whose metadata never carries it).
    void webinarsHaveTimelinesAndKeys()
    {
        const ApiReply webinars = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::webinars)), m_token);
        int keys = 0;
        for (const QJsonValue value : webinars.items()) {
            const QJsonObject webinar = value.toObject();
            const qint64 id = webinar.value("id"_L1).toInteger();
            const QJsonArray timeline =
                m_api.send("GET", m_api.url(api::path::expand(api::path::webinarTimeline, {id})), m_token).items();
            const QString state = webinar.value("state"_L1).toString();
            if (state == "draft"_L1) {
                QVERIFY(timeline.isEmpty());
            } else {
                QVERIFY2(!timeline.isEmpty(), qPrintable(state));
                QCOMPARE(timeline.last().toObject().value("to"_L1).toString(), state);
            }
            for (const QJsonValue entry : timeline)
                QVERIFY(QDateTime::fromString(entry.toObject().value("at"_L1).toString(), Qt::ISODateWithMs) <=
                        QDateTime::currentDateTimeUtc());
            const ApiReply key =
                m_api.send("GET", m_api.url(api::path::expand(api::path::webinarStreamKey, {id})), m_token);
            QCOMPARE(key.status, 200);
            QVERIFY(!key.json().contains("streamKey"_L1));
            keys += key.json().value("isSet"_L1).toBool() ? 1 : 0;
        }
        QCOMPARE(keys, 4);
    }

    void cleanupTestCase() { m_server.terminate(); }
};

QTEST_MAIN(TestDemoData)
#include "tst_demo_data.moc"
