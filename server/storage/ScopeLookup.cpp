#include "storage/ScopeLookup.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "protocol/WebinarState.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

ScopeLookup::ScopeLookup(Database &database)
    : m_database(database)
{
}

Result<bool> ScopeLookup::isAssigned(qint64 userId, qint64 webinarId)
{
    auto row =
        m_database.firstRow(u"SELECT 1 FROM webinar_staff WHERE webinar_id = ? AND user_id = ?"_s, {webinarId, userId});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Result<bool> ScopeLookup::isRegistered(qint64 userId, qint64 webinarId)
{
    auto row =
        m_database.firstRow(u"SELECT 1 FROM registrations WHERE webinar_id = ? AND user_id = ?"_s, {webinarId, userId});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Result<ObjectScope> ScopeLookup::webinarScope(qint64 webinarId)
{
    auto row = m_database.firstRow(u"SELECT organisation_id FROM webinars WHERE id = ?"_s, {webinarId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound());
    return ObjectScope {webinarId, (**row).at(0).toLongLong(), 0};
}

Result<bool> ScopeLookup::isOpenForRegistration(qint64 webinarId)
{
    auto row = m_database.firstRow(u"SELECT state FROM webinars WHERE id = ?"_s, {webinarId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return false;
    const auto state = webinarStateFromWire((**row).at(0).toString());
    return state && regiekamer::isOpenForRegistration(*state);
}

} // namespace regiekamer::server
