// The links sent by mail: only a hash stored, bound to purpose and account, used once, expiring, voided by a newer
// link and by a changed password.
#include "auth/AccountTokens.h"
#include "base/ApiError.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace regiekamer::server;
using regiekamer::Result;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestAccountTokens : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::UTC);
    qint64 m_user = 0;

    AccountTokens tokens()
    {
        return AccountTokens(*m_database, [this] { return m_now; });
    }

    IssuedToken issue(TokenPurpose purpose, qint64 userId, const QByteArray &address = {},
                      std::chrono::seconds validFor = 30min)
    {
        Transaction transaction(*m_database);
        auto issued = tokens().issue(purpose, userId, address, validFor, "payload"_ba);
        if (!issued || !transaction.commit())
            qFatal("issue failed");
        return *issued;
    }

    Result<TokenRecord> consume(TokenPurpose purpose, const QString &token)
    {
        Transaction transaction(*m_database);
        auto consumed = tokens().consume(purpose, token);
        if (consumed && !transaction.commit())
            qFatal("commit failed");
        return consumed;
    }

    bool valid(TokenPurpose purpose, const QString &token)
    {
        auto peeked = tokens().peek(purpose, token);
        return peeked && peeked->has_value();
    }

    qint64 addUser(const QString &name)
    {
        auto inserted = m_database->exec(u"INSERT INTO users (email, display_name, role, password_hash, created_at)"
                                         " VALUES (?, ?, 'viewer', 'old hash', '2026-01-01T00:00:00.000Z')"_s,
                                         {name, name});
        if (!inserted)
            qFatal("%s", qPrintable(inserted.error().message));
        return inserted->lastInsertId().toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.path());
        QVERIFY2(database, database ? "" : qPrintable(database.error().message));
        m_database = std::move(*database);
        m_user = addUser(u"someone"_s);
    }

    // 256 bits in base64url, and nothing in the table that would let a reader of the file use the link.
    void onlyTheHashIsStored()
    {
        const IssuedToken issued = issue(TokenPurpose::PasswordReset, m_user);
        QCOMPARE(issued.token.size(), 43);
        QCOMPARE(QByteArray::fromBase64(issued.token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        QCOMPARE(issued.expiresAt, m_now.addSecs(30 * 60));
        auto rows = m_database->exec(u"SELECT token_hash, payload, purpose FROM account_tokens"_s);
        QVERIFY(rows);
        int seen = 0;
        while (rows->next()) {
            ++seen;
            for (int column = 0; column < 3; ++column)
                QVERIFY(!rows->value(column).toString().contains(issued.token));
        }
        QVERIFY(seen >= 1);
        QVERIFY(valid(TokenPurpose::PasswordReset, issued.token));
    }

    void aTokenIsUsedOnce()
    {
        const IssuedToken issued = issue(TokenPurpose::PasswordReset, m_user);
        auto first = consume(TokenPurpose::PasswordReset, issued.token);
        QVERIFY(first);
        QCOMPARE(first->userId, m_user);
        QCOMPARE(first->payload, "payload"_ba);
        auto second = consume(TokenPurpose::PasswordReset, issued.token);
        QVERIFY(!second);
        QCOMPARE(second.error().code, QLatin1StringView(regiekamer::api::errc::invalidToken));
    }

    void aTokenServesOnlyItsPurpose()
    {
        const IssuedToken issued = issue(TokenPurpose::Invitation, m_user);
        QVERIFY(!valid(TokenPurpose::PasswordReset, issued.token));
        QVERIFY(!consume(TokenPurpose::PasswordReset, issued.token));
        QVERIFY(consume(TokenPurpose::Invitation, issued.token)); // the wrong try did not use it up
    }

    void aTokenExpires()
    {
        const IssuedToken issued = issue(TokenPurpose::PasswordReset, m_user);
        m_now = m_now.addSecs(30 * 60);
        QVERIFY(!valid(TokenPurpose::PasswordReset, issued.token));
        QVERIFY(!consume(TokenPurpose::PasswordReset, issued.token));
    }

    void aNewerTokenVoidsTheOlder()
    {
        const IssuedToken older = issue(TokenPurpose::PasswordReset, m_user);
        const IssuedToken newer = issue(TokenPurpose::PasswordReset, m_user);
        QVERIFY(!valid(TokenPurpose::PasswordReset, older.token));
        QVERIFY(valid(TokenPurpose::PasswordReset, newer.token));
        // Per address too, for links to addresses without an account.
        const IssuedToken first = issue(TokenPurpose::Registration, 0, "index-a"_ba);
        const IssuedToken other = issue(TokenPurpose::Registration, 0, "index-b"_ba);
        const IssuedToken second = issue(TokenPurpose::Registration, 0, "index-a"_ba);
        QVERIFY(!valid(TokenPurpose::Registration, first.token));
        QVERIFY(valid(TokenPurpose::Registration, other.token));
        QVERIFY(valid(TokenPurpose::Registration, second.token));
    }

    // Whatever changed it: the trigger of schema 11 voids the reset and e-mail change links, not an invitation.
    void aChangedPasswordVoidsResetLinks()
    {
        const qint64 user = addUser(u"changes password"_s);
        const IssuedToken reset = issue(TokenPurpose::PasswordReset, user);
        const IssuedToken change = issue(TokenPurpose::EmailChange, user);
        const IssuedToken invitation = issue(TokenPurpose::Invitation, user);
        QVERIFY(m_database->exec(u"UPDATE users SET password_hash = 'new hash' WHERE id = ?"_s, {user}));
        QVERIFY(!valid(TokenPurpose::PasswordReset, reset.token));
        QVERIFY(!valid(TokenPurpose::EmailChange, change.token));
        QVERIFY(valid(TokenPurpose::Invitation, invitation.token));
    }

    void malformedTokensAreNotLookedUp_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << u"abc"_s;
        QTest::newRow("sql") << u"' OR 1=1 --                                "_s;
        QTest::newRow("padding") << u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s;
    }
    void malformedTokensAreNotLookedUp()
    {
        QFETCH(QString, token);
        QVERIFY(!valid(TokenPurpose::PasswordReset, token));
        QVERIFY(!consume(TokenPurpose::PasswordReset, token));
    }

    void issuedTokensAreCountedForRateLimits()
    {
        const qint64 user = addUser(u"counted"_s);
        const QDateTime start = m_now;
        for (int i = 0; i < 3; ++i)
            issue(TokenPurpose::PasswordReset, user);
        auto count = tokens().issuedSince(TokenPurpose::PasswordReset, user, {}, start);
        QVERIFY(count);
        QCOMPARE(*count, 3);
        m_now = m_now.addSecs(1);
        count = tokens().issuedSince(TokenPurpose::PasswordReset, user, {}, m_now);
        QVERIFY(count);
        QCOMPARE(*count, 0);
    }

    void oldTokensArePurged()
    {
        const qint64 user = addUser(u"purged"_s);
        const IssuedToken issued = issue(TokenPurpose::Invitation, user, {}, 1h);
        m_now = m_now.addDays(2);
        auto purged = tokens().purge();
        QVERIFY(purged);
        QVERIFY(*purged >= 1);
        auto left = m_database->exec(u"SELECT COUNT(*) FROM account_tokens WHERE token_hash = ?"_s,
                                     {AccountTokens::hashOf(issued.token)});
        QVERIFY(left && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountTokens)
#include "tst_accounttokens.moc"
