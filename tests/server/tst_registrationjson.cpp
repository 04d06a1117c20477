// The registrations' JSON written straight from their rows (issue 19, storage/RegistrationJson.h): byte for byte what
// api::registrationToJson and QJsonDocument write, for every combination of readable classes and for awkward data
// (quotes, controls, non-Latin text, bans, waiting list, missing and malformed times); only the readable classes'
// fields are decrypted; json::Writer escapes as Qt's JSON writer does.
#include "CipherTestSupport.h"
#include "base/JsonWriter.h"
#include "protocol/Lists.h"
#include "storage/RegistrationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

QByteArray qtJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// What json::Writer writes for one string, and what Qt writes (taken out of a one-element array).
QByteArray writerString(const QString &text)
{
    QByteArray out;
    json::Writer(out).string(text);
    return out;
}
QByteArray qtString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

QList<FieldClass> classesOf(int mask)
{
    static const FieldClass all[] = {FieldClass::Identity,     FieldClass::Contact,    FieldClass::Profile,
                                     FieldClass::Registration, FieldClass::Attendance, FieldClass::Consent};
    QList<FieldClass> classes;
    for (int bit = 0; bit < 6; ++bit) {
        if (mask & (1 << bit))
            classes.append(all[bit]);
    }
    return classes;
}

} // namespace

class TestRegistrationJson : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    std::optional<test::SealedStart> m_start;
    std::unique_ptr<RegistrationRepository> m_repository;
    QList<qint64> m_ids;

    void add(const QString &name, const QString &email, api::ApprovalState approval, const QDateTime &joined,
             const QDateTime &left)
    {
        NewRegistration r;
        r.webinarId = m_start->webinar;
        r.fullName = name;
        r.email = email;
        r.phone = u"+31 6 1234 5678"_s;
        r.company = u"Zorg \"Noord\" & Zn."_s;
        r.jobTitle = u"Verpleegkundige\tteam\n2"_s;
        r.registeredAt =
            QDateTime(QDate(2025, 3, 1 + static_cast<int>(m_ids.size())), QTime(9, 30, 15, 7), QTimeZone::UTC);
        r.consent = api::Consent {m_ids.size() % 2 == 0, m_ids.size() % 3 == 0,
                                  m_ids.size() == 1 ? QDateTime() : r.registeredAt};
        r.approval = approval;
        r.joinedAt = joined;
        r.leftAt = left;
        r.minutesWatched = 17 * m_ids.size();
        Transaction transaction(*m_start->database);
        auto key = m_start->keys->cipher->organisationKey(m_start->organisation);
        QVERIFY(key);
        auto id = m_repository->insert(r, *key);
        QVERIFY(id);
        QVERIFY(transaction.commit());
        m_ids.append(*id);
    }

    void sql(const QString &statement, const QVariantList &values)
    {
        QVERIFY(test::execSql(*m_start->database, statement, values) >= 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_start = test::startSealed(m_dir.path());
        QVERIFY(m_start);
        m_repository = std::make_unique<RegistrationRepository>(*m_start->database, *m_start->keys->cipher);
        const QDateTime joined(QDate(2025, 6, 1), QTime(10, 0), QTimeZone::UTC);
        add(u"Anne de Vries"_s, u"anne@example.nl"_s, api::ApprovalState::Approved, joined, {});
        add(u"Lucía García-Ñúñez"_s, u"lucia@example.es"_s, api::ApprovalState::Pending, {}, {});
        add(u"Yılmaz \"Yıl\" \\ Öz 😀"_s, u"y@example.com"_s, api::ApprovalState::Waitlisted, joined,
            joined.addSecs(600));
        add(QString(), QString(), api::ApprovalState::Waitlisted, {}, {});
        add(u"王小明\u0001\u001f\u007f"_s, u"wang@example.cn"_s, api::ApprovalState::Rejected, joined, {});
        // A ban (its reason sealed under the organisation's key), and times the server did not write itself.
        auto key = m_start->keys->cipher->organisationKey(m_start->organisation);
        QVERIFY(key);
        sql(u"INSERT INTO attendee_bans (registration_id, reason, banned_at) VALUES (?, ?, ?)"_s,
            {m_ids.at(0), FieldCipher::seal(*key, u"Spam \"links\"\r\n"_s, "attendee_bans", "reason", m_ids.at(0)),
             u"2025-06-01T10:05:00.000Z"_s});
        sql(u"INSERT INTO attendee_bans (registration_id, reason, banned_at) VALUES (?, ?, ?)"_s,
            {m_ids.at(2), FieldCipher::seal(*key, QString(), "attendee_bans", "reason", m_ids.at(2)), u"not a time"_s});
        sql(u"UPDATE registrations SET registered_at = '2025-03-04T09:30:15Z' WHERE id = ?"_s, {m_ids.at(3)});
        sql(u"UPDATE registrations SET joined_at = '2025-02-30T10:00:00.000Z' WHERE id = ?"_s, {m_ids.at(1)});
        sql(u"UPDATE registrations SET left_at = '2025-06-01T12:00:00.000+02:00' WHERE id = ?"_s, {m_ids.at(4)});
        sql(u"UPDATE registrations SET consent_at = '' WHERE id = ?"_s, {m_ids.at(0)});
    }

    void pageIsByteForByteTheObjectsJson()
    {
        for (int mask = 0; mask < 64; ++mask) {
            for (const qint64 limit : {qint64(100), qint64(2)}) {
                RegistrationQuery query;
                query.webinarId = m_start->webinar;
                query.readable = classesOf(mask);
                query.limit = limit;
                query.offset = limit == 2 ? 1 : 0;
                auto objects = m_repository->list(query);
                auto body = m_repository->listJson(query);
                QVERIFY(objects && body);
                QList<QJsonObject> items;
                for (const api::Registration &item : objects->items)
                    items.append(api::registrationToJson(item, query.readable));
                QCOMPARE(body->rows, items.size());
                QCOMPARE(body->json, qtJson(api::pageToJson(items, objects->total, objects->offset, objects->limit)));
            }
        }
    }

    void singleIsByteForByteTheObjectsJson()
    {
        for (int mask = 0; mask < 64; ++mask) {
            const QList<FieldClass> readable = classesOf(mask);
            for (qint64 id : m_ids) {
                auto stored = m_repository->find(id);
                QVERIFY(stored && *stored);
                ObjectScope seen;
                auto body = m_repository->findJson(id, [&](const ObjectScope &scope) -> Result<QList<FieldClass>> {
                    seen = scope;
                    return readable;
                });
                QVERIFY(body && *body);
                QCOMPARE(**body, qtJson(api::registrationToJson((*stored)->registration, readable)));
                QCOMPARE(seen.webinarId, (*stored)->scope.webinarId);
                QCOMPARE(seen.organisationId, (*stored)->scope.organisationId);
                QCOMPARE(seen.ownerUserId, (*stored)->scope.ownerUserId);
            }
        }
        auto missing = m_repository->findJson(999999, [](const ObjectScope &) { return QList<FieldClass> {}; });
        QVERIFY(missing && !*missing);
        auto refused = m_repository->findJson(m_ids.at(0), [](const ObjectScope &) -> Result<QList<FieldClass>> {
            return fail(u"forbidden"_s, u"no"_s);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"forbidden"_s);
    }

    void onlyReadableClassesAreDecrypted()
    {
        // A broken e-mail: a page without the contact class is still written; with it, the read fails.
        const qint64 id = m_ids.at(1);
        sql(u"UPDATE registrations SET email = X'00112233' WHERE id = ?"_s, {id});
        RegistrationQuery query;
        query.webinarId = m_start->webinar;
        query.readable = {FieldClass::Identity, FieldClass::Registration};
        auto without = m_repository->listJson(query);
        QVERIFY(without);
        QVERIFY(!without->json.contains("\"email\""));
        query.readable.append(FieldClass::Contact);
        QVERIFY(!m_repository->listJson(query));
    }

    void writerEscapesAsQtDoes()
    {
        QString every;
        for (char16_t unit = 0; unit < 0x80; ++unit)
            every.append(QChar(unit));
        const QStringList texts {every, QString(), u"é ñ ü ß ı ğ 王 😀 \u2028 \u2029 \uFEFF"_s,
                                 QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00), QString(QChar(0xDBFF))};
        for (const QString &text : texts) {
            QCOMPARE(writerString(text), qtString(text));
            QByteArray fromUtf8;
            json::Writer(fromUtf8).utf8(text.toUtf8());
            QCOMPARE(fromUtf8, qtString(QString::fromUtf8(text.toUtf8())));
        }
        for (const QByteArray &invalid : {QByteArray("a\xff"
                                                     "b"),
                                          QByteArray("\xed\xa0\x80"), QByteArray("\xc3")}) {
            QByteArray out;
            json::Writer(out).utf8(invalid);
            QCOMPARE(out, qtString(QString::fromUtf8(invalid)));
        }
    }

    void canonicalTimes()
    {
        QVERIFY(json::Writer::isCanonicalTime(u"2025-06-01T10:00:00.000Z"));
        QVERIFY(json::Writer::isCanonicalTime(u"2024-02-29T23:59:59.999Z"));
        for (const auto text :
             {u"2025-02-29T10:00:00.000Z", u"2025-06-01T24:00:00.000Z", u"2025-06-01T10:00:00Z",
              u"0000-01-01T00:00:00.000Z", u"2025-06-01 10:00:00.000Z", u"2025-06-01T10:00:00.000+"}) {
            QVERIFY2(!json::Writer::isCanonicalTime(QStringView(text)), qPrintable(QString::fromUtf16(text)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistrationJson)
#include "tst_registrationjson.moc"
