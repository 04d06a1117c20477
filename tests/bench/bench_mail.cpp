// regiekamer-bench-mail: how fast the outbox drains to a real SMTP server (issue 15).
//
//   regiekamer-bench-mail [--mails 1000] [--latency-mails 200] [--data-dir DIR]
//
// Writes --mails mails into a fresh outbox (one transaction, as a change that mails many people would), starts a real
// aiosmtpd (tests/support/smtp_test_server.py, certificate from a test CA) with STARTTLS required, then with implicit
// TLS, and lets the OutboxWorker deliver them on its own thread and connection. Prints the enqueue rate and, per
// mode, the drain rate (mails accepted by the SMTP server and marked sent, per second). Then, with the worker idle,
// writes one mail at a time (--latency-mails, committed, the worker woken as the server's notifier does) and prints
// the time from the commit to the SMTP server's acceptance, p50 and p99.
#include "BenchServer.h"
#include "SmtpTestServer.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "db/Database.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "mail/Outbox.h"
#include "mail/OutboxWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

using regiekamer::bench::die;

struct Store
{
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<audit::AuditLog> log;
};

Store openStore(const QString &dir)
{
    Store store;
    auto database = Database::open(dir);
    if (!database)
        die(database.error().message);
    store.database = std::move(*database);
    auto keys = KeyStore::open(*store.database, QDir(dir).filePath(MasterKey::defaultFileName));
    if (!keys)
        die(keys.error().message);
    store.keys = std::move(*keys);
    store.log = std::make_unique<audit::AuditLog>(
        *store.database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'b')));
    if (auto initialised = audit::initialiseKeys(*store.keys, *store.log, u"bench"_s); !initialised)
        die(initialised.error().message);
    return store;
}

double enqueue(Store &store, int mails)
{
    mail::Outbox outbox(*store.database, *store.keys, u"regiekamer@example.org"_s);
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(*store.database);
    for (int n = 0; n < mails; ++n) {
        auto id = outbox.enqueue(mail::OutgoingMail {
            0, u"notice"_s, u"viewer%1@example.nl"_s.arg(n), u"nl"_s, u"Uw aanmelding is bevestigd"_s,
            u"Beste kijker,\n\nUw aanmelding voor het webinar is bevestigd.\n"_s.repeated(8),
            u"<p>Beste kijker,</p><p>Uw aanmelding voor het webinar is bevestigd.</p>"_s.repeated(8)});
        if (!id)
            die(id.error().message);
    }
    if (auto committed = transaction.commit(); !committed)
        die(committed.error().message);
    return mails / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[std::min(values.size() - 1, static_cast<size_t>(fraction * values.size()))];
}

// Commit to acceptance, one mail at a time: the worker is idle when each mail is written.
void latency(Store &store, mail::OutboxWorker &worker, const char *name, int mails)
{
    mail::Outbox outbox(*store.database, *store.keys, u"regiekamer@example.org"_s);
    std::vector<double> milliseconds;
    for (int n = 0; n < mails; ++n) {
        const qint64 before = worker.delivered();
        Transaction transaction(*store.database);
        if (auto id =
                outbox.enqueue({0, u"notice"_s, u"one@example.nl"_s, u"en"_s, u"Hello"_s, u"Hi"_s, u"<p>Hi</p>"_s});
            !id)
            die(id.error().message);
        QElapsedTimer timer;
        timer.start();
        if (auto committed = transaction.commit(); !committed)
            die(committed.error().message);
        worker.wake();
        while (worker.delivered() == before)
            QThread::usleep(100);
        milliseconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("commit to accepted, %-8s: p50 %.1f ms, p99 %.1f ms (%d mails, one at a time)\n", name,
                percentile(milliseconds, 0.5), percentile(milliseconds, 0.99), mails);
}

void drain(Store &store, const QString &dataDir, SmtpTestServer::Mode mode, const char *name, int mails,
           int latencyMails)
{
    SmtpTestServer smtp;
    if (!smtp.start(mode))
        die(smtp.lastError());
    mail::MailOptions options;
    options.smtpUrl = QUrl(smtp.url());
    options.fromAddress = u"regiekamer@example.org"_s;
    options.caFile = smtp.caFile();
    auto worker = mail::OutboxWorker::create({dataDir,
                                              QDir(dataDir).filePath(MasterKey::defaultFileName),
                                              std::nullopt,
                                              options,
                                              std::chrono::milliseconds(200),
                                              {}});
    if (!worker)
        die(worker.error().message);
    QElapsedTimer timer;
    timer.start();
    (*worker)->start();
    while ((*worker)->delivered() < mails && timer.elapsed() < 600'000)
        QThread::msleep(5);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const qsizetype received = smtp.messages().size();
    std::printf("drain, %-8s: %lld mails in %.2f s = %.0f mails/s (received by aiosmtpd: %lld)\n", name,
                static_cast<long long>((*worker)->delivered()), seconds,
                static_cast<double>((*worker)->delivered()) / seconds, static_cast<long long>(received));
    latency(store, **worker, name, latencyMails);
    (*worker)->stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer qca;
    QCommandLineParser parser;
    parser.addOptions({{u"mails"_s, u"Mails per round."_s, u"N"_s},
                       {u"latency-mails"_s, u"Mails written one at a time for the latency."_s, u"N"_s},
                       {u"data-dir"_s, u"Scratch directory."_s, u"DIR"_s}});
    parser.process(app);
    const int mails = parser.isSet(u"mails"_s) ? parser.value(u"mails"_s).toInt() : 1000;
    const int latencyMails = parser.isSet(u"latency-mails"_s) ? parser.value(u"latency-mails"_s).toInt() : 200;
    QTemporaryDir scratch;
    const QString base = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : scratch.path();
    const QList<std::pair<SmtpTestServer::Mode, const char *>> modes {
        {SmtpTestServer::Mode::StartTlsRequired, "STARTTLS"}, {SmtpTestServer::Mode::ImplicitTls, "smtps"}};
    for (const auto &[mode, name] : modes) {
        const QString dir = QDir(base).filePath(QString::fromLatin1(name));
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        Store store = openStore(dir);
        std::printf("enqueue, %-6s: %d mails in one transaction, %.0f mails/s\n", name, mails, enqueue(store, mails));
        drain(store, dir, mode, name, mails, latencyMails);
    }
    return 0;
}
