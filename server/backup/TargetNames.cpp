#include "backup/TargetNames.h"

#include <QRegularExpression>

namespace regiekamer::server::backup::targetNames {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxNameLength = 200;

bool isValid(const QString &name)
{
    static const QRegularExpression pattern(u"\\A[A-Za-z0-9_-][A-Za-z0-9._-]*\\z"_s);
    return name.size() <= maxNameLength && pattern.match(name).hasMatch();
}

} // namespace

Status checkObjectName(const QString &name)
{
    if (isValid(name))
        return {};
    return fail(u"backup_target"_s,
                u"\"%1\" is not a backup object name (letters, digits, \".\", \"_\" and \"-\", not beginning with "
                "\".\", at most %2 characters)."_s.arg(name)
                    .arg(maxNameLength));
}

bool isListedObject(const QString &name)
{
    return name.endsWith(u".age"_s) && isValid(name);
}

} // namespace regiekamer::server::backup::targetNames
