#pragma once

#include "base/Result.h"
#include "protocol/ApprovalRules.h"
#include "protocol/Registration.h"

#include <QList>

namespace regiekamer::server {

class Database;

// A webinar's approval rules and capacity (table approval_rules; a webinar without a row has none: version 1, no
// domains, no organisations, no limit), and what they decide: the state a new registration starts in and who on the
// waiting list moves up. Runs inside the caller's transaction where it writes.
class ApprovalRuleRepository
{
public:
    explicit ApprovalRuleRepository(Database &database);
    Database &database() { return m_database; }

    Result<api::ApprovalRules> find(qint64 webinarId);
    // "conflict" when `change.version` is not the current one. Returns the rules as stored.
    Result<api::ApprovalRules> store(qint64 webinarId, const api::ApprovalRulesUpdate &change);

    // The state of a new registration with this e-mail address and profile company: approved when the webinar needs
    // no approval or a domain or organisation rule matches, else pending; an approved one beyond the capacity waits.
    Result<api::ApprovalState> admit(qint64 webinarId, bool requiresApproval, const QString &email,
                                     const QString &company);
    // Whether one more registration may be approved without going past the capacity.
    Result<bool> hasPlace(qint64 webinarId);
    // The waiting registrations that fit into the free places now, first registered first.
    Result<QList<qint64>> movingUp(qint64 webinarId);

private:
    struct Counts
    {
        qint64 approved = 0;
        qint64 waiting = 0;
    };
    Result<Counts> counts(qint64 webinarId);

    Database &m_database;
};

} // namespace regiekamer::server
