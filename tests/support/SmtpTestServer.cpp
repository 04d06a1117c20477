#include "SmtpTestServer.h"

#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

bool runOpenssl(const QStringList &arguments, const QString &directory, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(directory);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = u"openssl %1: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

SmtpTestServer::SmtpTestServer() = default;

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

QString SmtpTestServer::scriptPath()
{
    return QStringLiteral(REGIEKAMER_SMTP_TEST_SERVER_SCRIPT);
}

void SmtpTestServer::requireAuth(const QString &user, const QString &password)
{
    m_auth = user + u':' + password;
}

QString SmtpTestServer::directory() const
{
    return m_dir.path();
}

QString SmtpTestServer::caFile() const
{
    return m_dir.filePath(u"ca.pem"_s);
}

QString SmtpTestServer::otherCaFile() const
{
    return m_dir.filePath(u"other-ca.pem"_s);
}

QString SmtpTestServer::url() const
{
    return (m_mode == Mode::ImplicitTls ? u"smtps://127.0.0.1:%1"_s : u"smtp://127.0.0.1:%1"_s).arg(m_port);
}

bool SmtpTestServer::makeCertificates()
{
    if (QFile::exists(m_dir.filePath(u"server.pem"_s)))
        return true;
    QFile extensions(m_dir.filePath(u"server.ext"_s));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    const QStringList ecKey {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const QList<QStringList> steps {
        QStringList {u"req"_s, u"-x509"_s} + ecKey +
            QStringList {u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=Regiekamer test CA"_s},
        QStringList {u"req"_s, u"-x509"_s} + ecKey +
            QStringList {u"-keyout"_s, u"other-ca.key"_s, u"-out"_s, u"other-ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=Another test CA"_s},
        QStringList {u"req"_s} + ecKey +
            QStringList {u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s},
        {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
         u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s},
    };
    for (const QStringList &step : steps) {
        if (!runOpenssl(step, m_dir.path(), &m_error))
            return false;
    }
    return true;
}

bool SmtpTestServer::start(Mode mode)
{
    stop();
    if (!m_dir.isValid() || !makeCertificates())
        return false;
    m_mode = mode;
    m_port = ServerProcess::freeLoopbackPort();
    const QString modeName = mode == Mode::StartTlsRequired ? u"starttls"_s
        : mode == Mode::ImplicitTls                         ? u"implicit"_s
                                                            : u"plain"_s;
    QStringList arguments {scriptPath(), u"--dir"_s, m_dir.path(), u"--port"_s, QString::number(m_port),
                           u"--mode"_s,  modeName};
    if (!m_auth.isEmpty())
        arguments << u"--auth"_s << m_auth;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(u"python3"_s, arguments);
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        output += m_process->readAll();
        if (output.contains("READY "))
            return true;
    }
    m_error = u"smtp_test_server.py did not come up: "_s + QString::fromUtf8(output + m_process->readAll());
    stop();
    return false;
}

void SmtpTestServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool SmtpTestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QList<SmtpTestServer::Message> SmtpTestServer::messages() const
{
    QList<Message> messages;
    const QDir dir(m_dir.filePath(u"messages"_s));
    for (const QString &name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile raw(dir.filePath(name));
        QFile envelope(dir.filePath(name.chopped(4) + u".json"_s));
        if (!raw.open(QIODevice::ReadOnly) || !envelope.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(envelope.readAll()).object();
        Message message {raw.readAll(),
                         json.value("from"_L1).toString(),
                         {},
                         json.value("tls"_L1).toBool(),
                         json.value("authenticated"_L1).toBool()};
        for (const QJsonValue &to : json.value("to"_L1).toArray())
            message.recipients.append(to.toString());
        messages.append(message);
    }
    return messages;
}

bool SmtpTestServer::waitForMessages(int count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (messages().size() < count) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

namespace mimeParts {

QByteArray header(const QByteArray &raw, const QByteArray &name)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    QByteArray head = raw.left(end);
    head.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return trimmed.mid(name.size() + 1).trimmed();
    }
    return {};
}

QByteArray body(const QByteArray &raw, const QByteArray &contentType)
{
    const QByteArray type = header(raw, "Content-Type");
    const qsizetype at = type.indexOf("boundary=\"");
    if (at < 0)
        return {};
    const QByteArray boundary = "--" + type.mid(at + 10, type.indexOf('"', at + 10) - at - 10);
    QList<QByteArray> parts;
    qsizetype from = raw.indexOf(boundary);
    while (from >= 0) {
        const qsizetype next = raw.indexOf(boundary, from + boundary.size());
        if (next < 0)
            break;
        parts.append(raw.mid(from + boundary.size(), next - from - boundary.size()));
        from = next;
    }
    for (const QByteArray &part : parts) {
        const QByteArray withoutLead = part.mid(2); // the CRLF after the boundary
        if (!header(withoutLead, "Content-Type").startsWith(contentType))
            continue;
        const qsizetype start = withoutLead.indexOf("\r\n\r\n");
        QByteArray encoded = withoutLead.mid(start + 4);
        if (header(withoutLead, "Content-Transfer-Encoding").toLower() == "base64")
            return QByteArray::fromBase64(encoded.replace("\r\n", ""));
        return encoded;
    }
    return {};
}

QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    const QString text = QString::fromLatin1(value);
    if (!text.contains(u"=?"_s))
        return text;
    QByteArray bytes;
    auto matches = word.globalMatch(text);
    while (matches.hasNext())
        bytes += QByteArray::fromBase64(matches.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

} // namespace mimeParts
