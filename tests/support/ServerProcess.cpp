#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

ServerProcess::ServerProcess()
    : m_temporaryDir(std::make_unique<QTemporaryDir>())
    , m_dataDir(m_temporaryDir->filePath(u"data"_s))
{
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        terminate();
}

QString ServerProcess::serverBinary()
{
    // A benchmark may compare with another build's server (e.g. main's) on the same data directory.
    const QString other = qEnvironmentVariable("REGIEKAMER_BENCH_SERVER_BIN");
    return other.isEmpty() ? QString::fromUtf8(REGIEKAMER_SERVER_BIN) : other;
}

QString ServerProcess::adminBinary()
{
    return QString::fromUtf8(REGIEKAMER_ADMIN_BIN);
}

int ServerProcess::freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool ServerProcess::start(const QStringList &extraArguments, int port)
{
    m_port = port > 0 ? port : freeLoopbackPort();
    m_output.clear();
    m_fingerprint.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments {u"--data-dir"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)};
    arguments += extraArguments;
    // Tests that are not about the second factor sign staff in with a password alone (the default policy would limit
    // them to enrolment); the second factor's own tests pass --mfa-roles themselves.
    if (!extraArguments.contains(u"--mfa-roles"_s))
        arguments += QStringList {u"--mfa-roles"_s, u"none"_s};
    m_process->start(serverBinary(), arguments);
    if (!m_process->waitForStarted(10000))
        return false;

    static const QRegularExpression listening(u"listening on https://"_s);
    static const QRegularExpression fingerprint(u"SHA-256 fingerprint: ([0-9A-F:]{95})"_s);
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        m_output += m_process->readAll();
        const QString text = QString::fromUtf8(m_output);
        if (const auto match = fingerprint.match(text); match.hasMatch())
            m_fingerprint = match.captured(1);
        if (listening.match(text).hasMatch())
            return true;
    }
    m_output += m_process->readAll();
    return false;
}

int ServerProcess::terminate()
{
    if (!m_process)
        return -1;
    if (m_process->state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            m_output += m_process->readAll();
            return -1;
        }
    }
    m_output += m_process->readAll();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

int ServerProcess::runAdmin(const QStringList &arguments, const QByteArray &standardInput, QByteArray *output) const
{
    QProcess admin;
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(adminBinary(), QStringList {u"--data-dir"_s, m_dataDir} + arguments);
    if (!admin.waitForStarted(10000))
        return -1;
    admin.write(standardInput);
    admin.closeWriteChannel();
    if (!admin.waitForFinished(60000)) {
        admin.kill();
        admin.waitForFinished();
        return -1;
    }
    if (output)
        *output = admin.readAll();
    return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
}

QString ServerProcess::dataDir() const
{
    return m_dataDir;
}

void ServerProcess::setDataDir(const QString &directory)
{
    m_dataDir = directory;
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
}

int ServerProcess::port() const
{
    return m_port;
}

qint64 ServerProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString ServerProcess::fingerprint() const
{
    return m_fingerprint;
}

QByteArray ServerProcess::lastOutput() const
{
    return m_output;
}

QMap<regiekamer::Role, ServerProcess::DemoAccount> ServerProcess::demoAccounts() const
{
    QMap<regiekamer::Role, DemoAccount> accounts;
    QFile file(m_dataDir + u"/demo-accounts.txt"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return accounts;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() != 3 || fields.first().startsWith(u'#'))
            continue;
        if (const auto role = regiekamer::roleFromWire(fields.at(0)))
            accounts.insert(*role, DemoAccount {fields.at(1), fields.at(2)});
    }
    return accounts;
}
