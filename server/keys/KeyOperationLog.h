#pragma once

#include "base/Result.h"

#include <QString>

namespace regiekamer::server {

// What a key operation reports for the access log: the master key version it concerns and what happened.
struct KeyOperation
{
    int masterVersion = 0;
    QString description;
};

// Where key operations are recorded, inside the transaction that makes them, so an operation and its record commit
// or roll back together. The key store knows nothing of the access log: the access log implements this
// (audit/KeyOperationAudit.h) and the caller hands it in.
class KeyOperationLog
{
public:
    virtual ~KeyOperationLog() = default;
    virtual Status record(const KeyOperation &operation) = 0;

protected:
    KeyOperationLog() = default;
    KeyOperationLog(const KeyOperationLog &) = default;
    KeyOperationLog &operator=(const KeyOperationLog &) = default;
};

} // namespace regiekamer::server
