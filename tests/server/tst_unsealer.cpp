// The sealed keyring and its Unsealer: k - 1 shares are not enough, k open master.key.sealed to the original master
// key; a foreign, damaged, unknown, malformed or repeated share is named and nothing of it is kept; seal.json round
// trips; a key store opened on the master key in memory works and refuses to reload a version it does not hold.
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Shamir.h"
#include "crypto/ShareFile.h"
#include "db/Database.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "keys/SealConfig.h"
#include "keys/SealedKeyring.h"
#include "keys/Unsealer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

QString newSet()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A sealed data directory's files: seal.json and master.key.sealed for a 3-of-5 (or k-of-n) deal.
struct Deal
{
    SealConfig config;
    QList<QCA::SecureArray> shares;
};

Deal deal(const QString &dataDir, const MasterKey &master, int k, int n)
{
    const QCA::SecureArray unsealKey = crypto::randomKey(32);
    Deal result;
    result.config = SealConfig {newSet(), k, n, QDateTime::currentDateTimeUtc(), {}};
    result.shares = *crypto::shamir::split(unsealKey, k, n);
    for (const QCA::SecureArray &share : result.shares) {
        const int index = static_cast<unsigned char>(share[0]);
        result.config.slots.append(
            ShareSlot {index, 100 + index, QCryptographicHash::hash(share.toByteArray(), QCryptographicHash::Sha256)});
    }
    if (!sealedKeyring::write(SealConfig::sealedKeyringPath(dataDir), master, unsealKey, result.config.shareSet))
        qWarning("cannot write the sealed keyring");
    return result;
}

Unsealer::Submission submission(const Deal &deal, int position)
{
    const QCA::SecureArray &share = deal.shares.at(position);
    return {deal.config.shareSet, static_cast<unsigned char>(share[0]), share};
}

MasterKey twoVersions(const QString &path)
{
    MasterKey master(path);
    master.addRandomKey(1);
    master.addRandomKey(2);
    return master;
}

} // namespace

class TestUnsealer : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString keyringPath() const { return SealConfig::sealedKeyringPath(m_dir->path()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void kMinusOneSharesAreNotEnoughKAre()
    {
        const MasterKey master = twoVersions(m_dir->filePath(u"master.key"_s));
        const Deal dealt = deal(m_dir->path(), master, 3, 5);
        Unsealer unsealer(dealt.config, keyringPath());
        for (int position : {4, 1}) {
            auto progress = unsealer.add(submission(dealt, position));
            QVERIFY2(progress, qPrintable(progress ? QString() : progress.error().message));
            QCOMPARE(progress->threshold, 3);
        }
        QCOMPARE(unsealer.progress().received, 2);
        QVERIFY(!unsealer.complete());
        QVERIFY(!unsealer.unseal());
        // The failed attempt kept the shares it had: not by design of unseal(), which refuses before combining.
        QCOMPARE(unsealer.progress().received, 2);
        QVERIFY(unsealer.add(submission(dealt, 2)));
        QVERIFY(unsealer.complete());
        auto opened = unsealer.unseal();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->versions(), master.versions());
        QCOMPARE(opened->contents().toByteArray(), master.contents().toByteArray());
        QCOMPARE(opened->key(2)->toByteArray(), master.key(2)->toByteArray());
        QCOMPARE(opened->path(), keyringPath());
        QCOMPARE(unsealer.progress().received, 0); // wiped once combined
    }

    void sealedKeyringIsOwnerOnlyAndHoldsNoKeyInPlain()
    {
        const MasterKey master = twoVersions(m_dir->filePath(u"master.key"_s));
        deal(m_dir->path(), master, 2, 3);
        QFile file(keyringPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains(master.key(1)->toByteArray().toBase64()));
        QVERIFY(!stored.contains(master.key(1)->toByteArray()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void foreignShareNamesBothSets()
    {
        const MasterKey master = twoVersions(m_dir->filePath(u"master.key"_s));
        const Deal old = deal(m_dir->path(), master, 2, 3);
        const Deal current = deal(m_dir->path(), master, 2, 3);
        Unsealer unsealer(current.config, keyringPath());
        auto refused = unsealer.add(submission(old, 0));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"share_foreign"_s);
        QVERIFY(refused.error().message.contains(old.config.shareSet));
        QVERIFY(refused.error().message.contains(current.config.shareSet));
        // A share of the old set presented as the current set's is a wrong share for that index.
        Unsealer::Submission disguised = submission(old, 0);
        disguised.shareSet = current.config.shareSet;
        refused = unsealer.add(disguised);
        QCOMPARE(refused.error().code, u"share_wrong"_s);
        QCOMPARE(unsealer.progress().received, 0);
    }

    void damagedShareIsNamedWithItsIndexAndCustodian()
    {
        const Deal dealt = deal(m_dir->path(), twoVersions(m_dir->filePath(u"master.key"_s)), 2, 3);
        Unsealer unsealer(dealt.config, keyringPath());
        Unsealer::Submission damaged = submission(dealt, 1);
        damaged.share = QCA::SecureArray(dealt.shares.at(1).toByteArray());
        damaged.share[20] = static_cast<char>(damaged.share[20] ^ 0x40);
        auto refused = unsealer.add(damaged);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"share_wrong"_s);
        QVERIFY2(refused.error().message.contains(u"Share 2"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"custodian user 102"_s));
        QCOMPARE(unsealer.progress().received, 0);
        // The right shares still unseal afterwards.
        QVERIFY(unsealer.add(submission(dealt, 1)));
        QVERIFY(unsealer.add(submission(dealt, 0)));
        QVERIFY(unsealer.unseal());
    }

    void repeatedUnknownAndMalformedSharesAreRefused()
    {
        const Deal dealt = deal(m_dir->path(), twoVersions(m_dir->filePath(u"master.key"_s)), 3, 3);
        Unsealer unsealer(dealt.config, keyringPath());
        QVERIFY(unsealer.add(submission(dealt, 0)));
        auto repeated = unsealer.add(submission(dealt, 0));
        QCOMPARE(repeated.error().code, u"share_repeated"_s);
        QVERIFY(repeated.error().message.contains(u"Share 1"_s));

        Unsealer::Submission wrongIndex = submission(dealt, 1);
        wrongIndex.index = 3; // the index byte says 2
        QCOMPARE(unsealer.add(wrongIndex).error().code, u"share_malformed"_s);
        Unsealer::Submission shortShare = submission(dealt, 1);
        shortShare.share = QCA::SecureArray(32, 2);
        QCOMPARE(unsealer.add(shortShare).error().code, u"share_malformed"_s);

        SealConfig fewerSlots = dealt.config;
        fewerSlots.slots.removeLast();
        Unsealer partial(fewerSlots, keyringPath());
        QCOMPARE(partial.add(submission(dealt, 2)).error().code, u"share_unknown"_s);
        QCOMPARE(unsealer.progress().received, 1);
    }

    void resetWipesEverything()
    {
        const Deal dealt = deal(m_dir->path(), twoVersions(m_dir->filePath(u"master.key"_s)), 2, 3);
        Unsealer unsealer(dealt.config, keyringPath());
        QVERIFY(unsealer.add(submission(dealt, 0)));
        unsealer.reset();
        QCOMPARE(unsealer.progress().received, 0);
        QVERIFY(unsealer.add(submission(dealt, 0))); // not repeated any more
    }

    void changedKeyringIsRefused()
    {
        const Deal dealt = deal(m_dir->path(), twoVersions(m_dir->filePath(u"master.key"_s)), 2, 3);
        QFile file(keyringPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray contents = file.readAll();
        const qsizetype at = contents.indexOf('\n') + 10;
        contents[at] = contents[at] == 'A' ? 'B' : 'A';
        file.seek(0);
        file.write(contents);
        file.close();
        Unsealer unsealer(dealt.config, keyringPath());
        QVERIFY(unsealer.add(submission(dealt, 0)));
        QVERIFY(unsealer.add(submission(dealt, 2)));
        auto opened = unsealer.unseal();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"unseal_failed"_s);
        QCOMPARE(unsealer.progress().received, 0);
    }

    void sealConfigRoundTripsAndStaysOwnerOnly()
    {
        const Deal dealt = deal(m_dir->path(), twoVersions(m_dir->filePath(u"master.key"_s)), 2, 3);
        QVERIFY(!*SealConfig::load(m_dir->path())); // no seal.json yet: development mode
        QVERIFY(dealt.config.save(m_dir->path()));
        auto loaded = SealConfig::load(m_dir->path());
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->shareSet, dealt.config.shareSet);
        QCOMPARE((*loaded)->threshold, 2);
        QCOMPARE((*loaded)->shares, 3);
        QCOMPARE((*loaded)->slots, dealt.config.slots);
        QCOMPARE((*loaded)->dealtAt.toSecsSinceEpoch(), dealt.config.dealtAt.toSecsSinceEpoch());
        QCOMPARE(QFile::permissions(SealConfig::path(m_dir->path())) & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
        QFile file(SealConfig::path(m_dir->path()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"format":"regiekamer-seal/1","shareSet":"x"})");
        file.close();
        QVERIFY(!SealConfig::load(m_dir->path()));
    }

    void fromContentsReadsTheKeyFileFormat()
    {
        const MasterKey master = twoVersions(m_dir->filePath(u"master.key"_s));
        auto copy = MasterKey::fromContents(u"memory"_s, master.contents());
        QVERIFY(copy);
        QCOMPARE(copy->versions(), QList<int>({1, 2}));
        QCOMPARE(copy->key(1)->toByteArray(), master.key(1)->toByteArray());
        // Never written in plain form, not even over the file it came from.
        QVERIFY(!copy->save());
        QVERIFY(!QFile::exists(u"memory"_s));
        // Never written in plain form, not even over the file it came from.
        QVERIFY(!copy->save());
        QVERIFY(!QFile::exists(u"memory"_s));
        QVERIFY(!MasterKey::fromContents(u"memory"_s, QCA::SecureArray(QByteArray("1 short\n"))));
        QVERIFY(!MasterKey::fromContents(u"memory"_s, QCA::SecureArray(QByteArray("# nothing\n"))));
    }

    void keyStoreOpensOnTheKeyInMemory()
    {
        auto database = Database::open(m_dir->path());
        QVERIFY(database);
        audit::AuditLog log(**database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        const QString plainPath = m_dir->filePath(u"master.key"_s);
        QByteArray subjectKey;
        {
            auto store = KeyStore::open(**database, plainPath);
            QVERIFY(store);
            QVERIFY(audit::initialiseKeys(**store, log, u"test"_s));
            subjectKey = (*store)->subjectKey(7)->toByteArray();
        }
        auto plain = MasterKey::load(plainPath);
        QVERIFY(plain && *plain);
        const Deal dealt = deal(m_dir->path(), **plain, 2, 3);
        QVERIFY(QFile::remove(plainPath));

        Unsealer unsealer(dealt.config, keyringPath());
        QVERIFY(unsealer.add(submission(dealt, 0)));
        QVERIFY(unsealer.add(submission(dealt, 1)));
        auto master = unsealer.unseal();
        QVERIFY(master);
        auto store = KeyStore::open(**database, std::move(*master));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QVERIFY((*store)->hasMasterKey());
        QCOMPARE((*store)->subjectKey(7)->toByteArray(), subjectKey);

        // Another process rotates: version 2 appears in the database; the sealed store cannot reload it.
        MasterKey rotated = **plain;
        rotated.addRandomKey(2);
        QVERIFY(masterVersions::addCurrent(**database, rotated, 2));
        auto refused = (*store)->subjectKey(8);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"the key file is sealed: seal and unseal the server after a "
                                                  "rotation"_s,
                                                  Qt::CaseInsensitive),
                 qPrintable(refused.error().message));

        // A wrong key in memory is refused at open, as a wrong file is.
        MasterKey wrong(u"memory"_s);
        wrong.addRandomKey(1);
        QVERIFY(!KeyStore::open(**database, std::move(wrong)));
    }
};

QTEST_GUILESS_MAIN(TestUnsealer)
#include "tst_unsealer.moc"
