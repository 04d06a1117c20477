#pragma once

#include "http/Route.h"

#include <QHttpServerRequest>
#include <QStringView>

namespace regiekamer::server::http {

// What each route asks of the caller's second factor (docs/security.md "Second factor"): the routes a session limited
// to enrolment may call, and those that need a step-up in force. The Router applies it to every route it adds; a
// route that sets Route::secondFactor itself keeps its own. One line here puts a new route under step-up.
SecondFactorRule secondFactorRuleOf(QStringView pathTemplate, QHttpServerRequest::Method method);

} // namespace regiekamer::server::http
