#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>

// Reading and writing an object's plaintext stream in pieces: exact reads from devices that deliver as they can
// (a file, a buffer, age's stdout), and the devices a section's source and sink see, which keep them to the
// section's declared size and let the object's hash and MACs see every byte.
namespace regiekamer::server::backup::objectStream {

using Observer = std::function<void(QByteArrayView bytes)>;

// Up to `maxSize` bytes, waiting for a device that has none yet; 0 at the end, -1 on an error.
qint64 readSome(QIODevice &in, char *data, qint64 maxSize);
// Exactly `size` bytes; fewer only at the end of the stream (the caller calls that truncated).
QByteArray readUpTo(QIODevice &in, qint64 size);
// One line without its '\n'; an error when there is no '\n' within `maxLength` bytes or before the end.
Result<QByteArray> readLine(QIODevice &in, qsizetype maxLength);
// Writes all of `bytes` or fails with the device's error.
Status writeAll(QIODevice &out, QByteArrayView bytes);

// What a section's sink reads from: at most the section's size of the underlying stream, each byte observed.
class SectionIn final : public QIODevice
{
public:
    SectionIn(QIODevice &in, qint64 size, Observer observe);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override { return m_remaining == 0; }
    qint64 remaining() const { return m_remaining; }
    // Reads what the sink left of the section; false when the stream ended first.
    bool skipRest();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_in;
    qint64 m_remaining;
    Observer m_observe;
};

// What a section's source writes to: passed on to the object's stream and observed, refusing bytes beyond the
// section's size.
class SectionOut final : public QIODevice
{
public:
    SectionOut(QIODevice &out, qint64 size, Observer observe);
    bool isSequential() const override { return true; }
    qint64 written() const { return m_written; }
    bool overflowed() const { return m_overflowed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_out;
    qint64 m_size;
    qint64 m_written = 0;
    bool m_overflowed = false;
    Observer m_observe;
};

} // namespace regiekamer::server::backup::objectStream
