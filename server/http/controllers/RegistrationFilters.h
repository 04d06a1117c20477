#pragma once

#include "base/Result.h"
#include "storage/RegistrationRepository.h"

#include <QUrlQuery>

namespace regiekamer::server {

// The attendee list's filters from its query string (search, approval, present, sort, order; docs/api.md
// "Registrations") into `query`; "bad_request" for a value outside them.
Status readRegistrationFilters(const QUrlQuery &url, RegistrationQuery &query);

} // namespace regiekamer::server
