// RegistrationModel columns per role (rights::readableFields), the filter/sort proxy and the paged loader.
#include "models/RegistrationFilterModel.h"
#include "models/RegistrationModel.h"
#include "net/PagedLoader.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <climits>
#include <functional>

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
    r.attendance = api::AttendanceFields {{}, {}, minutes, present, false, {}, {}};
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

// Names a byte-wise or case-sensitive comparison orders differently from the locale's collation, with repeats (so
// stability shows) and companies in upper and lower case.
QList<api::Registration> many(qint64 firstId, int count)
{
    static const QStringList first {u"Émile"_s, u"emma"_s, u"Zoë"_s,   u"Åsa"_s,  u"bram"_s, u"Bram"_s,
                                    u"Çelik"_s, u"Olaf"_s, u"Ölgür"_s, u"anna"_s, u"Anna"_s, u"ijsbrand"_s};
    static const QStringList companies {u"Rabobank"_s, u"rabobank"_s, u"Énergie"_s, u"KPN"_s, u"Zuid"_s, u"édition"_s};
    QList<api::Registration> result;
    for (qint64 id = firstId; id < firstId + count; ++id) {
        const auto i = static_cast<qsizetype>(id);
        const auto approval = static_cast<api::ApprovalState>(id % 3);
        result.append(registration(id, first.at(i % first.size()) + u" Jansen"_s,
                                   companies.at((i / 7) % companies.size()), approval, id % 2 == 0, id % 50));
    }
    return result;
}

// The proxy takes the default locale when it is made; the app's is Dutch or English, never C.
struct DutchLocale
{
    QLocale previous;
    DutchLocale() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }
    ~DutchLocale() { QLocale::setDefault(previous); }
};

QList<qint64> shownIds(const client::RegistrationFilterModel &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.idAt(row));
    return ids;
}

// The expected order: std::stable_sort of the accepted rows in source order by the locale's collation (case
// insensitive), as the proxy promises.
QList<qint64> referenceOrder(const RegistrationModel &model, Field field, Qt::SortOrder order,
                             const std::function<bool(const api::Registration &)> &accept = {})
{
    QCollator collator {QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto text = [&model, field](int row) {
        const api::Registration &r = model.rowAt(row).data;
        return field == Field::FullName ? r.fullName.value_or(QString()) : r.profile->company;
    };
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!accept || accept(model.rowAt(row).data))
            rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = collator.compare(text(a), text(b));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<qint64> ids;
    for (int row : rows)
        ids.append(model.rowAt(row).id);
    return ids;
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
    void asyncSortMatchesStableCollation();
    void staleComputationIsDiscarded();
    void rowsArrivingDuringComputationAreKept();
    void persistentIndexSurvivesTheSwap();
    void loaderAppendsPageByPage();
    void loaderAbandonsAnOldLoad();
    void loaderReportsFailure();
};

void TstRegistrationModel::columnsFollowTheRights_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("moderator") << Role::Moderator << QStringList {u"fullName"_s,       u"joinedAt"_s, u"leftAt"_s,
                                                                  u"minutesWatched"_s, u"present"_s,  u"banReason"_s};
    QTest::newRow("director") << Role::Director
                              << QStringList {u"fullName"_s, u"email"_s,          u"phone"_s,         u"company"_s,
                                              u"jobTitle"_s, u"registeredAt"_s,   u"approvalState"_s, u"joinedAt"_s,
                                              u"leftAt"_s,   u"minutesWatched"_s, u"present"_s,       u"banReason"_s};
    QTest::newRow("client staff") << Role::ClientStaff
                                  << QStringList {u"fullName"_s,
                                                  u"email"_s,
                                                  u"phone"_s,
                                                  u"company"_s,
                                                  u"jobTitle"_s,
                                                  u"registeredAt"_s,
                                                  u"approvalState"_s,
                                                  u"joinedAt"_s,
                                                  u"leftAt"_s,
                                                  u"minutesWatched"_s,
                                                  u"present"_s,
                                                  u"banReason"_s,
                                                  u"consent.recording"_s,
                                                  u"consent.marketing"_s,
                                                  u"consent.givenAt"_s};
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

// Off the UI thread (threshold 0): the order that lands equals a stable sort by the locale's collation.
void TstRegistrationModel::asyncSortMatchesStableCollation()
{
    const DutchLocale dutch;
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::ClientStaff, rights::Resource::Registration));
    model.appendRegistrations(many(1, 3000));
    client::RegistrationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setAsyncThreshold(0);
    proxy.setRegistrations(&model);
    QSignalSpy busy(&proxy, &client::RegistrationFilterModel::busyChanged);
    QSignalSpy applied(&proxy, &client::RegistrationFilterModel::filterApplied);
    const QList<qint64> sourceOrder = shownIds(proxy);
    proxy.sort(model.columnOf(Field::FullName), Qt::AscendingOrder);
    QVERIFY(proxy.isBusy());
    QCOMPARE(shownIds(proxy), sourceOrder); // unchanged until the result lands
    QVERIFY(applied.wait(10000));
    QVERIFY(!proxy.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::FullName, Qt::AscendingOrder));
    QCOMPARE(proxy.index(0, 0).data().toString(), u"anna Jansen"_s); // "anna" before "Anna": source order
    QCOMPARE(proxy.index(1, 0).data().toString(), u"Anna Jansen"_s);

    proxy.sort(model.columnOf(Field::Company), Qt::DescendingOrder);
    QVERIFY(applied.wait(10000));
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::Company, Qt::DescendingOrder));
    // A filter over the kept order, and the same order computed on the UI thread.
    proxy.setApprovalFilter(api::ApprovalState::Approved);
    QVERIFY(applied.wait(10000));
    const auto approved = [](const api::Registration &r) {
        return r.registration->approvalState == api::ApprovalState::Approved;
    };
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::Company, Qt::DescendingOrder, approved));
    proxy.setAsyncThreshold(INT_MAX);
    proxy.setApprovalFilter(std::nullopt);
    QVERIFY(!proxy.isBusy());
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::Company, Qt::DescendingOrder));
}

// A second keystroke before the first one's result landed: only the second result is applied.
void TstRegistrationModel::staleComputationIsDiscarded()
{
    const DutchLocale dutch;
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::ClientStaff, rights::Resource::Registration));
    model.appendRegistrations(many(1, 5000));
    client::RegistrationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setAsyncThreshold(0);
    proxy.setRegistrations(&model);
    QSignalSpy applied(&proxy, &client::RegistrationFilterModel::filterApplied);
    proxy.sort(model.columnOf(Field::FullName), Qt::AscendingOrder);
    proxy.setSearchText(u"a"_s);
    proxy.setSearchText(u"ZOË"_s);
    QVERIFY(applied.wait(10000));
    QTest::qWait(200); // a stale result would land now
    QCOMPARE(applied.size(), 1);
    QCOMPARE(proxy.searchText(), u"zoë"_s);
    const auto zoe = [](const api::Registration &r) { return r.fullName->startsWith(u"Zoë"_s); };
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::FullName, Qt::AscendingOrder, zoe));
    QVERIFY(proxy.rowCount() > 0);
}

// Rows appended, and a row changed, while a sort runs are all in the result, in their place.
void TstRegistrationModel::rowsArrivingDuringComputationAreKept()
{
    const DutchLocale dutch;
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::ClientStaff, rights::Resource::Registration));
    model.appendRegistrations(many(1, 4000));
    client::RegistrationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setAsyncThreshold(0);
    proxy.setRegistrations(&model);
    QSignalSpy applied(&proxy, &client::RegistrationFilterModel::filterApplied);
    proxy.sort(model.columnOf(Field::FullName), Qt::AscendingOrder);
    QVERIFY(applied.wait(10000));

    proxy.sort(model.columnOf(Field::Company), Qt::AscendingOrder);
    QVERIFY(proxy.isBusy());
    model.appendRegistrations(many(5001, 500)); // a batch: the sort starts again over every row
    model.appendRegistrations(many(4001, 30)); // a few: placed when the result lands
    api::Registration renamed = model.rowAt(10).data;
    renamed.version = 2;
    renamed.profile->company = u"Aaa first"_s;
    QVERIFY(model.updateRegistration(renamed));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isBusy(), 10000);
    QCOMPARE(proxy.rowCount(), 4530);
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::Company, Qt::AscendingOrder));
    QCOMPARE(proxy.idAt(0), renamed.id);

    // And during a filter over the kept order.
    proxy.setSearchText(u"bram"_s);
    model.appendRegistrations(many(6001, 12));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isBusy(), 10000);
    const auto bram = [](const api::Registration &r) { return r.fullName->startsWith(u"bram"_s, Qt::CaseInsensitive); };
    QCOMPARE(shownIds(proxy), referenceOrder(model, Field::Company, Qt::AscendingOrder, bram));
}

// The selection's persistent index follows its row through an order computed off the UI thread, and becomes
// invalid when a filter hides the row.
void TstRegistrationModel::persistentIndexSurvivesTheSwap()
{
    const DutchLocale dutch;
    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::ClientStaff, rights::Resource::Registration));
    model.appendRegistrations(many(1, 3000));
    client::RegistrationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setAsyncThreshold(0);
    proxy.setRegistrations(&model);
    QSignalSpy applied(&proxy, &client::RegistrationFilterModel::filterApplied);
    const QPersistentModelIndex selected = proxy.index(1234, 1);
    const qint64 id = proxy.idAt(1234);
    proxy.sort(model.columnOf(Field::FullName), Qt::DescendingOrder);
    QVERIFY(applied.wait(10000));
    QVERIFY(selected.isValid());
    QVERIFY(selected.row() != 1234);
    QCOMPARE(proxy.idAt(selected.row()), id);
    QCOMPARE(selected.column(), 1);
    QCOMPARE(shownIds(proxy).indexOf(id), selected.row());

    proxy.setSearchText(model.rowAt(model.rowOfId(id)).nameKey.left(4)); // still shown
    QVERIFY(applied.wait(10000));
    QVERIFY(selected.isValid());
    QCOMPARE(proxy.idAt(selected.row()), id);
    proxy.setSearchText(u"no such person"_s);
    QVERIFY(applied.wait(10000));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!selected.isValid());
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
