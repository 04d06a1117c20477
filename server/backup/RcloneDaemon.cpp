#include "backup/RcloneDaemon.h"

#include "backup/RcloneCommand.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {
namespace rcd {

constexpr qsizetype logTailBytes = 4096;
constexpr qint64 minimumBytesPerSecond = qint64 {256} * 1024;
constexpr int minimumStartSeconds = 10;

std::unexpected<Error> daemonError(const QString &message)
{
    return fail(u"rclone"_s, message);
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

QByteArray randomToken()
{
    std::array<quint32, 6> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Null-terminated pointer arrays over byte strings that outlive them, for execve.
std::vector<char *> pointersTo(std::vector<QByteArray> &strings)
{
    std::vector<char *> pointers;
    pointers.reserve(strings.size() + 1);
    for (QByteArray &string : strings)
        pointers.push_back(string.data());
    pointers.push_back(nullptr);
    return pointers;
}

struct Child
{
    pid_t pid = -1;
    int log = -1;
};

// fork and exec by hand rather than QProcess: the target is used from whichever thread runs the backup, and a
// QProcess belongs to the thread that created it. Everything the child needs is prepared before fork; between fork
// and exec it calls only async-signal-safe functions.
Result<Child> spawn(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    std::vector<QByteArray> argumentBytes {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argumentBytes.push_back(argument.toLocal8Bit());
    std::vector<QByteArray> environmentBytes;
    for (const QString &entry : environment.toStringList())
        environmentBytes.push_back(entry.toLocal8Bit());
    std::vector<char *> argv = pointersTo(argumentBytes);
    std::vector<char *> envp = pointersTo(environmentBytes);
    std::array<int, 2> pipe {-1, -1};
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devNull < 0 || ::pipe2(pipe.data(), O_CLOEXEC) != 0) {
        const int error = errno;
        if (devNull >= 0)
            ::close(devNull);
        return daemonError(u"Cannot start rclone: "_s + systemError(error));
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)
            ::_exit(127);
        ::dup2(devNull, STDIN_FILENO);
        ::dup2(devNull, STDOUT_FILENO);
        ::dup2(pipe[1], STDERR_FILENO);
        ::close_range(STDERR_FILENO + 1, ~0U, 0);
        ::execve(argv.front(), argv.data(), envp.data());
        ::_exit(127);
    }
    const int error = errno;
    ::close(devNull);
    ::close(pipe[1]);
    if (pid < 0) {
        ::close(pipe[0]);
        return daemonError(u"Cannot start rclone: "_s + systemError(error));
    }
    ::fcntl(pipe[0], F_SETFL, O_NONBLOCK);
    return Child {pid, pipe[0]};
}

// A socket descriptor closed on every way out.
class Socket
{
public:
    Socket()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
    {
    }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

Status connectLoopback(const Socket &socket, quint16 port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (socket.get() < 0 ||
        ::connect(socket.get(), reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        return daemonError(u"Cannot reach rclone rcd on 127.0.0.1:%1: %2"_s.arg(port).arg(systemError(errno)));
    }
    return {};
}

Status sendAll(const Socket &socket, const QByteArray &bytes)
{
    for (qsizetype sent = 0; sent < bytes.size();) {
        const ssize_t step =
            ::send(socket.get(), bytes.constData() + sent, static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
        if (step < 0 && errno == EINTR)
            continue;
        if (step <= 0)
            return daemonError(u"Cannot send to rclone rcd: "_s + systemError(errno));
        sent += step;
    }
    return {};
}

// The HTTP/1.0 answer split into status and JSON body.
Result<QJsonObject> parseAnswer(const QString &method, const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    const QJsonDocument body = headerEnd < 0 ? QJsonDocument() : QJsonDocument::fromJson(answer.mid(headerEnd + 4));
    if (status == 200 && body.isObject())
        return body.object();
    const QString message = body.isObject() ? body.object().value(u"error"_s).toString()
                                            : QString::fromUtf8(answer.mid(headerEnd + 4, 200)).trimmed();
    return fail(status == 404 ? u"rclone_not_found"_s : u"rclone"_s,
                u"rclone %1: %2 (HTTP %3)"_s.arg(method, rclone::redact(message)).arg(status));
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 0, 60000));
}

} // namespace rcd
} // namespace

RcloneDaemon::RcloneDaemon(QString program, QStringList arguments, const QProcessEnvironment &environment,
                           int timeoutSeconds)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_environment(environment)
    , m_timeoutSeconds(std::max(1, timeoutSeconds))
{
}

RcloneDaemon::~RcloneDaemon()
{
    stop();
}

bool RcloneDaemon::isRunning()
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == 0)
        return true;
    m_pid = -1;
    stop();
    return false;
}

void RcloneDaemon::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
        m_pid = -1;
    }
    if (m_log >= 0) {
        drainLog();
        ::close(m_log);
        m_log = -1;
    }
    m_port = 0;
}

Status RcloneDaemon::start()
{
    stop();
    const QByteArray user = rcd::randomToken();
    const QByteArray password = rcd::randomToken();
    QProcessEnvironment environment = m_environment;
    environment.insert(u"RCLONE_RC_USER"_s, QString::fromLatin1(user));
    environment.insert(u"RCLONE_RC_PASS"_s, QString::fromLatin1(password));
    const QStringList arguments = QStringList {u"rcd"_s} + m_arguments + QStringList {u"--rc-addr"_s, u"127.0.0.1:0"_s};
    auto child = rcd::spawn(m_program, arguments, environment);
    if (!child)
        return std::unexpected(child.error());
    m_pid = child->pid;
    m_log = child->log;
    m_logTail.clear();
    m_authorization = "Basic " + QByteArray(user + ':' + password).toBase64();
    const qint64 startSeconds = std::max(m_timeoutSeconds, rcd::minimumStartSeconds);
    if (auto listening = waitForPort(QDeadlineTimer(startSeconds * 1000)); !listening) {
        stop();
        return listening;
    }
    return {};
}

Status RcloneDaemon::waitForPort(const QDeadlineTimer &deadline)
{
    static const QRegularExpression serving(u"Serving remote control on http://127\\.0\\.0\\.1:(\\d+)/"_s);
    while (!deadline.hasExpired()) {
        pollfd log {m_log, POLLIN, 0};
        if (::poll(&log, 1, rcd::remainingMs(deadline)) < 0 && errno != EINTR)
            break;
        drainLog();
        if (const auto match = serving.match(QString::fromUtf8(m_logTail)); match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_logTail.clear(); // from here on the tail tells what went wrong with a call
            return {};
        }
        if ((log.revents & (POLLHUP | POLLERR)) != 0 && (log.revents & POLLIN) == 0)
            break; // rclone ended
    }
    return rcd::daemonError(
        u"rclone rcd did not start: %1"_s.arg(rclone::redact(QString::fromUtf8(m_logTail).trimmed())));
}

void RcloneDaemon::drainLog()
{
    std::array<char, 4096> buffer {};
    for (;;) {
        const ssize_t got = ::read(m_log, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return;
        m_logTail.append(buffer.data(), got);
        if (m_logTail.size() > rcd::logTailBytes)
            m_logTail.remove(0, m_logTail.size() - rcd::logTailBytes);
    }
}

Result<QJsonObject> RcloneDaemon::call(const QString &method, const QJsonObject &parameters, qint64 transferBytes)
{
    if (!isRunning()) {
        if (auto started = start(); !started)
            return std::unexpected(started.error());
    }
    const QByteArray body = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    const QByteArray request = "POST /" + method.toUtf8() +
        " HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: " + m_authorization +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const qint64 allowedSeconds = m_timeoutSeconds + std::max<qint64>(0, transferBytes) / rcd::minimumBytesPerSecond;
    auto answer = exchange(request, QDeadlineTimer(allowedSeconds * 1000));
    if (!answer) {
        stop(); // whatever it was doing is abandoned; the next call starts afresh
        return std::unexpected(answer.error());
    }
    return rcd::parseAnswer(method, *answer);
}

Result<QByteArray> RcloneDaemon::exchange(const QByteArray &request, const QDeadlineTimer &deadline)
{
    const rcd::Socket socket;
    if (auto connected = rcd::connectLoopback(socket, m_port); !connected)
        return std::unexpected(connected.error());
    if (auto sent = rcd::sendAll(socket, request); !sent)
        return std::unexpected(sent.error());
    QByteArray answer;
    std::array<char, 16384> buffer {};
    int log = m_log;
    while (!deadline.hasExpired()) {
        // The daemon's log is drained while it works: a full pipe would stop it.
        std::array<pollfd, 2> ready {pollfd {socket.get(), POLLIN, 0}, pollfd {log, POLLIN, 0}};
        if (::poll(ready.data(), ready.size(), rcd::remainingMs(deadline)) < 0 && errno != EINTR)
            return rcd::daemonError(u"Waiting for rclone rcd: "_s + rcd::systemError(errno));
        if (ready[1].revents != 0)
            drainLog();
        if ((ready[1].revents & POLLHUP) != 0 && (ready[1].revents & POLLIN) == 0)
            log = -1; // the daemon ended; poll ignores a negative descriptor
        if (ready[0].revents == 0)
            continue;
        const ssize_t got = ::recv(socket.get(), buffer.data(), buffer.size(), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return rcd::daemonError(u"Reading from rclone rcd: "_s + rcd::systemError(errno));
        if (got == 0)
            return answer; // HTTP/1.0: the daemon closes after its answer
        answer.append(buffer.data(), got);
    }
    const QString tail = rclone::redact(QString::fromUtf8(m_logTail.right(300)).trimmed());
    return rcd::daemonError(u"rclone did not answer in time"_s + (tail.isEmpty() ? u"."_s : u": "_s + tail));
}

} // namespace regiekamer::server::backup
