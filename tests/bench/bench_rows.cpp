// regiekamer-bench-rows: the server's per-row cost of a logged read (issue 19), without HTTP, TLS or the access log.
//
//   regiekamer-bench-rows [--count N] [--iterations I] [--runs R] [--only page|single] [--objects]
//
// Seeds N registrations (sealed, as the server stores them) of one webinar into a fresh database, then measures the
// work a list request does after its access checks: RegistrationRepository::list (index, page read, decryption) and
// the JSON body the controller sends, for the first page of 100 and a page of 1 (the difference over 99 rows is the
// per-row cost), and for the single registration read (find and its JSON). Prints the median of R runs of I
// requests each, in µs per request. `--only` runs one of them, for a profiler (perf record -g, callgrind);
// `--objects` serialises as the controller did before issue 19 (api::Registration, QJsonObject, QJsonDocument).
#include "BenchRows.h"

#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "storage/RegistrationRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::server;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "regiekamer-bench-rows: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T> T check(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(*result);
}

// A fresh database with its key store initialised, one organisation, one webinar and `count` registrations.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<audit::AuditLog> log;
    std::unique_ptr<FieldCipher> cipher;
    qint64 organisation = 0, webinar = 0, firstId = 0;

    explicit Fixture(int count)
    {
        database = check(Database::open(dir.path()));
        keys = check(KeyStore::open(*database, QDir(dir.path()).filePath(MasterKey::defaultFileName)));
        log = std::make_unique<audit::AuditLog>(
            *database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        if (auto ok = audit::initialiseKeys(*keys, *log, u"bench"_s); !ok)
            die(ok.error().message);
        cipher = std::make_unique<FieldCipher>(*keys);
        const QString now = toDatabaseTime(QDateTime::currentDateTimeUtc());
        organisation =
            check(database->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Bench', ?)"_s, {now}))
                .lastInsertId()
                .toLongLong();
        webinar = check(database->exec(u"INSERT INTO webinars (organisation_id, title, state, starts_at,"
                                       " duration_minutes) VALUES (?, 'Bench', 'live', ?, 60)"_s,
                                       {organisation, now}))
                      .lastInsertId()
                      .toLongLong();
        seed(count);
    }

    void seed(int count)
    {
        static const QStringList given {u"Anne"_s, u"Bram"_s, u"Daan"_s, u"Emma"_s, u"Lucía"_s, u"Wei"_s, u"Priya"_s};
        static const QStringList family {u"de Vries"_s, u"Jansen"_s, u"Bakker"_s,
                                         u"García"_s,   u"Yılmaz"_s, u"Okafor"_s};
        static const QStringList companies {u"Zorggroep Noorderlicht"_s, u"UMC Groningen"_s, u"Gemeente Assen"_s};
        QRandomGenerator random(100000);
        const auto pick = [&](const QStringList &list) {
            return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RegistrationRepository repository(*database, *cipher);
        const auto key = check(cipher->organisationKey(organisation));
        Transaction transaction(*database);
        for (int n = 0; n < count; ++n) {
            NewRegistration r;
            r.webinarId = webinar;
            const QString first = pick(given), last = pick(family);
            r.fullName = first + u' ' + last;
            r.email = u"%1.%2@example.com"_s.arg(first.toLower(), QString::number(n));
            r.phone = u"+31 6 %1"_s.arg(random.bounded(10000000u, 99999999u));
            r.company = pick(companies);
            r.jobTitle = u"Wijkverpleegkundige"_s;
            r.registeredAt = now.addSecs(-static_cast<qint64>(random.bounded(60u * 24 * 3600)));
            r.consent = api::Consent {true, n % 3 == 0, r.registeredAt};
            r.approval = n % 10 == 0 ? api::ApprovalState::Pending : api::ApprovalState::Approved;
            r.joinedAt = n % 4 == 0 ? QDateTime() : now.addSecs(-1700);
            r.minutesWatched = n % 4 == 0 ? 0 : 28;
            const qint64 id = check(repository.insert(r, key));
            if (n == 0)
                firstId = id;
        }
        if (auto committed = transaction.commit(); !committed)
            die(committed.error().message);
        check(database->exec(u"ANALYZE"_s)).finish();
    }
};

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

// µs per call of `work`, the median of `runs` runs of `iterations` calls; `bytes` is the size of the last body.
double microseconds(int runs, int iterations, const std::function<qsizetype()> &work, qsizetype &bytes)
{
    QList<double> perCall;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            bytes = work();
        perCall.append(static_cast<double>(timer.nsecsElapsed()) / 1e3 / iterations);
    }
    return median(perCall);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"count"_s, u"registrations of the webinar (default 1000)"_s, u"N"_s, u"1000"_s});
    parser.addOption({u"iterations"_s, u"requests per run (default 200)"_s, u"I"_s, u"200"_s});
    parser.addOption({u"runs"_s, u"runs of each measurement (default 5)"_s, u"R"_s, u"5"_s});
    parser.addOption({u"only"_s, u"run only this measurement: page or single"_s, u"WHAT"_s});
    parser.addOption({u"objects"_s, u"serialise as before issue 19 (api::Registration, QJsonObject)"_s});
    parser.process(app);
    const int count = std::max(100, parser.value(u"count"_s).toInt());
    const int iterations = std::max(1, parser.value(u"iterations"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QString only = parser.value(u"only"_s);
    Fixture fixture(count);
    RegistrationRepository repository(*fixture.database, *fixture.cipher);
    const QList<rights::FieldClass> readable = rights::allFieldClasses();
    const bool objects = parser.isSet(u"objects"_s);
    const auto page = [&](qint64 limit) {
        RegistrationQuery query;
        query.webinarId = fixture.webinar;
        query.limit = limit;
        query.readable = readable;
        return (objects ? bench::registrationPageBodyViaObjects(repository, query)
                        : bench::registrationPageBody(repository, query))
            .size();
    };
    const qint64 id = fixture.firstId + 7;
    const auto single = [&] {
        return (objects ? bench::registrationBodyViaObjects(repository, id, readable)
                        : bench::registrationBody(repository, id, readable))
            .size();
    };
    page(100); // builds the webinar's index
    qsizetype bytes = 0;
    std::printf("bench-rows %d registrations, %d runs of %d requests, median (%s)\n", count, runs, iterations,
                objects ? "api::registrationToJson, QJsonDocument" : bench::pathName);
    if (only.isEmpty() || only == "page"_L1) {
        const double hundred = microseconds(runs, iterations, [&] { return page(100); }, bytes);
        std::printf("page-100 %.1f us/request (%lld bytes)\n", hundred, static_cast<long long>(bytes));
        const double one = microseconds(runs, iterations, [&] { return page(1); }, bytes);
        std::printf("page-1 %.1f us/request (%lld bytes)\n", one, static_cast<long long>(bytes));
        std::printf("per-row %.2f us\n", (hundred - one) / 99.0);
    }
    if (only.isEmpty() || only == "single"_L1) {
        const double one = microseconds(runs, iterations, single, bytes);
        std::printf("single %.1f us/request (%lld bytes)\n", one, static_cast<long long>(bytes));
    }
    return 0;
}
