#pragma once

#include "FieldLeakChecks.h"
#include "MatrixFixture.h"

#include <QObject>

namespace matrix {

// One row of the status table, with the objects it acts on picked from the role's context.
struct MatrixRow
{
    QString endpoint;
    regiekamer::Role role = regiekamer::Role::Viewer;
    bool in = true; // inside the role's scope (or a collection endpoint)
    int expected = 0;
    bool allowed = false; // expected is a 2xx status
    bool reason = false; // the endpoint carries an access reason ("... +reason")
    Context c;
    qint64 webinar = 0, registration = 0, question = 0, organisation = 0, user = 0;

    bool expect(const ApiReply &reply) const { return reply.status == expected; }
    QByteArray failure(const ApiReply &reply) const;
};

} // namespace matrix

class TestAuthorizationMatrix : public QObject, protected matrix::MatrixFixture
{
    Q_OBJECT

    using Executor = void (TestAuthorizationMatrix::*)(const matrix::MatrixRow &);
    static const QMap<QString, Executor> &executors();

    void checkRead(const ApiReply &reply, matrix::Kind kind, regiekamer::Role role, bool reason, qint64 webinarId)
    {
        matrix::checkRead(m_view, reply, kind, role, reason, webinarId);
    }

    // The access log entry of the row's request (AuditEntryChecks.cpp): actor, action, object, outcome, fields.
    void checkAuditEntry(const matrix::MatrixRow &row, const QString &endpoint);
    void collectPersonalValues();

    // DELETE path as the row's role: allowed, admin finds it gone; refused, admin reads it unchanged.
    void checkDelete(const matrix::MatrixRow &row, const QString &path);

    // ---- row executors: MatrixRowsAccounts.cpp ----
    void listOrganisations(const matrix::MatrixRow &row);
    void createOrganisationRow(const matrix::MatrixRow &row);
    void getOrganisation(const matrix::MatrixRow &row);
    void patchOrganisation(const matrix::MatrixRow &row);
    void deleteOrganisation(const matrix::MatrixRow &row);
    void listUsers(const matrix::MatrixRow &row);
    void createUser(const matrix::MatrixRow &row);
    void getUser(const matrix::MatrixRow &row);
    void patchUser(const matrix::MatrixRow &row);
    // ---- MatrixRowsWebinars.cpp ----
    void listWebinars(const matrix::MatrixRow &row);
    void createWebinarRow(const matrix::MatrixRow &row);
    void getWebinar(const matrix::MatrixRow &row);
    void patchWebinar(const matrix::MatrixRow &row);
    void deleteWebinar(const matrix::MatrixRow &row);
    void changeState(const matrix::MatrixRow &row);
    void assignStaff(const matrix::MatrixRow &row);
    void unassignStaff(const matrix::MatrixRow &row);
    // ---- MatrixRowsStaffCandidates.cpp ----
    void staffCandidates(const matrix::MatrixRow &row);
    void checkStaffCandidates(const matrix::MatrixRow &row, const ApiReply &reply);
    // ---- MatrixRowsApprovalRules.cpp ----
    void getApprovalRules(const matrix::MatrixRow &row);
    void putApprovalRules(const matrix::MatrixRow &row);
    // ---- MatrixRowsAttendees.cpp ----
    void listRegistrations(const matrix::MatrixRow &row);
    void getRegistration(const matrix::MatrixRow &row);
    void patchRegistration(const matrix::MatrixRow &row);
    void deleteRegistration(const matrix::MatrixRow &row);
    void exportRegistrations(const matrix::MatrixRow &row);
    void registerForWebinar(const matrix::MatrixRow &row);
    void listQuestions(const matrix::MatrixRow &row);
    void patchQuestion(const matrix::MatrixRow &row);
    void askQuestion(const matrix::MatrixRow &row);
    void getProfile(const matrix::MatrixRow &row);
    // ---- MatrixRowsReports.cpp ----
    void getReport(const matrix::MatrixRow &row);
    // ---- MatrixRowsSeal.cpp: seal and unseal on a serving server (issue 18) ----
    void sealServer(const matrix::MatrixRow &row);
    void unsealServing(const matrix::MatrixRow &row);
    // ---- MatrixRowsQuestions17.cpp: upvotes, the audience's view, merges ----
    qint64 votableQuestion(const matrix::MatrixRow &row);
    std::pair<qint64, qint64> mergeablePair(const matrix::MatrixRow &row);
    qint64 probeVotes(qint64 questionId);
    void voteForQuestion(const matrix::MatrixRow &row);
    void withdrawVote(const matrix::MatrixRow &row);
    void audienceQuestions(const matrix::MatrixRow &row);
    void mergeQuestion(const matrix::MatrixRow &row);
    void unmergeQuestion(const matrix::MatrixRow &row);
    // ---- MatrixRowsChangedRows.cpp: the one question a client fetches after questions.changed (issue 19) ----
    void getQuestion(const matrix::MatrixRow &row);
    // ---- MatrixRowsInvitations.cpp ----
    qint64 createInvitation();
    void listInvitations(const matrix::MatrixRow &row);
    void invite(const matrix::MatrixRow &row);
    void resendInvitation(const matrix::MatrixRow &row);
    void revokeInvitation(const matrix::MatrixRow &row);
    void requestEmailChange(const matrix::MatrixRow &row);
    void anonymousForm(const matrix::MatrixRow &row);
    // ---- MatrixRowsStreamKeys.cpp ----
    QString setMatrixStreamKey(qint64 webinar); // as admin; the key
    void getStreamKey(const matrix::MatrixRow &row);
    void putStreamKey(const matrix::MatrixRow &row);
    void revealStreamKey(const matrix::MatrixRow &row);
    void rotateStreamKey(const matrix::MatrixRow &row);
    void getPreflight(const matrix::MatrixRow &row);
    void getTimeline(const matrix::MatrixRow &row);
    // ---- MatrixRowsRoom.cpp: the live webinar's room ----
    void setInRoom(qint64 registration, bool present); // an open stay written into the database, or ended
    void joinRoom(const matrix::MatrixRow &row);
    void ownStay(const matrix::MatrixRow &row); // the presence tick and leaving
    void removeFromRoom(const matrix::MatrixRow &row);
    void banAttendee(const matrix::MatrixRow &row);
    void unbanAttendee(const matrix::MatrixRow &row);
    // ---- MatrixRowsSecondFactor.cpp ----
    void secondFactorRow(const matrix::MatrixRow &row);
    // ---- MatrixRowsSecurityKey.cpp ----
    void securityKeyRow(const matrix::MatrixRow &row);
    // ---- MatrixRowsPortal.cpp: the web portal, with the role's session token as its cookie ----
    void portalPage(const matrix::MatrixRow &row);
    void portalProfileChange(const matrix::MatrixRow &row);
    void portalDeleteRefused(const matrix::MatrixRow &row);
    // Sends the page request as the row's role and takes it as the row's captured request.
    ApiReply portalRequest(const matrix::MatrixRow &row, const QByteArray &verb, const QString &path,
                           const QList<std::pair<QString, QString>> &form = {});
    void patchProfile(const matrix::MatrixRow &row);
    void listOwn(const matrix::MatrixRow &row);

    // ---- IdorChecks.cpp: one case of idorBodies; returns the reply, and admin's read-back before and after ----
    struct Attempt
    {
        ApiReply reply;
        QString before, after;
    };
    Attempt patchRegistrationWithExtra(const QString &what);
    Attempt patchQuestionWithExtra(const QString &what);
    Attempt patchWebinarWithExtra(const QString &what);
    Attempt patchProfileWithExtra(const QString &what);
    Attempt otherBodyWithExtra(const QString &what);

private Q_SLOTS:
    void initTestCase();

    // ---- 3: IDOR through bodies, query strings and paths (IdorChecks.cpp) ----
    void idorBodies_data();
    void idorBodies();
    void idorQueries_data();
    void idorQueries();
    void searchIsNoOracle();
    void pathIds_data();
    void pathIds();

    // ---- 4: lifecycle (RevocationChecks.cpp) ----
    void removedModeratorLosesAccessAtOnce();
    void disabledAccountLosesItsSession();

    // ---- 1 + 2: the matrix, with field checks on every allowed read ----
    void matrix_data();
    void matrix();

    void cleanupTestCase();
};
