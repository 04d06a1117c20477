#pragma once

#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class RequestContext;

// The continuous backups' state for admins (GET /api/v1/backup/status, docs/backups.md): what the engine last wrote
// to DATA_DIR/backup/status.json, "degraded" when that is stale, "off" without backups.
class BackupController final : public Controller
{
public:
    explicit BackupController(QString dataDir);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse status(RequestContext &context);

    QString m_dataDir;
};

} // namespace regiekamer::server
