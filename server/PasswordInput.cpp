#include "PasswordInput.h"

#include "ApiError.h"

#include <QStringDecoder>

#include <openssl/crypto.h>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace regiekamer::server::passwordInput {

using namespace Qt::StringLiterals;

namespace {

auto badPassword(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::badRequest), message);
}

// Reads one line from fd into secure memory, without the line end.
Result<QCA::SecureArray> readLine(int fd)
{
    QCA::SecureArray line(maximumBytes + 1);
    int length = 0;
    char byte = 0;
    for (;;) {
        const ssize_t got = ::read(fd, &byte, 1);
        if (got <= 0 || byte == '\n')
            break;
        if (length > maximumBytes)
            continue; // keep reading to the end of the line, but do not store
        line[length++] = byte;
    }
    byte = 0;
    if (length > 0 && line[length - 1] == '\r')
        --length;
    if (length > maximumBytes)
        return badPassword(u"The password is longer than %1 bytes."_s.arg(maximumBytes));
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

} // namespace

Result<QCA::SecureArray> readNewPassword()
{
    if (!::isatty(STDIN_FILENO))
        return readLine(STDIN_FILENO);
    auto first = promptNoEcho("New password: ");
    if (!first)
        return first;
    auto second = promptNoEcho("Repeat the password: ");
    if (!second)
        return second;
    if (first->size() != second->size() ||
        CRYPTO_memcmp(first->constData(), second->constData(), static_cast<size_t>(first->size())) != 0)
        return badPassword(u"The passwords do not match."_s);
    return first;
}

Status checkStrength(const QCA::SecureArray &password)
{
    if (password.size() > maximumBytes)
        return badPassword(u"The password is longer than %1 bytes."_s.arg(maximumBytes));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(QByteArrayView(password.constData(), password.size()));
    const bool valid = !decoder.hasError();
    int characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++characters;
    }
    text.fill(u'\0'); // best effort: the decoded copy does not outlive this function
    if (!valid)
        return badPassword(u"The password is not valid UTF-8."_s);
    if (characters < minimumCharacters)
        return badPassword(u"The password must be at least %1 characters long."_s.arg(minimumCharacters));
    return {};
}

} // namespace regiekamer::server::passwordInput
