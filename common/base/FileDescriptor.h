#pragma once

#include <unistd.h>

namespace regiekamer {

// A POSIX file descriptor closed on every way out (files written with open(2) flags Qt does not offer, such as
// O_EXCL | O_NOFOLLOW).
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }
    // Closes now and reports what close(2) says: a delayed write error shows up here on some file systems.
    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

} // namespace regiekamer
