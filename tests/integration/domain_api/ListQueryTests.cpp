// Lists: paging, search, sort and filter of registrations and questions, and that none of them is an oracle for
// fields the caller cannot read.
#include "tst_domain_api.h"

#include "base/ApiError.h"
#include "protocol/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

// SQLite's NOCASE: ASCII letters folded, everything else compared by code point.
int compareNoCase(const QString &a, const QString &b)
{
    const auto fold = [](QString s) {
        for (QChar &c : s) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + 32);
        }
        return s;
    };
    return QString::compare(fold(a), fold(b), Qt::CaseSensitive);
}

} // namespace

void TestDomainApi::pagingOutOfRange_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query :
         {"limit=0", "limit=501", "limit=-1", "offset=-1", "limit=abc", "offset=abc", "limit=1.5",
          "limit=", "offset=", "limit=%2B5", "limit=1e2", "limit=0x10", "offset=99999999999999999999", "limit=%205"})
        QTest::newRow(query) << QString::fromLatin1(query);
}

void TestDomainApi::pagingOutOfRange()
{
    QFETCH(QString, query);
    for (const QString &path : {registrationsPath(m_scheduled), questionsPath(m_live)}) {
        const QByteArray before = get(Role::ClientStaff, path).body;
        QUrl target = url(path);
        target.setQuery(query, QUrl::StrictMode);
        const ApiReply reply = send("GET", target, m_tokens.value(Role::ClientStaff));
        QVERIFY2(reply.status == 400, qPrintable(path + u": "_s + reply.describe()));
        QCOMPARE(reply.errorCode(), QString::fromLatin1(api::errc::badRequest));
        QCOMPARE(get(Role::ClientStaff, path).body, before);
    }
}

void TestDomainApi::pagingLimitsAccepted()
{
    for (const int limit : {1, 500}) {
        const ApiReply reply =
            get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"limit"_s, QString::number(limit)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().size(), std::min<qsizetype>(limit, reply.total()));
        QCOMPARE(reply.json().value("limit"_L1).toInteger(), qint64(limit));
    }
    const ApiReply defaults = get(Role::ClientStaff, registrationsPath(m_scheduled));
    QCOMPARE(defaults.json().value("limit"_L1).toInteger(), api::defaultPageLimit);
    QCOMPARE(defaults.json().value("offset"_L1).toInteger(), 0);
    QCOMPARE(defaults.items().size(), std::min<qsizetype>(api::defaultPageLimit, defaults.total()));
}

void TestDomainApi::pagesAreDisjointAndComplete_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("limit");
    QTest::newRow("default") << QString() << QString() << 50;
    QTest::newRow("name desc, 37") << u"name"_s << u"desc"_s << 37;
    QTest::newRow("registeredAt") << u"registeredAt"_s << u"asc"_s << 64;
    QTest::newRow("company (ties)") << u"company"_s << u"asc"_s << 23;
    QTest::newRow("minutesWatched (all 0)") << u"minutesWatched"_s << u"desc"_s << 40;
}

void TestDomainApi::pagesAreDisjointAndComplete()
{
    QFETCH(QString, sort);
    QFETCH(QString, order);
    QFETCH(int, limit);
    ApiParams sorting;
    if (!sort.isEmpty())
        sorting = {{u"sort"_s, sort}, {u"order"_s, order}};
    const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled, sorting);
    QCOMPARE(all.size(), 211); // server/DemoData.cpp
    QSet<qint64> everyId;
    for (const QJsonValue &value : all)
        everyId.insert(value.toObject().value("id"_L1).toInteger());
    QCOMPARE(everyId.size(), all.size());
    QSet<qint64> seen;
    QList<qint64> inOrder;
    for (qint64 offset = 0; offset < all.size() + limit; offset += limit) {
        ApiParams params = sorting;
        params += {{u"offset"_s, QString::number(offset)}, {u"limit"_s, QString::number(limit)}};
        const ApiReply page = get(Role::ClientStaff, registrationsPath(m_scheduled), params);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.total(), all.size());
        QCOMPARE(page.json().value("offset"_L1).toInteger(), offset);
        QCOMPARE(page.json().value("limit"_L1).toInteger(), qint64(limit));
        QCOMPARE(page.items().size(), std::clamp<qsizetype>(all.size() - offset, 0, limit));
        for (const QJsonValue &value : page.items()) {
            const qint64 id = value.toObject().value("id"_L1).toInteger();
            QVERIFY2(!seen.contains(id), qPrintable(u"registration %1 on two pages"_s.arg(id)));
            seen.insert(id);
            inOrder.append(id);
        }
    }
    QCOMPARE(seen, everyId);
    // The pages follow the order of the full list.
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(inOrder.at(i), all.at(i).toObject().value("id"_L1).toInteger());
}

void TestDomainApi::searchFindsWhatWasReadFirst()
{
    const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled);
    QVERIFY(all.size() > 20);
    // An ASCII name, searched in another case.
    QString name;
    qint64 id = 0;
    for (const QJsonValue &value : all) {
        const QString candidate = value.toObject().value("fullName"_L1).toString();
        if (std::all_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.unicode() < 128; })) {
            name = candidate;
            id = value.toObject().value("id"_L1).toInteger();
            break;
        }
    }
    QVERIFY(!name.isEmpty());
    const QString needle = name.toUpper();
    const auto matches = [&](const QJsonObject &r) {
        for (const char *key : {"fullName", "email", "company"}) {
            if (r.value(QLatin1StringView(key)).toString().contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    const qsizetype expected =
        std::count_if(all.begin(), all.end(), [&](const QJsonValue &v) { return matches(v.toObject()); });
    const ApiReply found = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, needle}});
    QCOMPARE(found.status, 200);
    QCOMPARE(found.total(), expected);
    bool hasPicked = false;
    for (const QJsonValue &value : found.items()) {
        QVERIFY(matches(value.toObject()));
        hasPicked = hasPicked || value.toObject().value("id"_L1).toInteger() == id;
    }
    QVERIFY(hasPicked);
    // An e-mail domain is found for client staff (contact readable) ...
    const ApiReply byMail = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, u"@example."_s}});
    QCOMPARE(byMail.total(), all.size());
    // ... but never for a moderator, who cannot read e-mail: the search is no oracle for hidden fields.
    const ApiReply moderator = get(Role::Moderator, registrationsPath(m_scheduled), {{u"search"_s, u"@example."_s}});
    QCOMPARE(moderator.status, 200);
    QCOMPARE(moderator.total(), 0);
    const ApiReply company =
        get(Role::Moderator, registrationsPath(m_scheduled), {{u"search"_s, u"Zorggroep Noorderlicht"_s}});
    QCOMPARE(company.total(), 0);
}

void TestDomainApi::searchTreatsWildcardsLiterally_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("percent") << u"%"_s;
    QTest::newRow("underscore") << u"_"_s;
    QTest::newRow("backslash") << u"\\"_s;
    QTest::newRow("quote") << u"' OR 1=1 --"_s;
    QTest::newRow("501 characters") << QString(501, u'a');
}

void TestDomainApi::searchTreatsWildcardsLiterally()
{
    QFETCH(QString, search);
    const ApiReply reply = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, search}});
    if (search.size() > api::maximumStringLength) {
        QCOMPARE(reply.status, 400);
        return;
    }
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.total(), 0);
}

// Dutch, German and Turkish names: "case-insensitive" (docs/api.md) must hold beyond ASCII.
void TestDomainApi::searchIsCaseInsensitiveBeyondAscii()
{
    const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled);
    QString name;
    for (const QJsonValue &value : all) {
        const QString candidate = value.toObject().value("fullName"_L1).toString();
        if (candidate.contains(u"ü"_s) || candidate.contains(u"í"_s)) {
            name = candidate;
            break;
        }
    }
    if (name.isEmpty())
        QSKIP("No demo name with ü or í in this webinar.");
    const ApiReply exact = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, name}});
    QVERIFY(exact.total() >= 1);
    const ApiReply upper = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, name.toUpper()}});
    QVERIFY2(upper.total() == exact.total(),
             qPrintable(u"search \"%1\" finds %2, \"%3\" finds %4"_s.arg(name)
                            .arg(exact.total())
                            .arg(name.toUpper())
                            .arg(upper.total())));
}

void TestDomainApi::sortOrders_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("order");
    QTest::newRow("client: name asc") << int(Role::ClientStaff) << u"name"_s << u"asc"_s;
    QTest::newRow("client: name desc") << int(Role::ClientStaff) << u"name"_s << u"desc"_s;
    QTest::newRow("client: company asc") << int(Role::ClientStaff) << u"company"_s << u"asc"_s;
    QTest::newRow("director: registeredAt desc") << int(Role::Director) << u"registeredAt"_s << u"desc"_s;
    QTest::newRow("director: minutesWatched desc") << int(Role::Director) << u"minutesWatched"_s << u"desc"_s;
    QTest::newRow("moderator: name asc") << int(Role::Moderator) << u"name"_s << u"asc"_s;
    QTest::newRow("moderator: minutesWatched asc") << int(Role::Moderator) << u"minutesWatched"_s << u"asc"_s;
}

void TestDomainApi::sortOrders()
{
    QFETCH(int, role);
    QFETCH(QString, sort);
    QFETCH(QString, order);
    const QJsonArray items = allRegistrations(Role(role), m_live, {{u"sort"_s, sort}, {u"order"_s, order}});
    QCOMPARE(items.size(), 148); // server/DemoData.cpp
    const bool descending = order == "desc"_L1;
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonObject a = items.at(i - 1).toObject(), b = items.at(i).toObject();
        int cmp = 0;
        if (sort == "name"_L1)
            cmp = compareNoCase(a.value("fullName"_L1).toString(), b.value("fullName"_L1).toString());
        else if (sort == "company"_L1)
            cmp = compareNoCase(a.value("company"_L1).toString(), b.value("company"_L1).toString());
        else if (sort == "registeredAt"_L1)
            cmp = QString::compare(a.value("registeredAt"_L1).toString(), b.value("registeredAt"_L1).toString());
        else
            cmp = a.value("minutesWatched"_L1).toInteger() < b.value("minutesWatched"_L1).toInteger() ? -1
                : a.value("minutesWatched"_L1).toInteger() > b.value("minutesWatched"_L1).toInteger() ? 1
                                                                                                      : 0;
        if (cmp == 0) // ties in id order, in the same direction
            cmp = a.value("id"_L1).toInteger() < b.value("id"_L1).toInteger() ? -1 : 1;
        QVERIFY2(descending ? cmp > 0 : cmp < 0,
                 qPrintable(u"items %1 and %2 out of order: %3 / %4"_s.arg(i - 1).arg(i).arg(
                     QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact)))));
    }
}

void TestDomainApi::sortOrFilterOnHiddenFieldsRefused_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("moderator sorts by company") << int(Role::Moderator) << u"sort"_s << u"company"_s;
    QTest::newRow("moderator sorts by registeredAt") << int(Role::Moderator) << u"sort"_s << u"registeredAt"_s;
    QTest::newRow("moderator filters approval") << int(Role::Moderator) << u"approval"_s << u"pending"_s;
    QTest::newRow("unknown sort key") << int(Role::Director) << u"sort"_s << u"email"_s;
    QTest::newRow("empty sort key") << int(Role::Director) << u"sort"_s << QString();
    QTest::newRow("bad order") << int(Role::Director) << u"order"_s << u"up"_s;
    QTest::newRow("bad approval") << int(Role::Director) << u"approval"_s << u"maybe"_s;
    QTest::newRow("bad present") << int(Role::Director) << u"present"_s << u"yes"_s;
}

void TestDomainApi::sortOrFilterOnHiddenFieldsRefused()
{
    QFETCH(int, role);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const ApiReply reply = get(Role(role), registrationsPath(m_live), {{key, value}});
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QCOMPARE(reply.errorCode(), QString::fromLatin1(api::errc::badRequest));
}

void TestDomainApi::filters()
{
    const QJsonArray all = allRegistrations(Role::Director, m_live);
    for (const char *approval : {"pending", "approved", "rejected"}) {
        const qsizetype expected = std::count_if(all.begin(), all.end(), [&](const QJsonValue &v) {
            return v.toObject().value("approvalState"_L1).toString() == QLatin1StringView(approval);
        });
        const QJsonArray items =
            allRegistrations(Role::Director, m_live, {{u"approval"_s, QString::fromLatin1(approval)}});
        QCOMPARE(items.size(), expected);
        for (const QJsonValue &v : items)
            QCOMPARE(v.toObject().value("approvalState"_L1).toString(), QString::fromLatin1(approval));
    }
    for (const bool present : {true, false}) {
        const qsizetype expected = std::count_if(all.begin(), all.end(), [&](const QJsonValue &v) {
            return v.toObject().value("present"_L1).toBool() == present;
        });
        const QJsonArray items =
            allRegistrations(Role::Moderator, m_live, {{u"present"_s, present ? u"true"_s : u"false"_s}});
        QCOMPARE(items.size(), expected);
        for (const QJsonValue &v : items)
            QCOMPARE(v.toObject().value("present"_L1).toBool(), present);
    }
    // Questions: ?state= filter, newest first.
    const QJsonArray questions = get(Role::Moderator, questionsPath(m_live), {{u"limit"_s, u"500"_s}}).items();
    QVERIFY(!questions.isEmpty());
    for (qsizetype i = 1; i < questions.size(); ++i)
        QVERIFY(questions.at(i - 1).toObject().value("askedAt"_L1).toString() >=
                questions.at(i).toObject().value("askedAt"_L1).toString());
    const QJsonArray fresh =
        get(Role::Moderator, questionsPath(m_live), {{u"state"_s, u"new"_s}, {u"limit"_s, u"500"_s}}).items();
    QCOMPARE(fresh.size(), std::count_if(questions.begin(), questions.end(), [](const QJsonValue &v) {
                 return v.toObject().value("state"_L1).toString() == "new"_L1;
             }));
    QCOMPARE(get(Role::Moderator, questionsPath(m_live), {{u"state"_s, u"rejected"_s}}).status, 400);
}
