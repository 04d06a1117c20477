#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QNetworkReply>

namespace regiekamer::client {

// Maps a finished reply (without a certificate problem) to its JSON body or a translated error:
// 2xx → body ({} for 204); 4xx/5xx → the api::ErrorBody code described by api::describeApiError;
// no HTTP answer → "cannot reach" / "did not answer in time"; unreadable JSON → bad_response.
Result<QJsonObject> decodeReply(QNetworkReply &reply, const QUrl &server);
// The reply's JSON object whatever its HTTP status (e.g. /api/v1/health answers 503 with its state when sealed).
Result<QJsonObject> decodeBody(QNetworkReply &reply, const QUrl &server);

int httpStatus(const QNetworkReply &reply);

} // namespace regiekamer::client
