#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QByteArrayView>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

namespace regiekamer::server::backup {

// Every object leaves the machine only if it begins with this line (WAL-G CVE-2021-38599, Litestream #790: a
// misconfiguration that silently writes plain backups).
inline constexpr QByteArrayView ageHeaderLine = "age-encryption.org/v1\n";
bool beginsWithAgeHeader(QByteArrayView bytes);
// Reads the first bytes of `path` and checks the header; an error names the file and what it found instead.
Status checkAgeHeader(const QString &path);
// Whether `text` is an age X25519 recipient ("age1…", Bech32 of 32 bytes). The error says what it is instead: SSH
// and plugin recipients (age1yubikey1…) are refused, since a restore would need more than the age identity.
Status checkX25519Recipient(QStringView text);

// One backup recipient as the server knows it: the age X25519 recipient ("age1…", public) and the key that
// authenticates objects to the holder of its identity (BackupAuth.h). The server can write and authenticate backups
// for it but never read them.
struct Recipient
{
    QString publicKey;
    QCA::SecureArray authKey;

    // The first 8 bytes of SHA-256 over the recipient text: which MAC in an object's trailer belongs to whom.
    QByteArray keyId() const;
};

// The age and age-keygen programs (Debian's `age`), run as subprocesses. locate() checks both at start and refuses
// anything that does not answer `--version` like age 1.x; every other call fails with a clear message and never
// falls back to writing plain bytes.
class AgeTool
{
public:
    static Result<AgeTool> locate();

    QString version() const { return m_version; }

    // Encrypts what `writePlain` writes into the returned device to `cipherPath` (created owner-only) for every
    // recipient, then checks that the file begins with the age header and syncs it.
    Status encrypt(const QList<Recipient> &recipients, const QString &cipherPath,
                   const std::function<Status(QIODevice &)> &writePlain) const;
    // Decrypts `cipherPath` with the identity file and hands the plaintext stream to `readPlain`. A wrong identity,
    // a truncated or altered file fails with an error naming the file. What `readPlain` leaves unread is decrypted
    // and discarded, so success always means that age authenticated the whole file.
    Status decrypt(const QString &identityPath, const QString &cipherPath,
                   const std::function<Status(QIODevice &)> &readPlain) const;
    // `age-keygen -y`: the recipient of one identity line ("AGE-SECRET-KEY-1…").
    Result<QString> recipientOf(const QCA::SecureArray &identityLine) const;
    // `age-keygen`: a new identity file at `path` (owner-only); returns its recipient.
    Result<QString> generateIdentity(const QString &path) const;

private:
    AgeTool(QString age, QString ageKeygen, QString version);

    QString m_age;
    QString m_ageKeygen;
    QString m_version;
};

} // namespace regiekamer::server::backup
