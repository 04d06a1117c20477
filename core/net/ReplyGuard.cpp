#include "net/ReplyGuard.h"

#include <QNetworkReply>

namespace regiekamer::client {

std::shared_ptr<std::optional<CertificateProblem>> guardReply(QNetworkReply &reply,
                                                              std::shared_ptr<const CertificateCheck> check)
{
    auto problem = std::make_shared<std::optional<CertificateProblem>>();
    const QString server = TrustStore::serverKey(reply.url());
    QNetworkReply *watched = &reply;
    // Both signals come through a blocking call from Qt's network thread, which writes the request only after it.
    QObject::connect(watched, &QNetworkReply::sslErrors, watched,
                     [watched, check, problem, server](const QList<QSslError> &errors) {
                         *problem = check->verdict(server, watched->sslConfiguration().peerCertificate(), errors);
                         if (!*problem)
                             watched->ignoreSslErrors(errors);
                     });
    QObject::connect(watched, &QNetworkReply::encrypted, watched, [watched, check, problem, server] {
        if (auto refused = check->verdict(server, watched->sslConfiguration().peerCertificate(), {})) {
            *problem = std::move(refused);
            watched->abort();
        }
    });
    return problem;
}

} // namespace regiekamer::client
