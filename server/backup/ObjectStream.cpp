#include "backup/ObjectStream.h"

#include <algorithm>
#include <array>

namespace regiekamer::server::backup::objectStream {

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 120'000;
constexpr qint64 pieceBytes = qint64 {64} * 1024;

} // namespace

qint64 readSome(QIODevice &in, char *data, qint64 maxSize)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const qint64 read = in.read(data, maxSize);
        if (read != 0 || maxSize == 0)
            return read;
        // A device that blocks in read() (age's output) or has nothing more (a file, a buffer) says so here.
        if (!in.waitForReadyRead(waitMs))
            return 0;
    }
    return 0;
}

QByteArray readUpTo(QIODevice &in, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 read = readSome(in, bytes.data() + done, size - done);
        if (read <= 0)
            break;
        done += read;
    }
    bytes.truncate(done);
    return bytes;
}

Result<QByteArray> readLine(QIODevice &in, qsizetype maxLength)
{
    QByteArray line;
    for (char c = 0; line.size() <= maxLength;) {
        if (readSome(in, &c, 1) != 1)
            return fail(u"backup_object"_s, u"the stream ends inside the header line"_s);
        if (c == '\n')
            return line;
        line.append(c);
    }
    return fail(u"backup_object"_s, u"the header line is longer than %1 bytes"_s.arg(maxLength));
}

Status writeAll(QIODevice &out, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = out.write(bytes.data() + done, bytes.size() - done);
        if (written <= 0)
            return fail(u"backup_object"_s, u"cannot write the object: %1"_s.arg(out.errorString()));
        done += written;
    }
    return {};
}

SectionIn::SectionIn(QIODevice &in, qint64 size, Observer observe)
    : m_in(in)
    , m_remaining(size)
    , m_observe(std::move(observe))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 SectionIn::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + std::min(m_remaining, m_in.bytesAvailable());
}

qint64 SectionIn::readData(char *data, qint64 maxSize)
{
    if (m_remaining == 0)
        return -1;
    const qint64 read = readSome(m_in, data, std::min(maxSize, m_remaining));
    if (read <= 0) {
        setErrorString(u"the object ends inside a section"_s);
        return -1;
    }
    m_remaining -= read;
    m_observe(QByteArrayView(data, read));
    return read;
}

bool SectionIn::skipRest()
{
    std::array<char, pieceBytes> piece {};
    while (m_remaining > 0) {
        if (read(piece.data(), std::min(m_remaining, pieceBytes)) <= 0)
            return false;
    }
    return true;
}

SectionOut::SectionOut(QIODevice &out, qint64 size, Observer observe)
    : m_out(out)
    , m_size(size)
    , m_observe(std::move(observe))
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SectionOut::writeData(const char *data, qint64 size)
{
    if (size > m_size - m_written) {
        m_overflowed = true;
        setErrorString(u"more bytes than the section declares"_s);
        return -1;
    }
    if (auto written = writeAll(m_out, QByteArrayView(data, size)); !written) {
        setErrorString(written.error().message);
        return -1;
    }
    m_observe(QByteArrayView(data, size));
    m_written += size;
    return size;
}

} // namespace regiekamer::server::backup::objectStream
