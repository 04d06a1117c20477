#pragma once

#include "protocol/Registration.h"
#include "protocol/Rights.h"

namespace regiekamer::server {

// The CSV of a registrations export (RFC 4180): a header row and one row per registration, with the columns of the
// `readable` classes only.
QString registrationsCsv(const QList<api::Registration> &registrations, const QList<rights::FieldClass> &readable);

} // namespace regiekamer::server
