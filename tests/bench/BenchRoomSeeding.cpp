#include "BenchRoomSeeding.h"

#include "BenchServer.h"
#include "auth/AccountTokens.h"
#include "auth/SessionStore.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace regiekamer::bench {

using namespace regiekamer::server;

SeededRoom seedRoom(const QString &dataDir, int viewers)
{
    const auto check = [](auto result) {
        if (!result)
            die(result.error().message);
        return std::move(*result);
    };
    auto database = check(Database::open(dataDir));
    auto keys = check(KeyStore::open(*database, MasterKey::resolvePath({}, dataDir)));
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
    SeededRoom room;
    Transaction transaction(*database);
    room.webinarId = exec(u"INSERT INTO webinars (organisation_id, title, description, state, starts_at,"
                          " duration_minutes) VALUES (?, ?, ?, 'live', ?, 90)"_s,
                          {organisation, u"Benchmark: the live room"_s, u"Seeded by regiekamer-bench-room."_s,
                           toDatabaseTime(now.addSecs(-600))})
                         .lastInsertId()
                         .toLongLong();
    for (const char *role : {"director", "moderator"}) {
        exec(u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role)"
             " SELECT ?, id, role FROM users WHERE role = ? ORDER BY id LIMIT 1"_s,
             {room.webinarId, QString::fromLatin1(role)});
    }
    UserRepository users(*database, cipher);
    RegistrationRepository registrations(*database, cipher);
    SessionStore sessions(*database, SessionPolicy {std::chrono::hours(2), std::chrono::hours(4)});
    const auto key = check(cipher.organisationKey(organisation));
    for (int n = 0; n < viewers; ++n) {
        const QString name = u"Kijker %1"_s.arg(n + 1, 4, 10, QChar(u'0'));
        const QString email = u"kijker%1.%2@bench.example"_s.arg(n + 1).arg(room.webinarId);
        const qint64 userId = check(users.create(NewUser {email, name, Role::Viewer, {}, u"x"_s}));
        NewRegistration registration;
        registration.webinarId = room.webinarId;
        registration.userId = userId;
        registration.fullName = name;
        registration.email = email;
        registration.registeredAt = now.addDays(-2);
        registration.approval = api::ApprovalState::Approved;
        const qint64 id = check(registrations.insert(registration, key));
        const QString joinToken = AccountTokens::newToken();
        check(registrations.setJoinTokenHash(id, AccountTokens::hashOf(joinToken)).transform([] { return true; }));
        room.viewers.append(SeededViewer {id, check(sessions.create(userId)).token, joinToken});
    }
    if (auto committed = transaction.commit(); !committed)
        die(committed.error().message);
    return room;
}

} // namespace regiekamer::bench
