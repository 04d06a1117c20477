// The data of the change events (issue 19): api::RowsChanged carries the webinar, the kind and the ids of the changed
// rows, or "many" above the cap; never a personal field; an older server's {webinarId} alone is refused, so the
// receiver falls back to reloading.
#include "protocol/ChangeEvent.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

class TestProtocolEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsChangedRoundTrips();
    void rowsChangedCarriesIdsAndKindOnly();
    void aBatchAboveTheCapSaysMany();
    void olderAndMalformedPayloadsAreRefused();
};

void TestProtocolEvents::rowsChangedRoundTrips()
{
    for (const api::ChangeKind kind : {api::ChangeKind::Created, api::ChangeKind::Updated, api::ChangeKind::Removed}) {
        const auto event = api::RowsChanged::of(7, kind, {13, 12, 13});
        const auto decoded = api::RowsChanged::fromJson(event.toJson());
        QVERIFY(decoded);
        QCOMPARE(decoded->webinarId, 7);
        QCOMPARE(decoded->kind, kind);
        QCOMPARE(decoded->ids, (QList<qint64> {12, 13})); // sorted, each once
        QVERIFY(!decoded->many);
    }
    QCOMPARE(api::changeKindToWire(api::ChangeKind::Created), u"created"_s);
    QCOMPARE(api::changeKindToWire(api::ChangeKind::Updated), u"updated"_s);
    QCOMPARE(api::changeKindToWire(api::ChangeKind::Removed), u"removed"_s);
    QCOMPARE(api::changeKindFromWire(u"approved"_s), std::nullopt);
}

// The wire shape: exactly these keys, so nothing personal can ride along.
void TestProtocolEvents::rowsChangedCarriesIdsAndKindOnly()
{
    const QJsonObject json = api::RowsChanged::of(7, api::ChangeKind::Updated, {12}).toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {u"ids"_s, u"kind"_s, u"webinarId"_s}));
    QCOMPARE(json.value("kind"_L1).toString(), u"updated"_s);
    QCOMPARE(json.value("ids"_L1).toArray(), QJsonArray {12});
}

void TestProtocolEvents::aBatchAboveTheCapSaysMany()
{
    QList<qint64> ids;
    for (qint64 id = 1; id <= api::RowsChanged::maximumIds; ++id)
        ids.append(id);
    const auto atCap = api::RowsChanged::of(7, api::ChangeKind::Updated, ids);
    QVERIFY(!atCap.many);
    QCOMPARE(atCap.ids.size(), api::RowsChanged::maximumIds);
    QVERIFY(api::RowsChanged::fromJson(atCap.toJson()));

    ids.append(api::RowsChanged::maximumIds + 1);
    const auto above = api::RowsChanged::of(7, api::ChangeKind::Updated, ids);
    QVERIFY(above.many);
    QVERIFY(above.ids.isEmpty());
    const QJsonObject json = above.toJson();
    QVERIFY(!json.contains("ids"_L1));
    QCOMPARE(json.value("many"_L1).toBool(), true);
    const auto decoded = api::RowsChanged::fromJson(json);
    QVERIFY(decoded);
    QVERIFY(decoded->many);
    QVERIFY(decoded->ids.isEmpty());
}

void TestProtocolEvents::olderAndMalformedPayloadsAreRefused()
{
    // What an older server sends: the webinar only.
    QVERIFY(!api::RowsChanged::fromJson(QJsonObject {{u"webinarId"_s, 7}}));
    QVERIFY(!api::RowsChanged::fromJson(QJsonObject {{u"webinarId"_s, 7}, {u"kind"_s, u"updated"_s}}));
    QVERIFY(!api::RowsChanged::fromJson(
        QJsonObject {{u"webinarId"_s, 7}, {u"kind"_s, u"approved"_s}, {u"ids"_s, QJsonArray {1}}}));
    QVERIFY(!api::RowsChanged::fromJson(
        QJsonObject {{u"webinarId"_s, 7}, {u"kind"_s, u"updated"_s}, {u"ids"_s, QJsonArray {u"1"_s}}}));
    QVERIFY(!api::RowsChanged::fromJson(
        QJsonObject {{u"webinarId"_s, 7}, {u"kind"_s, u"updated"_s}, {u"ids"_s, QJsonArray {0}}}));
    QJsonArray tooMany;
    for (qint64 id = 1; id <= api::RowsChanged::maximumIds + 1; ++id)
        tooMany.append(id);
    QVERIFY(
        !api::RowsChanged::fromJson(QJsonObject {{u"webinarId"_s, 7}, {u"kind"_s, u"updated"_s}, {u"ids"_s, tooMany}}));
}

QTEST_GUILESS_MAIN(TestProtocolEvents)
#include "tst_protocol_events.moc"
