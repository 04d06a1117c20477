// Mail leaves the real regiekamer-server only over verified TLS (issue 15): a real SMTP server (aiosmtpd) started
// here with a certificate from a test CA; mail is written with `regiekamer-admin mail test` and read back from what
// the SMTP server received.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
#include "SqlFile.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace regiekamer;
using namespace Qt::StringLiterals;

class TestSmtpDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpTestServer> m_smtp;
    std::unique_ptr<ServerProcess> m_server;

    QStringList mailArguments(const QString &caFile) const
    {
        return {u"--smtp"_s, m_smtp->url(), u"--smtp-ca-file"_s, caFile, u"--smtp-from"_s, u"regiekamer@example.org"_s};
    }

    bool startServer(const QStringList &arguments)
    {
        if (!m_server->start(arguments)) {
            qWarning("%s", m_server->lastOutput().constData());
            return false;
        }
        return true;
    }

    bool enqueue(const QString &address)
    {
        QByteArray output;
        const int code = m_server->runAdmin({u"mail"_s, u"test"_s, address}, {}, &output);
        if (code != 0)
            qWarning("%s", output.constData());
        return code == 0;
    }

    // state|last_error|message IS NULL of each row, oldest first.
    QStringList outboxRows() const
    {
        SqlFile file(QDir(m_server->dataDir()).filePath(u"regiekamer.sqlite"_s));
        return file.rows(u"SELECT state, last_error, message IS NULL FROM outbox ORDER BY id"_s);
    }

    bool waitForRow(const QString &prefix, int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([&] { return outboxRows().value(0).startsWith(prefix); }, timeoutMs);
    }

    QString credentialsFile(const QString &user, const QString &password)
    {
        const QString path = QDir(m_smtp->directory()).filePath(u"credentials"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write((user + u'\n' + password + u'\n').toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_smtp = std::make_unique<SmtpTestServer>();
        m_server = std::make_unique<ServerProcess>();
    }

    void cleanup()
    {
        m_server.reset();
        m_smtp.reset();
    }

    // STARTTLS required and the certificate verified against --smtp-ca-file: the mail arrives whole (text and HTML
    // decoded as written), and the outbox keeps no message once it is sent.
    void deliversOverStartTls()
    {
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp->lastError()));
        QVERIFY(startServer(mailArguments(m_smtp->caFile())));
        QVERIFY(enqueue(u"ontvanger@example.nl"_s));
        QVERIFY(m_smtp->waitForMessages(1));
        const SmtpTestServer::Message message = m_smtp->messages().first();
        QVERIFY(message.tls);
        QCOMPARE(message.mailFrom, u"regiekamer@example.org"_s);
        QCOMPARE(message.recipients, QStringList {u"ontvanger@example.nl"_s});
        QCOMPARE(mimeParts::header(message.raw, "To"), "ontvanger@example.nl"_ba);
        QCOMPARE(mimeParts::header(message.raw, "Content-Language"), "en"_ba);
        QVERIFY(mimeParts::header(message.raw, "Message-ID").endsWith("@example.org>"));
        QCOMPARE(QString::fromUtf8(mimeParts::body(message.raw, "text/plain")),
                 u"This is a test message from Regiekamer: the server can send mail."_s);
        QVERIFY(mimeParts::body(message.raw, "text/html").contains("<p>This is a test message"));
        QVERIFY(waitForRow(u"sent||1"_s));
    }

    // smtps:// (implicit TLS) works as well.
    void deliversOverImplicitTls()
    {
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::ImplicitTls), qPrintable(m_smtp->lastError()));
        QVERIFY(startServer(mailArguments(m_smtp->caFile())));
        QVERIFY(enqueue(u"ontvanger@example.nl"_s));
        QVERIFY(m_smtp->waitForMessages(1));
        QVERIFY(m_smtp->messages().first().tls);
        QVERIFY(waitForRow(u"sent||1"_s));
    }

    // A server that offers no STARTTLS gets nothing (not even the envelope), and the outbox says why.
    void serverWithoutStartTlsGetsNothing()
    {
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::PlainNoStartTls), qPrintable(m_smtp->lastError()));
        QVERIFY(startServer(mailArguments(m_smtp->caFile())));
        QVERIFY(enqueue(u"ontvanger@example.nl"_s));
        QVERIFY2(waitForRow(u"pending|the SMTP server did not offer STARTTLS"_s), qPrintable(outboxRows().join(u'\n')));
        QTest::qWait(500);
        QVERIFY(m_smtp->messages().isEmpty());
        QVERIFY(!outboxRows().first().endsWith(u"|1"_s)); // the message waits for a retry
    }

    // A certificate from a CA the server does not trust: nothing is sent, and the reason says so.
    void untrustedCertificateGetsNothing()
    {
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp->lastError()));
        QVERIFY(startServer(mailArguments(m_smtp->otherCaFile())));
        QVERIFY(enqueue(u"ontvanger@example.nl"_s));
        QVERIFY2(waitForRow(u"pending|the SMTP server's certificate is not trusted"_s),
                 qPrintable(outboxRows().join(u'\n')));
        QTest::qWait(500);
        QVERIFY(m_smtp->messages().isEmpty());
    }

    // AUTH with the user and password of --smtp-credentials-file; a wrong password is reported without itself.
    void authenticatesWithTheCredentialsFile()
    {
        m_smtp->requireAuth(u"mailer"_s, u"juist-wachtwoord"_s);
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp->lastError()));
        QStringList arguments = mailArguments(m_smtp->caFile());
        arguments << u"--smtp-credentials-file"_s << credentialsFile(u"mailer"_s, u"fout-wachtwoord"_s);
        QVERIFY(startServer(arguments));
        QVERIFY(enqueue(u"ontvanger@example.nl"_s));
        QVERIFY2(waitForRow(u"pending|the SMTP server wants a user name and password"_s),
                 qPrintable(outboxRows().join(u'\n')));
        QVERIFY(!outboxRows().join(u'\n').contains(u"wachtwoord"_s));
        QVERIFY(!m_server->lastOutput().contains("wachtwoord"));
        QVERIFY(m_smtp->messages().isEmpty());
        m_server->terminate();

        credentialsFile(u"mailer"_s, u"juist-wachtwoord"_s);
        QVERIFY(startServer(arguments)); // the row waits 30 s for its retry; a new mail goes at once
        QVERIFY(enqueue(u"tweede@example.nl"_s));
        QVERIFY(m_smtp->waitForMessages(1));
        QVERIFY(m_smtp->messages().first().authenticated);
        QCOMPARE(m_smtp->messages().first().recipients, QStringList {u"tweede@example.nl"_s});
    }

    // Credentials never go into a URL; a credentials file others can read is refused at the start.
    void refusesCredentialsInTheUrlOrAnOpenFile()
    {
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp->lastError()));
        QStringList arguments = mailArguments(m_smtp->caFile());
        arguments[1] = u"smtp://mailer:geheim@127.0.0.1:%1"_s.arg(m_smtp->port());
        QVERIFY(!m_server->start(arguments));
        QVERIFY(m_server->lastOutput().contains("--smtp-credentials-file"));
        QVERIFY(!m_server->lastOutput().contains("geheim"));
        const QString file = credentialsFile(u"mailer"_s, u"geheim"_s);
        QFile(file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QVERIFY(!m_server->start(mailArguments(m_smtp->caFile()) << u"--smtp-credentials-file"_s << file));
        QVERIFY(m_server->lastOutput().contains("chmod 600"));
    }

    // The SMTP server refuses the recipient for good (550): the row is dead at once, with that answer as reason.
    void permanentRefusalIsADeadLetter()
    {
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp->lastError()));
        QVERIFY(startServer(mailArguments(m_smtp->caFile())));
        QVERIFY(enqueue(u"reject@example.nl"_s));
        QVERIFY2(waitForRow(u"dead|550 5.1.1 mailbox unavailable|1"_s), qPrintable(outboxRows().join(u'\n')));
        QVERIFY(m_smtp->messages().isEmpty());
    }

    // Only an administrator lists the outbox (recipient, state, reason, never the message); without --smtp the mail
    // waits and the listing says that no SMTP server is configured.
    void adminSeesTheOutbox()
    {
        QVERIFY(startServer({u"--demo"_s}));
        QVERIFY(enqueue(u"ontvanger@example.nl"_s));
        ApiRequests api;
        QVERIFY(api.connectTo(*m_server));
        const auto accounts = m_server->demoAccounts();
        const QString admin = api.login(accounts.value(Role::Admin).email, accounts.value(Role::Admin).password);
        const ApiReply reply = api.send("GET", api.url(QString::fromLatin1(api::path::outbox)), admin);
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QCOMPARE(reply.json().value("note"_L1).toString(), u"no SMTP server configured"_s);
        QVERIFY(reply.json().value("delivery"_L1).isNull());
        const QJsonObject item = reply.items().first().toObject();
        QCOMPARE(item.value("recipient"_L1).toString(), u"ontvanger@example.nl"_s);
        QCOMPARE(item.value("state"_L1).toString(), u"pending"_s);
        QCOMPARE(item.value("purpose"_L1).toString(), u"test"_s);
        QVERIFY(!reply.body.contains("test message"));
        QByteArray listing;
        QCOMPARE(m_server->runAdmin({u"mail"_s, u"outbox"_s}, {}, &listing), 0);
        QVERIFY2(listing.contains("ontvanger@example.nl") && listing.contains("pending"), listing.constData());
        for (const Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
            const QString token = api.login(accounts.value(role).email, accounts.value(role).password);
            const ApiReply refused = api.send("GET", api.url(QString::fromLatin1(api::path::outbox)), token);
            QVERIFY2(refused.status == 403, qPrintable(refused.describe()));
            QVERIFY(!refused.body.contains("ontvanger"));
        }
    }

    // SIGKILL while the queue drains loses no mail: after the restart every row is sent and every mail arrived (at
    // least once; one being sent at the kill may arrive twice, with the same Message-ID).
    void killedServerLosesNoMail()
    {
        constexpr int mails = 40;
        QVERIFY(startServer({}));
        for (int n = 0; n < mails; ++n)
            QVERIFY(enqueue(u"ontvanger%1@example.nl"_s.arg(n)));
        QCOMPARE(m_server->terminate(), 0);
        QVERIFY2(m_smtp->start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp->lastError()));
        QVERIFY(startServer(mailArguments(m_smtp->caFile())));
        QVERIFY(m_smtp->waitForMessages(3));
        ::kill(static_cast<pid_t>(m_server->processId()), SIGKILL);
        QTRY_VERIFY(!m_server->isRunning());
        const qsizetype atKill = m_smtp->messages().size();
        QVERIFY2(atKill < mails, "the queue was drained before the kill; nothing was tested");
        QVERIFY(startServer(mailArguments(m_smtp->caFile())));
        QVERIFY(m_smtp->waitForMessages(mails, 30000));
        QVERIFY(QTest::qWaitFor([&] { return outboxRows().count(u"sent||1"_s) == mails; }, 15000));
        QSet<QString> recipients;
        QSet<QByteArray> ids;
        for (const SmtpTestServer::Message &message : m_smtp->messages()) {
            recipients.insert(message.recipients.value(0));
            ids.insert(mimeParts::header(message.raw, "Message-ID"));
        }
        QCOMPARE(recipients.size(), mails);
        QCOMPARE(ids.size(), mails);
        qInfo("%lld of %d mails had arrived at the kill; %lld messages received in all", static_cast<long long>(atKill),
              mails, static_cast<long long>(m_smtp->messages().size()));
    }
};

QTEST_GUILESS_MAIN(TestSmtpDelivery)
#include "tst_smtp_delivery.moc"
