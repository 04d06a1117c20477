#include "http/controllers/BackupController.h"

#include "backup/BackupStatusFile.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/ApiPaths.h"

namespace regiekamer::server {

using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

BackupController::BackupController(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

void BackupController::addRoutes(Router &router)
{
    router.add(api::path::backupStatus, Method::Get, RouteAudit::of(api::auditAction::read, Resource::Backup), this,
               &BackupController::status);
}

QHttpServerResponse BackupController::status(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Backup, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto status = backup::statusFile::read(m_dataDir, QDateTime::currentDateTimeUtc());
    if (!status)
        return http::fromError(status.error());
    return http::json(status->toJson());
}

} // namespace regiekamer::server
