#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace regiekamer::server {

class FieldCipher;

// The personal part of a link's record in account_tokens (a sign-up's details, the addresses of an e-mail change),
// sealed under the mail data key and bound to the token's purpose: a copy of the database shows none of it, and a
// payload moved to a token of another purpose does not open.
namespace tokenPayload {

Result<QByteArray> seal(FieldCipher &cipher, const QJsonObject &payload, const char *purpose);
Result<QJsonObject> open(FieldCipher &cipher, const QByteArray &sealed, const char *purpose);

} // namespace tokenPayload
} // namespace regiekamer::server
