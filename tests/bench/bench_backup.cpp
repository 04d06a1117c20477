// regiekamer-bench-backup: the continuous backups (issue 14, docs/benchmarks.md "Backups").
//
//   regiekamer-bench-backup --server BIN --admin BIN --data-dir DIR [--registrations N] [--entries N]
//                           [--rate W] [--seconds S] [--port P]
//
// 1. If DIR has no database, starts BIN --demo once to create it, then seeds N registrations (default 100,000) and
//    N access log entries (default 1,000,000) with the server stopped, as the server writes them.
// 2. Makes a backup identity, serves an rclone WebDAV remote on loopback, and starts the server with backups to a
//    directory and to that remote: the first snapshot's time (start until both targets hold it) and sizes.
// 3. W writes per second (default 200; POST /api/v1/organisations as the demo admin, paced) for S seconds (30),
//    while a thread notes when each object appears at each target. RPO per transaction = when its object appeared
//    at the target - its commit time (from the decrypted objects): p50, p99, max per target.
// 4. CPU: the server's CPU time over the run, and the backup's share of it: its threads (rk-backup-*) plus the age
//    and rclone processes it started.
// 5. `regiekamer-admin backup restore` from the directory target: time and restored size.
#include "BenchSeeding.h"
#include "BenchServer.h"
#include "backup/AgeTool.h"
#include "backup/BackupAuth.h"
#include "backup/ObjectChain.h"
#include "base/PrivateFile.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>
#include <QtCrypto>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

using bench::die;

// Objects as they appear at one target: file name -> when it was first seen.
class ArrivalWatch
{
public:
    explicit ArrivalWatch(QStringList directories)
        : m_directories(std::move(directories))
    {
    }
    void start()
    {
        m_thread.reset(QThread::create([this] {
            while (!m_stop) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (const QString &directory : std::as_const(m_directories)) {
                    for (const QString &name : QDir(directory).entryList({u"*.age"_s}, QDir::Files)) {
                        QMutexLocker lock(&m_mutex);
                        m_seen[directory].try_emplace(name, now);
                    }
                }
                QThread::msleep(5);
            }
        }));
        m_thread->start();
    }
    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }
    std::map<QString, QDateTime> seenAt(const QString &directory)
    {
        QMutexLocker lock(&m_mutex);
        return m_seen[directory];
    }

private:
    QStringList m_directories;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop {false};
    QMutex m_mutex;
    std::map<QString, std::map<QString, QDateTime>> m_seen;
};

// CPU seconds (user + system) of one process or thread from its /proc stat line.
double cpuSeconds(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = file.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return fields.size() > 12 ? (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks : 0;
}

struct CpuSample
{
    double server = 0; // every thread of the server
    double backup = 0; // the rk-backup-* threads
    double children = 0; // the processes it started and waited for (age) and those still running (rclone)
    std::map<QByteArray, double> byThread; // the rk-backup-* threads by name
};

CpuSample sampleCpu(qint64 pid)
{
    CpuSample sample;
    const QString proc = u"/proc/%1"_s.arg(pid);
    sample.server = cpuSeconds(proc + u"/stat"_s);
    for (const QString &task : QDir(proc + u"/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(u"%1/task/%2/comm"_s.arg(proc, task));
        const QByteArray name = comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
        if (name.startsWith("rk-backup")) {
            const double seconds = cpuSeconds(u"%1/task/%2/stat"_s.arg(proc, task));
            sample.backup += seconds;
            sample.byThread[name] += seconds;
        }
    }
    QFile stat(proc + u"/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
        sample.children = (fields.value(13).toDouble() + fields.value(14).toDouble()) / ticks;
    }
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile child(u"/proc/%1/stat"_s.arg(entry));
        if (!child.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = child.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.value(1).toLongLong() == pid)
            sample.children += cpuSeconds(child.fileName());
    }
    return sample;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size())));
}

qint64 directoryBytes(const QString &directory, const QString &pattern)
{
    qint64 total = 0;
    QDirIterator files(directory, {pattern}, QDir::Files);
    while (files.hasNext())
        total += QFileInfo(files.next()).size();
    return total;
}

QString makeKeys(const QString &work)
{
    auto age = server::backup::AgeTool::locate();
    if (!age)
        die(age.error().message);
    const QString identity = QDir(work).filePath(u"identity.txt"_s);
    if (auto made = age->generateIdentity(identity); !made)
        die(made.error().message);
    auto recipients = server::backup::auth::readIdentityFile(*age, identity);
    if (!recipients)
        die(recipients.error().message);
    if (auto written = privateFile::create(QDir(work).filePath(u"recipients.txt"_s),
                                           server::backup::auth::recipientsFileLine(recipients->first()));
        !written)
        die(written.error().message);
    return identity;
}

std::unique_ptr<QProcess> serveWebDav(const QString &directory, int port)
{
    auto process = std::make_unique<QProcess>();
    process->start(u"rclone"_s, {u"serve"_s, u"webdav"_s, u"--addr"_s, u"127.0.0.1:%1"_s.arg(port), directory});
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, static_cast<quint16>(port));
        if (probe.waitForConnected(100))
            return process;
        QThread::msleep(50);
    }
    die(u"rclone serve webdav did not start"_s);
}

// Commit time of every change inside the installation's objects at `target`, by object name.
std::map<QString, QList<QDateTime>> commitTimes(const QString &target, const QString &identity)
{
    auto chain = server::backup::ObjectChain::open({target, {}, identity, {}});
    if (!chain)
        die(chain.error().message);
    auto installation = (*chain)->chooseInstallation({});
    if (!installation)
        die(installation.error().message);
    std::map<QString, QList<QDateTime>> times;
    for (const auto &object : (*chain)->objectsOf(*installation)) {
        auto read = (*chain)->read(object);
        if (!read)
            die(read.error().message);
        for (const auto &change : read->changes)
            times[object.name].append(change.committedAt);
    }
    return times;
}

void reportRpo(const QString &label, const std::map<QString, QList<QDateTime>> &commits,
               const std::map<QString, QDateTime> &seen, const QDateTime &from)
{
    QList<double> rpoMs;
    for (const auto &[name, times] : commits) {
        const auto arrived = seen.find(name);
        if (arrived == seen.end())
            continue;
        for (const QDateTime &committed : times) {
            if (committed >= from)
                rpoMs.append(static_cast<double>(committed.msecsTo(arrived->second)));
        }
    }
    std::printf("rpo-%s transactions=%lld p50=%.0f ms p99=%.0f ms max=%.0f ms\n", qPrintable(label),
                static_cast<long long>(rpoMs.size()), percentile(rpoMs, 0.5), percentile(rpoMs, 0.99),
                percentile(rpoMs, 1.0));
}

// `rate` writes per second for `seconds`, from four clients (one request at a time each, paced) sharing a session.
void writeLoad(const bench::Client &signedIn, int rate, int seconds)
{
    constexpr int clients = 4;
    std::atomic<qint64> sent {0};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            QNetworkAccessManager network;
            bench::Client admin = signedIn; // one session, used from every client
            for (qint64 n = c;; n += clients) {
                const qint64 due = n * 1000 / rate;
                if (due >= seconds * 1000LL)
                    return;
                if (timer.elapsed() < due)
                    QThread::usleep(static_cast<unsigned long>((due - timer.elapsed()) * 1000));
                const QByteArray body =
                    QJsonDocument(
                        QJsonObject {{u"name"_s, u"Bench %1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(n)}})
                        .toJson();
                admin.request(network, u"/api/v1/organisations"_s, {}, nullptr, "POST", body);
                ++sent;
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    std::printf("writes %lld in %.1f s (%.0f/s, %d clients)\n", static_cast<long long>(sent.load()),
                static_cast<double>(timer.elapsed()) / 1000.0,
                static_cast<double>(sent.load()) * 1000.0 / static_cast<double>(timer.elapsed()), clients);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer qca;
    QCommandLineParser parser;
    for (const auto &[name, value] : {std::pair {u"server"_s, QString()},
                                      {u"admin"_s, QString()},
                                      {u"data-dir"_s, QString()},
                                      {u"registrations"_s, u"100000"_s},
                                      {u"entries"_s, u"1000000"_s},
                                      {u"rate"_s, u"200"_s},
                                      {u"seconds"_s, u"30"_s},
                                      {u"port"_s, u"0"_s}})
        parser.addOption({name, name, u"V"_s, value});
    parser.process(app);
    const QString dataDir = QFileInfo(parser.value(u"data-dir"_s)).absoluteFilePath(), work = dataDir + u"-bench"_s;
    const int port = parser.value(u"port"_s).toInt() > 0 ? parser.value(u"port"_s).toInt() : bench::freePort();
    bench::Server server(parser.value(u"server"_s), dataDir, port);
    if (!QFile::exists(QDir(dataDir).filePath(server::Database::fileName))) {
        server.start({u"--demo"_s});
        server.stop();
        bench::seedRegistrations(dataDir, parser.value(u"registrations"_s).toInt());
        bench::seedAuditEntries(dataDir, parser.value(u"entries"_s).toLongLong(),
                                QDateTime::currentDateTimeUtc().addYears(-1), 20);
    }
    QDir(QDir(dataDir).filePath(u"backup"_s)).removeRecursively(); // an earlier run's spool and targets' progress
    QDir().mkpath(work + u"/site1"_s);
    QDir().mkpath(work + u"/site2"_s);
    const QString identity = makeKeys(work);
    const int davPort = bench::freePort();
    auto webdav = serveWebDav(work + u"/site2"_s, davPort);
    if (auto config = privateFile::create(
            work + u"/rclone.conf"_s, u"[offsite]\ntype = webdav\nurl = http://127.0.0.1:%1\n"_s.arg(davPort).toUtf8());
        !config)
        die(config.error().message);
    ArrivalWatch watch({work + u"/site1"_s, work + u"/site2/regiekamer"_s});
    watch.start();
    QElapsedTimer snapshot;
    snapshot.start();
    server.start({u"--backup-recipients"_s, work + u"/recipients.txt"_s, u"--backup-to"_s, work + u"/site1"_s,
                  u"--backup-to"_s, u"rclone:offsite:regiekamer"_s, u"--backup-rclone-config"_s,
                  work + u"/rclone.conf"_s});
    while (directoryBytes(work + u"/site2/regiekamer"_s, u"*-database.age"_s) == 0 ||
           directoryBytes(work + u"/site1"_s, u"*-database.age"_s) == 0)
        QThread::msleep(20);
    std::printf("snapshot %.1f s (server start until both targets hold it); database %.1f MB, encrypted %.1f MB\n",
                static_cast<double>(snapshot.elapsed()) / 1000.0,
                static_cast<double>(QFileInfo(QDir(dataDir).filePath(server::Database::fileName)).size()) / 1e6,
                static_cast<double>(directoryBytes(work + u"/site1"_s, u"*-database.age"_s)) / 1e6);
    QThread::sleep(3);

    const QDateTime loadStart = QDateTime::currentDateTimeUtc();
    const CpuSample before = sampleCpu(server.processId());
    QNetworkAccessManager network;
    writeLoad(bench::signIn(network, dataDir, port, u"admin"_s), parser.value(u"rate"_s).toInt(),
              parser.value(u"seconds"_s).toInt());
    QThread::sleep(2);
    const CpuSample after = sampleCpu(server.processId());
    server.stop();
    watch.stop();
    const double serverCpu = after.server - before.server, backupCpu = after.backup - before.backup;
    const double childCpu = after.children - before.children;
    std::printf("cpu server=%.2f s backup-threads=%.2f s age+rclone=%.2f s backup-share=%.1f %%\n", serverCpu,
                backupCpu, childCpu, 100.0 * (backupCpu + childCpu) / std::max(serverCpu + childCpu, 1e-9));
    for (const auto &[name, seconds] : after.byThread)
        std::printf("cpu %s=%.2f s\n", name.constData(),
                    seconds - (before.byThread.contains(name) ? before.byThread.at(name) : 0.0));
    reportRpo(u"directory"_s, commitTimes(work + u"/site1"_s, identity), watch.seenAt(work + u"/site1"_s), loadStart);
    reportRpo(u"rclone-webdav"_s, commitTimes(work + u"/site1"_s, identity),
              watch.seenAt(work + u"/site2/regiekamer"_s), loadStart);
    webdav->kill();
    webdav->waitForFinished();

    const QString restored = work + u"/restored"_s;
    QDir(restored).removeRecursively();
    QElapsedTimer restoreTimer;
    restoreTimer.start();
    QProcess restore;
    restore.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    restore.start(parser.value(u"admin"_s),
                  {u"--data-dir"_s, dataDir, u"backup"_s, u"restore"_s, u"--from"_s, work + u"/site1"_s,
                   u"--identity"_s, identity, u"--to"_s, restored});
    restore.waitForFinished(-1);
    if (restore.exitCode() != 0)
        die(u"restore failed: "_s + QString::fromUtf8(restore.readAllStandardOutput()));
    std::printf("restore %.1f s; restored database %.1f MB\n", static_cast<double>(restoreTimer.elapsed()) / 1000.0,
                static_cast<double>(QFileInfo(QDir(restored).filePath(server::Database::fileName)).size()) / 1e6);
    return 0;
}
