#include "backup/BackupTarget.h"

#include "backup/DirectoryTarget.h"
#include "backup/RcloneTarget.h"

#include <QDir>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {
namespace targetSpec {

constexpr auto rclonePrefix = u"rclone:";

std::unexpected<Error> specError(const QString &spec, const QString &why)
{
    return fail(u"backup_target"_s, u"The backup target \"%1\" is not usable: %2"_s.arg(spec, why));
}

} // namespace targetSpec
} // namespace

Result<std::unique_ptr<BackupTarget>> makeTarget(const QString &spec, const TargetOptions &options)
{
    if (spec.startsWith(targetSpec::rclonePrefix)) {
        const QString rest = spec.mid(QStringView(targetSpec::rclonePrefix).size());
        const qsizetype colon = rest.indexOf(u':');
        if (colon < 0)
            return targetSpec::specError(spec,
                                         u"an rclone target is written rclone:REMOTE:PATH (the path may be empty)."_s);
        const QString remote = rest.left(colon);
        if (auto valid = RcloneTarget::checkLocation(remote, rest.mid(colon + 1)); !valid)
            return targetSpec::specError(spec, valid.error().message);
        return std::make_unique<RcloneTarget>(remote, rest.mid(colon + 1), options);
    }
    if (spec.isEmpty() || !QDir::isAbsolutePath(spec))
        return targetSpec::specError(spec, u"a directory target must be an absolute path (or rclone:REMOTE:PATH)."_s);
    return std::make_unique<DirectoryTarget>(spec);
}

} // namespace regiekamer::server::backup
