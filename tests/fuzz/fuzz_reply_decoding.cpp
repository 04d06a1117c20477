// The desktop's reading of server answers: client::decodeReply over a reply with the input's status, transport
// error and body, then, for a 2xx answer, the reader of one of the resources the desktop asks for. An answer of
// 400 or more is always an error, one of 2xx never is when its body is a JSON object, and every error has a message.
#include "FuzzSupport.h"

#include "net/ReplyDecoding.h"
#include "protocol/AuditEntry.h"
#include "protocol/ErrorBody.h"
#include "protocol/Lists.h"
#include "protocol/Organisation.h"
#include "protocol/Profile.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/Webinar.h"

#include <QNetworkReply>

#include <array>
#include <cstring>

namespace {

using namespace regiekamer;

// A finished reply as QNetworkAccessManager hands it over: status attribute, error and body.
class FinishedReply final : public QNetworkReply
{
public:
    FinishedReply(int status, NetworkError error, QByteArray body)
        : m_body(std::move(body))
    {
        if (status != 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setError(error, QString());
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override { }
    qint64 bytesAvailable() const override { return m_body.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_at);
        if (count <= 0)
            return m_at >= m_body.size() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_at, static_cast<size_t>(count));
        m_at += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_at = 0;
};

template<typename T> void readOne(const QJsonObject &object)
{
    static_cast<void>(T::fromJson(object));
}
template<typename T> void readList(const QJsonObject &object)
{
    static_cast<void>(api::listFromJson<T>(object));
}
template<typename T> void readPage(const QJsonObject &object)
{
    static_cast<void>(api::pageFromJson<T>(object));
}

using Reader = void (*)(const QJsonObject &);
constexpr std::array<Reader, 19> readers {
    &readOne<api::UserInfo>,        &readOne<api::SessionGrant>,     &readOne<api::WebinarDetail>,
    &readOne<api::WebinarSummary>,  &readOne<api::Organisation>,     &readOne<api::StaffAccount>,
    &readOne<api::Registration>,    &readOne<api::Question>,         &readOne<api::Profile>,
    &readOne<api::AuditPage>,       &readOne<api::AuditStatus>,      &readOne<api::ErrorBody>,
    &readList<api::WebinarSummary>, &readList<api::StaffAssignment>, &readList<api::Organisation>,
    &readPage<api::Organisation>,   &readPage<api::StaffAccount>,    &readPage<api::Registration>,
    &readPage<api::Question>,
};

constexpr std::array statuses {0, 200, 201, 204, 101, 301, 304, 400, 401, 403, 404, 405, 409, 413, 429, 500, 503};
constexpr std::array errors {
    QNetworkReply::NoError,      QNetworkReply::ContentNotFoundError,  QNetworkReply::OperationCanceledError,
    QNetworkReply::TimeoutError, QNetworkReply::RemoteHostClosedError, QNetworkReply::SslHandshakeFailedError};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Input input(data, size);
    const quint8 statusByte = input.take();
    // Past the table: any three-digit status, as a server may send one.
    const int status = statusByte < statuses.size() ? statuses.at(statusByte) : 100 + statusByte * 2;
    const auto error = input.pick(errors);
    const Reader reader = input.pick(readers);
    const QByteArray body = input.rest();
    FinishedReply reply(status, error, body);
    const auto decoded = client::decodeReply(reply, QUrl(QStringLiteral("https://regiekamer.test:8443")));
    if (!decoded) {
        fuzz::require(!decoded.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    fuzz::require(status >= 200 && status < 300, "an answer outside 2xx decoded as a success");
    reader(*decoded);
    return 0;
}
