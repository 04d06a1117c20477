#include "SealFixture.h"

#include "crypto/ShareFile.h"
#include "keys/MasterKey.h"
#include "keys/ShareDealer.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

QString SealedDataDir::create(ServerProcess &server)
{
    const QString dataDir = server.dataDir();
    const QString keyPath = QDir(dataDir).filePath(MasterKey::defaultFileName);
    auto master = MasterKey::load(keyPath);
    if (!master || !*master)
        return u"no master key file"_s;
    for (const int version : (*master)->versions())
        masterKeys.append((*master)->key(version)->toByteArray());
    QList<shareDealer::Seat> seats;
    QList<QCA::SecureArray> passphrases;
    for (int i = 1; i <= 3; ++i) {
        const QString passphrase = u"custodian passphrase %1"_s.arg(i);
        passphrases.append(QCA::SecureArray(passphrase.toUtf8()));
        seats.append({adminId, u"custodian%1@example.org"_s.arg(i), QCA::SecureArray(passphrase.toUtf8()),
                      QDir::cleanPath(QDir(dataDir).filePath(u"../custodian%1.share"_s.arg(i)))});
    }
    // Cheap Argon2id: the test is about the server, not the share files' strength.
    auto deal = shareDealer::deal(seats, threshold, crypto::Argon2Parameters {19456, 2, 1});
    if (!deal)
        return deal.error().message;
    if (auto written = shareDealer::write(dataDir, *deal, **master); !written)
        return written.error().message;
    if (auto destroyed = shareDealer::destroyPlainKeyFile(keyPath); !destroyed)
        return destroyed.error().message;
    shareSet = deal->config.shareSet;
    shareFiles = deal->paths;
    for (int i = 0; i < deal->files.size(); ++i) {
        auto share = deal->files.at(i).open(passphrases.at(i));
        if (!share)
            return share.error().message;
        shares.append(*share);
    }
    return {};
}

QJsonObject SealedDataDir::unsealBody(int index) const
{
    return {{"shareSet"_L1, shareSet},
            {"index"_L1, index},
            {"share"_L1, QString::fromLatin1(shares.at(index - 1).toByteArray().toBase64())}};
}

MemorySearch searchProcessMemory(qint64 pid, const QList<QByteArray> &needles)
{
    MemorySearch result;
    QFile maps(u"/proc/%1/maps"_s.arg(pid));
    QFile memory(u"/proc/%1/mem"_s.arg(pid));
    if (!maps.open(QIODevice::ReadOnly) || !memory.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return result;
    QSet<int> found;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r'))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        bool okStart = false;
        bool okEnd = false;
        const quint64 start = range.value(0).toULongLong(&okStart, 16);
        const quint64 end = range.value(1).toULongLong(&okEnd, 16);
        if (!okStart || !okEnd || end <= start || fields.value(5) == "[vvar]" || fields.value(5) == "[vsyscall]")
            continue;
        if (!memory.seek(static_cast<qint64>(start)))
            continue;
        const QByteArray bytes = memory.read(static_cast<qint64>(end - start));
        result.bytesRead += bytes.size();
        for (int i = 0; i < needles.size(); ++i) {
            if (bytes.contains(needles.at(i)))
                found.insert(i);
        }
    }
    result.found = found.values();
    std::sort(result.found.begin(), result.found.end());
    return result;
}
