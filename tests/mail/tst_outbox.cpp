// The outbox (server/mail/Outbox): written only with the caller's transaction, sealed at rest, retried with backoff,
// dead letters with their reason, the message deleted once sent.
#include "CipherTestSupport.h"
#include "mail/Outbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace regiekamer::server::mail;
using namespace Qt::StringLiterals;

class TestOutbox : public QObject
{
    Q_OBJECT

    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TestCipher> m_keys;
    std::unique_ptr<Outbox> m_outbox;

    static OutgoingMail sample(const QString &to = u"geheim.adres@example.nl"_s)
    {
        return OutgoingMail {0,
                             u"test"_s,
                             to,
                             u"nl"_s,
                             u"Welkom bij Regiekamer"_s,
                             u"Vertrouwelijke tekst voor Jan"_s,
                             u"<p>Vertrouwelijke tekst voor Jan</p>"_s};
    }

    qint64 enqueueCommitted(const OutgoingMail &mail)
    {
        Transaction transaction(*m_database);
        auto id = m_outbox->enqueue(mail);
        if (!id || !transaction.commit())
            return 0;
        return *id;
    }

    QVariantList row(qint64 id)
    {
        auto values = m_database->firstRow(
            u"SELECT state, attempts, next_attempt_at, last_error, message IS NULL, recipient, message "
            "FROM outbox WHERE id = ?"_s,
            {id});
        return values && *values ? **values : QVariantList();
    }

private Q_SLOTS:
    void init()
    {
        m_outbox.reset();
        m_keys.reset();
        m_database.reset();
        QVERIFY(m_dir.isValid());
        QFile::remove(QDir(m_dir.path()).filePath(Database::fileName));
        auto database = Database::open(m_dir.path());
        QVERIFY(database);
        m_database = std::move(*database);
        m_keys = test::TestCipher::open(*m_database, m_dir.path());
        QVERIFY(m_keys);
        m_outbox = std::make_unique<Outbox>(*m_database, *m_keys->keys, u"regiekamer@example.org"_s);
    }

    void cleanupTestCase()
    {
        m_outbox.reset();
        m_keys.reset();
        m_database.reset();
    }

    void rolledBackLeavesNothing()
    {
        {
            Transaction transaction(*m_database);
            QVERIFY(m_outbox->enqueue(sample()));
        }
        auto count = m_database->firstRow(u"SELECT COUNT(*) FROM outbox"_s);
        QCOMPARE((*count)->at(0).toInt(), 0);
        QVERIFY(!m_outbox->enqueue(sample())); // outside a transaction: refused
        QCOMPARE((*m_database->firstRow(u"SELECT COUNT(*) FROM outbox"_s))->at(0).toInt(), 0);
    }

    void committedRowIsSealed()
    {
        const qint64 id = enqueueCommitted(sample());
        QVERIFY(id > 0);
        const QVariantList values = row(id);
        QCOMPARE(values.at(0).toString(), u"pending"_s);
        QVERIFY(!values.at(5).toByteArray().contains("geheim"));
        QVERIFY(!values.at(6).toByteArray().contains("Vertrouwelijke"));
        QVERIFY(values.at(6).toByteArray().size() > 40);
        m_database->close();
        QFile file(QDir(m_dir.path()).filePath(Database::fileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll() + [this] {
            QFile wal(QDir(m_dir.path()).filePath(Database::fileName + u"-wal"_s));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.contains("geheim.adres"));
        QVERIFY(!bytes.contains("Vertrouwelijke"));
        init();
    }

    void sealMovedToAnotherRowDoesNotOpen()
    {
        const qint64 first = enqueueCommitted(sample(u"a@example.nl"_s));
        const qint64 second = enqueueCommitted(sample(u"b@example.nl"_s));
        QVERIFY(m_database->run(u"UPDATE outbox SET recipient = (SELECT recipient FROM outbox WHERE id = ?) "
                                "WHERE id = ?"_s,
                                {first, second}));
        auto due = m_outbox->nextDue(QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(due && *due);
        QCOMPARE((*due)->id, first);
        QVERIFY(m_outbox->markSent(first, QDateTime::currentDateTimeUtc()));
        due = m_outbox->nextDue(QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(due && !*due); // the moved one turned dead instead of going to a's address
        QCOMPARE(row(second).at(0).toString(), u"dead"_s);
        QVERIFY(row(second).at(3).toString().contains(u"cannot be opened"_s));
    }

    void headerInjectionRefusedAtEnqueue()
    {
        Transaction transaction(*m_database);
        OutgoingMail mail = sample();
        mail.subject = u"Hi\r\nBcc: x@example.org"_s;
        QVERIFY(!m_outbox->enqueue(mail));
        mail = sample(u"a@example.org\r\nRCPT TO:<b@example.org>"_s);
        QVERIFY(!m_outbox->enqueue(mail));
    }

    void backoffSchedule()
    {
        const RetryPolicy policy;
        const QList<qint64> expected {30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600};
        for (int n = 1; n <= expected.size(); ++n)
            QCOMPARE(policy.delayAfter(n).count(), expected.at(n - 1));

        const qint64 id = enqueueCommitted(sample());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto state = m_outbox->markFailed(id, {u"cannot connect to the SMTP server"_s, false}, now);
        QVERIFY(state && *state == OutboxState::Pending);
        QVariantList values = row(id);
        QCOMPARE(values.at(1).toInt(), 1);
        QCOMPARE(fromDatabaseTime(values.at(2)).toSecsSinceEpoch(), now.addSecs(30).toSecsSinceEpoch());
        QCOMPARE(values.at(3).toString(), u"cannot connect to the SMTP server"_s);
        QVERIFY(m_outbox->nextDue(now.addSecs(29)).value() == std::nullopt);
        QVERIFY(m_outbox->nextDue(now.addSecs(30)).value().has_value());
        QVERIFY(m_outbox->markFailed(id, {u"again"_s, false}, now));
        QCOMPARE(fromDatabaseTime(row(id).at(2)).toSecsSinceEpoch(), now.addSecs(60).toSecsSinceEpoch());
    }

    void deadLetter()
    {
        const qint64 permanent = enqueueCommitted(sample());
        auto state = m_outbox->markFailed(permanent, {u"550 5.1.1 mailbox unavailable"_s, true},
                                          QDateTime::currentDateTimeUtc());
        QVERIFY(state && *state == OutboxState::Dead);
        QCOMPARE(row(permanent).at(3).toString(), u"550 5.1.1 mailbox unavailable"_s);
        QVERIFY(row(permanent).at(4).toBool()); // the message is gone

        const qint64 old = enqueueCommitted(sample());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(24 * 3600 + 1);
        state = m_outbox->markFailed(old, {u"the SMTP server did not answer in time"_s, false}, later);
        QVERIFY(state && *state == OutboxState::Dead);

        RetryPolicy few;
        few.maximumAttempts = 3;
        m_outbox->setRetryPolicy(few);
        const qint64 tries = enqueueCommitted(sample());
        for (int n = 1; n <= 3; ++n)
            state = m_outbox->markFailed(tries, {u"x"_s, false}, QDateTime::currentDateTimeUtc());
        QVERIFY(state && *state == OutboxState::Dead);

        auto entries = m_outbox->list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->last().recipient, u"geheim.adres@example.nl"_s);
        QCOMPARE(entries->last().lastError, u"550 5.1.1 mailbox unavailable"_s);
        QCOMPARE(m_outbox->counts()->at(OutboxState::Dead), 3);
    }

    void bodyDeletedAfterSent()
    {
        const qint64 id = enqueueCommitted(sample());
        auto due = m_outbox->nextDue(QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(due && *due);
        QCOMPARE((*due)->recipient, u"geheim.adres@example.nl"_s);
        QCOMPARE((*due)->message.text, u"Vertrouwelijke tekst voor Jan"_s);
        QCOMPARE((*due)->message.from, u"regiekamer@example.org"_s);
        QVERIFY(m_outbox->markSent(id, QDateTime::currentDateTimeUtc()));
        const QVariantList values = row(id);
        QCOMPARE(values.at(0).toString(), u"sent"_s);
        QVERIFY(values.at(4).toBool());
        QVERIFY(m_outbox->nextDue(QDateTime::currentDateTimeUtc().addSecs(1)).value() == std::nullopt);
        QCOMPARE(m_outbox->list()->first().state, OutboxState::Sent);
        QVERIFY(m_outbox->list()->first().sentAt.isValid());
    }

    // The worker is woken once per mail, from the event loop, so after the caller's transaction has committed.
    void notifiesAfterTheCallerReturns()
    {
        int woken = 0;
        m_outbox->setEnqueuedNotifier([&woken] { ++woken; });
        {
            Transaction transaction(*m_database);
            QVERIFY(m_outbox->enqueue(sample()));
            QVERIFY(m_outbox->enqueue(sample()));
            QCOMPARE(woken, 0);
            QVERIFY(transaction.commit());
        }
        QCOMPARE(woken, 0);
        QTRY_COMPARE(woken, 2);
    }

    void rowGoesWithTheAccount()
    {
        const qint64 user = test::execSql(*m_database,
                                          u"INSERT INTO users (email, display_name, role, password_hash, created_at) "
                                          "VALUES (x'01', x'02', 'viewer', 'h', '2026-01-01T00:00:00.000Z')"_s);
        QVERIFY(user > 0);
        OutgoingMail mail = sample();
        mail.userId = user;
        QVERIFY(enqueueCommitted(mail) > 0);
        Transaction transaction(*m_database);
        QVERIFY(m_database->run(u"DELETE FROM users WHERE id = ?"_s, {user}));
        QVERIFY(transaction.commit());
        QCOMPARE((*m_database->firstRow(u"SELECT COUNT(*) FROM outbox"_s))->at(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
