#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Room.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class AttendanceRepository;
class RegistrationRepository;
class RequestContext;
class WebinarRepository;
struct StoredRegistration;

// The live webinar's room (docs/api.md "The room"): a viewer joins with the token of their personal join link,
// ticks every 30 s and leaves; the director or a moderator removes an attendee (who may join again); the director
// bans one with a reason and lifts the ban. Every change sends `attendance.changed` (ids and the count present) to
// those who may read the webinar's attendance.
class RoomController final : public Controller
{
public:
    struct Services
    {
        RegistrationRepository &registrations;
        AttendanceRepository &attendance;
        WebinarRepository &webinars;
    };
    RoomController(Services services, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse join(RequestContext &context);
    QHttpServerResponse tick(RequestContext &context);
    QHttpServerResponse leave(RequestContext &context);
    QHttpServerResponse removeFromRoom(RequestContext &context);
    QHttpServerResponse ban(RequestContext &context);
    QHttpServerResponse unban(RequestContext &context);

    // The path's registration, after the caller's right to `action` on it; the error answer otherwise.
    Result<StoredRegistration> registrationFor(RequestContext &context, rights::Action action);
    // Refuses a join: not approved, banned, or the webinar not live.
    Status mayJoin(const StoredRegistration &stored);
    Result<api::RoomStay> stayOf(const StoredRegistration &stored);
    // Queues `attendance.changed` for the registration (after the commit).
    Status announce(RequestContext &context, const StoredRegistration &stored, bool present, bool banned);

    Services m_services;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
