// Key files as the server reads them from disk: the master key file (MasterKey::load, lines of "<version> <base64>")
// and the access log key (AuditKey::load, 32 raw bytes), both through keyFile::readOwnerOnly. The input is the
// file's bytes (a temporary owner-only file). A master key file that loads holds at least one version, every key
// 32 bytes, and saved again it loads to the same keys.
#include "FuzzSupport.h"

#include "audit/AuditKey.h"
#include "keys/MasterKey.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

using namespace regiekamer;
using namespace Qt::StringLiterals;

struct Files
{
    QTemporaryDir directory;
    QString keyPath = directory.filePath(u"master.key"_s);
    QString savedPath = directory.filePath(u"saved.key"_s);
};

Files &files()
{
    static Files made;
    return made;
}

void writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    // A new file each time: ext4 writes a truncated file back to disk when it is closed, which is slow.
    QFile::remove(path);
    QFile file(path);
    fuzz::require(file.open(QIODevice::WriteOnly), "cannot write the key file");
    file.write(bytes);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void checkMasterKey(const server::MasterKey &keys)
{
    fuzz::require(!keys.versions().isEmpty(), "a master key file loaded without a key");
    server::MasterKey copy(files().savedPath);
    for (const int version : keys.versions()) {
        fuzz::require(version >= 1 && keys.key(version)->size() == server::MasterKey::keyBytes, "a malformed key");
        copy.addRandomKey(version);
    }
    // Saving writes the versions held; what it wrote must load again with the same versions.
    fuzz::require(copy.save().has_value(), "cannot save a master key file");
    const auto reloaded = server::MasterKey::load(files().savedPath);
    fuzz::require(reloaded && *reloaded && (*reloaded)->versions() == keys.versions(), "a saved key file reads back");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    files();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    writeOwnerOnly(files().keyPath, bytes);
    if (const auto keys = server::MasterKey::load(files().keyPath); keys && *keys)
        checkMasterKey(**keys);
    const auto auditKey = server::audit::AuditKey::load(files().keyPath, false);
    fuzz::require(auditKey.has_value() == (bytes.size() == server::audit::AuditKey::keyBytes),
                  "the access log key loads exactly when the file holds 32 bytes");
    return 0;
}
