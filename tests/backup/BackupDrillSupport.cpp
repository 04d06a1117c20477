#include "BackupDrillSupport.h"

#include "ServerProcess.h"
#include "backup/AgeTool.h"
#include "backup/BackupAuth.h"
#include "base/PrivateFile.h"

#include <QDirIterator>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace backupdrill {

WebDavTarget::WebDavTarget(QString directory)
    : m_directory(std::move(directory))
{
}

WebDavTarget::~WebDavTarget()
{
    stop();
}

bool WebDavTarget::start()
{
    if (m_port == 0)
        m_port = ServerProcess::freeLoopbackPort();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(u"rclone"_s, {u"serve"_s, u"webdav"_s, u"--addr"_s, u"127.0.0.1:%1"_s.arg(m_port), m_directory});
    if (!m_process->waitForStarted(5000))
        return false;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, static_cast<quint16>(m_port));
        if (probe.waitForConnected(100))
            return true;
        QTest::qWait(50);
    }
    qWarning("rclone serve webdav did not start: %s", m_process->readAll().constData());
    return false;
}

void WebDavTarget::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool WebDavTarget::writeConfig(const QString &path) const
{
    const QByteArray config =
        u"[offsite]\ntype = webdav\nurl = http://127.0.0.1:%1\nvendor = other\n"_s.arg(m_port).toUtf8();
    QFile::remove(path);
    return bool(privateFile::create(path, config));
}

bool makeBackupKeys(const QString &identityPath, const QString &recipientsPath)
{
    auto age = backup::AgeTool::locate();
    if (!age) {
        qWarning("%s", qPrintable(age.error().message));
        return false;
    }
    if (auto made = age->generateIdentity(identityPath); !made) {
        qWarning("%s", qPrintable(made.error().message));
        return false;
    }
    auto recipients = backup::auth::readIdentityFile(*age, identityPath);
    if (!recipients || recipients->isEmpty())
        return false;
    QByteArray lines;
    for (const backup::Recipient &recipient : *recipients)
        lines += backup::auth::recipientsFileLine(recipient);
    QFile::remove(recipientsPath);
    return bool(privateFile::create(recipientsPath, lines));
}

QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace backupdrill
