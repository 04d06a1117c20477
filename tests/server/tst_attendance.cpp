// AttendanceRepository on a temporary database (docs/architecture.md "The room"): stays from join to leave keep the
// registration's attendance columns (joined, left, minutes watched, present) true, the sweep ends silent stays at
// their last tick, the concurrent viewers per minute follow the stays, and a ban's reason is sealed and read back.
#include "CipherTestSupport.h"
#include "db/Database.h"
#include "storage/AttendanceRepository.h"
#include "storage/RegistrationRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using LeftHow = AttendanceRepository::LeftHow;

class TestAttendance : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TestCipher> m_keys;
    std::unique_ptr<RegistrationRepository> m_registrations;
    std::unique_ptr<AttendanceRepository> m_attendance;
    qint64 m_organisation = 0, m_webinar = 0;
    const QDateTime m_start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::UTC);

    qint64 addRegistration(const QString &name)
    {
        auto key = m_keys->cipher->organisationKey(m_organisation);
        if (!key)
            return 0;
        NewRegistration registration;
        registration.webinarId = m_webinar;
        registration.fullName = name;
        registration.email = name.toLower().remove(u' ') + u"@example.org"_s;
        registration.registeredAt = m_start.addDays(-3);
        Transaction transaction(*m_database);
        auto id = m_registrations->insert(registration, *key);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id && transaction.commit() ? *id : 0;
    }
    api::AttendanceFields attendanceOf(qint64 id)
    {
        auto stored = m_registrations->find(id);
        return stored && *stored && (*stored)->registration.attendance ? *(*stored)->registration.attendance
                                                                       : api::AttendanceFields {};
    }
    QDateTime at(int minutes, int seconds = 0) const { return m_start.addSecs(minutes * 60 + seconds); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto start = test::startSealed(m_dir->path());
        QVERIFY(start);
        m_database = std::move(start->database);
        m_keys = std::move(start->keys);
        m_organisation = start->organisation;
        m_webinar = start->webinar;
        m_registrations = std::make_unique<RegistrationRepository>(*m_database, *m_keys->cipher);
        m_attendance = std::make_unique<AttendanceRepository>(*m_database, *m_keys->cipher, *m_registrations);
    }

    void cleanup()
    {
        m_attendance.reset();
        m_registrations.reset();
        m_keys.reset();
        m_database.reset();
    }

    void staysKeepTheAttendanceFieldsTrue()
    {
        const qint64 id = addRegistration(u"Anne Jansen"_s);
        QVERIFY(id > 0);
        QCOMPARE(m_attendance->join(id, m_webinar, at(0)).value_or(QDateTime()), at(0));
        api::AttendanceFields fields = attendanceOf(id);
        QVERIFY(fields.present);
        QCOMPARE(fields.joinedAt, at(0));
        QVERIFY(!fields.leftAt.isValid());
        // A second join while present is a tick: the stay keeps its start.
        QCOMPARE(m_attendance->join(id, m_webinar, at(1)).value_or(QDateTime()), at(0));
        QCOMPARE(m_attendance->presentCount(m_webinar).value_or(-1), 1);
        QVERIFY(m_attendance->tick(id, at(2, 30)).value_or(false));
        QCOMPARE(attendanceOf(id).minutesWatched, 2); // the open stay counts up to its last tick
        QVERIFY(m_attendance->leave(id, at(5, 30), LeftHow::Left).value_or(false));
        fields = attendanceOf(id);
        QVERIFY(!fields.present);
        QCOMPARE(fields.leftAt, at(5, 30));
        QCOMPARE(fields.minutesWatched, 5);
        QVERIFY(!m_attendance->leave(id, at(6), LeftHow::Left).value_or(true)); // nothing open
        QVERIFY(!m_attendance->tick(id, at(6)).value_or(true));
        // A second stay adds up; joinedAt is the newest stay's start.
        QVERIFY(m_attendance->join(id, m_webinar, at(10)));
        QVERIFY(m_attendance->leave(id, at(13), LeftHow::Removed).value_or(false));
        fields = attendanceOf(id);
        QCOMPARE(fields.joinedAt, at(10));
        QCOMPARE(fields.minutesWatched, 8);
        QCOMPARE(m_attendance->presentCount(m_webinar).value_or(-1), 0);
    }

    void theSweepEndsSilentStaysAtTheirLastTick()
    {
        const qint64 silent = addRegistration(u"Bram Visser"_s), ticking = addRegistration(u"Chidi Okafor"_s);
        QVERIFY(m_attendance->join(silent, m_webinar, at(0)));
        QVERIFY(m_attendance->join(ticking, m_webinar, at(0)));
        QVERIFY(m_attendance->tick(silent, at(1)).value_or(false));
        QVERIFY(m_attendance->tick(ticking, at(3)).value_or(false));
        auto swept = m_attendance->sweep(at(3, 10), std::chrono::seconds(90));
        QVERIFY(swept);
        QCOMPARE(swept->size(), 1);
        QCOMPARE(swept->first().registrationId, silent);
        QCOMPARE(swept->first().webinarId, m_webinar);
        QCOMPARE(swept->first().organisationId, m_organisation);
        QCOMPARE(attendanceOf(silent).leftAt, at(1)); // last seen then
        QCOMPARE(attendanceOf(silent).minutesWatched, 1);
        QVERIFY(attendanceOf(ticking).present);
        QCOMPARE(m_attendance->sweep(at(3, 20), std::chrono::seconds(90))
                     .value_or(QList<AttendanceRepository::Swept> {})
                     .size(),
                 0);
    }

    void concurrentViewersPerMinute()
    {
        const qint64 a = addRegistration(u"Anne"_s), b = addRegistration(u"Bram"_s), c = addRegistration(u"Daan"_s);
        QCOMPARE(m_attendance->concurrentPerMinute(m_webinar, at(10)).value_or(QList<api::ConcurrentMinute> {1}).size(),
                 0);
        // a: 10:00:30–10:02:10; b: 10:01:00–10:01:20 and 10:03:05–open; c: 10:02:00–10:02:59.
        QVERIFY(m_attendance->join(a, m_webinar, at(0, 30)));
        QVERIFY(m_attendance->join(b, m_webinar, at(1)));
        QVERIFY(m_attendance->leave(b, at(1, 20), LeftHow::Left));
        QVERIFY(m_attendance->join(c, m_webinar, at(2)));
        QVERIFY(m_attendance->leave(a, at(2, 10), LeftHow::Left));
        QVERIFY(m_attendance->leave(c, at(2, 59), LeftHow::Left));
        QVERIFY(m_attendance->join(b, m_webinar, at(3, 5)));
        auto minutes = m_attendance->concurrentPerMinute(m_webinar, at(4, 30));
        QVERIFY(minutes);
        QList<qint64> viewers;
        for (const api::ConcurrentMinute &minute : *minutes) {
            QCOMPARE(minute.minute, at(static_cast<int>(viewers.size())));
            viewers.append(minute.viewers);
        }
        QCOMPARE(viewers, (QList<qint64> {1, 2, 2, 1, 1}));
    }

    void aBanIsSealedAndReadBack()
    {
        const qint64 id = addRegistration(u"Emma de Boer"_s);
        QVERIFY(!m_attendance->isBanned(id).value_or(true));
        QVERIFY(m_attendance->ban(id, m_organisation, u"Shouted over the speaker"_s, 0, at(5)));
        QVERIFY(m_attendance->isBanned(id).value_or(false));
        const api::AttendanceFields fields = attendanceOf(id);
        QVERIFY(fields.banned);
        QCOMPARE(fields.banReason, u"Shouted over the speaker"_s);
        QCOMPARE(fields.bannedAt, at(5));
        auto raw =
            m_database->exec(u"SELECT typeof(reason), instr(CAST(reason AS TEXT), 'Shouted') FROM attendee_bans"_s);
        QVERIFY(raw && raw->next());
        QCOMPARE(raw->value(0).toString(), u"blob"_s);
        QCOMPARE(raw->value(1).toInt(), 0);
        raw->finish();
        QVERIFY(m_attendance->unban(id).value_or(false));
        QVERIFY(!m_attendance->unban(id).value_or(true));
        QVERIFY(!attendanceOf(id).banned);
        QVERIFY(attendanceOf(id).banReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
