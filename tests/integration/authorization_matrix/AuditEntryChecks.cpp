// The access log entry of every matrix row's request (issue 4): found by the request's X-Request-Id, with the
// caller as actor, the action and object the spec names for the endpoint (auditExpectation in MatrixSpec.cpp), the
// path id as object, the outcome the status implies, for allowed reads of attendee data exactly the field classes
// the role may read, and no personal value, secret or member beyond the entry's own anywhere in it.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

// The numeric path segments of "/api/v1/...?query", in order.
QList<qint64> idsInPath(const QString &pathAndQuery)
{
    QList<qint64> ids;
    static const QRegularExpression number(u"^[0-9]+$"_s);
    for (const QString &segment : pathAndQuery.section(u'?', 0, 0).split(u'/', Qt::SkipEmptyParts)) {
        if (number.match(segment).hasMatch())
            ids.append(segment.toLongLong());
    }
    return ids;
}

// The classes the access log entry of an allowed request names, by endpoint; nullopt: not pinned by this test.
std::optional<Classes> expectedFields(const QString &endpoint, Role role, bool reason)
{
    if (endpoint == "GET /webinars/{id}/registrations"_L1 || endpoint == "GET /registrations/{id}"_L1 ||
        endpoint == "GET /me/registrations"_L1)
        return registrationReadable(role, reason);
    if (endpoint == "GET /webinars/{id}/registrations/export"_L1)
        return registrationReadable(role, false);
    if (endpoint == "GET /webinars/{id}/questions"_L1 || endpoint == "GET /me/questions"_L1 ||
        endpoint == "GET /questions/{id}"_L1)
        return questionReadable(role, reason);
    if (endpoint == "GET /me/profile"_L1 || endpoint == "GET /portal/profile"_L1 ||
        endpoint == "POST /portal/profile"_L1) // docs/rights.md: own_profile is identity, contact, profile, consent
        return Classes {Identity, Contact, Profile, Consent};
    if (endpoint == "GET /portal"_L1) // the overview: own registrations and questions
        return Classes {RegistrationClass, QuestionsClass};
    if (endpoint == "GET /portal/export"_L1)
        return everyClass;
    if (endpoint == "GET /portal/access"_L1 || endpoint == "GET /portal/delete"_L1)
        return Classes {};
    if (endpoint == "PATCH /registrations/{id}"_L1) // the approval state only
        return Classes {RegistrationClass};
    if (endpoint == "PATCH /questions/{id}"_L1 || endpoint == "POST /webinars/{id}/questions"_L1)
        return Classes {QuestionsClass};
    if (endpoint == "DELETE /registrations/{id}"_L1 || endpoint == "DELETE /webinars/{id}"_L1)
        return everyClass; // the whole registration; a webinar's removal takes its attendee data with it
    return std::nullopt;
}

const QSet<QString> entryMembers {
    u"sequence"_s,      u"at"_s,     u"actorId"_s,    u"actorName"_s, u"actorRole"_s, u"clientAddress"_s,
    u"requestId"_s,     u"action"_s, u"objectType"_s, u"objectId"_s,  u"webinarId"_s, u"organisationId"_s,
    u"subjectUserId"_s, u"fields"_s, u"outcome"_s,    u"reason"_s,    u"rowCount"_s,  u"change"_s,
    u"names"_s, // what the ids name, for the reader (never on a refusal)
};

} // namespace

void TestAuthorizationMatrix::collectPersonalValues()
{
    const auto add = [this](const QJsonObject &object, const QStringList &members) {
        for (const QString &member : members) {
            const QString value = object.value(member).toString();
            if (value.size() >= 4)
                m_personalValues.insert(value);
        }
    };
    for (const QList<QJsonObject> &list : std::as_const(m_view.registrations)) {
        for (const QJsonObject &registration : list)
            add(registration, {u"fullName"_s, u"email"_s, u"phone"_s, u"company"_s, u"jobTitle"_s});
    }
    for (const QList<QJsonObject> &list : std::as_const(m_view.questions)) {
        for (const QJsonObject &question : list)
            add(question, {u"askerName"_s, u"text"_s, u"answer"_s});
    }
    m_personalValues.insert(m_viewerEmail);
    m_personalValues.insert(QString::fromLatin1(scratchPassword));
}

void TestAuthorizationMatrix::checkAuditEntry(const MatrixRow &row, const QString &endpoint)
{
    QVERIFY2(m_capture.taken, "the row's request was not seen (capture pattern)");
    const ApiReply &reply = m_capture.reply;
    QVERIFY2(!reply.requestId.isEmpty(), qPrintable(u"no X-Request-Id on %1"_s.arg(reply.describe())));

    const ApiReply lookup = asAdmin("GET", u"/api/v1/audit?q=%1&limit=5"_s.arg(QString::fromLatin1(reply.requestId)));
    QVERIFY2(lookup.status == 200, qPrintable(lookup.describe()));
    QJsonObject entry;
    int found = 0;
    for (const QJsonValue &item : lookup.items()) {
        if (item.toObject().value("requestId"_L1).toString().toLatin1() == reply.requestId) {
            entry = item.toObject();
            ++found;
        }
    }
    QVERIFY2(found == 1,
             qPrintable(u"%1 entries for request %2"_s.arg(found).arg(QString::fromLatin1(reply.requestId))));
    const QByteArray text = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    const auto context = [&text](const char *what) -> QByteArray { return QByteArray(what) + ": " + text; };

    // Who: the role's account, or nobody on a route without a session.
    const AuditExpectation expected = auditExpectation(endpoint);
    QVERIFY2(entry.value("actorId"_L1).toInteger() == (expected.anonymous ? 0 : m_ctx.value(row.role).userId),
             context("actorId").constData());
    QVERIFY2(entry.value("actorRole"_L1).toString() == (expected.anonymous ? QString() : roleName(row.role)),
             context("actorRole").constData());

    // What, on which object.
    QVERIFY2(!expected.action.isEmpty(), qPrintable(u"no audit expectation for %1"_s.arg(endpoint)));
    QVERIFY2(entry.value("action"_L1).toString() == expected.action, context("action").constData());
    QVERIFY2(entry.value("objectType"_L1).toString() == expected.objectType, context("objectType").constData());
    const QList<qint64> ids = idsInPath(m_capture.sentPath);
    QVERIFY2(entry.value("objectId"_L1).toInteger() == (expected.objectFromPath ? ids.value(0) : 0),
             context("objectId").constData());
    if (endpoint.contains("/staff/"_L1) && !endpoint.contains("/second-factor/"_L1))
        QVERIFY2(entry.value("subjectUserId"_L1).toInteger() == ids.value(1), context("subjectUserId").constData());
    if (endpoint.contains("/second-factor/reset"_L1)) // the account whose factor it is
        QVERIFY2(entry.value("subjectUserId"_L1).toInteger() == ids.value(0), context("subjectUserId").constData());
    if (row.allowed && endpoint.startsWith("GET /webinars/{id}"_L1))
        QVERIFY2(entry.value("webinarId"_L1).toInteger() == ids.value(0), context("webinarId").constData());
    // Portal pages about the caller's own data; GET /portal/delete is only the confirmation form.
    if (row.allowed &&
        (endpoint.contains("/me/"_L1) || (endpoint.contains(" /portal"_L1) && !endpoint.endsWith("/delete"_L1))))
        QVERIFY2(entry.value("subjectUserId"_L1).toInteger() == m_ctx.value(row.role).userId,
                 context("subjectUserId of own data").constData());

    // Outcome.
    const QStringList fields = [&entry] {
        QStringList names;
        for (const QJsonValue &name : entry.value("fields"_L1).toArray())
            names.append(name.toString());
        names.sort();
        return names;
    }();
    if (row.allowed) {
        QVERIFY2(entry.value("outcome"_L1).toString() == "allowed"_L1, context("outcome").constData());
        if (const auto classes = expectedFields(endpoint, row.role, row.reason))
            QVERIFY2(fields == fieldClassNames(*classes), context("fields").constData());
        // A CSV export counts its lines; the report's export is one JSON object (no row count).
        const bool export_ = endpoint.endsWith("/export"_L1) && reply.contentType.startsWith("text/csv");
        const qint64 rows = export_             ? qint64(reply.body.trimmed().split('\n').size() - 1)
            : reply.json().contains("items"_L1) ? reply.items().size()
                                                : -1;
        if (endpoint.contains(" /portal"_L1)) // pages count the rows they show; the HTML is not parsed here
            QVERIFY2(entry.value("rowCount"_L1).toInteger() >= -1, context("rowCount").constData());
        else
            QVERIFY2(entry.value("rowCount"_L1).toInteger() == rows, context("rowCount").constData());
    } else {
        // Refused by the rights (401/403/404): denied; allowed but invalid or conflicting (e.g. 409): rejected.
        const bool denied = reply.status == 401 || reply.status == 403 || reply.status == 404;
        QVERIFY2(entry.value("outcome"_L1).toString() == (denied ? "denied"_L1 : "rejected"_L1),
                 context("outcome").constData());
        QVERIFY2(!entry.value("reason"_L1).toString().isEmpty(), context("reason of a refusal").constData());
        QVERIFY2(fields.isEmpty(), context("fields of a refusal").constData());
        QVERIFY2(entry.value("rowCount"_L1).toInteger() == -1, context("rowCount of a refusal").constData());
        QVERIFY2(!denied || !entry.contains("names"_L1), context("names behind a refused id").constData());
    }

    // Nothing else: only the entry's members, only known class names, no personal value or secret of anyone else.
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it)
        QVERIFY2(entryMembers.contains(it.key()), context("unexpected member").constData());
    for (const QString &name : fields)
        QVERIFY2(fieldClassNames(everyClass).contains(name), context("unknown field class").constData());
    if (m_personalValues.isEmpty())
        collectPersonalValues();
    // The names the server looked up for the reader are not part of the entry (their rights: tst_gui_readable_log).
    QJsonObject recorded = entry;
    recorded.remove("names"_L1);
    QByteArray others = QJsonDocument(recorded).toJson(QJsonDocument::Compact); // the actor's own name may be an
                                                                                // attendee's name too
    others.replace(entry.value("actorName"_L1).toString().toUtf8(), QByteArray());
    for (const QString &value : std::as_const(m_personalValues))
        QVERIFY2(!others.contains(value.toUtf8()), context("personal value or secret in the entry").constData());
}
