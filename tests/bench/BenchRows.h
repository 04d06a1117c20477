#pragma once

#include "protocol/Rights.h"
#include "storage/RegistrationRepository.h"

#include <QByteArray>

// The response bodies of the registration reads, built the way RegistrationController builds them, for
// regiekamer-bench-rows.
namespace regiekamer::bench {

// Which serialisation the controller uses (printed with the figures).
extern const char *const pathName;

// The body of GET /webinars/{id}/registrations for `query` (the repository's page and its JSON).
QByteArray registrationPageBody(server::RegistrationRepository &repository, const server::RegistrationQuery &query);
// The body of GET /registrations/{id}.
QByteArray registrationBody(server::RegistrationRepository &repository, qint64 id,
                            const QList<rights::FieldClass> &readable);

// The same bodies the way the controller built them before issue 19 (api::Registration, QJsonObject,
// QJsonDocument), over the same repository: the baseline in the same process.
QByteArray registrationPageBodyViaObjects(server::RegistrationRepository &repository,
                                          const server::RegistrationQuery &query);
QByteArray registrationBodyViaObjects(server::RegistrationRepository &repository, qint64 id,
                                      const QList<rights::FieldClass> &readable);

} // namespace regiekamer::bench
