#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace regiekamer::server::backup {

// The files that travel inside the backups with the database, so that a restore needs nothing from the lost machine:
// the master key file (which wraps every data key), the access log's checkpoint key and its anchor. Section name
// (BackupObject.h sections::) -> path.
struct DataFiles
{
    QString masterKey;
    QString auditKey;
    QString auditAnchor;

    // name -> contents of the files that exist now; a file that cannot be read is an error.
    Result<std::map<QString, QByteArray>> read(bool withAnchor, bool withKeys) const;
};

} // namespace regiekamer::server::backup
