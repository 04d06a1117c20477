#include "backup/RcloneTarget.h"

#include "backup/RcloneCommand.h"
#include "backup/RcloneDaemon.h"
#include "backup/TargetNames.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <sys/stat.h>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {
namespace rcloneRemote {

constexpr auto stagingDirectory = u".incoming/";
constexpr auto partialPrefix = u".partial-";

std::unexpected<Error> targetError(const QString &message)
{
    return fail(u"backup_target"_s, message);
}

// `rclone config file` prints where the configuration is, or would be, on its last line.
QString lastLine(const QByteArray &output)
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace rcloneRemote
} // namespace

RcloneTarget::RcloneTarget(QString remote, QString path, TargetOptions options)
    : m_remote(std::move(remote))
    , m_path(std::move(path))
    , m_options(std::move(options))
{
}

RcloneTarget::~RcloneTarget() = default;

Status RcloneTarget::checkLocation(const QString &remote, const QString &path)
{
    static const QRegularExpression remoteName(u"\\A[A-Za-z0-9_.+@][A-Za-z0-9_.+@-]*( +[A-Za-z0-9_.+@-]+)*\\z"_s);
    static const QRegularExpression control(u"[\\x00-\\x1f\\x7f]"_s);
    if (!remoteName.match(remote).hasMatch()) {
        return rcloneRemote::targetError(
            u"\"%1\" is not an rclone remote name (letters, digits, \"_\", \".\", \"+\", \"@\", \"-\" "
            "and inner spaces, not beginning with \"-\")."_s.arg(remote));
    }
    if (control.match(path).hasMatch())
        return rcloneRemote::targetError(u"the path on the rclone remote holds a control character."_s);
    return {};
}

QString RcloneTarget::description() const
{
    return u"rclone "_s + fs();
}

QString RcloneTarget::fs() const
{
    return m_remote + u':' + m_path;
}

std::unexpected<Error> RcloneTarget::failure(const QString &what, const Error &error) const
{
    return fail(error.code, u"%1: %2: %3"_s.arg(description(), what, error.message));
}

Result<QJsonObject> RcloneTarget::call(const QString &method, const QJsonObject &parameters, qint64 transferBytes)
{
    if (!m_daemon) {
        auto program = rclone::locateProgram();
        if (!program)
            return std::unexpected(program.error());
        m_daemon = std::make_unique<RcloneDaemon>(*program, rclone::commonArguments(m_options),
                                                  rclone::environment(m_options), m_options.timeoutSeconds);
    }
    return m_daemon->call(method, parameters, transferBytes);
}

Status RcloneTarget::check()
{
    auto program = rclone::locateProgram();
    if (!program)
        return failure(u"cannot be used"_s, program.error());
    if (auto config = checkConfigFile(*program); !config)
        return config;
    if (auto defined = checkRemoteDefined(*program); !defined)
        return defined;
    if (auto made = call(u"operations/mkdir"_s, {{u"fs"_s, fs()}, {u"remote"_s, QString()}}); !made)
        return failure(u"cannot reach or create the path"_s, made.error());
    return {};
}

Status RcloneTarget::checkConfigFile(const QString &program) const
{
    QString path = m_options.rcloneConfig;
    if (path.isEmpty()) {
        auto reported = rclone::run(program, {u"config"_s, u"file"_s}, m_options);
        if (!reported)
            return failure(u"cannot find rclone's configuration file"_s, reported.error());
        path = rcloneRemote::lastLine(*reported);
    } else if (!QFileInfo::exists(path)) {
        return rcloneRemote::targetError(u"The rclone configuration file %1 does not exist."_s.arg(path));
    }
    struct stat status {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {}; // no file: rclone takes remotes from its environment alone, checked below
    if (!S_ISREG(status.st_mode))
        return rcloneRemote::targetError(u"The rclone configuration file %1 is not a regular file."_s.arg(path));
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return rcloneRemote::targetError(
            u"The rclone configuration file %1 can be read or written by other users (mode %2); it "
            "holds the remote's credentials and must be owner-only. Run: chmod 600 %1"_s.arg(path)
                .arg(static_cast<uint>(status.st_mode & 0777), 3, 8, QChar(u'0')));
    }
    return {};
}

Status RcloneTarget::checkRemoteDefined(const QString &program) const
{
    auto listed = rclone::run(program, {u"listremotes"_s}, m_options);
    if (!listed)
        return failure(u"cannot list rclone's remotes"_s, listed.error());
    const QStringList remotes = QString::fromUtf8(*listed).split(u'\n', Qt::SkipEmptyParts);
    if (remotes.contains(m_remote + u':'))
        return {};
    return rcloneRemote::targetError(u"The rclone remote \"%1\" is not defined%2 (rclone listremotes: %3)."_s.arg(
        m_remote, m_options.rcloneConfig.isEmpty() ? QString() : u" in "_s + m_options.rcloneConfig,
        remotes.isEmpty() ? u"none"_s : remotes.join(u", "_s)));
}

Status RcloneTarget::put(const QStringList &localFiles)
{
    for (const QString &localFile : localFiles) {
        if (auto put = putOne(localFile); !put)
            return put;
    }
    return {};
}

Status RcloneTarget::putOne(const QString &localFile)
{
    const QFileInfo local(localFile);
    const QString name = local.fileName();
    if (auto valid = targetNames::checkObjectName(name); !valid)
        return valid;
    if (!local.isAbsolute() || !local.isFile())
        return rcloneRemote::targetError(u"%1 is not an absolute path to a file."_s.arg(localFile));
    const QString staged = rcloneRemote::stagingDirectory + name;
    // What may be left in the staging area from an earlier attempt is overwritten unlooked-at (one round trip less).
    const QJsonObject overwrite {{u"NoCheckDest"_s, true}};
    auto uploaded = call(u"operations/copyfile"_s,
                         {{u"srcFs"_s, local.absolutePath()},
                          {u"srcRemote"_s, name},
                          {u"dstFs"_s, fs()},
                          {u"dstRemote"_s, staged},
                          {u"_config"_s, overwrite}},
                         local.size());
    if (!uploaded)
        return failure(u"cannot upload "_s + name, uploaded.error());
    auto moved = call(u"operations/movefile"_s,
                      {{u"srcFs"_s, fs()}, {u"srcRemote"_s, staged}, {u"dstFs"_s, fs()}, {u"dstRemote"_s, name}});
    if (!moved)
        return failure(u"cannot move %1 into place"_s.arg(name), moved.error());
    return {};
}

Result<QStringList> RcloneTarget::list()
{
    const QJsonObject options {{u"filesOnly"_s, true}, {u"noModTime"_s, true}, {u"noMimeType"_s, true}};
    auto listed = call(u"operations/list"_s, {{u"fs"_s, fs()}, {u"remote"_s, QString()}, {u"opt"_s, options}});
    if (!listed)
        return failure(u"cannot list the objects"_s, listed.error());
    QStringList names;
    const QJsonArray entries = listed->value(u"list"_s).toArray();
    for (const auto &entry : entries) {
        const QJsonObject item = entry.toObject();
        const QString name = item.value(u"Name"_s).toString();
        if (!item.value(u"IsDir"_s).toBool() && targetNames::isListedObject(name))
            names.append(name);
    }
    names.sort();
    return names;
}

Status RcloneTarget::get(const QString &name, const QString &localPath)
{
    if (auto valid = targetNames::checkObjectName(name); !valid)
        return valid;
    const QFileInfo local(localPath);
    if (local.fileName().isEmpty())
        return rcloneRemote::targetError(u"%1 names no file."_s.arg(localPath));
    auto stat = call(u"operations/stat"_s, {{u"fs"_s, fs()}, {u"remote"_s, name}});
    if (!stat)
        return failure(u"cannot read "_s + name, stat.error());
    const QJsonObject item = stat->value(u"item"_s).toObject();
    if (item.isEmpty() || item.value(u"IsDir"_s).toBool())
        return failure(u"cannot read "_s + name, Error {u"rclone_not_found"_s, u"no such object"_s});
    const QString partial = rcloneRemote::partialPrefix + local.fileName();
    const QString partialPath = local.absolutePath() + u'/' + partial;
    auto copied = call(
        u"operations/copyfile"_s,
        {{u"srcFs"_s, fs()}, {u"srcRemote"_s, name}, {u"dstFs"_s, local.absolutePath()}, {u"dstRemote"_s, partial}},
        item.value(u"Size"_s).toInteger());
    if (!copied) {
        (void)QFile::remove(partialPath);
        return failure(u"cannot download "_s + name, copied.error());
    }
    if (::rename(QFile::encodeName(partialPath).constData(), QFile::encodeName(local.absoluteFilePath()).constData()) !=
        0) {
        (void)QFile::remove(partialPath);
        return rcloneRemote::targetError(u"Cannot give the downloaded %1 its name %2."_s.arg(name, localPath));
    }
    return {};
}

Status RcloneTarget::remove(const QStringList &names)
{
    for (const QString &name : names) {
        if (auto valid = targetNames::checkObjectName(name); !valid)
            return valid;
        auto deleted = call(u"operations/deletefile"_s, {{u"fs"_s, fs()}, {u"remote"_s, name}});
        if (!deleted && deleted.error().code != u"rclone_not_found"_s)
            return failure(u"cannot delete "_s + name, deleted.error());
    }
    return {};
}

} // namespace regiekamer::server::backup
