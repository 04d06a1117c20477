#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace regiekamer::server {

class Database;
class KeyStore;

// The right to erasure (GDPR article 17, docs/security.md "Deleting an account"), inside the caller's transaction:
// the account's registrations and the questions asked under them are deleted, then the account itself (its
// sessions, devices, profile, staff assignments, outgoing mail and account tokens go with it by the schema's
// cascades), and last its subject data key is destroyed (KeyStore::destroySubjectKey), so that whatever was sealed
// under that key cannot be read from this database again. The access log keeps its entries: the chain cannot lose
// a link; they hold the account's id, not its data. Returns the token hashes of the sessions that ended.
Result<QList<QString>> eraseAccount(Database &database, KeyStore &keys, qint64 userId);

} // namespace regiekamer::server
