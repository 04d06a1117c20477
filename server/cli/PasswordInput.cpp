#include "cli/PasswordInput.h"

#include "auth/PasswordPolicy.h"
#include "base/ApiError.h"

#include <openssl/crypto.h>

#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace regiekamer::server::passwordInput {

using namespace Qt::StringLiterals;

namespace {

auto badPassword(const QString &message)
{
    return badRequest(message);
}

// Reads one line from fd into secure memory, without the line end.
Result<QCA::SecureArray> readLine(int fd)
{
    QCA::SecureArray line(passwordPolicy::maximumBytes + 1);
    int length = 0;
    char byte = 0;
    for (;;) {
        const ssize_t got = ::read(fd, &byte, 1);
        if (got <= 0 || byte == '\n')
            break;
        if (length > passwordPolicy::maximumBytes)
            continue; // keep reading to the end of the line, but do not store
        line[length++] = byte;
    }
    byte = 0;
    if (length > 0 && line[length - 1] == '\r')
        --length;
    if (length > passwordPolicy::maximumBytes)
        return badPassword(u"The password is longer than %1 bytes."_s.arg(passwordPolicy::maximumBytes));
    QCA::SecureArray result(length);
    for (int i = 0; i < length; ++i)
        result[i] = line[i];
    return result;
}

Result<QCA::SecureArray> promptNoEcho(const char *prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios saved {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    auto line = readLine(STDIN_FILENO);
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return line;
}

Result<QCA::SecureArray> readTwice(const char *prompt, const char *repeatPrompt)
{
    auto first = promptNoEcho(prompt);
    if (!first)
        return first;
    auto second = promptNoEcho(repeatPrompt);
    if (!second)
        return second;
    if (first->size() != second->size() ||
        CRYPTO_memcmp(first->constData(), second->constData(), static_cast<size_t>(first->size())) != 0)
        return badPassword(u"The entries do not match."_s);
    return first;
}

} // namespace

Result<QCA::SecureArray> readNewPassword()
{
    if (!::isatty(STDIN_FILENO))
        return readLine(STDIN_FILENO);
    return readTwice("New password: ", "Repeat the password: ");
}

Result<QCA::SecureArray> readPassphrase(const QString &file, const QString &prompt, bool confirm)
{
    if (!file.isEmpty()) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return badPassword(u"Cannot read the passphrase file %1."_s.arg(file));
        auto line = readLine(fd);
        ::close(fd);
        return line;
    }
    if (!::isatty(STDIN_FILENO))
        return readLine(STDIN_FILENO);
    const QByteArray text = (prompt + u": "_s).toUtf8();
    if (!confirm)
        return promptNoEcho(text.constData());
    return readTwice(text.constData(), "Repeat it: ");
}

} // namespace regiekamer::server::passwordInput
