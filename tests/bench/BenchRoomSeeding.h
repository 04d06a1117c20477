#pragma once

#include <QList>
#include <QString>

// The viewers of regiekamer-bench-room, seeded into a data directory with the server stopped, written as the server
// writes them: an account each, an approved registration of one live webinar (assigned to the demo director and
// moderator) with the SHA-256 of a personal join link, and a session. Passwords and Argon2id are skipped: nobody
// signs in with them, the sessions are made directly.
namespace regiekamer::bench {

struct SeededViewer
{
    qint64 registrationId = 0;
    QString sessionToken; // bearer token of the viewer's session
    QString joinToken; // the personal join link's token
};

struct SeededRoom
{
    qint64 webinarId = 0;
    QList<SeededViewer> viewers;
};

SeededRoom seedRoom(const QString &dataDir, int viewers);

} // namespace regiekamer::bench
