#include "cli/RemoteCommands.h"

#include "cli/CliOutput.h"
#include "cli/PasswordInput.h"
#include "crypto/ShareFile.h"
#include "crypto/TlsPolicy.h"
#include "protocol/ApiPaths.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace regiekamer::server::remoteCommands {

using namespace Qt::StringLiterals;

namespace {

constexpr int usageExit = 2;
constexpr std::chrono::seconds requestTimeout {60};

struct Answer
{
    int status = 0;
    QJsonObject body;
    QString problem; // no HTTP answer: why
};

// HTTPS to one server whose certificate must have exactly the pinned SHA-256 fingerprint: no root is trusted, so
// every handshake reports errors, and they are ignored only for the pinned certificate itself.
class PinnedServer
{
public:
    PinnedServer(QUrl base, QByteArray fingerprint)
        : m_base(std::move(base))
        , m_fingerprint(std::move(fingerprint))
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        tls::applyModernPolicy(m_tls);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_tls.setCaCertificates({});
    }

    Answer post(const char *path, const QJsonObject &body, const QByteArray &token = {})
    {
        QUrl url = m_base;
        url.setPath(QString::fromLatin1(path));
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (!token.isEmpty())
            request.setRawHeader("Authorization"_ba, "Bearer " + token);
        QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_network.post(request, bytes);
        bytes.fill('\0');
        bool pinned = false;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, &pinned](const QList<QSslError> &e) {
            const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
            pinned = !digest.isEmpty() && digest.toHex() == m_fingerprint;
            if (pinned)
                reply->ignoreSslErrors(e);
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(requestTimeout, &loop, [reply] { reply->abort(); });
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        if (answer.status == 0)
            answer.problem = pinned
                ? reply->errorString()
                : u"the server's certificate does not have the fingerprint given (%1)"_s.arg(reply->errorString());
        reply->deleteLater();
        return answer;
    }

private:
    QUrl m_base;
    QByteArray m_fingerprint;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};

QList<QCommandLineOption> remoteOptions()
{
    return {{u"server"_s, u"unseal, seal: the running server, https://HOST:PORT."_s, u"URL"_s},
            {u"fingerprint"_s, u"unseal, seal: the SHA-256 fingerprint of the server's certificate."_s, u"SHA256"_s},
            {u"password-file"_s, u"seal: the admin's password, its first line."_s, u"FILE"_s},
            {u"code-file"_s,
             u"seal: the admin's second-factor code (or a recovery code), its first line; else asked for."_s,
             u"FILE"_s}};
}

// The server and its pin from --server and --fingerprint; nullopt (after the usage message) when either is bad.
std::unique_ptr<PinnedServer> connectTo(const QCommandLineParser &parser, QString *problem)
{
    const QUrl url(parser.value(u"server"_s), QUrl::StrictMode);
    QByteArray fingerprint = parser.value(u"fingerprint"_s).toLatin1().toLower();
    fingerprint.replace(':', QByteArray());
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty()) {
        *problem = u"--server must be the server's https://HOST:PORT."_s;
        return nullptr;
    }
    if (fingerprint.size() != 64 || QByteArray::fromHex(fingerprint).size() != 32) {
        *problem = u"--fingerprint must be the SHA-256 fingerprint the server printed at its start (64 hex digits, "
                   "colons allowed)."_s;
        return nullptr;
    }
    return std::make_unique<PinnedServer>(url, fingerprint);
}

int refused(const Answer &answer)
{
    if (answer.status == 0)
        return cli::failWith(u"No answer from the server: %1."_s.arg(answer.problem));
    return cli::failWith(
        u"The server refused (%1 %2): %3"_s.arg(answer.status)
            .arg(answer.body.value("error"_L1).toString(), answer.body.value("message"_L1).toString()));
}

Result<QCA::SecureArray> readPassword(const QString &file)
{
    return passwordInput::readPassphrase(file, u"Password"_s, false);
}

// The sign-in's second step: the code (six digits) or a recovery code answers the challenge; the session it grants
// counts as a step-up, which sealing needs.
Answer answerSecondFactor(PinnedServer &server, const Answer &challenge, const QString &codeFile)
{
    auto code = passwordInput::readPassphrase(codeFile, u"Second-factor code"_s, false);
    if (!code)
        return Answer {0, {}, code.error().message};
    const QString typed = QString::fromUtf8(code->toByteArray()).trimmed();
    code->clear();
    const bool recovery = typed.size() != 6;
    return server.post(api::path::sessionSecondFactor,
                       {{"challenge"_L1, challenge.body.value("challenge"_L1).toString()},
                        {recovery ? "recoveryCode"_L1 : "code"_L1, typed}});
}

} // namespace

QList<QCommandLineOption> options()
{
    return remoteOptions();
}

int unseal(const QCommandLineParser &parser)
{
    QString problem;
    auto server = connectTo(parser, &problem);
    const QStringList shares = parser.values(u"share"_s);
    if (!server || shares.size() != 1)
        return cli::failWith(server ? u"unseal needs exactly one --share FILE."_s : problem, usageExit);
    QFile file(shares.first());
    if (!file.open(QIODevice::ReadOnly))
        return cli::failWith(u"Cannot read the share file %1: %2"_s.arg(shares.first(), file.errorString()));
    auto shareFile = crypto::ShareFile::fromJson(file.readAll());
    if (!shareFile)
        return cli::failWith(shareFile.error().message);
    const QStringList passphraseFiles = parser.values(u"passphrase-file"_s);
    auto passphrase = passwordInput::readPassphrase(
        passphraseFiles.value(0), u"Passphrase of the share of %1"_s.arg(shareFile->custodian()), false);
    if (!passphrase)
        return cli::failWith(passphrase.error().message);
    auto share = shareFile->open(*passphrase);
    passphrase->clear();
    if (!share)
        return cli::failWith(share.error().message);
    QByteArray encoded = share->toByteArray().toBase64();
    share->clear();
    const Answer answer = server->post(api::path::unseal,
                                       {{"shareSet"_L1, shareFile->shareSet()},
                                        {"index"_L1, shareFile->index()},
                                        {"share"_L1, QString::fromLatin1(encoded)}});
    encoded.fill('\0');
    if (answer.status != 200)
        return refused(answer);
    if (!answer.body.value("sealed"_L1).toBool(true)) {
        cli::print(u"Share %1 accepted: the server is unsealed and serves."_s.arg(shareFile->index()));
        return 0;
    }
    cli::print(u"Share %1 accepted: %2 of %3 shares received; the server stays sealed until the others are sent."_s
                   .arg(shareFile->index())
                   .arg(answer.body.value("received"_L1).toInt())
                   .arg(answer.body.value("threshold"_L1).toInt()));
    return 0;
}

int seal(const QCommandLineParser &parser)
{
    QString problem;
    auto server = connectTo(parser, &problem);
    const QString email = parser.value(u"email"_s);
    if (!server || email.isEmpty())
        return cli::failWith(server ? u"seal needs --email ADMIN."_s : problem, usageExit);
    auto password = readPassword(parser.value(u"password-file"_s));
    if (!password)
        return cli::failWith(password.error().message);
    QString text = QString::fromUtf8(password->toByteArray());
    password->clear();
    Answer session = server->post(api::path::session, {{"email"_L1, email}, {"password"_L1, text}});
    text.fill(u'\0');
    if (session.status == 200 && session.body.value("secondFactor"_L1).toString() == "required"_L1)
        session = answerSecondFactor(*server, session, parser.value(u"code-file"_s));
    const QByteArray token = session.body.value("token"_L1).toString().toLatin1();
    if (session.status != 200 || token.isEmpty())
        return session.status == 200 ? cli::failWith(u"The account must set up its second factor in the desktop app "
                                                     "before it can seal."_s)
                                     : refused(session);
    const Answer sealed = server->post(api::path::seal, {}, token);
    if (sealed.status != 202)
        return refused(sealed);
    cli::print(u"The server is sealed: it serves nothing until the custodians unseal it (regiekamer-admin unseal)."_s);
    return 0;
}

} // namespace regiekamer::server::remoteCommands
