// RowFetchQueue (issue 19): a burst of change events costs one fetch per row; a row named again while its fetch is
// under way is fetched once more after it; nothing is fetched while the list loads; clear() drops what waits and the
// answers still under way. Also RecordModel::upsertRow and removeRowOfId, which apply the fetched rows.
#include "models/RecordModel.h"
#include "net/PagedLoader.h"
#include "session/RowFetchQueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace regiekamer;
using client::RowFetchQueue;

namespace {

struct Item
{
    qint64 id = 0;
    qint64 version = 1;
};

class ItemModel : public client::RecordModel<Item>
{
public:
    int columnCount(const QModelIndex & = {}) const override { return 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(rowAt(index.row()).version) : QVariant();
    }
};

// Fetches nothing: records what was asked and keeps the done() callbacks for the test to call.
struct Recorder
{
    QList<qint64> asked;
    QList<std::function<void()>> open;
    RowFetchQueue::Fetch fetch()
    {
        return [this](qint64 id, std::function<void()> done) {
            asked.append(id);
            open.append(std::move(done));
        };
    }
    void answerAll()
    {
        const auto pending = std::exchange(open, {});
        for (const auto &done : pending)
            done();
    }
};

} // namespace

class TestRowFetchQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstIsOneFetchPerRow();
    void aRowNamedWhileFetchedIsFetchedOnceMore();
    void nothingIsFetchedWhileTheListLoads();
    void clearDropsWaitingAndAnswersUnderWay();
    void upsertAndRemoveKeepTheOtherRows();
};

// 50 events in 100 ms naming three rows: three fetches.
void TestRowFetchQueue::aBurstIsOneFetchPerRow()
{
    Recorder recorder;
    RowFetchQueue queue(recorder.fetch(), nullptr, std::chrono::milliseconds(150));
    for (int n = 0; n < 50; ++n) {
        queue.add({qint64(n % 3 + 1)});
        if (n % 10 == 0)
            QTest::qWait(20);
    }
    QVERIFY(recorder.asked.isEmpty()); // the window is still open
    QTRY_COMPARE(recorder.asked.size(), 3);
    QCOMPARE(recorder.asked, (QList<qint64> {1, 2, 3}));
    QSignalSpy idle(&queue, &RowFetchQueue::idle);
    recorder.answerAll();
    QCOMPARE(idle.size(), 1);
    QVERIFY(queue.isIdle());
    QTest::qWait(200);
    QCOMPARE(recorder.asked.size(), 3);
}

void TestRowFetchQueue::aRowNamedWhileFetchedIsFetchedOnceMore()
{
    Recorder recorder;
    RowFetchQueue queue(recorder.fetch(), nullptr, std::chrono::milliseconds(10));
    queue.add({7});
    QTRY_COMPARE(recorder.asked.size(), 1);
    for (int n = 0; n < 20; ++n)
        queue.add({7}); // changed again while its fetch is under way
    QTest::qWait(50);
    QCOMPARE(recorder.asked.size(), 1);
    recorder.answerAll();
    QTRY_COMPARE(recorder.asked.size(), 2);
    recorder.answerAll();
    QTest::qWait(50);
    QCOMPARE(recorder.asked, (QList<qint64> {7, 7}));
    QVERIFY(queue.isIdle());
}

void TestRowFetchQueue::nothingIsFetchedWhileTheListLoads()
{
    Recorder recorder;
    client::PagedLoader loader;
    client::PagedLoader::Reply pageReply;
    loader.start([&](qint64, qint64, const client::PagedLoader::Reply &reply) { pageReply = reply; });
    QVERIFY(loader.isLoading());
    RowFetchQueue queue(recorder.fetch(), &loader, std::chrono::milliseconds(10));
    queue.add({4, 5});
    QTest::qWait(60);
    QVERIFY(recorder.asked.isEmpty());
    pageReply(client::PagedLoader::PageCount {0, 0, [] { }});
    QTRY_COMPARE(recorder.asked, (QList<qint64> {4, 5}));
}

void TestRowFetchQueue::clearDropsWaitingAndAnswersUnderWay()
{
    Recorder recorder;
    RowFetchQueue queue(recorder.fetch(), nullptr, std::chrono::milliseconds(10));
    queue.add({1});
    QTRY_COMPARE(recorder.asked.size(), 1);
    queue.add({1, 2});
    queue.clear();
    QSignalSpy idle(&queue, &RowFetchQueue::idle);
    recorder.answerAll(); // an answer of before the clear: ignored, no second fetch of 1
    QTest::qWait(60);
    QCOMPARE(recorder.asked, (QList<qint64> {1}));
    QCOMPARE(idle.size(), 0);
    QVERIFY(queue.isIdle());
}

void TestRowFetchQueue::upsertAndRemoveKeepTheOtherRows()
{
    ItemModel model;
    model.appendRows({{1, 1}, {2, 1}, {3, 1}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.upsertRow({2, 1}), 1); // same version: nothing changes
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.upsertRow({2, 2}), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.upsertRow({9, 1}), 3);
    QCOMPARE(model.upsertRow({8, 1}, true), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.removeRowOfId(2), 2);
    QCOMPARE(model.removeRowOfId(2), -1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfId(8), 0);
    QCOMPARE(model.rowOfId(1), 1);
    QCOMPARE(model.rowOfId(3), 2);
    QCOMPARE(model.rowOfId(9), 3);
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestRowFetchQueue)
#include "tst_rowfetchqueue.moc"
