#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace regiekamer::server::backup {

// The files that travel inside the backups with the database, so that a restore needs nothing from the lost machine:
// the master key file (which wraps every data key), the access log's checkpoint key and its anchor; on a sealed data
// directory, in place of the master key file, the sealed keyring and seal.json, which only k custodians' shares open
// (so a backup of a sealed server is as sealed as the server). Section name (BackupObject.h sections::) -> path.
struct DataFiles
{
    QString masterKey;
    QString auditKey;
    QString auditAnchor;
    QString sealedKeyring;
    QString sealConfig;

    // name -> contents of the files that exist now; a file that cannot be read is an error.
    Result<std::map<QString, QByteArray>> read(bool withAnchor, bool withKeys) const;
};

} // namespace regiekamer::server::backup
