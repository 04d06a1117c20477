#include "app/SealedGate.h"

#include "base/ApiError.h"
#include "http/Responses.h"
#include "net/GuardedListener.h"
#include "protocol/ApiPaths.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

constexpr auto sealedCode = "sealed";
constexpr auto acceptedOutcome = "accepted";

StatusCode statusOfShareError(const QString &code)
{
    if (code == "share_foreign"_L1 || code == "share_repeated"_L1)
        return StatusCode::Conflict;
    if (code == "share_wrong"_L1 || code == "share_unknown"_L1)
        return StatusCode::UnprocessableEntity;
    if (code == QLatin1StringView(api::errc::internal))
        return StatusCode::InternalServerError;
    return StatusCode::BadRequest; // share_malformed, bad_request
}

// {"shareSet":UUID,"index":i,"share":base64(33 bytes)}, nothing else; the share decoded into locked memory.
Result<Unsealer::Submission> parseSubmission(const QByteArray &body)
{
    const auto malformed = [](const QString &why) {
        return fail(QString::fromLatin1(api::errc::badRequest), u"The unseal request is malformed: %1."_s.arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return malformed(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != "shareSet"_L1 && it.key() != "index"_L1 && it.key() != "share"_L1)
            return malformed(u"unknown member \"%1\""_s.arg(it.key()));
    }
    if (!object.value("shareSet"_L1).isString() || !object.value("index"_L1).isDouble() ||
        !object.value("share"_L1).isString())
        return malformed(u"shareSet (text), index (number) and share (base64) are required"_s);
    const double index = object.value("index"_L1).toDouble();
    if (index < 1 || index > 255 || index != static_cast<int>(index))
        return malformed(u"index must be a whole number from 1 to 255"_s);
    QByteArray decoded;
    const auto decoding = QByteArray::fromBase64Encoding(object.value("share"_L1).toString().toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!decoding)
        return malformed(u"share is not base64"_s);
    decoded = decoding.decoded;
    Unsealer::Submission submission {object.value("shareSet"_L1).toString(), static_cast<int>(index),
                                     QCA::SecureArray(decoded)};
    decoded.fill('\0');
    return submission;
}

} // namespace

QHttpServerResponse sealedRefusal()
{
    return http::error(StatusCode::ServiceUnavailable, sealedCode,
                       u"The server is sealed: custodians must unseal it (regiekamer-admin unseal)."_s);
}

SealedGate::SealedGate(SealConfig config, const QString &sealedKeyringPath, Database &database, Unseal unseal,
                       QObject *parent)
    : QObject(parent)
    , m_unsealer(std::move(config), sealedKeyringPath)
    , m_database(database)
    , m_attempts(database)
    , m_unseal(std::move(unseal))
    , m_wrongShares(AddressThrottlePolicy {5, std::chrono::minutes(15)})
{
    m_progressExpiry.setSingleShot(true);
    m_progressExpiry.setInterval(progressLifetime);
    connect(&m_progressExpiry, &QTimer::timeout, this, [this] {
        m_unsealer.reset();
        m_received = 0;
        std::fputs("Unseal: ten minutes without a new share; the shares received are wiped.\n", stdout);
        std::fflush(stdout);
    });
    m_http.route(QString::fromLatin1(api::path::health), Method::Get, this,
                 [this](const QHttpServerRequest &) { return health(); });
    m_http.route(QString::fromLatin1(api::path::unseal), Method::Post, this,
                 [this](const QHttpServerRequest &request) { return this->unseal(request); });
    m_http.setMissingHandler(this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(request.body().size() > http::maximumBodyBytes ? http::payloadTooLarge()
                                                                              : sealedRefusal());
    });
}

SealedGate::~SealedGate()
{
    m_unsealer.reset();
}

bool SealedGate::bind(net::HandoverListener *handover)
{
    if (!handover->prepare() || !m_http.bind(handover))
        return false;
    handover->finishPreparing();
    return true;
}

QHttpServerResponse SealedGate::health() const
{
    const SealConfig &config = m_unsealer.config();
    const int received = m_received;
    return http::json(
        {{"status"_L1, QLatin1StringView(sealedCode)},
         {"version"_L1, QStringLiteral(REGIEKAMER_VERSION)},
         {"unseal"_L1,
          QJsonObject {
              {"shareSet"_L1, config.shareSet}, {"threshold"_L1, config.threshold}, {"received"_L1, received}}}},
        StatusCode::ServiceUnavailable);
}

void SealedGate::note(const QString &address, const Unsealer::Submission &submission, const QString &outcome)
{
    std::fputs(qUtf8Printable(u"Unseal attempt from %1: share %2 of set %3: %4\n"_s.arg(address)
                                  .arg(submission.index)
                                  .arg(submission.shareSet, outcome)),
               stdout);
    std::fflush(stdout);
    const SealAttempts::Attempt attempt {QDateTime::currentDateTimeUtc(), submission.shareSet.left(64),
                                         submission.index, outcome};
    if (auto recorded = m_attempts.record(attempt); !recorded)
        std::fprintf(stderr, "regiekamer-server: cannot record the unseal attempt: %s\n",
                     qUtf8Printable(recorded.error().message));
}

QHttpServerResponse SealedGate::refuse(const QString &address, const Unsealer::Submission &submission,
                                       const Error &error)
{
    note(address, submission, error.code);
    return http::error(statusOfShareError(error.code), qPrintable(error.code), error.message);
}

QHttpServerResponse SealedGate::unseal(const QHttpServerRequest &request)
{
    if (request.body().size() > http::maximumBodyBytes)
        return http::payloadTooLarge();
    const QHostAddress peer = request.remoteAddress();
    const QString address = peer.toString();
    if (const auto wait = m_wrongShares.lockedFor(peer)) {
        note(address, {}, QString::fromLatin1(api::errc::tooManyAttempts));
        auto response = http::error(StatusCode::TooManyRequests, api::errc::tooManyAttempts,
                                    u"Too many wrong shares from this address: try again in %n second(s)."_s.replace(
                                        u"%n"_s, QString::number(*wait)));
        QHttpHeaders headers = response.headers();
        headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(*wait));
        response.setHeaders(std::move(headers));
        return response;
    }
    auto submission = parseSubmission(request.body());
    if (!submission) {
        m_wrongShares.recordFailure(peer);
        return refuse(address, {}, submission.error());
    }
    const Unsealer::Submission noted {submission->shareSet, submission->index, {}};
    auto progress = m_unsealer.add(std::move(*submission));
    if (!progress) {
        m_wrongShares.recordFailure(peer);
        return refuse(address, noted, progress.error());
    }
    m_received = progress->received;
    note(address, noted, QString::fromLatin1(acceptedOutcome));
    if (!m_unsealer.complete()) {
        m_progressExpiry.start();
        return http::json(
            {{"sealed"_L1, true}, {"received"_L1, progress->received}, {"threshold"_L1, progress->threshold}});
    }
    m_progressExpiry.stop();
    auto master = m_unsealer.unseal();
    m_unsealer.reset();
    m_received = 0;
    if (!master)
        return refuse(address, noted, master.error());
    if (auto serving = m_unseal(std::move(*master), noted.index); !serving) {
        std::fprintf(stderr, "regiekamer-server: the unseal failed: %s\n", qUtf8Printable(serving.error().message));
        return http::error(StatusCode::InternalServerError, api::errc::internal,
                           u"The shares opened the key, but the server could not start with it: %1 The server "
                           "stays sealed; the custodians must send their shares again."_s.arg(serving.error().message));
    }
    return http::json({{"sealed"_L1, false}});
}

} // namespace regiekamer::server
