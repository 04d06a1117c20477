#include "RawHttpsClient.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

RawHttpsClient::RawHttpsClient(const QSslConfiguration &tls, int port, const QHostAddress &from)
    : m_port(port)
{
    m_socket.setSslConfiguration(tls);
    if (!from.isNull())
        m_socket.bind(from);
}

bool RawHttpsClient::open(std::chrono::milliseconds timeout)
{
    m_socket.connectToHostEncrypted(u"127.0.0.1"_s, static_cast<quint16>(m_port));
    return m_socket.waitForEncrypted(static_cast<int>(timeout.count()));
}

void RawHttpsClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

qint64 RawHttpsClient::push(qint64 total, std::chrono::milliseconds timeout)
{
    const QByteArray filler(64 * 1024, 'x');
    const QDeadlineTimer deadline(timeout);
    qint64 sent = 0;
    while (sent < total && isOpen() && !deadline.hasExpired()) {
        if (m_socket.bytesToWrite() < 4 * filler.size()) {
            const qint64 piece = std::min<qint64>(filler.size(), total - sent);
            m_socket.write(filler.first(piece));
            sent += piece;
        }
        m_socket.waitForBytesWritten(50);
        m_received += m_socket.readAll();
    }
    return sent;
}

qint64 RawHttpsClient::pushStep(qint64 total)
{
    static const QByteArray filler(64 * 1024, 'x');
    if (m_pushed < total && isOpen() && m_socket.bytesToWrite() < 2 * filler.size()) {
        const qint64 piece = std::min<qint64>(filler.size(), total - m_pushed);
        m_socket.write(filler.first(piece));
        m_pushed += piece;
    }
    m_received += m_socket.readAll();
    return m_pushed;
}

int RawHttpsClient::readAnswer(QByteArray *body, std::chrono::milliseconds timeout)
{
    return readAnswer(nullptr, body, timeout);
}

int RawHttpsClient::readAnswer(QByteArray *head, QByteArray *body, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        m_received += m_socket.readAll();
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray lowerHead = m_received.first(headEnd).toLower();
            const qsizetype lengthAt = lowerHead.indexOf("content-length:");
            const qsizetype length = lengthAt < 0
                ? 0
                : lowerHead.mid(lengthAt + 15, lowerHead.indexOf('\r', lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toLongLong();
            if (m_received.size() >= headEnd + 4 + length) {
                if (body)
                    *body = m_received.mid(headEnd + 4, length);
                if (head)
                    *head = m_received.first(headEnd);
                const int status = m_received.mid(9, 3).toInt();
                m_received.remove(0, headEnd + 4 + length);
                return status;
            }
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
            return 0;
        m_socket.waitForReadyRead(50);
    }
    return 0;
}

bool RawHttpsClient::waitClosed(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket.waitForReadyRead(50);
        m_received += m_socket.readAll();
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}
