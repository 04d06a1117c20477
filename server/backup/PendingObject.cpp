#include "backup/PendingObject.h"

#include "base/ApiError.h"
#include "base/PrivateFile.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

const QString noteSuffix = u".position"_s;

QJsonObject toJson(const ChainPosition &position)
{
    return {{u"installation"_s, position.installation},
            {u"lastNumber"_s, position.lastNumber},
            {u"lastHash"_s, QString::fromLatin1(position.lastHash.toHex())},
            {u"lastSequence"_s, position.lastSequence},
            {u"lastSnapshotAt"_s, toDatabaseTime(position.lastSnapshotAt)}};
}

ChainPosition fromJson(const QJsonObject &object)
{
    return {object.value(u"installation"_s).toString(), object.value(u"lastNumber"_s).toInteger(),
            QByteArray::fromHex(object.value(u"lastHash"_s).toString().toLatin1()),
            object.value(u"lastSequence"_s).toInteger(),
            fromDatabaseTime(object.value(u"lastSnapshotAt"_s).toString())};
}

} // namespace

PendingObject::PendingObject(const QString &spoolDir, const QString &fileName)
    : m_temporary(QDir(spoolDir).filePath(fileName + u".tmp"_s))
    , m_final(QDir(spoolDir).filePath(fileName))
    , m_note(QDir(spoolDir).filePath(fileName + noteSuffix))
{
}

PendingObject::~PendingObject()
{
    if (!m_published)
        QFile::remove(m_temporary);
}

Status PendingObject::publish(const ChainPosition &next)
{
    if (auto noted = privateFile::replace(m_note, QJsonDocument(toJson(next)).toJson(QJsonDocument::Compact)); !noted)
        return noted;
    QFile::remove(m_final);
    if (!QFile::rename(m_temporary, m_final))
        return fail(QString::fromLatin1(api::errc::internal), u"Backup: cannot name %1 in the spool"_s.arg(m_final));
    privateFile::syncDirectoryOf(m_final);
    m_published = true;
    return {};
}

void PendingObject::finish()
{
    QFile::remove(m_note);
}

Result<bool> pending::recover(const QString &spoolDir, ChainPosition &position)
{
    QDir spool(spoolDir);
    bool adopted = false;
    for (const QString &leftover : spool.entryList({u"*.tmp"_s}, QDir::Files))
        spool.remove(leftover);
    for (const QString &noteName : spool.entryList({u"*"_s + noteSuffix}, QDir::Files)) {
        QFile note(spool.filePath(noteName));
        const QString objectName = noteName.chopped(noteSuffix.size());
        if (note.open(QIODevice::ReadOnly) && spool.exists(objectName)) {
            const ChainPosition next = fromJson(QJsonDocument::fromJson(note.readAll()).object());
            if (next.lastNumber > position.lastNumber) {
                position = next;
                adopted = true;
            }
        }
        note.close();
        spool.remove(noteName);
    }
    return adopted;
}

} // namespace regiekamer::server::backup
