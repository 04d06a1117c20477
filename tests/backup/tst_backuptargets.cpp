// The backup targets against real parts: a directory, and rclone remotes that the test serves itself on loopback
// (`rclone serve webdav`, `rclone serve sftp` with a password), each reached through Debian's rclone.
#include "backup/BackupTarget.h"
#include "backup/RcloneCommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::server::backup;

namespace {

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size)
{
    QList<quint32> words(size / 4 + 1);
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

// The `rclone rcd` daemons this process started (its children running "rclone rcd").
int rcdChildren()
{
    int count = 0;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        const QList<QByteArray> arguments = readFile(u"/proc/%1/cmdline"_s.arg(pid)).split('\0');
        if (fields.size() > 1 && fields.at(1) == self.toLatin1() && arguments.size() > 1 && arguments.at(1) == "rcd")
            ++count;
    }
    return count;
}

// One `rclone serve …` on a loopback port that stays the same across restarts; its output goes to a log file.
class RcloneServer
{
public:
    RcloneServer(QString program, QStringList arguments, QString log)
        : m_program(std::move(program))
        , m_arguments(std::move(arguments))
        , m_log(std::move(log))
        , m_port(freeLoopbackPort())
    {
    }
    ~RcloneServer() { stop(); }

    // Starts it and waits until it accepts connections (sftp first generates its host keys).
    bool start()
    {
        m_process.setStandardOutputFile(m_log, QIODevice::Append);
        m_process.setStandardErrorFile(m_log, QIODevice::Append);
        m_process.start(m_program, m_arguments + QStringList {u"--addr"_s, u"127.0.0.1:%1"_s.arg(m_port)});
        if (!m_process.waitForStarted(10000))
            return false;
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    int port() const { return m_port; }
    QByteArray log() const { return readFile(m_log); }

private:
    QString m_program;
    QStringList m_arguments;
    QString m_log;
    int m_port;
    QProcess m_process;
};

struct MadeTarget
{
    std::unique_ptr<BackupTarget> target;
    QString storage; // where the objects end up on this machine (the directory, or what the server serves)
};

} // namespace

class TestBackupTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void specs_data();
    void specs();
    void directoryCheck();

    void roundTrip_data() { kinds(); }
    void roundTrip();
    void partialNeverVisible_data() { kinds(); }
    void partialNeverVisible();
    void listShowsOnlyObjects_data() { kinds(); }
    void listShowsOnlyObjects();
    void missingObjectsAndBadNames_data() { kinds(); }
    void missingObjectsAndBadNames();

    void checkRefuses_data();
    void checkRefuses();
    void configFromEnvironment();
    void credentialsNeverInMessages();
    void serverStoppedThenBack();
    void silentServerTimesOut();
    void putTimings();

private:
    void kinds();
    MadeTarget make(const QString &kind, int timeoutSeconds = 30);
    QStringList writeObjects(const QStringList &names, qsizetype size = 2048);
    QString writeConfig(const QString &name, const QByteArray &text, QFile::Permissions permissions);
    QString obscure(const QString &secret);

    QTemporaryDir m_temp;
    QString m_rclone;
    QString m_config;
    std::unique_ptr<RcloneServer> m_webdav;
    std::unique_ptr<RcloneServer> m_sftp;
    int m_counter = 0;
};

void TestBackupTargets::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_rclone = QStandardPaths::findExecutable(u"rclone"_s);
    QVERIFY2(!m_rclone.isEmpty(), "rclone is not on PATH (run the tests inside tools/with-toolchain)");
    for (const QString &directory : {u"webdav"_s, u"sftp"_s, u"cache"_s, u"local"_s, u"dirs"_s})
        QVERIFY(QDir().mkpath(m_temp.filePath(directory)));
    QVERIFY(writeFile(m_temp.filePath(u"authorized_keys"_s), {}));
    // No directory cache: the tests put files beside the served directory's back.
    const QStringList quiet {u"--config"_s,         m_temp.filePath(u"none.conf"_s),
                             u"--cache-dir"_s,      m_temp.filePath(u"cache"_s),
                             u"--dir-cache-time"_s, u"0s"_s};
    m_webdav = std::make_unique<RcloneServer>(
        m_rclone, QStringList {u"serve"_s, u"webdav"_s} + quiet + QStringList {m_temp.filePath(u"webdav"_s)},
        m_temp.filePath(u"webdav.log"_s));
    QVERIFY2(m_webdav->start(), m_webdav->log().constData());
    m_sftp = std::make_unique<RcloneServer>(
        m_rclone,
        QStringList {u"serve"_s, u"sftp"_s} + quiet +
            QStringList {u"--user"_s, u"backup"_s, u"--pass"_s, u"sftp-Secret-7"_s, u"--authorized-keys"_s,
                         m_temp.filePath(u"authorized_keys"_s), m_temp.filePath(u"sftp"_s)},
        m_temp.filePath(u"sftp.log"_s));
    QVERIFY2(m_sftp->start(), m_sftp->log().constData());
    const QByteArray config = u"[offsite]\ntype = webdav\nurl = http://127.0.0.1:%1\n\n"
                              "[site]\ntype = sftp\nhost = 127.0.0.1\nport = %2\nuser = backup\npass = %3\n"
                              "shell_type = none\n"_s.arg(m_webdav->port())
                                  .arg(m_sftp->port())
                                  .arg(obscure(u"sftp-Secret-7"_s))
                                  .toUtf8();
    m_config = writeConfig(u"rclone.conf"_s, config, QFile::ReadOwner | QFile::WriteOwner);
}

void TestBackupTargets::cleanupTestCase()
{
    m_webdav.reset();
    m_sftp.reset();
}

void TestBackupTargets::cleanup()
{
    qunsetenv("RCLONE_CONFIG");
}

void TestBackupTargets::kinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("webdav") << u"webdav"_s;
    QTest::newRow("sftp") << u"sftp"_s;
}

MadeTarget TestBackupTargets::make(const QString &kind, int timeoutSeconds)
{
    const QString sub = u"t%1"_s.arg(++m_counter);
    QString spec = m_temp.filePath(u"dirs/"_s + sub);
    QString storage = spec;
    if (kind == u"webdav"_s) {
        spec = u"rclone:offsite:"_s + sub;
        storage = m_temp.filePath(u"webdav/"_s + sub);
    } else if (kind == u"sftp"_s) {
        spec = u"rclone:site:"_s + sub;
        storage = m_temp.filePath(u"sftp/"_s + sub);
    }
    auto made = makeTarget(spec, TargetOptions {m_config, timeoutSeconds});
    return MadeTarget {made ? std::move(*made) : nullptr, storage};
}

QStringList TestBackupTargets::writeObjects(const QStringList &names, qsizetype size)
{
    const QString directory = m_temp.filePath(u"local/%1"_s.arg(++m_counter));
    QDir().mkpath(directory);
    QStringList paths;
    for (const QString &name : names) {
        paths.append(directory + u'/' + name);
        writeFile(paths.last(), randomBytes(size));
    }
    return paths;
}

QString TestBackupTargets::writeConfig(const QString &name, const QByteArray &text, QFile::Permissions permissions)
{
    const QString path = m_temp.filePath(name);
    return writeFile(path, text, permissions) ? path : QString();
}

QString TestBackupTargets::obscure(const QString &secret)
{
    QProcess process;
    process.start(m_rclone, {u"obscure"_s, u"-"_s});
    process.write(secret.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void TestBackupTargets::specs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("description"); // empty: refused
    QTest::newRow("directory") << u"/srv/backup"_s << u"directory /srv/backup"_s;
    QTest::newRow("directory, trailing slash") << u"/srv/backup/"_s << u"directory /srv/backup"_s;
    QTest::newRow("remote with path") << u"rclone:offsite:rk/a/b"_s << u"rclone offsite:rk/a/b"_s;
    QTest::newRow("remote, empty path") << u"rclone:offsite:"_s << u"rclone offsite:"_s;
    QTest::newRow("remote, path with colon") << u"rclone:sftp:dir:x"_s << u"rclone sftp:dir:x"_s;
    QTest::newRow("rclone: alone") << u"rclone:"_s << QString();
    QTest::newRow("no colon after the remote") << u"rclone:nocolon"_s << QString();
    QTest::newRow("empty remote") << u"rclone::path"_s << QString();
    QTest::newRow("remote like a flag") << u"rclone:-v:path"_s << QString();
    QTest::newRow("control character in path") << u"rclone:offsite:a\nb"_s << QString();
    QTest::newRow("relative directory") << u"backup"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestBackupTargets::specs()
{
    QFETCH(QString, spec);
    QFETCH(QString, description);
    auto made = makeTarget(spec, TargetOptions {});
    if (description.isEmpty()) {
        QVERIFY(!made);
        QVERIFY(made.error().message.contains(u"not usable"_s));
        return;
    }
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QCOMPARE((*made)->description(), description);
}

void TestBackupTargets::directoryCheck()
{
    const QString directory = m_temp.filePath(u"dirs/new/deeper"_s);
    auto made = makeTarget(directory, {});
    QVERIFY(made);
    QVERIFY((*made)->check());
    QCOMPARE(QFileInfo(directory).permissions() & 0x0077, QFile::Permissions());
    QCOMPARE(QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    const QString file = m_temp.filePath(u"dirs/a-file"_s);
    QVERIFY(writeFile(file, "x"));
    auto onFile = makeTarget(file, {});
    QVERIFY(onFile);
    auto refused = (*onFile)->check();
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"not a directory"_s));
}

void TestBackupTargets::roundTrip()
{
    QFETCH(QString, kind);
    auto [target, storage] = make(kind);
    QVERIFY(target);
    auto checked = target->check();
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    const QStringList names {u"000000000003-changes.age"_s, u"000000000001-snapshot.age"_s,
                             u"000000000002-changes.age"_s};
    const QStringList files = writeObjects(names);
    auto put = target->put(files); // several files in one call
    QVERIFY2(put, put ? "" : qPrintable(put.error().message));
    auto listed = target->list();
    QVERIFY(listed);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(*listed, sorted);
    for (int i = 0; i < names.size(); ++i) {
        const QString out = m_temp.filePath(u"local/out-%1-%2"_s.arg(kind).arg(i));
        auto got = target->get(names.at(i), out);
        QVERIFY2(got, got ? "" : qPrintable(got.error().message));
        QCOMPARE(readFile(out), readFile(files.at(i)));
        QCOMPARE(readFile(storage + u'/' + names.at(i)), readFile(files.at(i)));
    }
    // The same name put again (a retry, or a restored installation) replaces what was there.
    QVERIFY(writeFile(files.at(0), "replaced"));
    QVERIFY(target->put({files.at(0)}));
    QVERIFY(target->get(names.at(0), m_temp.filePath(u"local/replaced-"_s + kind)));
    QCOMPARE(readFile(m_temp.filePath(u"local/replaced-"_s + kind)), QByteArray("replaced"));

    QVERIFY(target->remove({names.at(1), u"000000000099-changes.age"_s}));
    listed = target->list();
    QVERIFY(listed);
    QCOMPARE(*listed, (QStringList {names.at(2), names.at(0)}));
    QVERIFY(!QFileInfo::exists(storage + u'/' + names.at(1)));
    // An rclone target's daemon ends with it.
    QCOMPARE(rcdChildren(), kind == u"directory"_s ? 0 : 1);
    target.reset();
    QCOMPARE(rcdChildren(), 0);
}

void TestBackupTargets::partialNeverVisible()
{
    // A 16 MB object watched from another thread while it is put: its name shows all of it or nothing.
    QFETCH(QString, kind);
    auto [target, storage] = make(kind);
    QVERIFY(target);
    QVERIFY(target->check());
    constexpr qsizetype size = qsizetype {16} * 1024 * 1024;
    const QStringList files = writeObjects({u"000000000001-snapshot.age"_s}, size);
    const QString visible = storage + u"/000000000001-snapshot.age"_s;
    std::atomic_bool done {false};
    std::atomic<qint64> partial {-1};
    const std::unique_ptr<QThread> watcher(QThread::create([&] {
        for (; !done.load(); QThread::usleep(100)) {
            if (const QFileInfo info(visible); info.exists() && info.size() != size)
                partial.store(info.size());
        }
    }));
    watcher->start();
    auto put = target->put(files);
    done.store(true);
    watcher->wait();
    QVERIFY2(put, put ? "" : qPrintable(put.error().message));
    QCOMPARE(partial.load(), qint64 {-1});
    QCOMPARE(QFileInfo(visible).size(), size);
}

void TestBackupTargets::listShowsOnlyObjects()
{
    QFETCH(QString, kind);
    auto [target, storage] = make(kind);
    QVERIFY(target);
    QVERIFY(target->check());
    const QStringList names {u"000000000010-changes.age"_s, u"000000000002-changes.age"_s,
                             u"000000000001-snapshot.age"_s};
    QVERIFY(target->put(writeObjects(names)));
    // What else may be there: a partial upload, an rclone staging area, a foreign file, a directory named *.age.
    QVERIFY(writeFile(storage + u"/.partial-000000000011-changes.age"_s, "half"));
    QVERIFY(QDir().mkpath(storage + u"/.incoming"_s));
    QVERIFY(writeFile(storage + u"/.incoming/000000000012-changes.age"_s, "half"));
    QVERIFY(writeFile(storage + u"/README.txt"_s, "not an object"));
    QVERIFY(writeFile(storage + u"/000000000013-changes.age.tmp"_s, "not an object"));
    QVERIFY(QDir().mkpath(storage + u"/000000000014-changes.age"_s));
    // Proof that the listing sees what was put beside the target's back, junk included.
    QVERIFY(writeFile(storage + u"/000000000020-changes.age"_s, "placed directly"));
    auto listed = target->list();
    QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
    QCOMPARE(*listed,
             (QStringList {u"000000000001-snapshot.age"_s, u"000000000002-changes.age"_s, u"000000000010-changes.age"_s,
                           u"000000000020-changes.age"_s}));
}

void TestBackupTargets::missingObjectsAndBadNames()
{
    QFETCH(QString, kind);
    auto [target, storage] = make(kind);
    QVERIFY(target);
    QVERIFY(target->check());
    const QString out = m_temp.filePath(u"local/missing-"_s + kind);
    QVERIFY(!target->get(u"000000000001-snapshot.age"_s, out));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(target->remove({u"000000000001-snapshot.age"_s}));
    QVERIFY(!target->put({m_temp.filePath(u"local/no-such-file.age"_s)}));
    // Names that are not one plain component: hidden (the targets' own), climbing out, a glob.
    QVERIFY(!target->put(writeObjects({u".hidden.age"_s})));
    QVERIFY(!target->get(u"../escape.age"_s, out));
    QVERIFY(!target->get(u"sub/x.age"_s, out));
    QVERIFY(!target->remove({u"*"_s}));
    QVERIFY(!target->remove({u"../x.age"_s}));
    auto listed = target->list();
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());
    QCOMPARE(QDir(storage).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestBackupTargets::checkRefuses_data()
{
    QTest::addColumn<int>("permissions");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("reason");
    const int ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QTest::newRow("group-readable config") << (ownerOnly | QFile::ReadGroup) << u"offsite"_s << u"owner-only"_s;
    QTest::newRow("world-readable config") << (ownerOnly | QFile::ReadOther) << u"offsite"_s << u"owner-only"_s;
    QTest::newRow("group-writable config") << (ownerOnly | QFile::WriteGroup) << u"offsite"_s << u"owner-only"_s;
    QTest::newRow("unknown remote") << ownerOnly << u"nosuch"_s << u"\"nosuch\" is not defined"_s;
}

void TestBackupTargets::checkRefuses()
{
    QFETCH(int, permissions);
    QFETCH(QString, remote);
    QFETCH(QString, reason);
    const QString config =
        writeConfig(u"config-%1.conf"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'),
                    readFile(m_config), QFile::Permissions(permissions));
    QVERIFY(!config.isEmpty());
    auto made = makeTarget(u"rclone:%1:refused"_s.arg(remote), TargetOptions {config, 30});
    QVERIFY(made);
    auto checked = (*made)->check();
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(reason), qPrintable(checked.error().message));
    QVERIFY(checked.error().message.contains(remote == u"offsite"_s ? config : remote));
    QVERIFY(!QFileInfo::exists(m_temp.filePath(u"webdav/refused"_s)));
}

void TestBackupTargets::configFromEnvironment()
{
    // Without --backup-rclone-config, rclone's own lookup (here RCLONE_CONFIG) finds the file; it is checked too.
    const QString config =
        writeConfig(u"default.conf"_s, readFile(m_config), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    qputenv("RCLONE_CONFIG", QFile::encodeName(config));
    auto made = makeTarget(u"rclone:offsite:default"_s, TargetOptions {});
    QVERIFY(made);
    auto checked = (*made)->check();
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(config), qPrintable(checked.error().message));
    QVERIFY(QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY((*made)->check());

    // With it, an inherited RCLONE_CONFIG whose "offsite" leads nowhere is ignored.
    QVERIFY(
        writeFile(config, u"[offsite]\ntype = webdav\nurl = http://127.0.0.1:%1\n"_s.arg(freeLoopbackPort()).toUtf8()));
    auto [target, storage] = make(u"webdav"_s);
    QVERIFY(target);
    checked = target->check();
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    QVERIFY(target->put(writeObjects({u"000000000001-snapshot.age"_s})));
    QVERIFY(QFileInfo::exists(storage + u"/000000000001-snapshot.age"_s));
}

void TestBackupTargets::credentialsNeverInMessages()
{
    const QString redacted =
        rclone::redact(u"Put \"https://admin:hunter2@dav.example/x\": 401; sftp://bob@host; pass=abc token=xyz ok"_s);
    for (const QString &secret : {u"hunter2"_s, u"admin"_s, u"bob"_s, u"abc"_s, u"xyz"_s})
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(u"https://***@dav.example/x"_s) && redacted.contains(u" ok"_s));

    const QString obscured = obscure(u"dav-Secret-9"_s);
    const QString config = writeConfig(u"leaky.conf"_s,
                                       u"[leaky]\ntype = webdav\nurl = http://admin:dav-Secret-9@127.0.0.1:%1/dav\n"
                                       "user = admin\npass = %2\n"_s.arg(freeLoopbackPort())
                                           .arg(obscured)
                                           .toUtf8(),
                                       QFile::ReadOwner | QFile::WriteOwner);
    auto made = makeTarget(u"rclone:leaky:x"_s, TargetOptions {config, 10});
    QVERIFY(made);
    auto checked = (*made)->check();
    QVERIFY(!checked);
    auto put = (*made)->put(writeObjects({u"000000000001-snapshot.age"_s}));
    auto listed = (*made)->list();
    QVERIFY(!put && !listed);
    for (const QString &message : {checked.error().message, put.error().message, listed.error().message}) {
        QVERIFY2(!message.contains(u"dav-Secret-9"_s), qPrintable(message));
        QVERIFY2(!message.contains(obscured), qPrintable(message));
        QVERIFY2(message.contains(u"rclone leaky:x"_s), qPrintable(message));
    }
}

void TestBackupTargets::serverStoppedThenBack()
{
    constexpr int timeoutSeconds = 5;
    auto [target, storage] = make(u"webdav"_s, timeoutSeconds);
    QVERIFY(target);
    QVERIFY(target->check());
    QVERIFY(target->put(writeObjects({u"000000000001-snapshot.age"_s})));

    m_webdav->stop();
    QElapsedTimer elapsed;
    elapsed.start();
    auto put = target->put(writeObjects({u"000000000002-changes.age"_s}));
    QVERIFY(!put);
    QVERIFY2(elapsed.elapsed() < timeoutSeconds * 1000 + 2000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(put.error().message.contains(u"000000000002-changes.age"_s), qPrintable(put.error().message));
    QVERIFY(!target->list());
    QVERIFY(!QFileInfo::exists(storage + u"/000000000002-changes.age"_s));

    QVERIFY2(m_webdav->start(), m_webdav->log().constData());
    const QStringList again = writeObjects({u"000000000002-changes.age"_s, u"000000000003-changes.age"_s});
    auto retried = target->put(again);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    auto listed = target->list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(readFile(storage + u"/000000000003-changes.age"_s), readFile(again.at(1)));
}

void TestBackupTargets::silentServerTimesOut()
{
    // A server that accepts connections and never answers: rclone's idle timeout and the call's own deadline end
    // the put; nothing waits for longer than the timeout (plus the daemon's start).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString config = writeConfig(
        u"silent.conf"_s, u"[silent]\ntype = webdav\nurl = http://127.0.0.1:%1\n"_s.arg(silent.serverPort()).toUtf8(),
        QFile::ReadOwner | QFile::WriteOwner);
    constexpr int timeoutSeconds = 3;
    auto made = makeTarget(u"rclone:silent:x"_s, TargetOptions {config, timeoutSeconds});
    QVERIFY(made);
    QElapsedTimer elapsed;
    elapsed.start();
    auto put = (*made)->put(writeObjects({u"000000000001-snapshot.age"_s}));
    QVERIFY(!put);
    qInfo("put to a silent server failed after %lld ms: %s", elapsed.elapsed(), qPrintable(put.error().message));
    QVERIFY2(elapsed.elapsed() < timeoutSeconds * 1000 + 5000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestBackupTargets::putTimings()
{
    for (const QString &kind : {u"webdav"_s, u"directory"_s}) {
        auto [target, storage] = make(kind);
        QVERIFY(target);
        QVERIFY(target->check());
        QList<qint64> one;
        QList<qint64> five;
        for (int round = 0; round < 7; ++round) {
            QStringList names;
            for (int i = 0; i < 6; ++i)
                names.append(u"%1-changes.age"_s.arg(round * 10 + i, 12, 10, QChar(u'0')));
            const QStringList single = writeObjects(names.mid(0, 1));
            const QStringList batch = writeObjects(names.mid(1));
            QElapsedTimer elapsed;
            elapsed.start();
            QVERIFY(target->put(single));
            one.append(elapsed.restart());
            QVERIFY(target->put(batch));
            five.append(elapsed.elapsed());
        }
        std::ranges::sort(one);
        std::ranges::sort(five);
        qInfo("%s put of one 2 KB object: median %lld ms, max %lld ms; of five: median %lld ms, max %lld ms",
              qPrintable(kind), one.at(3), one.last(), five.at(3), five.last());
        QCOMPARE(target->list().value_or(QStringList()).size(), 42);
        QVERIFY2(one.at(3) < 1000, "one object must reach the target well within the 1 s RPO");
    }
}

QTEST_GUILESS_MAIN(TestBackupTargets)
#include "tst_backuptargets.moc"
