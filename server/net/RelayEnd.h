#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

namespace regiekamer::server::net {

// The guard's end of the socket pair to QHttpServer, with plain non-blocking reads and writes: a write into a side
// that has gone stops the writing, never the reading, so what the server said before it closed (a WebSocket's
// closing frame after a refused message, say) still reaches the client. (QLocalSocket drops what it has not read
// the moment a write fails.)
class RelayEnd : public QObject
{
    Q_OBJECT

public:
    explicit RelayEnd(int descriptor, QObject *parent = nullptr);
    ~RelayEnd() override;

    void write(QByteArrayView bytes); // queued; written as the server side takes it
    qint64 bytesToWrite() const { return m_pending.size(); }
    // Up to `maximum` bytes the server side sent; empty when there is nothing now (or it has closed: see closed()).
    QByteArray read(qint64 maximum);
    void setReading(bool on) { m_readable.setEnabled(on && m_descriptor >= 0); }
    void close();

Q_SIGNALS:
    void readyRead();
    void bytesWritten(); // what was queued has all been taken, after a wait
    void closed(); // the server side has nothing more to say

private:
    void flush();

    int m_descriptor;
    QSocketNotifier m_readable;
    QSocketNotifier m_writable;
    QByteArray m_pending;
    bool m_writing = true;
    bool m_closedSignalled = false;
};

} // namespace regiekamer::server::net
