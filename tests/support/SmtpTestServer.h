#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real SMTP server for tests: tests/support/smtp_test_server.py (aiosmtpd) on a free loopback port, with a
// certificate for 127.0.0.1 and localhost from a test CA made with the openssl command line. Every message it accepts
// is kept as a file; messages() reads them back in the order they arrived.
class SmtpTestServer
{
public:
    enum class Mode {
        StartTlsRequired, // smtp://: STARTTLS offered and required before MAIL FROM
        ImplicitTls, // smtps://: TLS from the first byte
        PlainNoStartTls, // smtp:// without STARTTLS: a client that requires TLS must send nothing
    };

    struct Message
    {
        QByteArray raw; // the message as received (CRLF line ends)
        QString mailFrom; // envelope sender
        QStringList recipients; // envelope recipients
        bool tls = false; // received over TLS
        bool authenticated = false;
    };

    SmtpTestServer();
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    // Requires AUTH with this user and password (over TLS) from the next start() on.
    void requireAuth(const QString &user, const QString &password);
    // Starts the server (making the test CA on first use) and waits until it accepts connections. False (with the
    // reason in lastError()) when it did not come up.
    bool start(Mode mode);
    void stop();
    bool isRunning() const;

    int port() const { return m_port; }
    QString url() const; // smtp://127.0.0.1:PORT or smtps://127.0.0.1:PORT
    QString caFile() const; // the CA that signed the server's certificate
    QString otherCaFile() const; // a CA that did not: a client trusting only it must refuse the server
    QString directory() const; // where the certificates and messages live
    QString lastError() const { return m_error; }

    QList<Message> messages() const;
    // Waits until at least `count` messages arrived; false on timeout.
    bool waitForMessages(int count, int timeoutMs = 10000) const;

    // "python3" and the script, for a caller that wants to start it otherwise (the bench).
    static QString scriptPath();

private:
    bool makeCertificates();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_auth;
    int m_port = 0;
    Mode m_mode = Mode::StartTlsRequired;
    QString m_error;
};

// The parts of a MIME message the tests look at.
namespace mimeParts {
// The value of header `name` (unfolded, not decoded), empty when absent.
QByteArray header(const QByteArray &raw, const QByteArray &name);
// The decoded body of the first part with this Content-Type (e.g. "text/plain"), of a multipart message.
QByteArray body(const QByteArray &raw, const QByteArray &contentType);
// An RFC 2047 encoded header value decoded to text.
QString decodeWords(const QByteArray &value);
} // namespace mimeParts
