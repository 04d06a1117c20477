// ReportRepository on a temporary SQLite database with known rows: registrations per UTC day, viewers per minute
// (from the room's stays: a stay counts in every minute it touches; one still open counts up to its latest presence
// tick, so the same rows always give the same report), every question state with
// zero counts, the funnel's stages, and nothing of another webinar.
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "storage/ReportRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

qint64 countNamed(const QList<api::NamedCount> &counts, const QString &name)
{
    for (const api::NamedCount &each : counts)
        if (each.name == name)
            return each.count;
    return -1;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_webinar = 0, m_other = 0;

    qint64 insert(const QString &sql, const QVariantList &values) { return test::execSql(*m_database, sql, values); }

    qint64 addWebinar(qint64 organisation)
    {
        return insert(u"INSERT INTO webinars (organisation_id, title, state, starts_at, duration_minutes)"
                      " VALUES (?, 'W', 'live', '2026-03-10T10:00:00.000Z', 60)"_s,
                      {organisation});
    }

    // A registration and, when `joined` is given, its stay in the room: ended at `left`, or still open with its
    // latest presence tick at `lastTick`.
    qint64 addRegistration(qint64 webinar, const QString &registeredAt, const QString &approval,
                           const QVariant &joined = {}, const QVariant &left = {}, int minutes = 0,
                           const QVariant &lastTick = {})
    {
        const qint64 id =
            insert(u"INSERT INTO registrations (webinar_id, full_name, email, company, job_title, registered_at,"
                   " phone, approval_state, joined_at, left_at, minutes_watched)"
                   " VALUES (?, 'x', 'x', 'x', 'x', ?, 'x', ?, ?, ?, ?)"_s,
                   {webinar, registeredAt, approval, joined, left, minutes});
        if (joined.isValid())
            insert(u"INSERT INTO attendance_sessions (registration_id, webinar_id, joined_at, last_tick_at, left_at)"
                   " VALUES (?, ?, ?, ?, ?)"_s,
                   {id, webinar, joined, left.isValid() ? left : lastTick, left});
        return id;
    }

    void addQuestion(qint64 webinar, qint64 registration, const QString &state)
    {
        insert(u"INSERT INTO questions (webinar_id, registration_id, text, state, asked_at)"
               " VALUES (?, ?, 'x', ?, '2026-03-10T10:05:00.000Z')"_s,
               {webinar, registration, state});
    }

    api::WebinarReport report(qint64 webinar)
    {
        ReportRepository reports(*m_database);
        auto made = reports.report(webinar);
        if (!made)
            qWarning("%s", qPrintable(made.error().message));
        return made.value_or(api::WebinarReport {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.path());
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        m_database = std::move(*database);
        const qint64 organisation = insert(u"INSERT INTO organisations (name, created_at) VALUES ('Acme', ?)"_s,
                                           {u"2026-01-01T00:00:00.000Z"_s});
        m_webinar = addWebinar(organisation);
        m_other = addWebinar(organisation);
        // Two on 8 March (one just before midnight UTC), one on 9 March; one pending, one rejected.
        const qint64 ada = addRegistration(m_webinar, u"2026-03-08T09:00:00.000Z"_s, u"approved"_s,
                                           u"2026-03-10T10:00:30.000Z"_s, u"2026-03-10T10:02:10.000Z"_s, 2);
        const qint64 bo = addRegistration(m_webinar, u"2026-03-08T23:59:59.999Z"_s, u"approved"_s,
                                          u"2026-03-10T10:01:00.000Z"_s, QVariant(), 29, u"2026-03-10T10:30:10.000Z"_s);
        addRegistration(m_webinar, u"2026-03-08T12:00:00.000Z"_s, u"approved"_s, u"2026-03-10T10:29:00.000Z"_s,
                        u"2026-03-10T10:30:20.000Z"_s, 1);
        addRegistration(m_webinar, u"2026-03-09T00:00:00.000Z"_s, u"pending"_s);
        addRegistration(m_webinar, u"2026-03-09T12:00:00.000Z"_s, u"rejected"_s);
        addQuestion(m_webinar, ada, u"new"_s);
        addQuestion(m_webinar, ada, u"answered"_s);
        addQuestion(m_webinar, bo, u"answered"_s);
        // Another webinar's rows must not be counted.
        const qint64 other =
            addRegistration(m_other, u"2026-03-08T10:00:00.000Z"_s, u"approved"_s, u"2026-03-10T10:00:00.000Z"_s,
                            QVariant(), 30, u"2026-03-10T11:00:00.000Z"_s);
        addQuestion(m_other, other, u"pinned"_s);
    }

    void registrationsArePerUtcDay()
    {
        const api::WebinarReport made = report(m_webinar);
        QCOMPARE(made.webinarId, m_webinar);
        const QList<api::CountAt> expected {{utc(u"2026-03-08T00:00:00.000Z"_s), 3},
                                            {utc(u"2026-03-09T00:00:00.000Z"_s), 2}};
        QCOMPARE(made.registrationsPerDay, expected);
        QCOMPARE(made.registrationTotal(), 5);
    }

    void viewersArePerMinuteUpToTheLatestActivity()
    {
        const api::WebinarReport made = report(m_webinar);
        // Ada 10:00:30–10:02:10 (minutes 10:00, 10:01, 10:02), Bo from 10:01 and still there (latest tick 10:30:10),
        // Cas 10:29–10:30:20: Bo counts up to the tick.
        QCOMPARE(made.viewersPerMinute.size(), 31);
        QCOMPARE(made.viewersPerMinute.first(), (api::CountAt {utc(u"2026-03-10T10:00:00.000Z"_s), 1}));
        QCOMPARE(made.viewersPerMinute.at(1).count, 2);
        QCOMPARE(made.viewersPerMinute.at(2).count, 2);
        QCOMPARE(made.viewersPerMinute.at(3).count, 1);
        QCOMPARE(made.viewersPerMinute.at(29).count, 2);
        QCOMPARE(made.viewersPerMinute.last(), (api::CountAt {utc(u"2026-03-10T10:30:00.000Z"_s), 2}));
        QCOMPARE(made.peakViewers(), 2);
        QCOMPARE(report(m_webinar), made); // the same rows, the same report
    }

    void everyQuestionStateIsCounted()
    {
        const api::WebinarReport made = report(m_webinar);
        QCOMPARE(countNamed(made.questionsByState, u"new"_s), 1);
        QCOMPARE(countNamed(made.questionsByState, u"answered"_s), 2);
        QCOMPARE(countNamed(made.questionsByState, u"pinned"_s), 0); // the other webinar's
        QCOMPARE(countNamed(made.questionsByState, u"dismissed"_s), 0);
        QCOMPARE(countNamed(made.questionsByState, u"approved"_s), 0);
    }

    void funnelNarrowsStageByStage()
    {
        const api::WebinarReport made = report(m_webinar);
        QStringList names;
        QList<qint64> counts;
        for (const api::NamedCount &stage : made.funnel) {
            names << stage.name;
            counts << stage.count;
        }
        QCOMPARE(names, (QStringList {u"registered"_s, u"approved"_s, u"joined"_s, u"stayed"_s}));
        // Stayed: 30 of 60 planned minutes or more; Bo's 29 are not enough.
        QCOMPARE(counts, (QList<qint64> {5, 3, 3, 0}));
        insert(u"UPDATE registrations SET minutes_watched = 30 WHERE webinar_id = ? AND left_at IS NULL"_s,
               {m_webinar});
        QCOMPARE(report(m_webinar).funnel.last().count, 1);
    }

    void anEmptyWebinarHasEmptyCharts()
    {
        const qint64 empty = addWebinar(1);
        const api::WebinarReport made = report(empty);
        QVERIFY(made.registrationsPerDay.isEmpty());
        QVERIFY(made.viewersPerMinute.isEmpty());
        QCOMPARE(made.funnel.size(), 4);
        QCOMPARE(made.funnel.first().count, 0);
        QCOMPARE(made.questionsByState.size(), 5);
    }

    void aStayOfDaysIsCutAtOneDay()
    {
        const qint64 long_ = addWebinar(1);
        addRegistration(long_, u"2026-03-01T09:00:00.000Z"_s, u"approved"_s, u"2026-03-01T10:00:00.000Z"_s, {}, 0,
                        u"2026-03-04T10:05:00.000Z"_s);
        const api::WebinarReport made = report(long_);
        QCOMPARE(made.viewersPerMinute.size(), ReportRepository::maximumMinutes);
        QCOMPARE(made.viewersPerMinute.last().count, 1);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
