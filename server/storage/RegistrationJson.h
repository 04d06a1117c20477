#pragma once

#include "base/JsonWriter.h"
#include "base/Result.h"
#include "keys/ReadKeys.h"
#include "protocol/Rights.h"
#include "storage/ObjectScope.h"

#include <QSqlQuery>

namespace regiekamer::server::registrationRows {

// The registrations' SELECT (without WHERE): every column of a registration, the webinar's organisation, the place
// on the waiting list and the ban. Its columns: the enum below.
const QString &select();
// The same columns for the registrations whose ids are in a JSON array bound as the one value ("[4,1,9]"), in the
// array's order: one statement for every page, prepared once.
const QString &selectInOrder();
QString idArray(const QList<qint64> &ids);
enum Column {
    id,
    webinarId,
    version,
    fullName,
    email,
    phone,
    company,
    jobTitle,
    registeredAt,
    approvalState,
    joinedAt,
    leftAt,
    minutesWatched,
    consentRecording,
    consentMarketing,
    consentAt,
    userId,
    organisationId,
    waitlistPosition,
    banReason,
    bannedAt,
};

ObjectScope scopeOf(const QSqlQuery &row);

// Writes the registration the query stands on (a row of `select`) as its JSON object, decrypting only the sealed
// fields of the readable classes, each straight into `out` and then wiped: no api::Registration, QJsonObject or
// QString in between. Byte for byte what api::registrationToJson writes for the same registration
// (tst_registrationjson compares every combination of classes). Keys come from `keys`, one look-up per read.
Status writeJson(const QSqlQuery &row, ReadKeys &keys, const QList<rights::FieldClass> &readable, json::Writer &out);

} // namespace regiekamer::server::registrationRows
