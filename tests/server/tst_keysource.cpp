// Where the server's master key comes from outside sealed mode (docs/operations.md "Unattended restarts"): systemd's
// $CREDENTIALS_DIRECTORY/master.key when neither --master-key nor $REGIEKAMER_MASTER_KEY_FILE is given, and the
// warning printed at every start: development mode names the plain file, a systemd credential names the weakening.
#include "app/ServerLifecycle.h"
#include "app/ServerOptions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestKeySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("CREDENTIALS_DIRECTORY");
        qunsetenv("REGIEKAMER_MASTER_KEY_FILE");
    }

    void credentialIsUsedWhenNothingElseIsGiven()
    {
        QTemporaryDir credentials;
        QFile key(credentials.filePath(u"master.key"_s));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.close();
        const QStringList base {u"srv"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:8443"_s};
        // Without the credential: the data directory's file.
        QCOMPARE(ServerOptions::parse(base)->masterKeyFile, u"/tmp/x/master.key"_s);
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        QCOMPARE(ServerOptions::parse(base)->masterKeyFile, key.fileName());
        // --master-key and the environment variable still win.
        QCOMPARE(ServerOptions::parse(base + QStringList {u"--master-key"_s, u"/k/other.key"_s})->masterKeyFile,
                 u"/k/other.key"_s);
        qputenv("REGIEKAMER_MASTER_KEY_FILE", "/k/env.key");
        QCOMPARE(ServerOptions::parse(base)->masterKeyFile, u"/k/env.key"_s);
        qunsetenv("REGIEKAMER_MASTER_KEY_FILE");
        // A credentials directory without master.key changes nothing.
        QVERIFY(key.remove());
        QCOMPARE(ServerOptions::parse(base)->masterKeyFile, u"/tmp/x/master.key"_s);
    }

    void everyStartWarns()
    {
        const QString development = ServerLifecycle::developmentWarning(u"/tmp/x/master.key"_s);
        QVERIFY(development.startsWith(u"DEVELOPMENT MODE: the master key is stored unsealed in /tmp/x/master.key"_s));
        QVERIFY(development.contains(u"regiekamer-admin custodians deal"_s));
        QTemporaryDir credentials;
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        const QString unattended = ServerLifecycle::developmentWarning(credentials.filePath(u"master.key"_s));
        QVERIFY2(unattended.startsWith(u"UNATTENDED START"_s), qPrintable(unattended));
        QVERIFY(unattended.contains(u"deliberate weakening"_s));
        // A key file elsewhere is development mode even with credentials about.
        QVERIFY(ServerLifecycle::developmentWarning(u"/tmp/x/master.key"_s).startsWith(u"DEVELOPMENT MODE"_s));
    }
};

QTEST_GUILESS_MAIN(TestKeySource)
#include "tst_keysource.moc"
