#include "http/CertificateStore.h"

#include "base/ApiError.h"
#include "db/DataDirectory.h"
#include "http/HttpLogging.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSysInfo>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <memory>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

QString ServerIdentity::fingerprint() const
{
    if (chain.isEmpty())
        return {};
    return QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

namespace certificateStore {
namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

auto certError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QString subjectAltNames(const QString &listenHost)
{
    QStringList names {u"DNS:localhost"_s, u"IP:127.0.0.1"_s, u"IP:::1"_s};
    const auto add = [&names](const QString &host) {
        const QHostAddress address(host);
        QString entry;
        if (!address.isNull()) {
            if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6))
                return;
            entry = u"IP:"_s + address.toString();
        } else if (static const QRegularExpression dnsName(QRegularExpression::anchoredPattern(u"[A-Za-z0-9.-]+"_s));
                   dnsName.match(host).hasMatch()) {
            entry = u"DNS:"_s + host.toLower();
        }
        if (!entry.isEmpty() && !names.contains(entry))
            names += entry;
    };
    add(listenHost);
    add(QSysInfo::machineHostName());
    return names.join(u',');
}

bool addExtension(X509 *certificate, int nid, const QString &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.toLatin1().constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

Result<X509Ptr> makeSelfSigned(EVP_PKEY *key, const QString &listenHost)
{
    X509Ptr certificate(X509_new(), &X509_free);
    std::array<unsigned char, 16> serial {};
    if (!certificate || RAND_bytes(serial.data(), static_cast<int>(serial.size())) != 1)
        return certError(u"Cannot create a certificate."_s);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *number = BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_set_version(certificate.get(), X509_VERSION_3);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 2L * 365 * 24 * 3600);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Regiekamer"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Regiekamer server"),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    const bool extensionsOk = addExtension(certificate.get(), NID_basic_constraints, u"critical,CA:FALSE"_s) &&
        addExtension(certificate.get(), NID_key_usage, u"critical,digitalSignature"_s) &&
        addExtension(certificate.get(), NID_ext_key_usage, u"serverAuth"_s) &&
        addExtension(certificate.get(), NID_subject_key_identifier, u"hash"_s) &&
        addExtension(certificate.get(), NID_subject_alt_name, subjectAltNames(listenHost));
    if (!extensionsOk || X509_sign(certificate.get(), key, EVP_sha256()) <= 0)
        return certError(u"Cannot sign the self-signed certificate."_s);
    return certificate;
}

Status createSelfSigned(const QString &certificatePath, const QString &keyPath, const QString &listenHost)
{
    KeyPtr key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    if (!key)
        return certError(u"Cannot generate an EC P-256 key."_s);
    auto certificate = makeSelfSigned(key.get(), listenHost);
    if (!certificate)
        return std::unexpected(certificate.error());
    BioPtr keyBio(BIO_new(BIO_s_secmem()), &BIO_free);
    BioPtr certificateBio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!keyBio || !certificateBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certificateBio.get(), certificate->get()) != 1)
        return certError(u"Cannot encode the certificate or key."_s);
    QByteArray keyPem = bioContents(keyBio.get());
    // Key first: a certificate without its key is never left behind.
    auto written = dataDirectory::writePrivateFile(keyPath, keyPem);
    OPENSSL_cleanse(keyPem.data(), static_cast<size_t>(keyPem.size()));
    if (!written)
        return written;
    if (auto ok = dataDirectory::writePrivateFile(certificatePath, bioContents(certificateBio.get())); !ok) {
        QFile::remove(keyPath);
        return ok;
    }
    return {};
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return certError(u"Cannot read the %1 %2: %3"_s.arg(what, path, file.errorString()));
    if (file.size() > qint64 {1024} * 1024)
        return certError(u"The %1 %2 is too large."_s.arg(what, path));
    return file.readAll();
}

// Checks with OpenSSL that the key belongs to the leaf certificate, and that the leaf is in its validity period.
Status checkPair(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BioPtr certificateBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())),
                          &BIO_free);
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())), &BIO_free);
    X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), &X509_free);
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!certificate)
        return certError(u"The certificate is not a PEM X.509 certificate."_s);
    if (!key)
        return certError(u"The private key is not an unencrypted PEM private key."_s);
    if (X509_check_private_key(certificate.get(), key.get()) != 1)
        return certError(u"The private key does not belong to the certificate."_s);
    if (X509_cmp_current_time(X509_get0_notAfter(certificate.get())) <= 0)
        return certError(u"The certificate has expired."_s);
    return {};
}

} // namespace

Result<ServerIdentity> load(const QString &certificateFile, const QString &keyFile)
{
    auto certificatePem = readFile(certificateFile, u"certificate"_s);
    auto keyPem = readFile(keyFile, u"private key"_s);
    if (const auto error = firstError(certificatePem, keyPem))
        return std::unexpected(*error);
    const auto cleanse =
        qScopeGuard([&keyPem] { OPENSSL_cleanse(keyPem->data(), static_cast<size_t>(keyPem->size())); });
    if (auto ok = checkPair(*certificatePem, *keyPem); !ok)
        return std::unexpected(Error {ok.error().code, u"%1 (%2)"_s.arg(ok.error().message, certificateFile)});
    ServerIdentity identity;
    identity.chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    for (const auto algorithm : {QSsl::Ec, QSsl::Rsa}) {
        identity.key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!identity.key.isNull())
            break;
    }
    if (identity.chain.isEmpty() || identity.key.isNull())
        return certError(u"Qt cannot use the certificate or key in %1 (EC and RSA keys are supported)."_s.arg(keyFile));
    return identity;
}

Result<ServerIdentity> loadOrCreate(const QString &dataDir, const QString &listenHost)
{
    const QDir dir(dataDir);
    const QString certificatePath = dir.filePath(QLatin1StringView(certificateFileName));
    const QString keyPath = dir.filePath(QLatin1StringView(keyFileName));
    const bool haveCertificate = QFile::exists(certificatePath), haveKey = QFile::exists(keyPath);
    if (haveCertificate != haveKey)
        return certError(u"Only one of %1 and %2 exists; restore or remove it."_s.arg(certificatePath, keyPath));
    if (!haveCertificate) {
        if (auto created = createSelfSigned(certificatePath, keyPath, listenHost); !created)
            return std::unexpected(created.error());
        qCInfo(lcHttp, "Created a self-signed certificate in %s", qUtf8Printable(certificatePath));
    }
    return load(certificatePath, keyPath);
}

} // namespace certificateStore
} // namespace regiekamer::server
