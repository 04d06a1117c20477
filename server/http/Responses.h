#pragma once

#include "base/Result.h"
#include "protocol/Limits.h"

#include <QHttpHeaders>
#include <QHttpServerResponse>
#include <QJsonObject>

// Building API responses: JSON bodies, CSV downloads, api::ErrorBody errors with the right status, security headers
// on all.
namespace regiekamer::server::http {

inline constexpr qsizetype maximumBodyBytes = api::maximumBodyBytes;

QHttpServerResponse json(const QJsonObject &body,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// A JSON body written already (json::Writer), sent as json() sends an object's.
QHttpServerResponse jsonBytes(const QByteArray &body,
                              QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
QHttpServerResponse noContent();
// A CSV download (RFC 4180, UTF-8) saved by the client as `fileName`.
QHttpServerResponse csvAttachment(const QString &csv, const QByteArray &fileName);
QHttpServerResponse error(QHttpServerResponse::StatusCode status, const char *code, const QString &message,
                          qint64 retryAfterSeconds = 0);
// 413 for a body over maximumBodyBytes.
QHttpServerResponse payloadTooLarge();
// The object as JSON, or the error's answer.
QHttpServerResponse respond(const Result<QJsonObject> &result,
                            QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// 204, or the error's answer.
QHttpServerResponse respondStatus(const Status &status);
// Maps an Error's code to its status; internal errors are logged and answered without their details.
QHttpServerResponse fromError(const Error &error);
QHttpServerResponse::StatusCode statusFor(const QString &code);

// The token from "Authorization: Bearer <token>", or an empty string.
QString bearerToken(QByteArrayView authorizationHeader);

} // namespace regiekamer::server::http
