#pragma once

#include "net/CertificateCheck.h"

#include <memory>
#include <optional>

class QNetworkReply;

namespace regiekamer::client {

// Puts every connection an HTTPS request of QNetworkAccessManager travels on through CertificateCheck::verdict
// before its first byte is written: sslErrors (every connection to a pinned server ends in errors, ClientTls) and
// encrypted. A problem aborts the request and is left in the returned slot for the finished() handler; accepted
// errors are ignored for this request's connection and nothing else.
std::shared_ptr<std::optional<CertificateProblem>> guardReply(QNetworkReply &reply,
                                                              std::shared_ptr<const CertificateCheck> check);

} // namespace regiekamer::client
