#pragma once

// The SPEC of the authorization matrix, written by hand from docs/api.md, docs/rights.md and the table in
// common/Rights.cpp. Nothing here is derived from the server's code or from regiekamer::rights at run time, so the
// test judges the implementation instead of repeating it. See tst_authorization_matrix.cpp for the reading of the
// spec that the expected statuses follow.
#include "protocol/Roles.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace matrix {

// Where a row's object lies: inside the role's scope, outside it, or no object (collection endpoints).
enum class Where { In, Out, None };

// Field classes of attendee data (docs/rights.md) and the member names carrying them (docs/api.md).
enum FieldClass : int { Identity, Contact, Profile, RegistrationClass, Attendance, QuestionsClass, Consent };
using Classes = QSet<int>;

inline const Classes everyClass {Identity, Contact, Profile, RegistrationClass, Attendance, QuestionsClass, Consent};
inline const QList<regiekamer::Role> everyRole {regiekamer::Role::Admin, regiekamer::Role::Director,
                                                regiekamer::Role::Moderator, regiekamer::Role::ClientStaff,
                                                regiekamer::Role::Viewer};

QString roleName(regiekamer::Role role);

QStringList registrationMembers(int fieldClass);
QStringList questionMembers(int fieldClass);

// Which classes of a registration / a question each role reads (with or without a recorded access reason).
Classes registrationReadable(regiekamer::Role role, bool reason);
Classes questionReadable(regiekamer::Role role, bool reason);

// The wire name of a field class in access log entries (docs/rights.md).
QString fieldClassName(int fieldClass);
QStringList fieldClassNames(const Classes &classes); // sorted

// What the access log entry of a request to an endpoint ("VERB /path", without " +reason") records: the action and
// the object type (AuditEntry.h, issue 4), and which path id is the object (0: the first path id; -1: none, a
// collection or the caller's own data, logged as 0).
struct AuditExpectation
{
    QString action;
    QString objectType;
    bool objectFromPath = false;
    bool anonymous = false; // a route without a session: the entry names no actor whoever sends it
};
AuditExpectation auditExpectation(const QString &endpoint);
// Issue 17's question rows and their log entries (MatrixRowsQuestions17.cpp).
void addQuestionRows17();
std::optional<AuditExpectation> questions17AuditExpectation(const QString &endpoint);
// Issue 19's GET /questions/{id} (MatrixRowsChangedRows.cpp).
void addChangedRowsRows();
std::optional<AuditExpectation> changedRowsAuditExpectation(const QString &endpoint);
// Issue 18's seal and unseal on a serving server (MatrixRowsSeal.cpp).
void addSealRows();
std::optional<AuditExpectation> sealAuditExpectation(const QString &endpoint);

// The expected status of every endpoint × role × in/out of scope, as rows of a Qt Test data table with the columns
// endpoint (QString), roleValue (int), whereValue (int) and expected (int).
void addStatusTableColumns();
void addStatusTableRows();
// MatrixRowsSecondFactor.cpp: the second factor (issue 18).
void addSecondFactorRows();
std::optional<AuditExpectation> secondFactorAuditExpectation(const QString &endpoint);
// MatrixRowsSecurityKey.cpp: the FIDO2 security keys (issue 18).
void addSecurityKeyRows();
std::optional<AuditExpectation> securityKeyAuditExpectation(const QString &endpoint);
// MatrixRowsStreamKeys.cpp: the stream-key vault and go-live endpoints (issue 17).
void addStreamKeyRows();
AuditExpectation streamKeyAuditExpectation(const QString &endpoint);

} // namespace matrix
