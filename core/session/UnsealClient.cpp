#include "session/UnsealClient.h"

#include "net/SecondFactorErrors.h"
#include "net/ServerAddress.h"

using namespace Qt::StringLiterals;

namespace regiekamer::client {

UnsealClient::UnsealClient(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void UnsealClient::checkHealth(const QString &serverAddress, Callback done)
{
    const auto server = parseServerAddress(serverAddress);
    if (!server)
        return done(std::unexpected(server.error()));
    m_api->fetchHealth(*server, [this, done = std::move(done)](Result<QJsonObject> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        const QJsonObject unseal = reply->value("unseal"_L1).toObject();
        m_state.sealed = reply->value("status"_L1).toString() == "sealed"_L1;
        m_state.shareSet = unseal.value("shareSet"_L1).toString();
        m_state.threshold = unseal.value("threshold"_L1).toInt();
        m_state.received = unseal.value("received"_L1).toInt();
        done(m_state);
    });
}

void UnsealClient::submitShareFile(const QString &filePath, const QCA::SecureArray &passphrase, Callback done)
{
    openShareFile(filePath, passphrase, [this, done = std::move(done)](Result<OpenedShare> opened) mutable {
        if (!opened)
            return done(std::unexpected(opened.error()));
        send(std::move(*opened), std::move(done));
    });
}

void UnsealClient::send(OpenedShare opened, Callback done)
{
    QCA::SecureArray encoded = QCA::Base64().encode(opened.share);
    const QJsonObject body {{u"shareSet"_s, opened.shareSet},
                            {u"index"_s, opened.index},
                            {u"share"_s, QString::fromLatin1(encoded.toByteArray())}};
    encoded.fill(0);
    opened.share.fill(0);
    m_api->sendPublicJson("POST", QString::fromLatin1(api::path::unseal), body,
                          [this, done = std::move(done), shareSet = opened.shareSet](Result<QJsonObject> reply) {
                              done(onAnswer(reply, shareSet));
                          });
}

Result<SealState> UnsealClient::onAnswer(const Result<QJsonObject> &reply, const QString &fileShareSet)
{
    if (!reply) {
        Error error = describeSecondFactorError(reply.error());
        if (error.code == "share_foreign"_L1 && !m_state.shareSet.isEmpty())
            error.message +=
                u' ' + tr("Share set of the file: %1; of the server: %2.").arg(fileShareSet, m_state.shareSet);
        return std::unexpected(error);
    }
    m_state.sealed = reply->value("sealed"_L1).toBool();
    m_state.received = reply->value("received"_L1).toInt(m_state.received);
    m_state.threshold = reply->value("threshold"_L1).toInt(m_state.threshold);
    return m_state;
}

} // namespace regiekamer::client
