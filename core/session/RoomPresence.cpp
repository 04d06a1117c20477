#include "session/RoomPresence.h"

#include "base/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "protocol/Room.h"

namespace regiekamer::client {

using namespace Qt::StringLiterals;

RoomPresence::RoomPresence(ApiClient *api, RegistrationModel *registrations, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_registrations(registrations)
{
}

void RoomPresence::setWebinar(qint64 webinarId)
{
    m_webinarId = webinarId;
    m_presentCount = -1;
    m_fetching.clear();
    m_stale.clear();
}

void RoomPresence::onEvent(const api::Event &event)
{
    if (m_webinarId == 0 || event.type != QLatin1StringView(api::event::attendanceChanged))
        return;
    auto change = api::AttendanceChange::fromJson(event.data);
    if (!change || change->webinarId != m_webinarId)
        return;
    if (change->presentCount != m_presentCount) {
        m_presentCount = change->presentCount;
        Q_EMIT presentCountChanged(m_presentCount);
    }
    apply(*change);
    fetch(change->registrationId);
}

// What the event says shows at once (present, banned); the fetch then brings the times and the reason.
void RoomPresence::apply(const api::AttendanceChange &change)
{
    const int row = m_registrations->rowOfId(change.registrationId);
    if (row < 0 || !m_registrations->rowAt(row).data.attendance)
        return;
    api::Registration registration = m_registrations->rowAt(row).data;
    api::AttendanceFields &attendance = *registration.attendance;
    if (attendance.present == change.present && attendance.banned == change.banned)
        return;
    attendance.present = change.present;
    attendance.banned = change.banned;
    if (!change.banned)
        attendance.banReason.clear();
    if (m_registrations->updateRegistration(registration))
        Q_EMIT rowRefreshed(change.registrationId);
}

void RoomPresence::fetch(qint64 registrationId)
{
    if (m_fetching.contains(registrationId)) {
        m_stale.insert(registrationId);
        return;
    }
    m_fetching.insert(registrationId);
    const qint64 webinar = m_webinarId;
    m_api->sendJson("GET", api::path::expand(api::path::registration, {registrationId}), {}, {},
                    [this, registrationId, webinar](Result<QJsonObject> reply) {
                        if (webinar != m_webinarId)
                            return;
                        fetched(registrationId, m_api->parsed<api::Registration>(reply));
                    });
}

void RoomPresence::fetched(qint64 registrationId, const Result<api::Registration> &registration)
{
    m_fetching.remove(registrationId);
    if (registration && registration->webinarId == m_webinarId && m_registrations->updateRegistration(*registration)) {
        Q_EMIT rowRefreshed(registrationId);
        Q_EMIT rowFetched(registrationId);
    }
    if (m_stale.remove(registrationId))
        fetch(registrationId);
}

QString RoomPresence::nameOf(qint64 registrationId) const
{
    const int row = m_registrations->rowOfId(registrationId);
    const auto &name = row >= 0 ? m_registrations->rowAt(row).data.fullName : std::nullopt;
    return name ? *name : tr("Registration %1").arg(registrationId);
}

void RoomPresence::acted(qint64 registrationId, const Status &status, const QString &message)
{
    if (!status) {
        Q_EMIT failed(describe(status.error()));
        return;
    }
    fetch(registrationId);
    Q_EMIT succeeded(message);
}

void RoomPresence::removeFromRoom(qint64 registrationId)
{
    const QString message = tr("%1 was sent out of the room; they may join again.").arg(nameOf(registrationId));
    m_api->sendJson("POST", api::path::expand(api::path::registrationRemoval, {registrationId}), {}, {},
                    [this, registrationId, message](Result<QJsonObject> reply) {
                        acted(registrationId, reply ? Status() : Status(std::unexpected(reply.error())), message);
                    });
}

void RoomPresence::ban(qint64 registrationId, const QString &reason)
{
    const QString message = tr("%1 is banned from this webinar.").arg(nameOf(registrationId));
    m_api->sendJson("PUT", api::path::expand(api::path::registrationBan, {registrationId}), {},
                    api::RoomBan {reason}.toJson(), [this, registrationId, message](Result<QJsonObject> reply) {
                        acted(registrationId, reply ? Status() : Status(std::unexpected(reply.error())), message);
                    });
}

void RoomPresence::unban(qint64 registrationId)
{
    const QString message = tr("The ban of %1 was lifted; they may join again.").arg(nameOf(registrationId));
    m_api->sendJson("DELETE", api::path::expand(api::path::registrationBan, {registrationId}), {}, {},
                    [this, registrationId, message](Result<QJsonObject> reply) {
                        acted(registrationId, reply ? Status() : Status(std::unexpected(reply.error())), message);
                    });
}

QString RoomPresence::describe(const Error &error)
{
    if (error.code == QLatin1StringView(api::errc::conflict))
        return tr("Nothing changed: the attendee is no longer in the room, or the ban was already lifted.");
    if (error.code == QLatin1StringView(api::errc::forbidden))
        return tr("The server refused this: your role does not allow it.");
    if (error.code == QLatin1StringView(api::errc::notFound))
        return tr("This registration is no longer available to you.");
    return api::describeApiError(error.code);
}

} // namespace regiekamer::client
