#pragma once

#include "backup/AgeTool.h"

#include <QtCrypto>

#include <QList>
#include <QString>

// age does not authenticate the sender: anyone who knows a recipient can write a valid age file. So every object
// also carries, per recipient, an HMAC-SHA-256 under a key derived from that recipient's identity. The server is
// given the derived key next to the public recipient (by `regiekamer-admin backup keygen`); whoever restores derives
// it again from the identity alone. A storage target holds neither, so it cannot forge an object or a whole chain.
namespace regiekamer::server::backup::auth {

// HMAC-SHA-256(key = the identity line as written by age-keygen, "AGE-SECRET-KEY-1…", message =
// "regiekamer backup authentication v1").
QCA::SecureArray deriveKey(const QCA::SecureArray &identityLine);

// The server's recipients file (--backup-recipients): one "age1… <base64 auth key>" per line, '#' comments and
// blank lines ignored. It must be owner-only (it holds the auth keys), hold at least one recipient, and every line
// must be an X25519 recipient with a 32-byte key: anything else refuses the start.
Result<QList<Recipient>> readRecipientsFile(const QString &path);
// The line for one recipient in that file, ending in a newline.
QByteArray recipientsFileLine(const Recipient &recipient);

// An identity file as age-keygen writes it: its "AGE-SECRET-KEY-1…" lines (comments ignored), each turned into
// its recipient (age-keygen -y) and derived auth key. Refuses a file without identities.
Result<QList<Recipient>> readIdentityFile(const AgeTool &age, const QString &path);

} // namespace regiekamer::server::backup::auth
