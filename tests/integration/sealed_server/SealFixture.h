#pragma once

#include "ApiRequests.h"
#include "ServerProcess.h"

#include <QtCrypto>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A data directory in sealed mode for the tests: a development mode start with the demo data, then 2-of-3 shares
// dealt with the seal-core code (crypto::ShareFile, shareDealer) and the plain key file destroyed. Keeps what the
// tests need: the share set, the three shares (33 bytes each) and the 32 bytes of every master key version.
struct SealedDataDir
{
    QString shareSet;
    int threshold = 2;
    QList<QCA::SecureArray> shares; // index i+1 at i
    QStringList shareFiles; // the custodians' share files, index i+1 at i (passphrase "custodian passphrase i+1")
    QList<QByteArray> masterKeys; // every version's 32 bytes, read from master.key before it was destroyed
    qint64 adminId = 0;

    // Deals into server.dataDir() (the server must be stopped). Empty on success, else what failed.
    QString create(ServerProcess &server);
    // The body of POST /api/v1/unseal for share `index` (1-based).
    QJsonObject unsealBody(int index) const;
};

// The process's readable memory (/proc/PID/maps and /proc/PID/mem; the server is this test's child): how many of
// `needles` occur in it, and how many bytes were read (0: it could not be read at all).
struct MemorySearch
{
    qint64 bytesRead = 0;
    QList<int> found; // the indexes of the needles found
};
MemorySearch searchProcessMemory(qint64 pid, const QList<QByteArray> &needles);
