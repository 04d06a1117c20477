// The search and sort index of a webinar's registrations follows this process's own inserts, updates and deletes
// without being rebuilt, and then equals an index built afresh (entries and every order), so lists, searches and
// sorts give the same pages; a change by another connection still makes the next list rebuild it, and a write that
// rolled back (alone, or with the request transaction around it) leaves nothing behind in the index.
#include "CipherTestSupport.h"
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using regiekamer::server::test::execSql;

class TestRegistrationIndex : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TestCipher> m_keys;
    std::unique_ptr<RegistrationRepository> m_registrations;
    qint64 m_organisation = 0, m_webinar = 0;

    FieldCipher &cipher() { return *m_keys->cipher; }

    // Imported attendees with few distinct companies and minutes, so the orders have ties to keep by id.
    void importAttendees(int count)
    {
        auto key = cipher().organisationKey(m_organisation);
        QVERIFY(key);
        static const QStringList first {u"Anna"_s, u"bram"_s, u"Émile"_s, u"Daan"_s, u"eva"_s, u"Zoë"_s};
        static const QStringList last {u"Jansen"_s, u"de Vries"_s, u"García"_s, u"Smit"_s};
        static const QStringList companies {u"Achmea"_s, u"Zorggroep"_s, u"jansen & co"_s, QString()};
        QRandomGenerator random(5);
        Transaction transaction(*m_database);
        for (int i = 0; i < count; ++i) {
            NewRegistration r;
            r.webinarId = m_webinar;
            r.fullName = first.at(random.bounded(first.size())) + u' ' + last.at(random.bounded(last.size()));
            r.email = u"a%1@example.org"_s.arg(i);
            r.company = companies.at(random.bounded(companies.size()));
            r.registeredAt = QDateTime(QDate(2025, 5, 1), QTime(random.bounded(24), 0), QTimeZone::UTC);
            r.minutesWatched = random.bounded(5);
            QVERIFY(m_registrations->insert(r, *key));
        }
        QVERIFY(transaction.commit());
    }

    // A viewer with an account and a profile, for create().
    api::UserInfo viewer(const QString &name, const QString &company)
    {
        UserRepository users(*m_database, cipher());
        auto id = users.create(
            NewUser {name.section(u' ', 0, 0).toLower() + u"@example.org"_s, name, Role::Viewer, {}, u"x"_s});
        if (!id)
            return {};
        api::ProfileUpdate profile;
        profile.company = company;
        profile.version = 1;
        if (!ProfileRepository(*m_database, cipher()).update(*id, profile))
            return {};
        api::UserInfo info;
        info.id = *id;
        return info;
    }

    // The ids of every page that a list, a search, or each sort either way gives.
    QStringList pages(RegistrationRepository &repository)
    {
        QStringList result;
        for (const QString &search : {QString(), u"jansen"_s, u"ÉMILE"_s}) {
            for (const QString &sort : {u"id"_s, u"name"_s, u"company"_s, u"registeredAt"_s, u"minutesWatched"_s}) {
                for (const bool descending : {false, true}) {
                    RegistrationQuery query;
                    query.webinarId = m_webinar;
                    query.search = search;
                    query.sort = sort;
                    query.descending = descending;
                    query.limit = 1000;
                    query.readable = rights::allFieldClasses();
                    auto page = repository.list(query);
                    if (!page)
                        return {u"error: "_s + page.error().message};
                    QStringList ids;
                    for (const api::Registration &registration : page->items)
                        ids.append(QString::number(registration.id));
                    result.append(
                        u"%1/%2/%3 %4: %5"_s.arg(search, sort).arg(descending).arg(page->total).arg(ids.join(u',')));
                }
            }
        }
        return result;
    }

    // The repository's index equals one built afresh from the database, and so do the pages it gives.
    void compareWithRebuild()
    {
        RegistrationRepository fresh(*m_database, cipher());
        QCOMPARE(pages(*m_registrations), pages(fresh));
        const auto kept = m_registrations->cachedIndex(m_webinar), built = fresh.cachedIndex(m_webinar);
        QVERIFY(kept && built);
        QCOMPARE(kept->revision, built->revision);
        QCOMPARE(kept->entries.size(), built->entries.size());
        for (std::size_t i = 0; i < kept->entries.size(); ++i) {
            const auto &a = kept->entries[i], &b = built->entries[i];
            QCOMPARE(QList<QVariant>({a.id, a.version, a.userId, a.name, a.email, a.company, a.searchable,
                                      a.registeredAt, a.minutesWatched, int(a.approval), a.present}),
                     QList<QVariant>({b.id, b.version, b.userId, b.name, b.email, b.company, b.searchable,
                                      b.registeredAt, b.minutesWatched, int(b.approval), b.present}));
        }
        QVERIFY(kept->orders == built->orders);
    }

    qint64 revision()
    {
        auto row = m_database->firstRow(u"SELECT registration_revision FROM webinars WHERE id = ?"_s, {m_webinar});
        return row && *row ? (*row)->at(0).toLongLong() : -1;
    }

    qint64 versionOf(qint64 id)
    {
        auto row = m_database->firstRow(u"SELECT version FROM registrations WHERE id = ?"_s, {id});
        return row && *row ? (*row)->at(0).toLongLong() : -1;
    }

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
        m_registrations = std::make_unique<RegistrationRepository>(*m_database, cipher());
        importAttendees(60);
        QVERIFY(!pages(*m_registrations).first().startsWith(u"error"_s));
        QCOMPARE(m_registrations->indexStatistics().builds, 1);
    }

    void cleanup()
    {
        m_registrations.reset();
        m_keys.reset();
        m_database.reset();
    }

    void ownChangesUpdateTheIndexInPlace()
    {
        // An insert through create() (a viewer registering), one after another without a list in between.
        const auto eva = viewer(u"Aaron Jansen"_s, u"Jansen & Co"_s), zed = viewer(u"Zed Émile"_s, u"Achmea"_s);
        QVERIFY(eva.id && zed.id);
        auto first = m_registrations->create(m_webinar, eva, {true, false});
        auto second = m_registrations->create(m_webinar, zed, {false, false});
        QVERIFY(first && second);
        compareWithRebuild();
        QCOMPARE(m_registrations->indexStatistics().updates, 1);
        // An update that moves a row in no order (approval) and a delete of a row in the middle.
        QVERIFY(m_registrations->setApproval(*first, versionOf(*first), api::ApprovalState::Rejected));
        compareWithRebuild();
        QVERIFY(m_registrations->remove(20));
        QVERIFY(m_registrations->remove(*second));
        compareWithRebuild();
        QCOMPARE(m_registrations->indexStatistics().updates, 3);
        QCOMPARE(m_registrations->indexStatistics().builds, 1);
    }

    void changesOfAnotherConnectionAreSeen()
    {
        auto other = Database::open(m_dir->path());
        QVERIFY(other);
        // Another connection changes a row's minutes between two of this process's changes: no chain of own changes
        // leads to the revision, so the index is rebuilt and shows the other change.
        QVERIFY(m_registrations->setApproval(3, versionOf(3), api::ApprovalState::Rejected));
        QVERIFY((*other)->exec(u"UPDATE registrations SET minutes_watched = 99 WHERE id = 7"_s));
        QVERIFY(m_registrations->remove(5));
        compareWithRebuild();
        QCOMPARE(m_registrations->indexStatistics().builds, 2);
        QCOMPARE(m_registrations->indexStatistics().updates, 0);
        RegistrationQuery top;
        top.webinarId = m_webinar;
        top.sort = u"minutesWatched"_s;
        top.descending = true;
        top.limit = 1;
        top.readable = rights::allFieldClasses();
        auto page = m_registrations->list(top);
        QVERIFY(page && page->items.size() == 1);
        QCOMPARE(page->items.first().id, qint64(7));
        // A delete by another connection alone, right after an own change was applied.
        QVERIFY(m_registrations->setApproval(8, versionOf(8), api::ApprovalState::Rejected));
        QVERIFY((*other)->exec(u"DELETE FROM registrations WHERE id = 9"_s));
        compareWithRebuild();
        QVERIFY(!m_registrations->cachedIndex(m_webinar)->find(9));
    }

    void rolledBackWritesLeaveNothingBehind()
    {
        const qint64 before = revision();
        const auto kept = m_registrations->cachedIndex(m_webinar);
        {
            // The request transaction around the repository's own rolls back after the change was recorded.
            Transaction request(*m_database);
            QVERIFY(m_registrations->setApproval(4, versionOf(4), api::ApprovalState::Rejected));
            QVERIFY(m_registrations->remove(6));
        }
        QCOMPARE(revision(), before);
        // Another connection then makes exactly one change (the revision moves by one, as the first recorded change
        // had moved it before its random step): the rolled-back changes must not be applied in its place.
        auto other = Database::open(m_dir->path());
        QVERIFY(other);
        QVERIFY((*other)->exec(u"UPDATE registrations SET minutes_watched = 77 WHERE id = 10"_s));
        compareWithRebuild();
        const auto *four = m_registrations->cachedIndex(m_webinar)->find(4);
        QVERIFY(four && m_registrations->cachedIndex(m_webinar)->find(6));
        QCOMPARE(int(four->approval), int(kept->find(4)->approval));
        QCOMPARE(m_registrations->cachedIndex(m_webinar)->find(10)->minutesWatched, qint64(77));
        QCOMPARE(m_registrations->indexStatistics().updates, 0);

        // A rolled-back own write, then an own write from the same revision that commits: only the latter counts.
        {
            Transaction request(*m_database);
            QVERIFY(m_registrations->remove(11));
        }
        QVERIFY(m_registrations->setApproval(12, versionOf(12), api::ApprovalState::Rejected));
        compareWithRebuild();
        QVERIFY(m_registrations->cachedIndex(m_webinar)->find(11));
        QCOMPARE(m_registrations->indexStatistics().updates, 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationIndex)
#include "tst_registrationindex.moc"
