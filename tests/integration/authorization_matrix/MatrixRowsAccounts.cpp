// Matrix rows on organisations and staff accounts: the status, and what an allowed change did or a refused one did
// not do, read back as admin.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

void TestAuthorizationMatrix::listOrganisations(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/organisations"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.role == Role::ClientStaff) {
        QCOMPARE(reply.items().size(), 1);
        QCOMPARE(reply.items().first().toObject().value("id"_L1).toInteger(), m_clientOrganisation);
    } else if (row.allowed) {
        QVERIFY(reply.items().size() >= 2);
    }
}

void TestAuthorizationMatrix::createOrganisationRow(const MatrixRow &row)
{
    const QString name = nextName(u"org"_s);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/organisations"_s, {{"name"_L1, name}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    const auto names = listAll(u"/api/v1/organisations"_s, m_token.value(Role::Admin));
    const bool exists = std::any_of(names.cbegin(), names.cend(),
                                    [&](const QJsonObject &o) { return o.value("name"_L1).toString() == name; });
    QCOMPARE(exists, row.allowed);
}

void TestAuthorizationMatrix::getOrganisation(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/organisations/%1"_s.arg(row.organisation));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(reply.json().value("id"_L1).toInteger(), row.organisation);
}

// Admin's in-scope rows act on a fresh organisation.
void TestAuthorizationMatrix::patchOrganisation(const MatrixRow &row)
{
    const qint64 target = row.role == Role::Admin && row.in ? createOrganisation() : row.organisation;
    QVERIFY2(target > 0, "setup: no organisation");
    const QString before = probeOrganisation(target);
    const QString name = nextName(u"renamed org"_s);
    const QString path = u"/api/v1/organisations/%1"_s.arg(target);
    const qint64 version = asAdmin("GET", path).json().value("version"_L1).toInteger(1);
    const ApiReply reply = as(row.role, "PATCH", path, {{"name"_L1, name}, {"version"_L1, version}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(asAdmin("GET", path).json().value("name"_L1).toString(), name);
    else
        QCOMPARE(probeOrganisation(target), before);
}

void TestAuthorizationMatrix::deleteOrganisation(const MatrixRow &row)
{
    const qint64 target = row.role == Role::Admin && row.in ? createOrganisation() : row.organisation;
    QVERIFY2(target > 0, "setup: no organisation");
    checkDelete(row, u"/api/v1/organisations/%1"_s.arg(target));
}

void TestAuthorizationMatrix::listUsers(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/users"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QVERIFY(!reply.body.contains("argon2") && !reply.body.contains("password"));
}

void TestAuthorizationMatrix::createUser(const MatrixRow &row)
{
    const QString email = u"matrix.created.%1@example.com"_s.arg(++m_counter);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/users"_s,
                              {{"email"_L1, email},
                               {"displayName"_L1, u"Matrix Created"_s},
                               {"role"_L1, u"moderator"_s},
                               {"organisationId"_L1, 0},
                               {"password"_L1, QString::fromLatin1(scratchPassword)}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QVERIFY(!reply.body.contains(scratchPassword));
    const auto users = listAll(u"/api/v1/users"_s, m_token.value(Role::Admin));
    const bool exists = std::any_of(users.cbegin(), users.cend(), [&](const QJsonObject &u) {
        return u.value("email"_L1).toString().compare(email, Qt::CaseInsensitive) == 0;
    });
    QCOMPARE(exists, row.allowed);
}

void TestAuthorizationMatrix::getUser(const MatrixRow &row)
{
    QVERIFY2(row.user > 0, "setup: no scratch account");
    const ApiReply reply = as(row.role, "GET", u"/api/v1/users/%1"_s.arg(row.user));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(reply.json().value("id"_L1).toInteger(), row.user);
}

void TestAuthorizationMatrix::patchUser(const MatrixRow &row)
{
    QVERIFY2(row.user > 0, "setup: no scratch account");
    const QString path = u"/api/v1/users/%1"_s.arg(row.user);
    const QString before = probeUser(row.user);
    const qint64 version = asAdmin("GET", path).json().value("version"_L1).toInteger(1);
    const QString name = nextName(u"renamed"_s);
    const ApiReply reply = as(row.role, "PATCH", path, {{"version"_L1, version}, {"displayName"_L1, name}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(asAdmin("GET", path).json().value("displayName"_L1).toString(), name);
    else
        QCOMPARE(probeUser(row.user), before);
}
