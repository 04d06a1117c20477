// Paging (before / nextBefore) and the filters return exactly the matching entries; bad filters are refused.
#include "tst_audit_log.h"

#include <QDateTime>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> sequences(const QList<QJsonObject> &entries)
{
    QList<qint64> list;
    for (const QJsonObject &entry : entries)
        list.append(entry.value("sequence"_L1).toInteger());
    return list;
}

} // namespace

// (c) Paging and filters return exactly the matching entries; bad filters are refused.
void TestAuditLogApi::pagingAndFilters()
{
    const QByteArray marker = "paging-marker-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1();
    QStringList marked;
    for (int i = 0; i < 7; ++i) {
        const ApiReply reply = get(Role::Admin, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar), marker);
        QCOMPARE(reply.status, 200);
        marked.prepend(rid(reply)); // newest first
    }
    get(Role::Director, u"/api/v1/webinars/%1/questions"_s.arg(m_directorWebinar));
    get(Role::Viewer, u"/api/v1/me/questions"_s);
    const qint64 snapshot = lastSequence() + 1; // everything below is fixed from here on
    const QList<QJsonObject> everything = all(Role::Admin, u"before=%1"_s.arg(snapshot));
    QVERIFY(everything.size() > 20);
    QList<qint64> seqs = sequences(everything);
    QVERIFY2(std::is_sorted(seqs.crbegin(), seqs.crend()), "not newest first");
    QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), seqs.size());

    // Paging by 3 through the marked entries.
    const QList<QJsonObject> paged = all(Role::Admin, u"q=%1"_s.arg(QString::fromLatin1(marker)), 3);
    QStringList pagedIds;
    for (const QJsonObject &entry : paged)
        pagedIds.append(entry.value("requestId"_L1).toString());
    QCOMPARE(pagedIds, marked);
    const ApiReply firstPage = get(Role::Admin, u"/api/v1/audit?limit=3&q=%1"_s.arg(QString::fromLatin1(marker)));
    QCOMPARE(firstPage.items().size(), 3);
    QVERIFY(firstPage.json().value("nextBefore"_L1).toInteger() > 0);
    const ApiReply lastPage = get(Role::Admin,
                                  u"/api/v1/audit?limit=3&q=%1&before=%2"_s.arg(QString::fromLatin1(marker))
                                      .arg(paged.at(5).value("sequence"_L1).toInteger()));
    QCOMPARE(lastPage.items().size(), 1);
    QVERIFY(lastPage.json().value("nextBefore"_L1).isNull());

    // Each filter against admin's full view, filtered here.
    const auto expectFilter = [&](const QString &query, const std::function<bool(const QJsonObject &)> &match) {
        QList<qint64> expected;
        for (const QJsonObject &entry : everything) {
            if (match(entry))
                expected.append(entry.value("sequence"_L1).toInteger());
        }
        const QList<qint64> got = sequences(all(Role::Admin, query + u"&before=%1"_s.arg(snapshot)));
        QVERIFY2(!expected.isEmpty(), qPrintable(query));
        QVERIFY2(got == expected,
                 qPrintable(u"%1: %2 entries, expected %3"_s.arg(query).arg(got.size()).arg(expected.size())));
    };
    const qint64 director = m_userId.value(Role::Director);
    const qint64 viewer = m_userId.value(Role::Viewer);
    expectFilter(u"actor=%1"_s.arg(director),
                 [&](const QJsonObject &e) { return e.value("actorId"_L1).toInteger() == director; });
    expectFilter(u"action=login"_s, [](const QJsonObject &e) { return e.value("action"_L1).toString() == "login"_L1; });
    expectFilter(u"webinar=%1"_s.arg(m_directorWebinar),
                 [&](const QJsonObject &e) { return e.value("webinarId"_L1).toInteger() == m_directorWebinar; });
    expectFilter(u"subject=%1"_s.arg(viewer),
                 [&](const QJsonObject &e) { return e.value("subjectUserId"_L1).toInteger() == viewer; });
    expectFilter(u"actor=%1&action=read&webinar=%2"_s.arg(director).arg(m_directorWebinar), [&](const QJsonObject &e) {
        return e.value("actorId"_L1).toInteger() == director && e.value("action"_L1).toString() == "read"_L1 &&
            e.value("webinarId"_L1).toInteger() == m_directorWebinar;
    });
    // A period: from the oldest to the newest marked entry, inclusive.
    const QString from = paged.last().value("at"_L1).toString();
    const QString to = paged.first().value("at"_L1).toString();
    const QDateTime fromTime = QDateTime::fromString(from, Qt::ISODateWithMs);
    const QDateTime toTime = QDateTime::fromString(to, Qt::ISODateWithMs);
    expectFilter(u"from=%1&to=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(from)),
                                        QString::fromLatin1(QUrl::toPercentEncoding(to))),
                 [&](const QJsonObject &e) {
                     const QDateTime at = QDateTime::fromString(e.value("at"_L1).toString(), Qt::ISODateWithMs);
                     return at >= fromTime && at <= toTime;
                 });
    // q: a request id finds exactly its entry.
    const QList<QJsonObject> byId = all(Role::Admin, u"q=%1"_s.arg(marked.at(2)));
    QCOMPARE(byId.size(), 1);
    QCOMPARE(byId.first().value("requestId"_L1).toString(), marked.at(2));

    // Bad filters: 400, nothing read, and the refusal logged as rejected.
    for (const QString &bad :
         {u"from=yesterday"_s, u"to=2026-13-45T00:00:00Z"_s, u"actor=abc"_s, u"webinar=-4"_s, u"subject=1e3"_s,
          u"before=0x10"_s, u"limit=501"_s, u"limit=-1"_s, u"colour=red"_s, QString(u"q="_s + QString(5000, u'x'))}) {
        const ApiReply reply = get(Role::Admin, u"/api/v1/audit?"_s + bad);
        QVERIFY2(reply.status == 400, qPrintable(bad + u": "_s + reply.describe()));
        QVERIFY2(!reply.body.contains("items"), qPrintable(bad));
        const QJsonObject entry = entryOf(rid(reply));
        QVERIFY2(entry.value("outcome"_L1).toString() == "rejected"_L1, show(entry).constData());
        QCOMPARE(entry.value("rowCount"_L1).toInteger(), -1);
    }
    QCOMPARE(sequences(all(Role::Admin, u"before=%1"_s.arg(snapshot))), seqs); // the old entries are untouched
}
