// The access log model and its loader without a server: JSON pages fed through the loader's page source (paging
// via nextBefore, filters in the query, stale answers dropped), live entries inserted at the top only when they
// match the filters, and translated labels in English and Dutch.
#include "models/AccessLogFilter.h"
#include "models/AccessLogLabels.h"
#include "models/AccessLogModel.h"
#include "protocol/EventTypes.h"
#include "session/AccessLogLoader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::AccessLogFilter;
using client::AccessLogLabels;
using client::AccessLogLoader;
using client::AccessLogModel;

namespace {

QJsonObject entryJson(qint64 sequence, const QString &action = u"read"_s, const QString &actor = u"Dirk Regisseur"_s,
                      qint64 webinarId = 5)
{
    const QByteArray text = QStringLiteral(R"({"sequence": %1, "at": "2026-11-26T09:%2:00.000Z", "actorId": %3,
        "actorName": "%4", "actorRole": "director", "clientAddress": "127.0.0.1", "requestId": "req-%1",
        "action": "%5", "objectType": "registration", "objectId": 0, "webinarId": %6, "organisationId": 2,
        "subjectUserId": %7, "fields": ["identity", "contact"], "outcome": "allowed", "reason": "", "rowCount": 12})")
                                .arg(sequence)
                                .arg(sequence % 60, 2, 10, QChar(u'0'))
                                .arg(actor.startsWith(u'D') ? 3 : 4)
                                .arg(actor, action)
                                .arg(webinarId)
                                .arg(sequence % 2 == 0 ? 40 : 0)
                                .toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// A page of entries from newest down to oldest (inclusive), as the server's JSON.
Result<api::AuditPage> jsonPage(qint64 newest, qint64 oldest, qint64 nextBefore)
{
    QJsonArray items;
    for (qint64 sequence = newest; sequence >= oldest; --sequence)
        items.append(entryJson(sequence));
    QJsonObject page {{u"items"_s, items}};
    page.insert(u"nextBefore"_s, nextBefore > 0 ? QJsonValue(nextBefore) : QJsonValue(QJsonValue::Null));
    return api::AuditPage::fromJson(page);
}

api::Event appended(const QJsonObject &entry)
{
    return {QString::fromLatin1(api::event::auditAppended), entry};
}

// Records the loader's requests; the test answers them.
struct FakeServer
{
    QList<QUrlQuery> queries;
    QList<AccessLogLoader::PageReply> replies;

    void attach(AccessLogLoader &loader)
    {
        loader.setPageSource([this](const QUrlQuery &query, AccessLogLoader::PageReply reply) {
            queries.append(query);
            replies.append(std::move(reply));
        });
    }
    void answer(int request, Result<api::AuditPage> page) { replies.at(request)(std::move(page)); }
};

} // namespace

class TstAccessLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesFollowNextBefore();
    void filtersGoToTheServerAndStaleAnswersAreDropped();
    void liveEntriesRespectFilters();
    void liveEntryDuringFirstPage();
    void filterMatchesLikeTheServer();
    void failureIsReported();
    void translatedLabels();
};

void TstAccessLogModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TstAccessLogModel::pagesFollowNextBefore()
{
    AccessLogLoader loader(nullptr);
    FakeServer server;
    server.attach(loader);
    AccessLogModel *model = loader.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.reload();
    QVERIFY(loader.isLoading());
    QCOMPARE(server.queries.size(), 1);
    QVERIFY(!server.queries.at(0).hasQueryItem(u"before"_s));
    QCOMPARE(server.queries.at(0).queryItemValue(u"limit"_s), QString::number(AccessLogLoader::pageSize));
    server.answer(0, jsonPage(300, 201, 201));
    QVERIFY(!loader.isLoading());
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(model->index(0, 0).data(AccessLogModel::SequenceRole).toLongLong(), 300);
    QVERIFY(model->canFetchMore({}));

    model->fetchMore({}); // what a view does when scrolled to the end
    QCOMPARE(server.queries.size(), 2);
    QCOMPARE(server.queries.at(1).queryItemValue(u"before"_s), u"201"_s);
    QVERIFY(!model->canFetchMore({})); // no second request for the same page
    loader.loadOlder();
    QCOMPARE(server.queries.size(), 2);
    server.answer(1, jsonPage(200, 150, 0));
    QCOMPARE(model->rowCount(), 151);
    QCOMPARE(model->index(150, 0).data(AccessLogModel::SequenceRole).toLongLong(), 150);
    QVERIFY(!model->canFetchMore({}));
    loader.loadOlder();
    QCOMPARE(server.queries.size(), 2); // nothing older
}

void TstAccessLogModel::filtersGoToTheServerAndStaleAnswersAreDropped()
{
    AccessLogLoader loader(nullptr);
    FakeServer server;
    server.attach(loader);
    AccessLogFilter filter;
    filter.action = u"read"_s;
    loader.setFilter(filter);
    QCOMPARE(server.queries.size(), 0); // nothing loads before the view opens
    loader.reload();
    filter.text = u"José & co"_s;
    filter.webinarId = 5;
    filter.subjectUserId = 40;
    filter.from = QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone::UTC);
    loader.setFilter(filter); // a change re-queries
    QCOMPARE(server.queries.size(), 2);
    const QUrlQuery &query = server.queries.at(1);
    QCOMPARE(query.queryItemValue(u"action"_s), u"read"_s);
    QCOMPARE(query.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"José & co"_s);
    QCOMPARE(query.queryItemValue(u"webinar"_s), u"5"_s);
    QCOMPARE(query.queryItemValue(u"subject"_s), u"40"_s);
    QCOMPARE(query.queryItemValue(u"from"_s, QUrl::FullyDecoded), u"2026-11-26T08:00:00.000Z"_s);
    QVERIFY(!query.hasQueryItem(u"actor"_s));
    server.answer(0, jsonPage(10, 1, 0)); // the first, abandoned query
    QCOMPARE(loader.model()->rowCount(), 0);
    server.answer(1, jsonPage(8, 7, 0));
    QCOMPARE(loader.model()->rowCount(), 2);
    loader.setFilter(filter); // unchanged: no request
    QCOMPARE(server.queries.size(), 2);
}

void TstAccessLogModel::liveEntriesRespectFilters()
{
    AccessLogLoader loader(nullptr);
    FakeServer server;
    server.attach(loader);
    QSignalSpy inserted(&loader, &AccessLogLoader::entryInserted);
    loader.onEvent(appended(entryJson(50))); // not loaded yet: ignored
    QCOMPARE(loader.model()->rowCount(), 0);
    AccessLogFilter filter;
    filter.action = u"read"_s;
    filter.webinarId = 5;
    loader.setFilter(filter);
    loader.reload();
    server.answer(0, jsonPage(10, 1, 0));
    QCOMPARE(loader.model()->rowCount(), 10);

    loader.onEvent(appended(entryJson(11)));
    QCOMPARE(loader.model()->rowCount(), 11);
    QCOMPARE(loader.model()->index(0, 0).data(AccessLogModel::SequenceRole).toLongLong(), 11);
    loader.onEvent(appended(entryJson(12, u"login"_s))); // another action
    loader.onEvent(appended(entryJson(13, u"read"_s, u"Dirk Regisseur"_s, 6))); // another webinar
    loader.onEvent(appended(entryJson(11))); // already shown
    loader.onEvent({u"webinar.changed"_s, entryJson(14)}); // another event type
    QCOMPARE(loader.model()->rowCount(), 11);
    QCOMPARE(inserted.size(), 1);

    filter.text = u"moni"_s;
    loader.setFilter(filter);
    server.answer(1, jsonPage(0, 1, 0));
    loader.onEvent(appended(entryJson(20, u"read"_s, u"Monique Moderator"_s)));
    loader.onEvent(appended(entryJson(21)));
    QCOMPARE(loader.model()->rowCount(), 1);
    QCOMPARE(loader.model()->index(0, AccessLogModel::Who).data().toString(), u"Monique Moderator"_s);
}

void TstAccessLogModel::liveEntryDuringFirstPage()
{
    AccessLogLoader loader(nullptr);
    FakeServer server;
    server.attach(loader);
    loader.reload();
    loader.onEvent(appended(entryJson(11))); // written after the server ran the query
    loader.onEvent(appended(entryJson(9))); // already in the page
    server.answer(0, jsonPage(10, 1, 0));
    QCOMPARE(loader.model()->rowCount(), 11);
    QCOMPARE(loader.model()->index(0, 0).data(AccessLogModel::SequenceRole).toLongLong(), 11);
    QCOMPARE(loader.model()->index(1, 0).data(AccessLogModel::SequenceRole).toLongLong(), 10);
}

void TstAccessLogModel::filterMatchesLikeTheServer()
{
    const auto entry = api::AuditEntry::fromJson(entryJson(4, u"export"_s, u"José Álvarez"_s));
    QVERIFY(entry);
    AccessLogFilter filter;
    QVERIFY(filter.matches(*entry));
    filter.text = u"jose alv"_s; // case and accents do not matter
    QVERIFY(filter.matches(*entry));
    filter.text = u"req-4"_s; // the request id
    QVERIFY(filter.matches(*entry));
    filter.text = u"EXPO"_s; // the action's wire name
    QVERIFY(filter.matches(*entry));
    filter.text = u"nobody"_s;
    QVERIFY(!filter.matches(*entry));
    filter = {};
    filter.to = entry->at.addSecs(-1);
    QVERIFY(!filter.matches(*entry));
    filter.to = entry->at;
    QVERIFY(filter.matches(*entry));
    filter.subjectUserId = 41;
    QVERIFY(!filter.matches(*entry));
    filter.subjectUserId = 40;
    QVERIFY(filter.matches(*entry));
}

void TstAccessLogModel::failureIsReported()
{
    AccessLogLoader loader(nullptr);
    FakeServer server;
    server.attach(loader);
    QSignalSpy failed(&loader, &AccessLogLoader::failed);
    loader.reload();
    server.answer(0, fail(u"forbidden"_s, u"You may not see the access log."_s));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"You may not see the access log."_s);
    QVERIFY(!loader.isLoading());
    QVERIFY(!loader.model()->canFetchMore({}));
    // Until a page loads, live entries have no list to join: an empty list with an error stays empty.
    loader.onEvent(appended(entryJson(11)));
    QCOMPARE(loader.model()->rowCount(), 0);
    loader.reload();
    server.answer(1, jsonPage(10, 1, 0));
    loader.onEvent(appended(entryJson(11)));
    QCOMPARE(loader.model()->rowCount(), 11);
}

void TstAccessLogModel::translatedLabels()
{
    AccessLogLoader loader(nullptr);
    FakeServer server;
    server.attach(loader);
    AccessLogModel *model = loader.model();
    model->setWebinarTitles({{5, u"Kick-off"_s}});
    loader.reload();
    server.answer(0, jsonPage(2, 1, 0));
    QCOMPARE(model->headerData(AccessLogModel::Who, Qt::Horizontal).toString(), u"Who"_s);
    QCOMPARE(model->index(0, AccessLogModel::Action).data().toString(), u"Read"_s);
    QCOMPARE(model->index(0, AccessLogModel::Outcome).data().toString(), u"Allowed"_s);
    QCOMPARE(model->index(0, AccessLogModel::Role).data().toString(), u"Director"_s);
    QCOMPARE(model->index(0, AccessLogModel::Object).data().toString(), u"Registration (webinar Kick-off)"_s);
    QCOMPARE(model->index(0, AccessLogModel::Outcome).data(AccessLogModel::WireRole).toString(), u"allowed"_s);
    const QString tip = model->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"identity, contact"_s) && tip.contains(u"Rows: 12"_s) && tip.contains(u"req-2"_s),
             qPrintable(tip));
    QVERIFY(tip.contains(u"Attendee: user #40"_s));
    api::AuditEntry single = model->entryAt(0);
    single.objectId = 77;
    QCOMPARE(model->objectText(single), u"Registration #77 (webinar Kick-off)"_s);
    single.objectId = 5; // a list of the webinar's registrations, logged with the webinar's id
    QCOMPARE(model->objectText(single), u"Registration (webinar Kick-off)"_s);
    single.webinarId = 9; // a webinar without a known title
    QCOMPARE(model->objectText(single), u"Registration #5 (webinar #9)"_s);
    QCOMPARE(AccessLogLabels::outcomeName(u"denied"_s), u"Denied"_s);
    QCOMPARE(AccessLogLabels::actionName(u"login_failed"_s), u"Failed sign-in"_s);

    QSignalSpy headersChanged(model, &QAbstractItemModel::headerDataChanged);
    QTranslator dutch;
    QVERIFY(dutch.load(u":/i18n/regiekamer_nl.qm"_s));
    QCoreApplication::installTranslator(&dutch);
    QTRY_VERIFY(headersChanged.size() >= 1); // LanguageChange reaches the model
    QCOMPARE(model->headerData(AccessLogModel::Who, Qt::Horizontal).toString(), u"Wie"_s);
    QCOMPARE(model->index(0, AccessLogModel::Action).data().toString(), u"Inzien"_s);
    QCOMPARE(model->index(0, AccessLogModel::Outcome).data().toString(), u"Toegestaan"_s);
    QCOMPARE(model->index(0, AccessLogModel::Role).data().toString(), u"Regisseur"_s);
    QCOMPARE(model->index(0, AccessLogModel::Object).data().toString(), u"Aanmelding (webinar Kick-off)"_s);
    QCOMPARE(AccessLogLabels::outcomeName(u"denied"_s), u"Geweigerd"_s);
    QCOMPARE(AccessLogLabels::outcomeName(u"rejected"_s), u"Afgewezen"_s);
    QCOMPARE(AccessLogLabels::objectTypeName(u"access_log"_s), u"Toegangslog"_s);
    QCoreApplication::removeTranslator(&dutch);
    QCOMPARE(model->index(0, AccessLogModel::Action).data().toString(), u"Read"_s);
}

QTEST_GUILESS_MAIN(TstAccessLogModel)

#include "tst_accesslogmodel.moc"
