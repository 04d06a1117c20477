#include "CipherTestSupport.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "db/Database.h"
#include "storage/UserRepository.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

// The error code of a refused session, or "still valid": a session that survives where it must not fails the
// comparison instead of aborting on error() of a valid result.
template<typename T> QString refusal(const Result<T> &validated)
{
    return validated ? u"still valid"_s : validated.error().code;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TestCipher> m_keys;
    QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC);
    qint64 m_userId = 0;

    Clock clock()
    {
        return [this] { return m_now; };
    }

    SessionStore store()
    {
        return SessionStore(*m_database, SessionPolicy {std::chrono::minutes(30), std::chrono::hours(12)}, clock());
    }

    QString allSessionText()
    {
        auto query = m_database->exec(u"SELECT * FROM sessions"_s);
        QString text;
        while (query && query->next()) {
            for (int i = 0; i < query->record().count(); ++i)
                text += query->value(i).toString() + u'|';
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.path());
        QVERIFY2(database, database ? "" : qPrintable(database.error().message));
        m_database = std::move(*database);
        m_keys = test::TestCipher::open(*m_database, m_dir.path());
        QVERIFY(m_keys);
        auto id = UserRepository(*m_database, *m_keys->cipher, clock())
                      .create(NewUser {u"director@example.com"_s, u"Director"_s, Role::Director, {}, u"x"_s});
        QVERIFY(id);
        m_userId = *id;
    }

    void tokenIsRandomAndStoredOnlyAsHash()
    {
        SessionStore sessions = store();
        auto first = sessions.create(m_userId);
        auto second = sessions.create(m_userId);
        QVERIFY(first && second);
        QVERIFY(first->token != second->token);
        const QByteArray raw = QByteArray::fromBase64(first->token.toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY(raw.size() * 8 >= 128);
        QCOMPARE(raw.size(), 32);
        const QString rows = allSessionText();
        QVERIFY(!rows.isEmpty());
        QVERIFY(!rows.contains(first->token));
        QVERIFY(!rows.contains(second->token));
        QVERIFY(rows.contains(SessionStore::hashToken(first->token)));
        auto valid = sessions.validate(first->token);
        QVERIFY(valid);
        QCOMPARE(valid->userId, m_userId);
    }

    void unknownTokenRejected()
    {
        SessionStore sessions = store();
        auto result = sessions.validate(u"not-a-token"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"unauthenticated"_s);
        QVERIFY(!sessions.validate(QString()));
    }

    void idleExpiryRefreshedOnUse()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        QCOMPARE(issued->expiresAt, m_now.addSecs(30 * 60));
        m_now = m_now.addSecs(29 * 60);
        QVERIFY(sessions.validate(issued->token)); // refreshes
        m_now = m_now.addSecs(29 * 60);
        QVERIFY(sessions.validate(issued->token));
        m_now = m_now.addSecs(31 * 60);
        auto expired = sessions.validate(issued->token);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, u"session_expired"_s);
        // The row is gone: later it is simply unknown.
        QCOMPARE(refusal(sessions.validate(issued->token)), u"unauthenticated"_s);
    }

    void validateWithoutTouchDoesNotRefresh()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        m_now = m_now.addSecs(20 * 60);
        QVERIFY(sessions.validate(issued->token, false));
        m_now = m_now.addSecs(11 * 60);
        QCOMPARE(refusal(sessions.validate(issued->token)), u"session_expired"_s);
    }

    void absoluteExpiry()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        // Used every 20 minutes: never idle, but the absolute limit of 12 hours still ends it.
        for (int i = 0; i < 35; ++i) {
            m_now = m_now.addSecs(20 * 60);
            QVERIFY2(sessions.validate(issued->token), qPrintable(QString::number(i)));
        }
        m_now = m_now.addSecs(20 * 60); // 12 h
        auto expired = sessions.validate(issued->token);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, u"session_expired"_s);
    }

    void logoutRevokes()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        QVERIFY(sessions.validate(issued->token));
        QVERIFY(sessions.revoke(issued->token));
        QCOMPARE(refusal(sessions.validate(issued->token)), u"unauthenticated"_s);
    }

    QString storedLastSeen(const QString &token)
    {
        auto row = m_database->firstRow(u"SELECT last_seen_at FROM sessions WHERE token_hash = ?"_s,
                                        {SessionStore::hashToken(token)});
        return row && *row ? (*row)->at(0).toString() : u"gone"_s;
    }

    // The last use is written at most once per write interval (a minute for a 30-minute idle limit); the idle expiry
    // still goes by the last use kept in memory, exactly.
    void lastUseWrittenCoalescedExpiryExact()
    {
        SessionStore sessions = store();
        QCOMPARE(sessions.touchWriteInterval(), std::chrono::milliseconds(60000));
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        const QString created = storedLastSeen(issued->token);
        m_now = m_now.addSecs(50);
        auto used = sessions.validate(issued->token);
        QVERIFY(used);
        QCOMPARE(used->expiresAt, m_now.addSecs(30 * 60));
        QCOMPARE(storedLastSeen(issued->token), created); // not written: less than a minute since the row's
        const QDateTime lastUse = m_now;
        m_now = lastUse.addSecs(30 * 60 - 1);
        QVERIFY(sessions.validate(issued->token, false)); // alive by the use in memory
        QVERIFY(sessions.purgeExpired()); // and the purge keeps it too
        QVERIFY(sessions.validate(issued->token, false));
        m_now = lastUse.addSecs(30 * 60);
        QCOMPARE(refusal(sessions.validate(issued->token)), u"session_expired"_s);
    }

    void lastUseWrittenAfterTheInterval()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        m_now = m_now.addSecs(61);
        QVERIFY(sessions.validate(issued->token));
        QCOMPARE(storedLastSeen(issued->token), toDatabaseTime(m_now));
    }

    // A crash loses the uses in memory: the session ends up to a write interval early, never late.
    void crashLosesAtMostTheInterval()
    {
        auto issued = store().create(m_userId);
        QVERIFY(issued);
        const QDateTime created = m_now;
        {
            SessionStore before = store();
            m_now = created.addSecs(59);
            QVERIFY(before.validate(issued->token));
        }
        SessionStore after = store(); // a new process: nothing in memory
        m_now = created.addSecs(30 * 60 - 1);
        QVERIFY(after.validate(issued->token, false));
        m_now = created.addSecs(30 * 60);
        QCOMPARE(refusal(after.validate(issued->token)), u"session_expired"_s);
    }

    // A revocation by anyone (another process) counts at the next request, whatever this store remembers.
    void revocationImmediateDespiteMemory()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        m_now = m_now.addSecs(5);
        QVERIFY(sessions.validate(issued->token));
        QVERIFY(store().revoke(issued->token));
        QCOMPARE(refusal(sessions.validate(issued->token)), u"unauthenticated"_s);
    }

    void disablingEndsSessions()
    {
        SessionStore sessions = store();
        auto issued = sessions.create(m_userId);
        QVERIFY(issued);
        QVERIFY(UserRepository(*m_database, *m_keys->cipher, clock()).disable(u"Director@Example.com"_s));
        QCOMPARE(refusal(sessions.validate(issued->token)), u"unauthenticated"_s);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
