#include "app/ServerOptions.h"
#include "cli/AdminCli.h"

#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestServerOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The second factor's policy: admin, director and client staff by default; a list, or none; unknown roles refused.
    void secondFactorPolicy()
    {
        const QStringList base {u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:8443"_s};
        auto defaults = ServerOptions::parse(base);
        QVERIFY(defaults);
        QCOMPARE(defaults->secondFactor.roles, (QList<Role> {Role::Admin, Role::Director, Role::ClientStaff}));
        QCOMPARE(defaults->secondFactor.lock.count(), 15 * 60);
        QCOMPARE(defaults->secondFactor.stepUp.count(), 15 * 60);
        auto none = ServerOptions::parse(base + QStringList {u"--mfa-roles"_s, u"none"_s});
        QVERIFY(none);
        QVERIFY(none->secondFactor.roles.isEmpty());
        auto listed =
            ServerOptions::parse(base +
                                 QStringList {u"--mfa-roles"_s, u"moderator, admin"_s, u"--mfa-lock-seconds"_s, u"3"_s,
                                              u"--mfa-step-up-seconds"_s, u"60"_s});
        QVERIFY(listed);
        QCOMPARE(listed->secondFactor.roles, (QList<Role> {Role::Moderator, Role::Admin}));
        QCOMPARE(listed->secondFactor.lock.count(), 3);
        QCOMPARE(listed->secondFactor.stepUp.count(), 60);
        QVERIFY(!ServerOptions::parse(base + QStringList {u"--mfa-roles"_s, u"admin,root"_s}));
        QVERIFY(!ServerOptions::parse(base + QStringList {u"--mfa-roles"_s, u","_s}));
        QVERIFY(!ServerOptions::parse(base + QStringList {u"--mfa-lock-seconds"_s, u"0"_s}));
    }
    void valid()
    {
        auto options = ServerOptions::parse({u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:8443"_s,
                                             u"--demo"_s, u"--session-idle-seconds"_s, u"5"_s});
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(options->dataDir, u"/tmp/x"_s);
        QCOMPARE(options->host, u"127.0.0.1"_s);
        QCOMPARE(options->port, 8443);
        QVERIFY(options->demo);
        QCOMPARE(options->sessionIdle.count(), 5);
        QCOMPARE(options->sessionMax.count(), 12 * 3600);
        QVERIFY(options->certificateFile.isEmpty());
    }

    void connectionLimits()
    {
        const QStringList base {u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:8443"_s};
        auto defaults = ServerOptions::parse(base);
        QVERIFY(defaults);
        QCOMPARE(defaults->connectionLimits.connectionsPerAddress, 32);
        QCOMPARE(defaults->connectionLimits.request.bodyBytes, 64 * 1024);
        auto options = ServerOptions::parse(
            base +
            QStringList {u"--max-connections"_s, u"100"_s, u"--max-connections-per-address"_s, u"4"_s,
                         u"--request-timeout-seconds"_s, u"2"_s, u"--idle-timeout-seconds"_s, u"7"_s});
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(options->connectionLimits.connectionsInTotal, 100);
        QCOMPARE(options->connectionLimits.connectionsPerAddress, 4);
        QCOMPARE(options->connectionLimits.headerTimeout, std::chrono::seconds(2));
        QCOMPARE(options->connectionLimits.bodyTimeout, std::chrono::seconds(6));
        QCOMPARE(options->connectionLimits.idleTimeout, std::chrono::seconds(7));
    }

    // The offline lease (attack review finding 9): 7 days unless set; 0 turns offline copies off; at most 90.
    void offlineLease()
    {
        const QStringList base {u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:8443"_s};
        auto defaults = ServerOptions::parse(base);
        QVERIFY(defaults);
        QCOMPARE(defaults->offlineLease, std::chrono::days(7));
        for (const int days : {0, 1, 90}) {
            auto options = ServerOptions::parse(base + QStringList {u"--offline-lease-days"_s, QString::number(days)});
            QVERIFY2(options, options ? "" : qPrintable(options.error().message));
            QCOMPARE(options->offlineLease, std::chrono::days(days));
        }
        for (const QString &bad : {u"91"_s, u"-1"_s, u"1.5"_s, u"week"_s, QString()}) {
            auto options = ServerOptions::parse(base + QStringList {u"--offline-lease-days"_s, bad});
            QVERIFY2(!options, qPrintable(bad));
            QVERIFY2(options.error().message.contains(u"between 0 (no offline copies) and 90"_s),
                     qPrintable(options.error().message));
        }
    }

    // Mail (docs/mail.md): off without --smtp; the SMTP URL gets its default port; --public-url is https.
    void mailOptions()
    {
        const QStringList base {u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:8443"_s};
        auto defaults = ServerOptions::parse(base);
        QVERIFY(defaults);
        QVERIFY(!defaults->mail.deliveryEnabled());
        QVERIFY(defaults->mail.publicUrl.isEmpty());
        QCOMPARE(defaults->mail.fromAddress, u"regiekamer@localhost"_s);
        auto options = ServerOptions::parse(base +
                                            QStringList {u"--smtp"_s, u"smtp://mail.example.org"_s, u"--smtp-from"_s,
                                                         u"rk@example.org"_s, u"--smtp-ca-file"_s, u"/etc/ca.pem"_s,
                                                         u"--smtp-credentials-file"_s, u"/etc/smtp"_s,
                                                         u"--public-url"_s, u"https://rk.example.org/"_s});
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(options->mail.smtpUrl, QUrl(u"smtp://mail.example.org:587"_s));
        QCOMPARE(options->mail.fromAddress, u"rk@example.org"_s);
        QCOMPARE(options->mail.caFile, u"/etc/ca.pem"_s);
        QCOMPARE(options->mail.credentialsFile, u"/etc/smtp"_s);
        QCOMPARE(options->mail.publicUrl, QUrl(u"https://rk.example.org"_s));
        auto implicit = ServerOptions::parse(
            base +
            QStringList {u"--smtp"_s, u"smtps://mail.example.org"_s, u"--public-url"_s, u"https://rk.example.org"_s});
        QVERIFY(implicit);
        QCOMPARE(implicit->mail.smtpUrl.port(), 465);
        QCOMPARE(implicit->mail.fromAddress, u"regiekamer@rk.example.org"_s);
        QVERIFY(ServerOptions::usage().contains(u"--smtp URL"_s));
    }

    void mailErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in URL") << QStringList {u"--smtp"_s, u"smtp://u:secret@mail.example.org"_s}
                                         << u"--smtp-credentials-file"_s;
        QTest::newRow("http") << QStringList {u"--smtp"_s, u"http://mail.example.org"_s} << u"smtp://HOST"_s;
        QTest::newRow("path") << QStringList {u"--smtp"_s, u"smtp://mail.example.org/x"_s} << u"no path"_s;
        QTest::newRow("no host") << QStringList {u"--smtp"_s, u"smtp://"_s} << u"smtp://HOST"_s;
        QTest::newRow("from without smtp") << QStringList {u"--smtp-from"_s, u"a@example.org"_s} << u"needs --smtp"_s;
        QTest::newRow("from with CRLF") << QStringList {u"--smtp"_s, u"smtp://m.example.org"_s, u"--smtp-from"_s,
                                                        u"a@example.org\r\nBcc: b@example.org"_s}
                                        << u"one plain address"_s;
        QTest::newRow("from with name") << QStringList {u"--smtp"_s, u"smtp://m.example.org"_s, u"--smtp-from"_s,
                                                        u"A <a@example.org>"_s}
                                        << u"one plain address"_s;
        QTest::newRow("public http") << QStringList {u"--public-url"_s, u"http://rk.example.org"_s} << u"https"_s;
        QTest::newRow("public query") << QStringList {u"--public-url"_s, u"https://rk.example.org/?a=b"_s}
                                      << u"no user name"_s;
    }

    void mailErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        auto options = ServerOptions::parse(
            QStringList {u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:1"_s} + arguments);
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
        QVERIFY(!options.error().message.contains(u"secret"_s));
    }

    void ipv6Listen()
    {
        auto address = parseListenAddress(u"[::1]:9000"_s);
        QVERIFY(address);
        QCOMPARE(address->first, u"::1"_s);
        QCOMPARE(address->second, 9000);
    }

    // --version alone is enough: no --data-dir or --listen needed, nothing else is read.
    void version()
    {
        auto options = ServerOptions::parse({u"srv"_s, u"--version"_s});
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QVERIFY(options->versionRequested);
        QCOMPARE(ServerOptions::versionText(), u"regiekamer-server "_s + QStringLiteral(REGIEKAMER_VERSION));
        QVERIFY(ServerOptions::usage().contains(u"--version"_s));
        auto normal = ServerOptions::parse({u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:1"_s});
        QVERIFY(normal);
        QVERIFY(!normal->versionRequested);
    }

    // regiekamer-admin --version exits 0 without a data directory; an unknown command still is a usage error (2).
    void adminVersion()
    {
        QCOMPARE(runAdmin({u"regiekamer-admin"_s, u"--version"_s}), 0);
        QCOMPARE(runAdmin({u"regiekamer-admin"_s, u"--versions"_s}), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no data dir") << QStringList {u"--listen"_s, u"127.0.0.1:1"_s};
        QTest::newRow("no listen") << QStringList {u"--data-dir"_s, u"/tmp/x"_s};
        QTest::newRow("no port") << QStringList {u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost"_s};
        QTest::newRow("port 0") << QStringList {u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:0"_s};
        QTest::newRow("port big") << QStringList {u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:70000"_s};
        QTest::newRow("cert without key")
            << QStringList {u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:1"_s, u"--cert"_s, u"c.pem"_s};
        QTest::newRow("unknown option") << QStringList {u"--data-dir"_s,  u"/tmp/x"_s,     u"--listen"_s,
                                                        u"localhost:1"_s, u"--password"_s, u"x"_s};
        QTest::newRow("bad idle") << QStringList {
            u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:1"_s, u"--session-idle-seconds"_s, u"-3"_s};
        QTest::newRow("no connections") << QStringList {
            u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:1"_s, u"--max-connections"_s, u"0"_s};
        QTest::newRow("bad connections") << QStringList {
            u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:1"_s, u"--max-connections-per-address"_s, u"x"_s};
        QTest::newRow("bad request timeout") << QStringList {
            u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:1"_s, u"--request-timeout-seconds"_s, u"0"_s};
        QTest::newRow("positional") << QStringList {u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"localhost:1"_s,
                                                    u"extra"_s};
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        auto options = ServerOptions::parse(QStringList {u"srv"_s} + arguments);
        QVERIFY(!options);
        QVERIFY(!options.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
