#pragma once

#include "base/Result.h"
#include "protocol/GoLive.h"
#include "protocol/Roles.h"

#include <QDateTime>

namespace regiekamer::server {

class Database;
class FieldCipher;

// One state change to record, in the transaction of the change itself.
struct StateChangeRecord
{
    qint64 webinarId = 0;
    WebinarState from = WebinarState::Draft;
    WebinarState to = WebinarState::Draft;
    QDateTime at;
    qint64 actorId = 0; // 0: the operator's command line or the demo data
    QString actorRole; // role wire name, or "operator"
    bool overridden = false;
};

// What the pre-flight checklist rests on that the database knows (the connected moderators the EventHub knows).
struct PreflightFacts
{
    bool rehearsalHeld = false;
    bool streamKeySet = false;
    qint64 pendingRegistrations = 0;
    QList<qint64> moderators; // the moderators assigned to the webinar
};

// A staff account's display name as it is now (sealed under the account's subject key); empty when it is gone.
Result<QString> currentDisplayName(Database &database, FieldCipher &cipher, qint64 userId);

// A webinar's timeline (webinar_state_changes): every state change with who and when.
class WebinarTimeline
{
public:
    WebinarTimeline(Database &database, FieldCipher &cipher);

    Status record(const StateChangeRecord &change);
    // Oldest first; the actor's display name as it is now (empty when the account is gone).
    Result<QList<api::TimelineEntry>> list(qint64 webinarId);
    Result<PreflightFacts> preflightFacts(qint64 webinarId, WebinarState current);

private:
    Database &m_database;
    FieldCipher &m_cipher;
};

} // namespace regiekamer::server
