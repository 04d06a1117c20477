// The hand-written spec of the authorization matrix: readable field classes per role and the expected status table.
// Written from docs/api.md, docs/rights.md and the table in common/Rights.cpp, never derived from the code.
#include "MatrixSpec.h"

#include <QMap>
#include <QTest>

#include <array>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace matrix {

QString roleName(Role role)
{
    return roleToWire(role);
}

QStringList registrationMembers(int fieldClass)
{
    switch (fieldClass) {
    case Identity:
        return {u"fullName"_s};
    case Contact:
        return {u"email"_s, u"phone"_s};
    case Profile:
        return {u"company"_s, u"jobTitle"_s};
    case RegistrationClass:
        return {u"registeredAt"_s, u"approvalState"_s, u"waitlistPosition"_s};
    case Attendance:
        return {u"joinedAt"_s, u"leftAt"_s,    u"minutesWatched"_s, u"present"_s,
                u"banned"_s,   u"banReason"_s, u"bannedAt"_s};
    case Consent:
        return {u"consent"_s, u"recording"_s, u"marketing"_s, u"givenAt"_s};
    default:
        return {};
    }
}

QStringList questionMembers(int fieldClass)
{
    switch (fieldClass) {
    case Identity:
        return {u"askerName"_s};
    case QuestionsClass:
        return {u"text"_s, u"askedAt"_s, u"state"_s, u"answer"_s};
    default:
        return {};
    }
}

Classes registrationReadable(Role role, bool reason)
{
    switch (role) {
    case Role::Admin:
        return reason ? everyClass : Classes {};
    case Role::Director:
        return {Identity, Contact, Profile, RegistrationClass, Attendance};
    case Role::Moderator:
        return {Identity, Attendance};
    case Role::ClientStaff:
        return everyClass;
    case Role::Viewer:
        return everyClass; // own registrations only
    }
    return {};
}

Classes questionReadable(Role role, bool reason)
{
    if (role == Role::Admin && !reason)
        return {};
    return {Identity, QuestionsClass};
}

QString fieldClassName(int fieldClass)
{
    switch (fieldClass) {
    case Identity:
        return u"identity"_s;
    case Contact:
        return u"contact"_s;
    case Profile:
        return u"profile"_s;
    case RegistrationClass:
        return u"registration"_s;
    case Attendance:
        return u"attendance"_s;
    case QuestionsClass:
        return u"questions"_s;
    case Consent:
        return u"consent"_s;
    default:
        return {};
    }
}

QStringList fieldClassNames(const Classes &classes)
{
    QStringList names;
    for (int fieldClass : classes)
        names.append(fieldClassName(fieldClass));
    names.sort();
    return names;
}

// clang-format off
AuditExpectation auditExpectation(const QString &endpoint)
{
    // endpoint → {action, object type, object id is the first path id}
    static const QMap<QString, AuditExpectation> table {
        {u"GET /organisations"_s,                      {u"read"_s,           u"organisation"_s,  false}},
        {u"POST /organisations"_s,                     {u"create"_s,         u"organisation"_s,  false}},
        {u"GET /organisations/{id}"_s,                 {u"read"_s,           u"organisation"_s,  true}},
        {u"PATCH /organisations/{id}"_s,               {u"update"_s,         u"organisation"_s,  true}},
        {u"DELETE /organisations/{id}"_s,              {u"delete"_s,         u"organisation"_s,  true}},
        {u"GET /users"_s,                              {u"read"_s,           u"staff_account"_s, false}},
        {u"POST /users"_s,                             {u"account_change"_s, u"staff_account"_s, false}},
        {u"GET /users/{id}"_s,                         {u"read"_s,           u"staff_account"_s, true}},
        {u"PATCH /users/{id}"_s,                       {u"account_change"_s, u"staff_account"_s, true}},
        {u"GET /webinars"_s,                           {u"read"_s,           u"webinar"_s,       false}},
        {u"POST /webinars"_s,                          {u"create"_s,         u"webinar"_s,       false}},
        {u"GET /webinars/{id}"_s,                      {u"read"_s,           u"webinar"_s,       true}},
        {u"PATCH /webinars/{id}"_s,                    {u"update"_s,         u"webinar"_s,       true}},
        {u"DELETE /webinars/{id}"_s,                   {u"delete"_s,         u"webinar"_s,       true}},
        {u"POST /webinars/{id}/state"_s,               {u"change_state"_s,   u"webinar"_s,       true}},
        {u"PUT /webinars/{id}/staff/{moderator}"_s,    {u"assign"_s,         u"webinar"_s,       true}},
        {u"PUT /webinars/{id}/staff/{director}"_s,     {u"assign"_s,         u"webinar"_s,       true}},
        {u"DELETE /webinars/{id}/staff/{moderator}"_s, {u"unassign"_s,       u"webinar"_s,       true}},
        {u"DELETE /webinars/{id}/staff/{director}"_s,  {u"unassign"_s,       u"webinar"_s,       true}},
        {u"GET /webinars/{id}/staff-candidates"_s,     {u"read"_s,           u"staff_account"_s, true}},
        {u"GET /webinars/{id}/approval-rules"_s,       {u"read"_s,           u"approval_rules"_s, true}},
        {u"PUT /webinars/{id}/approval-rules"_s,       {u"update"_s,         u"approval_rules"_s, true}},
        {u"GET /webinars/{id}/registrations"_s,        {u"read"_s,           u"registration"_s,  true}},
        {u"GET /registrations/{id}"_s,                 {u"read"_s,           u"registration"_s,  true}},
        {u"PATCH /registrations/{id}"_s,               {u"update"_s,         u"registration"_s,  true}},
        {u"DELETE /registrations/{id}"_s,              {u"delete"_s,         u"registration"_s,  true}},
        {u"GET /webinars/{id}/registrations/export"_s, {u"export"_s,         u"registration"_s,  true}},
        {u"POST /webinars/{id}/registrations"_s,       {u"create"_s,         u"registration"_s,  true}},
        {u"GET /webinars/{id}/questions"_s,            {u"read"_s,           u"question"_s,      true}},
        {u"PATCH /questions/{id}"_s,                   {u"moderate"_s,       u"question"_s,      true}},
        {u"POST /webinars/{id}/questions"_s,           {u"create"_s,         u"question"_s,      true}},
        {u"GET /webinars/{id}/report"_s,               {u"read"_s,           u"report"_s,        true}},
        {u"GET /webinars/{id}/report/export"_s,        {u"export"_s,         u"report"_s,        true}},
        {u"GET /me/profile"_s,                         {u"read"_s,           u"own_profile"_s,   false}},
        {u"PATCH /me/profile"_s,                       {u"update"_s,         u"own_profile"_s,   false}},
        {u"GET /me/registrations"_s,                   {u"read"_s,           u"registration"_s,  false}},
        {u"GET /me/questions"_s,                       {u"read"_s,           u"question"_s,      false}},
        {u"POST /me/email-change"_s,                   {u"email_change"_s,   u"account"_s,       false}},
        {u"POST /sign-up"_s,                           {u"sign_up"_s,        u"webinar"_s,       false, true}},
        {u"POST /sign-up/confirmation"_s,              {u"sign_up"_s,        u"registration"_s,  false, true}},
        {u"POST /email-change/confirmation"_s,         {u"email_change"_s,   u"account"_s,       false, true}},
        {u"POST /email-change/report"_s,               {u"email_change"_s,   u"account"_s,       false, true}},
        {u"POST /password-reset"_s,                    {u"password_reset"_s, u"account"_s,       false, true}},
        {u"POST /password-reset/complete"_s,           {u"password_reset"_s, u"account"_s,       false, true}},
        {u"POST /invitation-acceptance"_s,             {u"invite"_s,         u"account"_s,       false, true}},
        {u"GET /invitations"_s,                        {u"read"_s,           u"invitation"_s,    false}},
        {u"POST /invitations"_s,                       {u"invite"_s,         u"invitation"_s,    false}},
        {u"POST /invitations/{id}/resend"_s,           {u"invite"_s,         u"invitation"_s,    true}},
        {u"DELETE /invitations/{id}"_s,                {u"invite"_s,         u"invitation"_s,    true}},
        // The live webinar's room (issue 17).
        {u"POST /room/join"_s,                         {u"join"_s,             u"registration"_s, false}},
        {u"POST /registrations/{id}/presence"_s,       {u"presence"_s,         u"registration"_s, true}},
        {u"POST /registrations/{id}/leave"_s,          {u"leave"_s,            u"registration"_s, true}},
        {u"POST /registrations/{id}/removal"_s,        {u"remove_from_room"_s, u"registration"_s, true}},
        {u"PUT /registrations/{id}/ban"_s,             {u"ban"_s,              u"registration"_s, true}},
        {u"DELETE /registrations/{id}/ban"_s,          {u"unban"_s,            u"registration"_s, true}},
        // The web portal (docs/portal.md): pages about the caller's own data, no ids in their paths.
        {u"GET /portal"_s,                             {u"read"_s,           u"own_data"_s,      false}},
        {u"GET /portal/profile"_s,                     {u"read"_s,           u"own_profile"_s,   false}},
        {u"POST /portal/profile"_s,                    {u"update"_s,         u"own_profile"_s,   false}},
        {u"GET /portal/access"_s,                      {u"read"_s,           u"access_log"_s,    false}},
        {u"GET /portal/export"_s,                      {u"export"_s,         u"own_data"_s,      false}},
        {u"GET /portal/delete"_s,                      {u"read"_s,           u"page"_s,          false}},
        {u"POST /portal/delete"_s,                     {u"delete"_s,         u"account"_s,       false}},
    };
    if (const auto secondFactor = secondFactorAuditExpectation(endpoint))
        return *secondFactor;
    if (const auto securityKey = securityKeyAuditExpectation(endpoint))
        return *securityKey;
    if (const auto questions17 = questions17AuditExpectation(endpoint))
        return *questions17;
    if (const auto seal = sealAuditExpectation(endpoint))
        return *seal;
    if (const auto changedRows = changedRowsAuditExpectation(endpoint))
        return *changedRows;
    return table.contains(endpoint) ? table.value(endpoint) : streamKeyAuditExpectation(endpoint);
}
// clang-format on

namespace {

void addRow(Role role, const char *endpoint, Where where, int expected)
{
    const QString whereName = where == Where::In ? u"in"_s : where == Where::Out ? u"out"_s : u"-"_s;
    QTest::addRow("%s | %s | %s", endpoint, qPrintable(roleName(role)), qPrintable(whereName))
        << QString::fromLatin1(endpoint) << int(role) << int(where) << expected;
}

// One endpoint, a status per role for in / out of scope: {admin, director, moderator, client_staff, viewer}.
void addRows(const char *endpoint, std::array<int, 5> in, std::array<int, 5> out)
{
    for (int i = 0; i < 5; ++i) {
        addRow(everyRole.at(i), endpoint, Where::In, in.at(i));
        addRow(everyRole.at(i), endpoint, Where::Out, out.at(i));
    }
}

void addCollectionRows(const char *endpoint, std::array<int, 5> status)
{
    for (int i = 0; i < 5; ++i)
        addRow(everyRole.at(i), endpoint, Where::None, status.at(i));
}

// clang-format off
void addAccountRows()
{
    // Statuses per role: {admin, director, moderator, client_staff, viewer}; addRows: in scope, then out.
    addCollectionRows("GET /organisations",                          {200, 403, 403, 200, 403});
    addCollectionRows("POST /organisations",                         {201, 403, 403, 403, 403});
    addRows(          "GET /organisations/{id}",                     {200, 404, 404, 200, 404}, {404, 404, 404, 404, 404});
    addRows(          "PATCH /organisations/{id}",                   {200, 404, 404, 403, 404}, {404, 404, 404, 404, 404});
    addRows(          "DELETE /organisations/{id}",                  {204, 404, 404, 403, 404}, {404, 404, 404, 404, 404});

    addCollectionRows("GET /users",                                  {200, 403, 403, 403, 403});
    addCollectionRows("POST /users",                                 {201, 403, 403, 403, 403});
    addRows(          "GET /users/{id}",                             {200, 404, 404, 404, 404}, {404, 404, 404, 404, 404});
    addRows(          "PATCH /users/{id}",                           {200, 404, 404, 404, 404}, {404, 404, 404, 404, 404});
}

void addWebinarRows()
{
    addCollectionRows("GET /webinars",                               {200, 200, 200, 200, 200});
    addCollectionRows("POST /webinars",                              {201, 403, 403, 403, 403});
    addRows(          "GET /webinars/{id}",                          {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
    addRows(          "PATCH /webinars/{id}",                        {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "DELETE /webinars/{id}",                       {204, 403, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "POST /webinars/{id}/state",                   {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "PUT /webinars/{id}/staff/{moderator}",        {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRow(Role::Admin, "PUT /webinars/{id}/staff/{director}", Where::In, 200);
    addRow(Role::Director, "PUT /webinars/{id}/staff/{director}", Where::In, 403);
    addRows(          "DELETE /webinars/{id}/staff/{moderator}",     {204, 204, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRow(Role::Director, "DELETE /webinars/{id}/staff/{director}", Where::In, 403);
    // The staff a caller may assign now: a director assigns moderators, admin directors and moderators.
    addRows(          "GET /webinars/{id}/staff-candidates",         {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
}

void addAttendeeRows()
{
    addRows(          "GET /webinars/{id}/registrations",            {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
    addRow(Role::Admin, "GET /webinars/{id}/registrations +reason", Where::In, 200);
    addRows(          "GET /registrations/{id}",                     {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
    addRow(Role::Admin, "GET /registrations/{id} +reason", Where::In, 200);
    addRows(          "PATCH /registrations/{id}",                   {403, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "GET /webinars/{id}/registrations/export",     {403, 403, 403, 200, 403}, {404, 404, 404, 404, 404});
    addRows(          "GET /webinars/{id}/questions",                {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
    addRow(Role::Admin, "GET /webinars/{id}/questions +reason", Where::In, 200);
    addRows(          "PATCH /questions/{id}",                       {403, 200, 200, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "POST /webinars/{id}/questions",               {403, 403, 403, 403, 201}, {404, 404, 404, 404, 404});

    addCollectionRows("GET /me/profile",                             {403, 403, 403, 403, 200});
    addCollectionRows("PATCH /me/profile",                           {403, 403, 403, 403, 200});
    addCollectionRows("GET /me/registrations",                       {403, 403, 403, 403, 200});
    addCollectionRows("GET /me/questions",                           {403, 403, 403, 403, 200});
    // Every account may ask to move itself to a new address (docs/accounts.md); nothing changes before the link.
    addCollectionRows("POST /me/email-change",                       {202, 202, 202, 202, 202});
}
// clang-format on

// Rows that change the viewer's own scope run last: the viewer registering (in: already registered → 409; out: a
// webinar it is not registered for → 201, see the report), then deleting registrations.
void addScopeChangingRows()
{
    for (int i = 0; i < 4; ++i) {
        addRow(everyRole.at(i), "POST /webinars/{id}/registrations", Where::In, 403);
        addRow(everyRole.at(i), "POST /webinars/{id}/registrations", Where::Out, 404);
    }
    addRow(Role::Viewer, "POST /webinars/{id}/registrations", Where::In, 409);
    for (int i = 0; i < 4; ++i) {
        addRow(everyRole.at(i), "DELETE /registrations/{id}", Where::In, i == 1 ? 204 : 403);
        addRow(everyRole.at(i), "DELETE /registrations/{id}", Where::Out, 404);
    }
    addRow(Role::Viewer, "DELETE /registrations/{id}", Where::Out, 404);
    addRow(Role::Viewer, "DELETE /registrations/{id}", Where::In, 204);
    addRow(Role::Viewer, "POST /webinars/{id}/registrations", Where::Out, 201);
}

} // namespace

void addStatusTableColumns()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("roleValue");
    QTest::addColumn<int>("whereValue");
    QTest::addColumn<int>("expected");
}

// clang-format off
// The portal shows every account its own data (docs/portal.md); only a viewer has a profile to change
// (docs/rights.md own_profile). POST /portal/delete is sent with a wrong password: refused for everyone, nothing gone.
void addPortalRows()
{
    addCollectionRows("GET /portal",                                 {200, 200, 200, 200, 200});
    addCollectionRows("GET /portal/profile",                         {200, 200, 200, 200, 200});
    addCollectionRows("POST /portal/profile",                        {403, 403, 403, 403, 200});
    addCollectionRows("GET /portal/access",                          {200, 200, 200, 200, 200});
    addCollectionRows("GET /portal/export",                          {200, 200, 200, 200, 200});
    addCollectionRows("GET /portal/delete",                          {200, 200, 200, 200, 200});
    addCollectionRows("POST /portal/delete",                         {403, 403, 403, 403, 403});
}
// clang-format on

// clang-format off
// Staff invitations (docs/accounts.md): an id outside the role's scope answers as an unknown one.
void addInvitationRows()
{
    addCollectionRows("GET /invitations",                            {200, 403, 403, 403, 403});
    addCollectionRows("POST /invitations",                           {201, 403, 403, 403, 403});
    addCollectionRows("POST /invitations/{id}/resend",               {200, 404, 404, 404, 404});
    addCollectionRows("DELETE /invitations/{id}",                    {204, 404, 404, 404, 404});
}
// clang-format on

// clang-format off
// A webinar's approval rules (docs/api.md "Approval rules", docs/rights.md approval_rules): its staff and its client
// read them, the director and admin replace them; a viewer has no grant (404 like an unknown id).
void addApprovalRuleRows()
{
    addRows(          "GET /webinars/{id}/approval-rules",           {200, 200, 200, 200, 404}, {404, 404, 404, 404, 404});
    addRows(          "PUT /webinars/{id}/approval-rules",           {200, 200, 403, 403, 404}, {404, 404, 404, 404, 404});
}
// clang-format on

// clang-format off
// Routes without a session (docs/accounts.md): the registration and reset forms, and the forms of the links in mail
// (sent here with a token that was never issued). A role's session grants nothing there: every role gets what any
// visitor gets.
void addAnonymousRows()
{
    addCollectionRows("POST /sign-up",                               {202, 202, 202, 202, 202});
    addCollectionRows("POST /sign-up/confirmation",                  {400, 400, 400, 400, 400});
    addCollectionRows("POST /email-change/confirmation",             {400, 400, 400, 400, 400});
    addCollectionRows("POST /email-change/report",                   {400, 400, 400, 400, 400});
    addCollectionRows("POST /password-reset",                        {202, 202, 202, 202, 202});
    addCollectionRows("POST /password-reset/complete",               {400, 400, 400, 400, 400});
    addCollectionRows("POST /invitation-acceptance",                 {400, 400, 400, 400, 400});
}
// clang-format on

// clang-format off
// A webinar's report (docs/reports.md): counts only; admin reads, the webinar's directors and client staff also export.
void addReportRows()
{
    addRows(          "GET /webinars/{id}/report",                   {200, 200, 404, 200, 404}, {404, 404, 404, 404, 404});
    addRows(          "GET /webinars/{id}/report/export",            {403, 200, 404, 200, 404}, {404, 404, 404, 404, 404});
}
// clang-format on

// clang-format off
// The live webinar's room (docs/rights.md: join for the viewer's own registration, remove_from_room for the director
// and the moderator, ban for the director). POST /room/join is sent with a token never issued: unknown to everyone.
void addRoomRows()
{
    addCollectionRows("POST /room/join",                             {404, 404, 404, 404, 404});
    addRows(          "POST /registrations/{id}/presence",           {403, 403, 403, 403, 200}, {404, 404, 404, 404, 404});
    addRows(          "POST /registrations/{id}/leave",              {403, 403, 403, 403, 200}, {404, 404, 404, 404, 404});
    addRows(          "POST /registrations/{id}/removal",            {403, 204, 204, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "PUT /registrations/{id}/ban",                 {403, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
    addRows(          "DELETE /registrations/{id}/ban",              {403, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
}
// clang-format on

void addStatusTableRows()
{
    addAccountRows();
    addInvitationRows();
    addAnonymousRows();
    addPortalRows();
    addWebinarRows();
    addApprovalRuleRows();
    addAttendeeRows();
    addReportRows();
    addStreamKeyRows();
    addRoomRows();
    addQuestionRows17();
    addChangedRowsRows();
    addSealRows();
    addSecondFactorRows();
    addSecurityKeyRows();
    addScopeChangingRows();
}

} // namespace matrix
