#pragma once

#include "backup/AgeTool.h"
#include "backup/BackupObject.h"
#include "backup/BackupTarget.h"
#include "base/Result.h"

#include <QtCrypto>

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <optional>

// Reading the objects on a backup target, for `regiekamer-admin backup list | verify | restore` (docs/backups.md
// "Restore"). Nothing from an object is used before its MAC was checked and its place in the installation's
// sequence was confirmed: a target may hold objects that were changed, cut short, renamed, copied from another
// installation or replayed, and it cannot forge the authentication (BackupAuth.h).
namespace regiekamer::server::backup {

// An object as its name on the target says: "<installation>-<number, 12 digits>-<kind>.age". Only a claim until
// Succession::accept compared it with the authenticated header.
struct ObjectName
{
    QString name;
    QString installation;
    qint64 number = 0;
    ObjectKind kind = ObjectKind::Changes;

    static std::optional<ObjectName> parse(const QString &fileName);
};

// The error code of a snapshot whose database blob is missing or damaged (an older snapshot may still serve).
inline constexpr auto databaseMissingCode = "backup_database_missing";

// One object, decrypted and authenticated.
struct ReadObject
{
    ObjectHeader header;
    QByteArray hash; // SHA-256 of the whole plaintext: what the next object names as `previous`
    QList<ChangeRecord> changes;
    std::map<QString, QCA::SecureArray> files; // sections::masterKey, auditKey, auditAnchor: the files' bytes
    QString databasePath; // a snapshot's database, when read() was asked to keep it
    // A snapshot's database travels beside it (spool::databaseBlobSection): its file name, size and SHA-256.
    QString blobName;
    qint64 blobSize = 0;
    QByteArray blobSha256;
};

struct ChainSource
{
    QString target; // a directory or rclone:REMOTE:PATH
    TargetOptions options; // --rclone-config
    QString identityPath; // empty: names only (backup list)
    QString workParent; // where the private work directory goes (empty: the system's temporary directory)
};

class ObjectChain
{
public:
    // Reads the identity (if given, with age), lists the target and creates the work directory (0700, removed with
    // the chain).
    static Result<std::unique_ptr<ObjectChain>> open(const ChainSource &source);

    QString targetDescription() const { return m_target->description(); }
    const QList<ObjectName> &objects() const { return m_objects; }
    // Names on the target that are no backup objects (listed by `backup list`, otherwise ignored).
    const QStringList &otherNames() const { return m_otherNames; }
    QStringList installations() const;
    // One installation's objects, by number.
    QList<ObjectName> objectsOf(const QString &installation) const;
    // `wanted` when given (and present); else the installation whose newest object is the newest.
    Result<QString> chooseInstallation(const QString &wanted);

    // Downloads, decrypts and authenticates one object. A snapshot's database goes to `databasePath` when that is
    // given and is skipped otherwise.
    Result<ReadObject> read(const ObjectName &object, const QString &databasePath = {});
    QString workDirectory() const { return m_work.path(); }

private:
    ObjectChain(std::unique_ptr<BackupTarget> target, const QString &workParent);

    Result<ReadObject> readAs(const Recipient &recipient, const ObjectName &object, const QString &cipherPath,
                              const QString &databasePath);
    // Downloads and decrypts a snapshot's database blob to `databasePath`, checking the size and SHA-256 its
    // authenticated snapshot object names.
    Status fetchBlob(const ReadObject &object, const QString &databasePath);

    std::optional<AgeTool> m_age; // only with an identity: listing names needs no age
    std::unique_ptr<BackupTarget> m_target;
    QTemporaryDir m_work;
    QString m_identityPath;
    QList<Recipient> m_recipients; // the identity's; the one that authenticated the last object first
    QList<ObjectName> m_objects;
    QStringList m_otherNames;
};

// Checks, object after object, that one installation's objects form an unbroken sequence: each name matches its
// header, each header follows the previous one (checkSuccession) and its changes are in order. The first object
// accepted must be a snapshot; its predecessor is not checked (retention may have removed it).
class Succession
{
public:
    Status accept(const ObjectName &name, const ReadObject &object);
    const std::optional<ObjectHeader> &last() const { return m_last; }

private:
    std::optional<ObjectHeader> m_last;
    QByteArray m_lastHash;
};

// The commit time range of an object for people: "2026-12-07 10:00:00.120Z".
QString displayTime(const QDateTime &time);

} // namespace regiekamer::server::backup
