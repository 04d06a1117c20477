#pragma once

#include "base/Result.h"

#include <QFuture>
#include <QString>

#include <any>

namespace regiekamer::server {

class PasswordCheckPool;
class RequestContext;

// A new password chosen through a link (an invitation, a reset, a registration), hashed off the event loop: the
// route's Prepare step hashes it on the password pool, its handler takes the result. Argon2id on the event loop would
// hold up every other request for its tens of milliseconds.
namespace newPassword {

struct Prepared
{
    Result<QString> hash; // "bad_request" outside the rule; "invalid_token"; "server_busy" when the pool was full
};

// Hashes `password` when `token` has the shape of a link's token (nothing else is worth the CPU) and the pool has
// room. The password is wiped here.
QFuture<std::any> prepare(PasswordCheckPool &pool, const QString &token, QString &password);
// The handler's side: the prepared hash, or why there is none.
Result<QString> take(const RequestContext &context);

} // namespace newPassword
} // namespace regiekamer::server
