// regiekamer-bench-at-rest: the cost of sealing the personal fields (issue 5, "Server at rest").
//
//   regiekamer-bench-at-rest [--count N] [--runs R]
//
// Inserts N registrations (one transaction, RegistrationRepository::insert, the path of the seeder and of imports)
// into a fresh database, R times each way, alternating: sealed (five AES-256-GCM fields bound to their row) and the
// baseline, the same code path with the sealing step replaced by storing the plain bytes (FieldCipher::Key
// plainBaseline). Prints the median rates and their ratio (goal: sealed >= 50% of plain). Then, on the last sealed
// database, the in-process list times: building the webinar's decrypted index, the first page by name and a search,
// and the first page after one change made through the repository (index updated in place) and by another connection
// (index rebuilt).
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

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::server;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "regiekamer-bench-at-rest: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T> T check(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(*result);
}

QList<NewRegistration> attendees(int count, qint64 webinarId)
{
    static const QStringList given {u"Anne"_s, u"Bram"_s, u"Daan"_s, u"Emma"_s, u"Lucía"_s, u"Wei"_s, u"Priya"_s};
    static const QStringList family {u"de Vries"_s, u"Jansen"_s, u"Bakker"_s, u"García"_s, u"Yılmaz"_s, u"Okafor"_s};
    static const QStringList companies {u"Zorggroep Noorderlicht"_s, u"UMC Groningen"_s, u"Gemeente Assen"_s};
    QRandomGenerator random(100000);
    const auto pick = [&](const QStringList &list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<NewRegistration> list;
    list.reserve(count);
    for (int n = 0; n < count; ++n) {
        NewRegistration r;
        r.webinarId = webinarId;
        const QString first = pick(given), last = pick(family);
        r.fullName = first + u' ' + last;
        r.email = u"%1.%2@example.com"_s.arg(first.toLower(), QString::number(n));
        r.phone = u"+31 6 %1"_s.arg(random.bounded(10000000u, 99999999u));
        r.company = pick(companies);
        r.jobTitle = u"Wijkverpleegkundige"_s;
        r.registeredAt = now.addSecs(-static_cast<qint64>(random.bounded(60u * 24 * 3600)));
        r.consent = api::Consent {true, false, r.registeredAt};
        list.append(r);
    }
    return list;
}

// A fresh database with its key store initialised, one organisation and one webinar.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<audit::AuditLog> log;
    std::unique_ptr<FieldCipher> cipher;
    qint64 organisation = 0, webinar = 0;

    Fixture()
    {
        database = check(Database::open(dir.path()));
        keys = check(KeyStore::open(*database, QDir(dir.path()).filePath(MasterKey::defaultFileName)));
        log = std::make_unique<audit::AuditLog>(
            *database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        if (auto ok = audit::initialiseKeys(*keys, *log, u"bench"_s); !ok)
            die(ok.error().message);
        cipher = std::make_unique<FieldCipher>(*keys);
        organisation = check(database->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Bench', ?)"_s,
                                            {toDatabaseTime(QDateTime::currentDateTimeUtc())}))
                           .lastInsertId()
                           .toLongLong();
        webinar = check(database->exec(u"INSERT INTO webinars (organisation_id, title, state, starts_at,"
                                       " duration_minutes) VALUES (?, 'Bench', 'live', ?, 60)"_s,
                                       {organisation, toDatabaseTime(QDateTime::currentDateTimeUtc())}))
                      .lastInsertId()
                      .toLongLong();
    }
};

// Rows per second of inserting `rows` in one transaction.
double insertRate(Fixture &fixture, const QList<NewRegistration> &rows, bool sealed)
{
    FieldCipher::Key key =
        sealed ? check(fixture.cipher->organisationKey(fixture.organisation)) : FieldCipher::Key {nullptr, true};
    RegistrationRepository repository(*fixture.database, *fixture.cipher);
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(*fixture.database);
    for (NewRegistration row : rows) {
        row.webinarId = fixture.webinar;
        check(repository.insert(row, key));
    }
    if (auto committed = transaction.commit(); !committed)
        die(committed.error().message);
    return static_cast<double>(rows.size()) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

double listMs(RegistrationRepository &repository, qint64 webinar, const QString &search)
{
    RegistrationQuery query;
    query.webinarId = webinar;
    query.search = search;
    query.readable = rights::allFieldClasses();
    QElapsedTimer timer;
    timer.start();
    check(repository.list(query));
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// After one change of one registration, alternating, 5 rounds: an update and a delete through this repository
// (the index is updated in place: the row read again, the orders adjusted) and an update by another connection
// (the index is rebuilt, as after every change before the index followed its own changes).
void measureAfterOneChange(Fixture &fixture, RegistrationRepository &repository)
{
    auto other = check(Database::open(fixture.dir.path()));
    auto firstIds = check(fixture.database->exec(u"SELECT id FROM registrations ORDER BY id LIMIT 15"_s));
    QList<qint64> ids;
    while (firstIds.next())
        ids.append(firstIds.value(0).toLongLong());
    firstIds.finish();
    QList<double> ownUpdate, ownDelete, external;
    const QString rejected = api::approvalStateToWire(api::ApprovalState::Rejected);
    for (int round = 0; round < 5; ++round) {
        const qint64 updated = ids.at(3 * round), deleted = ids.at(3 * round + 1), elsewhere = ids.at(3 * round + 2);
        auto version =
            check(fixture.database->firstRow(u"SELECT version FROM registrations WHERE id = ?"_s, {updated}));
        check(repository.setApproval(updated, version->at(0).toLongLong(), api::ApprovalState::Rejected));
        ownUpdate.append(listMs(repository, fixture.webinar, {}));
        if (auto removed = repository.remove(deleted); !removed)
            die(removed.error().message);
        ownDelete.append(listMs(repository, fixture.webinar, {}));
        check(other->exec(u"UPDATE registrations SET approval_state = ?, version = version + 1 WHERE id = ?"_s,
                          {rejected, elsewhere}));
        external.append(listMs(repository, fixture.webinar, {}));
    }
    std::printf("list-in-process after-one-change first-page-ms (median of 5): own update %.1f, own delete %.1f;"
                " another connection's update (index rebuilt) %.1f = %.0fx the own update\n",
                median(ownUpdate), median(ownDelete), median(external), median(external) / median(ownUpdate));
    std::printf("index builds %d, in-place updates %d\n", repository.indexStatistics().builds,
                repository.indexStatistics().updates);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"count"_s, u"registrations per run (default 100000)"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"runs of each variant (default 3)"_s, u"R"_s, u"3"_s});
    parser.process(app);
    const int count = parser.value(u"count"_s).toInt(), runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QList<NewRegistration> rows = attendees(count, 0);
    QList<double> plain, sealed;
    std::unique_ptr<Fixture> last;
    for (int run = 0; run < runs; ++run) {
        for (const bool seal : {false, true}) {
            auto fixture = std::make_unique<Fixture>();
            (seal ? sealed : plain).append(insertRate(*fixture, rows, seal));
            if (seal)
                last = std::move(fixture);
        }
    }
    std::printf("insert-registrations %d per run, %d runs each, one transaction, RegistrationRepository::insert\n",
                count, runs);
    std::printf("insert-rate plain-baseline median=%.0f rows/s\n", median(plain));
    std::printf("insert-rate sealed (5 fields, AES-256-GCM) median=%.0f rows/s\n", median(sealed));
    std::printf("insert-ratio sealed/plain %.0f%% (goal >= 50%%)\n", 100.0 * median(sealed) / median(plain));

    RegistrationRepository repository(*last->database, *last->cipher);
    std::printf("list-in-process index-build+first-page-ms %.1f\n", listMs(repository, last->webinar, {}));
    QList<double> firstPage, search;
    for (int i = 0; i < 20; ++i) {
        firstPage.append(listMs(repository, last->webinar, {}));
        search.append(listMs(repository, last->webinar, u"Jansen"_s));
    }
    std::printf("list-in-process first-page-ms median=%.1f search-ms (\"Jansen\") median=%.1f\n", median(firstPage),
                median(search));
    measureAfterOneChange(*last, repository);
    return 0;
}
