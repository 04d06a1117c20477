#include "BenchSeeding.h"

#include "BenchServer.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "storage/RegistrationRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace regiekamer::bench {

namespace audit = regiekamer::server::audit;
using namespace regiekamer::server;

api::AuditEntry syntheticEntry(qint64 n)
{
    static const char *const actions[] = {"read", "read", "read", "update", "export", "moderate", "login"};
    static const char *const roles[] = {"director", "moderator", "client_staff", "viewer", "admin"};
    api::AuditEntry entry;
    entry.actorId = firstActor + n % people;
    entry.actorName = u"Bench Person %1"_s.arg(n % people);
    entry.actorRole = QString::fromLatin1(roles[n % people % 5]);
    entry.clientAddress = u"10.0.%1.%2"_s.arg(n % 200).arg(n % 250);
    entry.requestId = u"%1"_s.arg(n, 24, 16, QChar(u'0'));
    entry.action = QString::fromLatin1(actions[n % 7]);
    entry.objectType = u"registration"_s;
    entry.webinarId = firstWebinar + (n / 3) % webinars;
    entry.objectId = entry.webinarId;
    entry.organisationId = firstOrganisation + entry.webinarId % organisations;
    entry.subjectUserId = n % 4 == 0 ? firstAttendee + n % attendees : 0;
    entry.fields = {u"identity"_s, u"contact"_s, u"attendance"_s};
    entry.outcome = n % 50 == 0 ? u"denied"_s : u"allowed"_s;
    entry.reason = n % 50 == 0 ? u"not_found"_s : QString();
    entry.rowCount = entry.action == "read"_L1 ? 100 : -1;
    return entry;
}

// One webinar with `count` registrations, written through RegistrationRepository::insert (the personal fields sealed
// under the organisation's key, as the server stores them) in one transaction, with the master key of the data dir.
qint64 seedRegistrations(const QString &dataDir, int count)
{
    QElapsedTimer timer;
    timer.start();
    const auto check = [](auto result) {
        if (!result)
            die(result.error().message);
        return std::move(*result);
    };
    auto database = check(Database::open(dataDir));
    auto keys = check(KeyStore::open(*database, regiekamer::server::MasterKey::resolvePath({}, dataDir)));
    FieldCipher cipher(*keys);
    const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return check(database->exec(sql, values));
    };
    QSqlQuery organisationRow = exec(u"SELECT id FROM organisations ORDER BY id LIMIT 1"_s);
    if (!organisationRow.next())
        die(u"no organisation: was the data dir created with --demo?"_s);
    const qint64 organisation = organisationRow.value(0).toLongLong();
    organisationRow.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(*database);
    const qint64 webinarId =
        exec(u"INSERT INTO webinars (organisation_id, title, description, state, starts_at, duration_minutes)"
             " VALUES (?, ?, ?, 'live', ?, 90)"_s,
             {organisation, u"Benchmark: 100,000 attendees"_s, u"Seeded by regiekamer-bench-domain."_s,
              toDatabaseTime(now.addSecs(-1800))})
            .lastInsertId()
            .toLongLong();
    for (const char *role : {"director", "moderator"}) {
        exec(u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role)"
             " SELECT ?, id, role FROM users WHERE role = ? ORDER BY id LIMIT 1"_s,
             {webinarId, QString::fromLatin1(role)});
    }
    static const QStringList given {u"Anne"_s,  u"Bram"_s,  u"Daan"_s, u"Emma"_s, u"Femke"_s, u"Gijs"_s,
                                    u"Hanna"_s, u"Julia"_s, u"Lars"_s, u"Noor"_s, u"Wei"_s,   u"Lucía"_s,
                                    u"Priya"_s, u"Yusuf"_s, u"Olga"_s, u"Kofi"_s, u"Sem"_s,   u"Roos"_s};
    static const QStringList family {u"de Vries"_s, u"Jansen"_s,  u"Bakker"_s, u"Visser"_s, u"Smit"_s,
                                     u"Meijer"_s,   u"de Boer"_s, u"Mulder"_s, u"Okafor"_s, u"García"_s,
                                     u"Müller"_s,   u"Nowak"_s,   u"Yılmaz"_s, u"Patel"_s,  u"O'Brien"_s};
    static const QStringList companies {u"Zorggroep Noorderlicht"_s,
                                        u"Thuiszorg Drenthe"_s,
                                        u"UMC Groningen"_s,
                                        u"Gemeente Assen"_s,
                                        u"Philips"_s,
                                        u"Achmea"_s,
                                        u"Zelfstandig"_s,
                                        u"Vitens"_s};
    static const QStringList titles {u"Wijkverpleegkundige"_s, u"Teamleider"_s, u"Beleidsadviseur"_s, u"Controller"_s,
                                     u"Student"_s};
    QRandomGenerator random(100000);
    const auto pick = [&](const QStringList &list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
    };
    RegistrationRepository registrations(*database, cipher);
    const auto key = check(cipher.organisationKey(organisation));
    for (int n = 0; n < count; ++n) {
        NewRegistration r;
        r.webinarId = webinarId;
        const QString first = pick(given), last = pick(family);
        r.registeredAt = now.addSecs(-static_cast<qint64>(random.bounded(60u * 24 * 3600)));
        const bool joined = random.bounded(10) < 7;
        const quint32 roll = random.bounded(20);
        r.fullName = first + u' ' + last;
        r.email = u"%1.%2@example.com"_s.arg(first.toLower(), QString::number(n));
        r.phone = u"+31 6 %1"_s.arg(random.bounded(10000000u, 99999999u));
        r.company = pick(companies);
        r.jobTitle = pick(titles);
        const bool recording = random.bounded(10) < 8, marketing = random.bounded(10) < 3;
        r.consent = regiekamer::api::Consent {recording, marketing, r.registeredAt};
        r.approval = roll == 0 ? regiekamer::api::ApprovalState::Rejected
            : roll < 3         ? regiekamer::api::ApprovalState::Pending
                               : regiekamer::api::ApprovalState::Approved;
        r.joinedAt = joined ? now.addSecs(-1700) : QDateTime();
        r.minutesWatched = joined ? 28 : 0;
        check(registrations.insert(r, key));
    }
    if (auto committed = transaction.commit(); !committed)
        die(committed.error().message);
    exec(u"ANALYZE"_s).finish();
    std::printf("seed-registrations %d in %.2f s (one transaction, RegistrationRepository::insert, sealed)\n", count,
                static_cast<double>(timer.elapsed()) / 1000.0);
    return webinarId;
}

double seedAuditEntries(const QString &dataDir, qint64 count, const QDateTime &start, qint64 stepMs)
{
    auto database = server::Database::open(dataDir);
    if (!database)
        die(database.error().message);
    // The secondary indexes of ten million entries outgrow SQLite's default 2 MiB page cache many times over.
    if (auto cached = (*database)->exec(u"PRAGMA cache_size = -2097152"_s); !cached)
        die(cached.error().message);
    auto key = audit::AuditKey::load(QDir(dataDir).filePath(audit::AuditKey::defaultFileName), false);
    if (!key)
        die(key.error().message);
    auto keys = server::KeyStore::open(**database, server::MasterKey::resolvePath({}, dataDir));
    if (!keys)
        die(keys.error().message);
    qint64 tick = 0;
    audit::AuditLog log(**database, std::move(*key), [&] { return start.addMSecs(stepMs * tick++); });
    log.useKeys(**keys); // actor names and addresses sealed, as the server stores them
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 batch = 100000;
    for (qint64 done = 0; done < count;) {
        server::Transaction transaction(**database);
        if (!transaction.started())
            die(transaction.started().error().message);
        const qint64 end = std::min(count, done + batch);
        for (; done < end; ++done) {
            if (auto appended = log.append(syntheticEntry(done)); !appended)
                die(appended.error().message);
        }
        if (auto committed = transaction.commit(); !committed)
            die(committed.error().message);
        std::fprintf(stderr, "\rseeded %lld", static_cast<long long>(done));
    }
    std::fprintf(stderr, "\n");
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    std::printf("seed-entries %lld in %.1f s (%.0f entries/s; AuditLog::append, %lld per transaction)\n",
                static_cast<long long>(count), seconds, seconds > 0 ? static_cast<double>(count) / seconds : 0.0,
                static_cast<long long>(batch));
    if (auto analysed = (*database)->exec(u"ANALYZE"_s); !analysed)
        die(analysed.error().message);
    return seconds;
}

} // namespace regiekamer::bench
