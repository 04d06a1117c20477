// regiekamer-bench-audit: the access log with millions of entries (issue 4, docs/benchmarks.md "Access log").
//
//   regiekamer-bench-audit --server BIN --unlogged BIN --admin BIN --data-dir DIR [--count N] [--port P]
//                          [--seconds S] [--rounds R] [--seeded] [--sealing-only]
//
// 1. If DIR has no database, starts BIN --demo once to create it (schema, demo accounts, key), then stops it.
// 2. With the server stopped, appends N entries (default 10,000,000) through server::audit::AuditLog in
//    transactions of 100,000 (hash chain, head and a sealed checkpoint every 1000, as the server writes them),
//    spread evenly over one year from now; prints the seed time. With --seeded, DIR already holds the N entries of
//    an earlier run and steps 3-5 are measured again on them.
// 3. First page (limit 100) of a query by webinar, by person (actor) and by period (one hour in the middle):
//    through AuditQuery in this process and through GET /api/v1/audit as the demo admin over TLS 1.3 (kept-alive
//    connection); median of 20 each.
// 4. AuditVerifier over the whole log (entries/s), and the wall time of `regiekamer-admin audit verify`.
// 5. Logging cost: GET /api/v1/webinars/{id}/registrations?limit=100 as the demo director, S seconds per run, against
//    the real server and the bench-only build whose AuditLog::append writes nothing, alternating, R rounds each;
//    prints the median requests/s of both and the cost (1 - logged / unlogged).
#include "BenchSeeding.h"
#include "BenchServer.h"
#include "audit/AuditChain.h"
#include "audit/AuditFieldCipher.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "audit/AuditVerifier.h"
#include "crypto/TlsPolicy.h"
#include "db/Database.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtCrypto>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regiekamer;
namespace audit = regiekamer::server::audit;

namespace {

using regiekamer::bench::attendees;
using regiekamer::bench::demoAccount;
using regiekamer::bench::die;
using regiekamer::bench::firstActor;
using regiekamer::bench::firstAttendee;
using regiekamer::bench::firstOrganisation;
using regiekamer::bench::firstWebinar;
using regiekamer::bench::freePort;
using regiekamer::bench::organisations;
using regiekamer::bench::people;
using regiekamer::bench::Server;
using regiekamer::bench::syntheticEntry;
using regiekamer::bench::webinars;

using regiekamer::bench::Client;
using regiekamer::bench::signIn;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at((values.size() - 1) / 2);
}

// Nanoseconds per call of `step`, over `samples` calls.
template<typename Step> double perCallUs(qint64 samples, Step step)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < samples; ++n)
        step(n);
    return static_cast<double>(timer.nsecsElapsed()) / 1e3 / static_cast<double>(samples);
}

// What sealing the two personal columns adds to an append: key lookup and two AES-256-GCM seals per entry; and, in
// the same process, the key lookup as it was before (KeyStore::auditKey(): the stored wrapped key read again on
// every call) against AuditFieldCipher::aead() now, and the two seals alone.
void measureSealing(server::KeyStore &keys, qint64 count, double appendSeconds)
{
    audit::AuditFieldCipher cipher(keys);
    constexpr qint64 samples = 100'000;
    const auto sealOne = [&](qint64 n, const crypto::Aead &aead) {
        api::AuditEntry entry = syntheticEntry(n);
        entry.sequence = n + 1;
        if (!audit::AuditFieldCipher::sealEntry(aead, entry))
            die(u"cannot seal"_s);
    };
    const double sealUs = perCallUs(samples, [&](qint64 n) {
        auto aead = cipher.aead();
        if (!aead)
            die(u"no access log key"_s);
        sealOne(n, **aead);
    });
    // The key lookup alone, outside a transaction and inside one (as the server appends: in the request's).
    const auto lookups = [&] {
        return std::pair {perCallUs(samples,
                                    [&](qint64) {
                                        if (!keys.auditKey())
                                            die(u"no access log key"_s);
                                    }),
                          perCallUs(samples, [&](qint64) {
                              if (!cipher.aead())
                                  die(u"no access log key"_s);
                          })};
    };
    const auto [storeUs, aeadUs] = lookups();
    std::pair<double, double> inTransaction;
    {
        server::Transaction transaction(keys.database());
        inTransaction = lookups();
    }
    const crypto::Aead &aead = **cipher.aead();
    const double sealsUs = perCallUs(samples, [&](qint64 n) { sealOne(n, aead); });
    const double appendUs = appendSeconds * 1e6 / static_cast<double>(std::max<qint64>(1, count));
    std::printf("seal-columns %.2f us per entry (key lookup + 2 seals) = %.1f%% of an append (%.2f us)\n", sealUs,
                100.0 * sealUs / appendUs, appendUs);
    std::printf(
        "seal-columns key lookup, KeyStore::auditKey() (before) / AuditFieldCipher::aead() (now): %.2f / %.2f us "
        "= %.2fx; inside a transaction %.2f / %.2f us = %.2fx; two seals alone %.2f us\n",
        storeUs, aeadUs, storeUs / std::max(aeadUs, 1e-3), inTransaction.first, inTransaction.second,
        inTransaction.first / std::max(inTransaction.second, 1e-3), sealsUs);
}

void seed(const QString &dataDir, qint64 count, const QDateTime &start, qint64 stepMs)
{
    const double seconds = regiekamer::bench::seedAuditEntries(dataDir, count, start, stepMs);
    auto database = server::Database::open(dataDir);
    if (!database)
        die(database.error().message);
    auto keys = server::KeyStore::open(**database, server::MasterKey::resolvePath({}, dataDir));
    if (!keys)
        die(keys.error().message);
    measureSealing(**keys, count, seconds);
}

// The time of the first seeded entry of an earlier run.
QDateTime seededStart(const QString &dataDir)
{
    auto database = server::Database::open(dataDir);
    if (!database)
        die(database.error().message);
    auto row =
        (*database)->firstRow(u"SELECT at_ms FROM audit_log WHERE request_id = ?"_s, {syntheticEntry(0).requestId});
    if (!row || !*row)
        die(u"--seeded: the data directory holds no seeded entries"_s);
    return QDateTime::fromMSecsSinceEpoch((**row).at(0).toLongLong(), QTimeZone::UTC);
}

// The server verifies the whole log in the background after it starts (10 M entries: seconds on both cores); the
// throughput runs start after that, or they would measure the verification instead of the logging.
void waitForStartupVerification(QNetworkAccessManager &network, Client &client)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 300'000) {
        const QJsonObject status =
            QJsonDocument::fromJson(client.request(network, u"/api/v1/audit/status"_s, {}, nullptr)).object();
        if (!status.value("verifiedAt"_L1).isNull() && status.contains("verifiedAt"_L1))
            return;
        QThread::msleep(200);
    }
    die(u"the server did not finish verifying the access log within 300 s"_s);
}

struct Filter
{
    QString name;
    server::AuditFilter filter;
    QUrlQuery query;
    QString rawWhere; // the same filter in SQL, for the page read without decryption (empty: none)
    QVariantList rawValues;
};

// The first page read as before issue 5 (no column opened), as the baseline of the decryption cost.
double rawPageMs(server::Database &database, const Filter &f)
{
    QElapsedTimer timer;
    timer.start();
    auto rows = database.exec(
        u"SELECT %1 FROM audit_log WHERE %2 ORDER BY seq DESC LIMIT 101"_s.arg(audit::chainedColumnList(), f.rawWhere),
        f.rawValues);
    if (!rows)
        die(rows.error().message);
    QList<api::AuditEntry> entries;
    while (rows->next())
        entries.append(server::auditEntryFromRow(*rows));
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"server"_s, u"regiekamer-server executable"_s, u"BIN"_s});
    parser.addOption({u"unlogged"_s, u"regiekamer-bench-server-unlogged executable"_s, u"BIN"_s});
    parser.addOption({u"admin"_s, u"regiekamer-admin executable"_s, u"BIN"_s});
    parser.addOption({u"data-dir"_s, u"data directory (created with --demo when empty)"_s, u"DIR"_s});
    parser.addOption({u"port"_s, u"loopback port (default: a free one)"_s, u"PORT"_s});
    parser.addOption({u"count"_s, u"entries to seed (default 10000000)"_s, u"N"_s, u"10000000"_s});
    parser.addOption({u"seconds"_s, u"seconds per throughput run (default 5)"_s, u"S"_s, u"5"_s});
    parser.addOption({u"rounds"_s, u"throughput runs per server (default 3)"_s, u"R"_s, u"3"_s});
    parser.addOption({u"seeded"_s, u"DIR holds the N entries of an earlier run: measure again, do not seed"_s});
    parser.addOption({u"sealing-only"_s, u"stop after seeding and the sealing cost (step 2)"_s});
    parser.process(app);
    const QString dataDir = parser.value(u"data-dir"_s), binary = parser.value(u"server"_s);
    const QString unlogged = parser.value(u"unlogged"_s), adminBinary = parser.value(u"admin"_s);
    if (dataDir.isEmpty() || binary.isEmpty() || unlogged.isEmpty() || adminBinary.isEmpty())
        die(u"needs --server, --unlogged, --admin and --data-dir"_s);
    const int port = parser.isSet(u"port"_s) ? parser.value(u"port"_s).toInt() : freePort();
    const qint64 count = parser.value(u"count"_s).toLongLong();
    const int seconds = parser.value(u"seconds"_s).toInt();
    const int rounds = parser.value(u"rounds"_s).toInt();

    {
        Server server(binary, dataDir, port);
        if (!QFile::exists(QDir(dataDir).filePath(server::Database::fileName))) {
            server.start({u"--demo"_s});
            server.stop();
        }
    }
    // One year of entries, evenly, starting now: the log's time never goes backwards (AuditLog::append takes the
    // later of the clock and the head), so the seeded entries follow those the demo start wrote and reach a year
    // into the future; the server's own entries afterwards carry the last seeded time.
    const qint64 stepMs = std::max<qint64>(1, 365LL * 24 * 3600 * 1000 / std::max<qint64>(1, count));
    QDateTime start = QDateTime::currentDateTimeUtc().addSecs(1);
    if (parser.isSet(u"seeded"_s))
        start = seededStart(dataDir);
    else
        seed(dataDir, count, start, stepMs);
    if (parser.isSet(u"sealing-only"_s))
        return 0;

    // ---- first pages of filtered queries ----
    const qint64 probe = count / 2;
    const api::AuditEntry middle = syntheticEntry(probe);
    const QDateTime middleAt = start.addMSecs(stepMs * probe);
    QList<Filter> filters;
    {
        Filter byWebinar {u"webinar"_s, {}, {}, {}, {}};
        byWebinar.filter.webinarId = middle.webinarId;
        byWebinar.query.addQueryItem(u"webinar"_s, QString::number(middle.webinarId));
        byWebinar.rawWhere = u"webinar_id = ?"_s;
        byWebinar.rawValues = {middle.webinarId};
        Filter byActor {u"person"_s, {}, {}, {}, {}};
        byActor.filter.actorId = middle.actorId;
        byActor.query.addQueryItem(u"actor"_s, QString::number(middle.actorId));
        byActor.rawWhere = u"actor_id = ?"_s;
        byActor.rawValues = {middle.actorId};
        Filter byPeriod {u"period (1 h)"_s, {}, {}, {}, {}};
        byPeriod.filter.from = middleAt;
        byPeriod.filter.to = middleAt.addSecs(3600);
        byPeriod.query.addQueryItem(u"from"_s, middleAt.toString(Qt::ISODateWithMs));
        byPeriod.query.addQueryItem(u"to"_s, middleAt.addSecs(3600).toString(Qt::ISODateWithMs));
        // Free text over the sealed actor names: matched in memory after decryption (AuditQuery).
        Filter byText {u"free text (actor name)"_s, {}, {}, {}, {}};
        byText.filter.text = middle.actorName;
        byText.query.addQueryItem(u"q"_s, middle.actorName);
        filters = {byWebinar, byActor, byPeriod, byText};
    }
    for (Filter &f : filters) {
        f.filter.limit = 100;
        f.query.addQueryItem(u"limit"_s, u"100"_s);
    }
    {
        auto database = server::Database::open(dataDir);
        if (!database)
            die(database.error().message);
        auto keys = server::KeyStore::open(**database, server::MasterKey::resolvePath({}, dataDir));
        if (!keys)
            die(keys.error().message);
        server::AuditQuery query(**database, **keys);
        api::UserInfo admin;
        admin.id = 1;
        admin.role = Role::Admin;
        for (const Filter &f : filters) {
            QList<double> times;
            qsizetype rows = 0;
            for (int i = 0; i < 20; ++i) {
                QElapsedTimer timer;
                timer.start();
                auto page = query.page(admin, f.filter);
                times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                if (!page)
                    die(page.error().message);
                rows = page->items.size();
            }
            std::printf("audit-query first page by %s (AuditQuery, %lld rows): median %.2f ms, max %.2f ms\n",
                        qPrintable(f.name), static_cast<long long>(rows), median(times),
                        *std::max_element(times.cbegin(), times.cend()));
            if (f.rawWhere.isEmpty())
                continue;
            QList<double> raw;
            for (int i = 0; i < 20; ++i)
                raw.append(rawPageMs(**database, f));
            std::printf("audit-query first page by %s without decryption (the read before issue 5): median %.2f ms; "
                        "with decryption / without: %.2f\n",
                        qPrintable(f.name), median(raw), median(times) / std::max(1e-9, median(raw)));
        }
    }

    // ---- verify ----
    {
        auto key = audit::AuditKey::load(QDir(dataDir).filePath(audit::AuditKey::defaultFileName), false);
        if (!key)
            die(key.error().message);
        auto report = audit::AuditVerifier(QDir(dataDir).filePath(server::Database::fileName), *key).verify();
        if (!report || !report->intact)
            die(u"verify: "_s + (report ? report->problem : report.error().message));
        std::printf("audit-verify (AuditVerifier) %lld entries, %lld checkpoints in %.2f s: %.0f entries/s\n",
                    static_cast<long long>(report->entriesChecked), static_cast<long long>(report->checkpointsChecked),
                    report->seconds, static_cast<double>(report->entriesChecked) / report->seconds);
        QProcess admin;
        admin.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        admin.start(adminBinary, {u"--data-dir"_s, dataDir, u"audit"_s, u"verify"_s});
        if (!admin.waitForFinished(3600000) || admin.exitCode() != 0)
            die(u"regiekamer-admin audit verify: "_s + QString::fromUtf8(admin.readAll()));
        const QString said = QString::fromUtf8(admin.readAll()).section(u'\r', -1).trimmed();
        std::printf("audit-verify (regiekamer-admin, wall %.2f s): %s\n", static_cast<double>(timer.elapsed()) / 1000.0,
                    qUtf8Printable(said));
    }

    // ---- through the API ----
    QNetworkAccessManager network;
    {
        Server server(binary, dataDir, port);
        server.start();
        Client admin = signIn(network, dataDir, port, u"admin"_s);
        waitForStartupVerification(network, admin);
        for (const Filter &f : filters) {
            QList<double> times;
            qsizetype rows = 0;
            for (int i = 0; i < 20; ++i) {
                double ms = 0;
                const QByteArray body = admin.request(network, u"/api/v1/audit"_s, f.query, &ms);
                times.append(ms);
                rows = QJsonDocument::fromJson(body).object().value("items"_L1).toArray().size();
            }
            std::printf("audit-api first page by %s (GET /api/v1/audit as admin, TLS 1.3, %lld rows): median %.2f "
                        "ms, max %.2f ms\n",
                        qPrintable(f.name), static_cast<long long>(rows), median(times),
                        *std::max_element(times.cbegin(), times.cend()));
        }
        server.stop();
    }

    // ---- logging cost ----
    QList<double> logged, baseline;
    qint64 webinarId = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const bool withLog : {true, false}) {
            Server server(withLog ? binary : unlogged, dataDir, port);
            server.start();
            Client director = signIn(network, dataDir, port, u"director"_s);
            waitForStartupVerification(network, director);
            if (webinarId == 0) {
                qint64 most = -1;
                const QJsonArray list =
                    QJsonDocument::fromJson(director.request(network, u"/api/v1/webinars"_s, {}, nullptr))
                        .object()
                        .value("items"_L1)
                        .toArray();
                for (const QJsonValue &item : list) {
                    if (item.toObject().value("registrationCount"_L1).toInteger() > most) {
                        most = item.toObject().value("registrationCount"_L1).toInteger();
                        webinarId = item.toObject().value("id"_L1).toInteger();
                    }
                }
                std::printf("logging-cost webinar %lld with %lld registrations\n", static_cast<long long>(webinarId),
                            static_cast<long long>(most));
            }
            const QString path = u"/api/v1/webinars/%1/registrations"_s.arg(webinarId);
            QUrlQuery query;
            query.addQueryItem(u"limit"_s, u"100"_s);
            for (int i = 0; i < 20; ++i)
                director.request(network, path, query, nullptr);
            QElapsedTimer timer;
            timer.start();
            qint64 requests = 0;
            while (timer.elapsed() < seconds * 1000LL) {
                director.request(network, path, query, nullptr);
                ++requests;
            }
            const double rate = static_cast<double>(requests) * 1000.0 / static_cast<double>(timer.elapsed());
            (withLog ? logged : baseline).append(rate);
            std::printf("logging-cost round %d %s: %.0f requests/s\n", round + 1, withLog ? "logged" : "unlogged",
                        rate);
            server.stop();
        }
    }
    // Each round's pair ran back to back under the same load; the median of the paired costs is the figure.
    QList<double> costs;
    for (qsizetype i = 0; i < std::min(logged.size(), baseline.size()); ++i)
        costs.append(100.0 * (1.0 - logged.at(i) / baseline.at(i)));
    std::printf("logging-cost median logged %.0f requests/s, unlogged %.0f requests/s; paired cost per round median "
                "%.1f %% (min %.1f %%, max %.1f %%)\n",
                median(logged), median(baseline), median(costs), *std::min_element(costs.cbegin(), costs.cend()),
                *std::max_element(costs.cbegin(), costs.cend()));
    return 0;
}
