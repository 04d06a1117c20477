#pragma once

#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/Lists.h"
#include "protocol/Organisation.h"

#include <optional>

namespace regiekamer::server {

class Database;

// Client organisations (docs/api.md "Organisations"). Names are unique; every change checks and increments the
// version; an organisation is deleted only while no webinar or account refers to it.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &database, Clock clock = systemClock());

    // Ordered by name; onlyId restricts the page to that one organisation (a scope of one), 0 matching none.
    Result<api::Page<api::Organisation>> list(qint64 offset, qint64 limit, std::optional<qint64> onlyId);
    Result<std::optional<api::Organisation>> find(qint64 id);
    // "conflict" for a name already in use.
    Result<api::Organisation> create(const QString &name);
    // "not_found", "conflict" for a stale version or a name already in use.
    Result<api::Organisation> update(qint64 id, const api::OrganisationUpdate &change);
    // "not_found", "conflict" while webinars or accounts belong to it.
    Status remove(qint64 id);

private:
    Status requireFreeName(const QString &name, qint64 exceptId);

    Database &m_database;
    Clock m_clock;
};

} // namespace regiekamer::server
