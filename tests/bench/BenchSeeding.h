#pragma once

#include "protocol/AuditEntry.h"

#include <QDateTime>
#include <QString>

// The data the benchmarks seed into a data directory with the server stopped, written as the server writes it.
namespace regiekamer::bench {

// The synthetic access log: 500 people, 2000 webinars, 50 organisations, 20,000 attendees.
inline constexpr qint64 people = 500, webinars = 2000, organisations = 50, attendees = 20000;
inline constexpr qint64 firstActor = 100000, firstWebinar = 100000, firstOrganisation = 100000, firstAttendee = 200000;

// Entry n of the synthetic log.
api::AuditEntry syntheticEntry(qint64 n);

// One live webinar of the first organisation with `count` registrations, written through
// RegistrationRepository::insert (the personal fields sealed as the server stores them) in one transaction, assigned
// to the demo director and moderator. Returns the webinar's id.
qint64 seedRegistrations(const QString &dataDir, int count);

// `count` entries of the synthetic log through AuditLog::append in transactions of 100,000, one every `stepMs` from
// `start`. Returns the seconds it took.
double seedAuditEntries(const QString &dataDir, qint64 count, const QDateTime &start, qint64 stepMs);

} // namespace regiekamer::bench
