#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// What the backup drills need besides the server: an rclone WebDAV server of their own on loopback as the second
// location (a real `rclone serve webdav`), and a backup identity made with age-keygen plus the server's recipients
// file for it.
namespace backupdrill {

class WebDavTarget
{
public:
    explicit WebDavTarget(QString directory);
    ~WebDavTarget();
    bool start();
    void stop();
    // An owner-only rclone configuration naming this server "offsite".
    bool writeConfig(const QString &path) const;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

// age-keygen's identity at identityPath and the recipients line for it (with its derived authentication key) at
// recipientsPath; false with a warning when age-keygen fails.
bool makeBackupKeys(const QString &identityPath, const QString &recipientsPath);

// Every regular file under `directory` (recursively) that contains `needle`.
QStringList filesContaining(const QString &directory, const QByteArray &needle);

} // namespace backupdrill
