#pragma once

#include "base/Result.h"
#include "models/RegistrationModel.h"
#include "net/ApiClient.h"
#include "protocol/Event.h"
#include "protocol/Room.h"

#include <QObject>
#include <QSet>

namespace regiekamer::client {

// Who is in the open webinar's room, kept current from `attendance.changed` (docs/api.md "The room"): the event
// carries the registration's id and the count present; its row in the RegistrationModel shows present (and banned)
// at once, then this fetches that one registration (through the API, where the rights apply) for its times and
// reason and replaces the row; never the whole list. Events for a registration
// whose fetch is under way are folded into one more fetch after it. Also the staff's actions on the room: sending an
// attendee out, banning with a reason and lifting a ban; the answer replaces the row, failures arrive translated.
class RoomPresence : public QObject
{
    Q_OBJECT
public:
    RoomPresence(ApiClient *api, RegistrationModel *registrations, QObject *parent = nullptr);

    void setWebinar(qint64 webinarId); // forgets the count
    void onEvent(const api::Event &event);
    // The count present from the newest event; -1 until one arrived for the open webinar.
    qint64 presentCount() const { return m_presentCount; }

    void removeFromRoom(qint64 registrationId);
    void ban(qint64 registrationId, const QString &reason);
    void unban(qint64 registrationId);

Q_SIGNALS:
    void presentCountChanged(qint64 count);
    void rowRefreshed(qint64 registrationId); // the row changed: the event applied, or the registration fetched
    void rowFetched(qint64 registrationId); // the row now holds the server's registration
    void succeeded(const QString &message); // translated
    void failed(const QString &message); // translated

private:
    void apply(const api::AttendanceChange &change);
    void fetch(qint64 registrationId);
    void fetched(qint64 registrationId, const Result<api::Registration> &registration);
    void acted(qint64 registrationId, const Status &status, const QString &message);
    QString nameOf(qint64 registrationId) const;
    static QString describe(const Error &error);

    ApiClient *m_api;
    RegistrationModel *m_registrations;
    qint64 m_webinarId = 0;
    qint64 m_presentCount = -1;
    QSet<qint64> m_fetching;
    QSet<qint64> m_stale; // changed again while being fetched
};

} // namespace regiekamer::client
