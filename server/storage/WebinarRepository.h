#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"
#include "protocol/Session.h"
#include "protocol/Webinar.h"
#include "protocol/WebinarState.h"

#include <QSqlQuery>

#include <optional>

namespace regiekamer::server {

class Database;
class FieldCipher;

// A webinar as written by insert(): for data that arrives whole (the demo data, imports), in any state.
struct NewWebinar
{
    qint64 organisationId = 0;
    QString title;
    QString description;
    WebinarState state = WebinarState::Draft;
    QDateTime startsAt;
    qint64 durationMinutes = 0;
    bool requiresApproval = true;
};

// Webinar lists scoped by the caller (docs/design.md §5): admin all; director and moderator only webinars they are
// assigned to; client staff only their organisation's; viewers only webinars they are registered for.
class WebinarRepository
{
public:
    // Staff names are sealed under each staff member's subject key (FieldCipher).
    WebinarRepository(Database &database, FieldCipher &cipher);

    Result<QList<api::WebinarSummary>> listVisibleTo(const api::UserInfo &user);
    // The webinar with its staff (always loaded; the caller drops it for roles that may not see it).
    Result<std::optional<api::WebinarDetail>> find(qint64 id);
    // A new draft webinar; "bad_request" for an organisation that does not exist.
    Result<api::WebinarDetail> create(const api::WebinarCreate &webinar);
    // A webinar as given, without the checks of create() and changeState(); its id.
    Result<qint64> insert(const NewWebinar &webinar);
    // A staff assignment as given, without assign()'s checks and without bumping the webinar's version.
    Status insertAssignment(qint64 id, qint64 userId, Role role);
    // The webinar with its questions, registrations and staff assignments, in one transaction; "not_found".
    Status remove(qint64 id);
    // "conflict" for a stale version or (changeState) a transition docs/api.md does not allow.
    Result<api::WebinarDetail> update(qint64 id, const api::WebinarUpdate &change);
    Result<api::WebinarDetail> changeState(qint64 id, const api::WebinarStateChange &change);
    // "bad_request" when the account's role is not `role`; bumps the webinar's version.
    Result<api::WebinarDetail> assign(qint64 id, qint64 userId, Role role);
    // "not_found" when the user is not assigned. Returns the removed assignment's role.
    Result<Role> unassign(qint64 id, qint64 userId);
    Result<std::optional<Role>> assignedRole(qint64 id, qint64 userId);
    // The active (not disabled) accounts of `roles` not assigned to the webinar yet: what assign() would accept.
    // Ordered by display name, case-insensitively (the same order on every database engine).
    Result<QList<api::StaffAssignment>> staffCandidates(qint64 id, const QList<Role> &roles);

private:
    Status bumpVersion(qint64 id, qint64 version);

    // A staff member's display name (a row of "user id, sealed name, role").
    Result<api::StaffAssignment> staffFromRow(const QSqlQuery &query);

    Database &m_database;
    FieldCipher &m_cipher;
};

} // namespace regiekamer::server
