#include "net/RelayEnd.h"

#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace regiekamer::server::net {

RelayEnd::RelayEnd(int descriptor, QObject *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_readable(descriptor, QSocketNotifier::Read)
    , m_writable(descriptor, QSocketNotifier::Write)
{
    m_writable.setEnabled(false);
    connect(&m_readable, &QSocketNotifier::activated, this, &RelayEnd::readyRead);
    connect(&m_writable, &QSocketNotifier::activated, this, [this] {
        flush();
        if (m_pending.isEmpty())
            Q_EMIT bytesWritten();
    });
}

RelayEnd::~RelayEnd()
{
    close();
}

void RelayEnd::write(QByteArrayView bytes)
{
    if (!m_writing)
        return; // the server side has gone; what the client still sends has nowhere to go
    m_pending.append(bytes);
    flush();
}

void RelayEnd::flush()
{
    while (!m_pending.isEmpty() && m_writing) {
        const ssize_t written = ::send(m_descriptor, m_pending.constData(), m_pending.size(), MSG_NOSIGNAL);
        if (written > 0) {
            m_pending.remove(0, written);
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        m_writing = false; // gone (EPIPE, ECONNRESET): reading goes on until the end of what it sent
        m_pending.clear();
    }
    m_writable.setEnabled(!m_pending.isEmpty() && m_writing);
}

QByteArray RelayEnd::read(qint64 maximum)
{
    if (m_descriptor < 0)
        return {};
    QByteArray bytes(maximum, Qt::Uninitialized);
    ssize_t got = -1;
    do {
        got = ::recv(m_descriptor, bytes.data(), bytes.size(), MSG_DONTWAIT);
    } while (got < 0 && errno == EINTR);
    if (got > 0) {
        bytes.truncate(got);
        return bytes;
    }
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return {};
    // The end of what it sent, or a reset: either way nothing more comes.
    m_readable.setEnabled(false);
    if (!std::exchange(m_closedSignalled, true))
        QTimer::singleShot(0, this, &RelayEnd::closed);
    return {};
}

void RelayEnd::close()
{
    if (m_descriptor < 0)
        return;
    m_readable.setEnabled(false);
    m_writable.setEnabled(false);
    ::close(m_descriptor);
    m_descriptor = -1;
    m_writing = false;
    m_pending.clear();
}

} // namespace regiekamer::server::net
