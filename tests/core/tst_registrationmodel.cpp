// RegistrationModel columns per role (rights::readableFields), the filter/sort proxy and the paged loader.
#include "PagedLoader.h"
#include "RegistrationFilterModel.h"
#include "RegistrationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::RegistrationModel;
using Field = RegistrationModel::Field;

namespace {

api::Registration registration(qint64 id, const QString &name, const QString &company, api::ApprovalState approval,
                               bool present, qint64 minutes)
{
    api::Registration r;
    r.id = id;
    r.webinarId = 1;
    r.version = 1;
    r.fullName = name;
    r.contact = api::ContactFields {name.section(u' ', 0, 0).toLower() + u"@example.org"_s, u"+31 6 1234"_s};
    r.profile = api::ProfileFields {company, u"Adviseur"_s};
    r.registration =
        api::RegistrationFields {QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::UTC).addSecs(id), approval};
    r.attendance = api::AttendanceFields {{}, {}, minutes, present};
    r.consent = api::Consent {true, false, {}};
    return r;
}

QList<api::Registration> sample()
{
    return {registration(1, u"Anna de Vries"_s, u"Gemeente Utrecht"_s, api::ApprovalState::Approved, true, 40),
            registration(2, u"Bram Jansen"_s, u"Rabobank"_s, api::ApprovalState::Pending, false, 0),
            registration(3, u"Chris Bakker"_s, u"Utrechtse Bouw"_s, api::ApprovalState::Rejected, false, 5),
            registration(4, u"Daan Visser"_s, u"Philips"_s, api::ApprovalState::Approved, false, 12)};
}

QStringList keys(const QAbstractItemModel &model)
{
    QStringList result;
    for (int column = 0; column < model.columnCount(); ++column)
        result.append(model.headerData(column, Qt::Horizontal, RegistrationModel::KeyRole).toString());
    return result;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

} // namespace

class TstRegistrationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsFollowTheRights_data();
    void columnsFollowTheRights();
    void mergeKeepsRowsById();
    void searchFiltersAndSorts();
    void loaderAppendsPageByPage();
    void loaderAbandonsAnOldLoad();
    void loaderReportsFailure();
};

void TstRegistrationModel::columnsFollowTheRights_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("moderator") << Role::Moderator
                               << QStringList {u"fullName"_s, u"joinedAt"_s, u"leftAt"_s, u"minutesWatched"_s,
                                               u"present"_s};
    QTest::newRow("director") << Role::Director
                              << QStringList {u"fullName"_s, u"email"_s,          u"phone"_s,         u"company"_s,
                                              u"jobTitle"_s, u"registeredAt"_s,   u"approvalState"_s, u"joinedAt"_s,
                                              u"leftAt"_s,   u"minutesWatched"_s, u"present"_s};
    QTest::newRow("client staff") << Role::ClientStaff
                                  << QStringList {u"fullName"_s,          u"email"_s,          u"phone"_s,
                                                  u"company"_s,           u"jobTitle"_s,       u"registeredAt"_s,
                                                  u"approvalState"_s,     u"joinedAt"_s,       u"leftAt"_s,
                                                  u"minutesWatched"_s,    u"present"_s,        u"consent.recording"_s,
                                                  u"consent.marketing"_s, u"consent.givenAt"_s};
    QTest::newRow("admin without reason") << Role::Admin << QStringList {};
}

void TstRegistrationModel::columnsFollowTheRights()
{
    QFETCH(Role, role);
    QFETCH(QStringList, expected);
    RegistrationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReadableFields(rights::readableFields(role, rights::Resource::Registration));
    model.appendRegistrations(sample());
    QCOMPARE(keys(model), expected);
    QCOMPARE(model.rowCount(), 4);
    if (role == Role::Moderator) {
        QCOMPARE(model.columnOf(Field::Email), -1);
        QCOMPARE(model.columnOf(Field::Phone), -1);
        QCOMPARE(model.columnOf(Field::Company), -1);
        QCOMPARE(model.index(0, 0).data().toString(), u"Anna de Vries"_s);
    }
}

void TstRegistrationModel::mergeKeepsRowsById()
{
    RegistrationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReadableFields(rights::readableFields(Role::Director, rights::Resource::Registration));
    model.appendRegistrations(sample());
    QList<api::Registration> fresh = sample();
    fresh.removeAt(1); // Bram deleted
    fresh[1].version = 2; // Chris approved
    fresh[1].registration->approvalState = api::ApprovalState::Approved;
    fresh.append(registration(9, u"Eva Smit"_s, u"KPN"_s, api::ApprovalState::Pending, false, 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.mergeRegistrations(fresh);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(names(model), (QStringList {u"Anna de Vries"_s, u"Chris Bakker"_s, u"Daan Visser"_s, u"Eva Smit"_s}));
    QCOMPARE(model.rowOfId(3), 1);
    QCOMPARE(model.index(1, model.columnOf(Field::Approval)).data().toString(), u"Approved"_s);
}

void TstRegistrationModel::searchFiltersAndSorts()
{
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::ClientStaff, rights::Resource::Registration));
    model.appendRegistrations(sample());
    client::RegistrationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setRegistrations(&model);
    proxy.sort(model.columnOf(Field::FullName), Qt::DescendingOrder);
    QCOMPARE(names(proxy), (QStringList {u"Daan Visser"_s, u"Chris Bakker"_s, u"Bram Jansen"_s, u"Anna de Vries"_s}));

    proxy.setSearchText(u"UTRECHT"_s); // company, case-insensitive
    QCOMPARE(names(proxy), (QStringList {u"Chris Bakker"_s, u"Anna de Vries"_s}));
    proxy.setSearchText(u"bram@"_s); // e-mail
    QCOMPARE(names(proxy), QStringList {u"Bram Jansen"_s});
    proxy.setSearchText({});

    proxy.setApprovalFilter(api::ApprovalState::Approved);
    QCOMPARE(names(proxy), (QStringList {u"Daan Visser"_s, u"Anna de Vries"_s}));
    proxy.setPresentFilter(true);
    QCOMPARE(names(proxy), QStringList {u"Anna de Vries"_s});
    proxy.setApprovalFilter(std::nullopt);
    proxy.setPresentFilter(false);
    proxy.sort(model.columnOf(Field::MinutesWatched), Qt::AscendingOrder);
    QCOMPARE(names(proxy), (QStringList {u"Bram Jansen"_s, u"Chris Bakker"_s, u"Daan Visser"_s}));

    // A row that arrives later is filtered and sorted into place.
    model.appendRegistrations({registration(5, u"Eva Smit"_s, u"KPN"_s, api::ApprovalState::Pending, false, 3)});
    QCOMPARE(names(proxy), (QStringList {u"Bram Jansen"_s, u"Eva Smit"_s, u"Chris Bakker"_s, u"Daan Visser"_s}));
    QCOMPARE(proxy.idAt(1), 5);
}

// A fake page source: `total` synthetic rows, delivered asynchronously like a network reply.
client::PagedLoader::PageSource fakeSource(RegistrationModel *model, qint64 total, QList<qint64> *offsets)
{
    return [model, total, offsets](qint64 offset, qint64 limit, client::PagedLoader::Reply reply) {
        offsets->append(offset);
        QTimer::singleShot(1, model, [model, total, offset, limit, reply] {
            QList<api::Registration> items;
            for (qint64 id = offset + 1; id <= std::min(total, offset + limit); ++id)
                items.append(registration(id, u"Person %1"_s.arg(id), u"Org"_s, api::ApprovalState::Pending, false, 0));
            const auto count = items.size();
            reply(client::PagedLoader::PageCount {count, total, [model, items] { model->appendRegistrations(items); }});
        });
    };
}

void TstRegistrationModel::loaderAppendsPageByPage()
{
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::Moderator, rights::Resource::Registration));
    client::PagedLoader loader;
    QList<qint64> offsets;
    QList<int> rowsSeen;
    connect(&loader, &client::PagedLoader::progress, this, [&](qint64 loaded, qint64 total) {
        QCOMPARE(total, 1234);
        QCOMPARE(model.rowCount(), loaded); // the rows are in the model as each page arrives
        rowsSeen.append(model.rowCount());
    });
    QSignalSpy finished(&loader, &client::PagedLoader::finished);
    loader.start(fakeSource(&model, 1234, &offsets), 500);
    QVERIFY(loader.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(offsets, (QList<qint64> {0, 500, 1000}));
    QCOMPARE(rowsSeen, (QList<int> {500, 1000, 1234}));
    QCOMPARE(model.rowCount(), 1234);
    QCOMPARE(finished.first().first().toLongLong(), 1234);
    QVERIFY(!loader.isLoading());
}

void TstRegistrationModel::loaderAbandonsAnOldLoad()
{
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::Moderator, rights::Resource::Registration));
    client::PagedLoader loader;
    QList<qint64> offsets;
    QSignalSpy finished(&loader, &client::PagedLoader::finished);
    loader.start(fakeSource(&model, 2000, &offsets), 500);
    loader.start(fakeSource(&model, 10, &offsets), 500); // the first load's pages are never delivered
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(finished.size(), 1);
}

void TstRegistrationModel::loaderReportsFailure()
{
    client::PagedLoader loader;
    QSignalSpy failed(&loader, &client::PagedLoader::failed);
    loader.start([](qint64, qint64, client::PagedLoader::Reply reply) {
        reply(fail(u"forbidden"_s, u"Your role does not allow this action."_s));
    });
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().value<Error>().code, u"forbidden"_s);
    QVERIFY(!loader.isLoading());
}

QTEST_GUILESS_MAIN(TstRegistrationModel)
#include "tst_registrationmodel.moc"
