#include "net/StreamHandshake.h"

#include <QSslSocket>
#include <QWebSocket>

namespace regiekamer::client {

bool checkStreamHandshake(QWebSocket &socket, std::shared_ptr<const CertificateCheck> check, const QString &server,
                          std::function<void(const CertificateProblem &)> refused)
{
    const QList<QSslSocket *> tlsSockets = socket.findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    if (tlsSockets.size() != 1)
        return false;
    QSslSocket *tls = tlsSockets.first();
    const auto judge = [tls, check, server, refused](const QList<QSslError> &errors) {
        if (const auto problem = check->verdict(server, tls->peerCertificate(), errors))
            refused(*problem);
        else if (!errors.isEmpty())
            tls->ignoreSslErrors(errors); // the pinned certificate's own errors (ClientTls), and only these
    };
    QObject::connect(tls, &QSslSocket::sslErrors, tls, judge);
    QObject::connect(tls, &QSslSocket::encrypted, tls, [judge] { judge({}); });
    return true;
}

} // namespace regiekamer::client
