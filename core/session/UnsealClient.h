#pragma once

#include "base/Result.h"
#include "net/ApiClient.h"

#include <QObject>
#include <QtCrypto>

#include <functional>

namespace regiekamer::client {

// The server's seal as GET /api/v1/health and POST /api/v1/unseal report it (docs/api.md "Sealed server").
struct SealState
{
    bool sealed = false;
    QString shareSet;
    int threshold = 0;
    int received = 0;
};

// A custodian unsealing the server from the sign-in window (docs/keys.md): the share file is opened here with its
// passphrase (crypto::ShareFile, Argon2id) and only the share travels, over the pinned TLS connection, held in
// QCA::SecureArray and wiped once sent. Every failure arrives translated.
class UnsealClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<SealState>)>;

    explicit UnsealClient(ApiClient *api, QObject *parent = nullptr);

    // Whether the server at this address is sealed, and how many shares it holds.
    void checkHealth(const QString &serverAddress, Callback done);
    // Opens the share file with the passphrase and sends its share; the answer is the seal's new state
    // (sealed == false: the server serves now).
    void submitShareFile(const QString &filePath, const QCA::SecureArray &passphrase, Callback done);
    const SealState &lastState() const { return m_state; }

private:
    struct OpenedShare
    {
        QString shareSet;
        int index = 0;
        QCA::SecureArray share; // the 33 bytes: the index, then the share
    };
    // Reads the file and opens it with crypto::ShareFile off the main thread (Argon2id takes a second or more);
    // done runs on this object's thread.
    void openShareFile(const QString &filePath, const QCA::SecureArray &passphrase,
                       std::function<void(Result<OpenedShare>)> done);
    void send(OpenedShare opened, Callback done);
    Result<SealState> onAnswer(const Result<QJsonObject> &reply, const QString &fileShareSet);

    ApiClient *m_api;
    SealState m_state;
};

} // namespace regiekamer::client
