#pragma once

#include "backup/ChangeLogStore.h"

#include <QString>

namespace regiekamer::server::backup {

// Publishing one object in the spool so that a crash at any point neither loses it nor lets a different object
// with the same number reach a target: the object is written under a temporary name, then a note of the position
// it leads to (no secret: number, hash, sequence), then it gets its name, then the database's position advances and
// the note goes. A start that finds a note whose object has its name adopts it; any other leftover is removed.
class PendingObject
{
public:
    PendingObject(const QString &spoolDir, const QString &fileName);
    ~PendingObject();
    PendingObject(const PendingObject &) = delete;
    PendingObject &operator=(const PendingObject &) = delete;

    QString temporaryPath() const { return m_temporary; }
    Status publish(const ChainPosition &next);
    void finish();

private:
    QString m_temporary;
    QString m_final;
    QString m_note;
    bool m_published = false;
};

namespace pending {
// At start: adopts a published object whose position the database did not record yet (true: `position` moved).
Result<bool> recover(const QString &spoolDir, ChainPosition &position);
} // namespace pending

} // namespace regiekamer::server::backup
