#pragma once

#include "Protocol.h"
#include "Result.h"

namespace regiekamer::server {

class Database;

// Webinar lists scoped by the caller (DESIGN.md §5): admin all; director and moderator only webinars they are
// assigned to; client staff only their organisation's; viewers only webinars they are registered for.
class WebinarRepository
{
public:
    explicit WebinarRepository(Database &database);

    Result<QList<api::WebinarSummary>> listVisibleTo(const api::UserInfo &user);

private:
    Database &m_database;
};

} // namespace regiekamer::server
