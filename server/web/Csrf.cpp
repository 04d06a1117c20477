#include "web/Csrf.h"

#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace regiekamer::server::web {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("No random bytes for the web pages' CSRF protection");
    return bytes;
}

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString CsrfGuard::mac(const QByteArray &purpose, const QByteArray &value)
{
    static const QByteArray key = randomBytes(32);
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(purpose);
    code.addData("\n");
    code.addData(value);
    return QString::fromLatin1(code.result().toBase64(base64url));
}

QString CsrfGuard::tokenForSession(const QString &sessionTokenHash) const
{
    return mac("session", sessionTokenHash.toLatin1());
}

QString CsrfGuard::tokenForPreSession(const QByteArray &preSessionValue) const
{
    return preSessionValue.isEmpty() ? QString() : mac("pre-session", preSessionValue);
}

bool CsrfGuard::matches(const QString &expected, const QString &given)
{
    if (expected.isEmpty() || expected.size() != given.size())
        return false;
    return CRYPTO_memcmp(expected.constData(), given.constData(),
                         static_cast<size_t>(expected.size()) * sizeof(QChar)) == 0;
}

QByteArray CsrfGuard::newPreSessionValue()
{
    return randomBytes(32).toBase64(base64url);
}

} // namespace regiekamer::server::web
