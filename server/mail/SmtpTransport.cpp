#include "mail/SmtpTransport.h"

#include "base/ApiError.h"
#include "mail/SmtpErrors.h"

#include <QFile>
#include <QFileInfo>

#include <curl/curl.h>
#include <openssl/crypto.h>

#include <mutex>

#include <sys/stat.h>

namespace regiekamer::server::mail {

using namespace Qt::StringLiterals;

namespace {

auto optionError(const QString &message)
{
    return badRequest(message);
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype length = std::min<qsizetype>(left, static_cast<qsizetype>(size * count));
    std::memcpy(buffer, upload->data->constData() + upload->offset, static_cast<size_t>(length));
    upload->offset += length;
    return static_cast<size_t>(length);
}

// Keeps the server's last answer ("550 5.1.1 …") for the reason of a failure; what the client sends (AUTH) is
// never looked at.
int watchConversation(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    if (type == CURLINFO_HEADER_IN)
        *static_cast<QByteArray *>(userData) = QByteArray(data, static_cast<qsizetype>(size)).trimmed();
    return 0;
}

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

Result<SmtpCredentials> SmtpCredentials::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return optionError(u"--smtp-credentials-file %1: %2."_s.arg(path, file.errorString()));
    // Checked on the open file, so the file read is the file checked.
    struct stat status {};
    if (::fstat(file.handle(), &status) != 0 || !S_ISREG(status.st_mode))
        return optionError(u"--smtp-credentials-file %1 is not a regular file."_s.arg(path));
    if ((status.st_mode & 077) != 0)
        return optionError(u"--smtp-credentials-file %1 holds the SMTP password and must be readable by its owner "
                           "only: chmod 600 %1."_s.arg(path));
    QByteArray contents = file.read(64 * 1024);
    const qsizetype newline = contents.indexOf('\n');
    SmtpCredentials credentials;
    if (newline > 0) {
        credentials.user = QString::fromUtf8(contents.left(newline)).trimmed();
        qsizetype end = contents.indexOf('\n', newline + 1);
        if (end < 0)
            end = contents.size();
        if (end > newline + 1 && contents.at(end - 1) == '\r')
            --end;
        credentials.password = QCA::SecureArray(contents.mid(newline + 1, end - newline - 1));
    }
    OPENSSL_cleanse(contents.data(), static_cast<size_t>(contents.size()));
    if (credentials.user.isEmpty() || credentials.password.isEmpty())
        return optionError(
            u"--smtp-credentials-file %1 needs two lines: the user name, then the password."_s.arg(path));
    return credentials;
}

Result<QUrl> checkSmtpUrl(const QUrl &given)
{
    QUrl url = given;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "smtp"_L1 && scheme != "smtps"_L1) || url.host().isEmpty())
        return optionError(u"--smtp needs smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT] (implicit TLS)."_s);
    if (!url.userInfo().isEmpty())
        return optionError(u"--smtp must not hold a user name or password: put them in --smtp-credentials-file."_s);
    if ((!url.path().isEmpty() && url.path() != "/"_L1) || url.hasQuery() || url.hasFragment())
        return optionError(u"--smtp takes no path, query or fragment, only smtp[s]://HOST[:PORT]."_s);
    url.setScheme(scheme);
    url.setPath(QString());
    if (url.port() < 0)
        url.setPort(scheme == "smtps"_L1 ? 465 : 587);
    return url;
}

struct SmtpTransport::Private
{
    CURL *curl = nullptr;
    MailOptions options;
    std::optional<SmtpCredentials> credentials;
    QByteArray lastAnswer;

    ~Private()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
    void setOptions();
};

Result<std::unique_ptr<SmtpTransport>> SmtpTransport::create(const MailOptions &options)
{
    auto url = checkSmtpUrl(options.smtpUrl);
    if (!url)
        return std::unexpected(url.error());
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isReadable())
        return optionError(u"--smtp-ca-file %1: no such readable file."_s.arg(options.caFile));
    auto d = std::make_unique<Private>();
    d->options = options;
    d->options.smtpUrl = *url;
    if (!options.credentialsFile.isEmpty()) {
        auto credentials = SmtpCredentials::readFile(options.credentialsFile);
        if (!credentials)
            return std::unexpected(credentials.error());
        d->credentials = std::move(*credentials);
    }
    initialiseCurlOnce();
    d->curl = curl_easy_init();
    if (!d->curl)
        return fail(QString::fromLatin1(api::errc::internal), u"libcurl cannot make a handle."_s);
    d->setOptions();
    return std::unique_ptr<SmtpTransport>(new SmtpTransport(std::move(d)));
}

void SmtpTransport::Private::setOptions()
{
    const QByteArray address = options.smtpUrl.toString(QUrl::FullyEncoded).toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options.caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(options.caFile).constData());
    if (credentials) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, credentials->user.toUtf8().constData());
        QByteArray password = credentials->password.toByteArray(); // libcurl keeps a copy of its own
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        OPENSSL_cleanse(password.data(), static_cast<size_t>(password.size()));
    }
    const long seconds = static_cast<long>(options.timeout.count());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, seconds);
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, seconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 4 * seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, &watchConversation);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lastAnswer);
}

SmtpTransport::SmtpTransport(std::unique_ptr<Private> state)
    : d(std::move(state))
{
}

SmtpTransport::~SmtpTransport() = default;

QString SmtpTransport::description() const
{
    const QUrl &url = d->options.smtpUrl;
    return url.toString() + (url.scheme() == "smtp"_L1 ? u" (STARTTLS required)"_s : u" (TLS)"_s);
}

std::expected<void, DeliveryFailure> SmtpTransport::send(const QString &from, const QString &to,
                                                         const QByteArray &message)
{
    Upload upload {&message, 0};
    const QByteArray sender = '<' + from.toUtf8() + '>';
    curl_slist *recipients = curl_slist_append(nullptr, QByteArray('<' + to.toUtf8() + '>').constData());
    curl_easy_setopt(d->curl, CURLOPT_MAIL_FROM, sender.constData());
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(d->curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    char details[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(d->curl, CURLOPT_ERRORBUFFER, details);
    d->lastAnswer.clear();
    const CURLcode code = curl_easy_perform(d->curl);
    long answer = 0;
    curl_easy_getinfo(d->curl, CURLINFO_RESPONSE_CODE, &answer);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(d->curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(recipients);
    if (code == CURLE_OK)
        return {};
    return std::unexpected(
        smtpFailure(SmtpOutcome {static_cast<int>(code), static_cast<int>(answer), QString::fromUtf8(d->lastAnswer),
                                 QString::fromUtf8(details), d->options.smtpUrl.host()}));
}

} // namespace regiekamer::server::mail
