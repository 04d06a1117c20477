// The caches of data keys (issue 19): the key store's and the field cipher's are bounded, wiped on a rotation and on
// wipeCachedKeys(), lose a subject's key when it is destroyed (erasure), and never hand one subject's key out for
// another; ReadKeys asks for each key once per read.
#include "CipherTestSupport.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "keys/ReadKeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

// A fresh database with its keys, as after a first start.
struct Start
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<test::TestCipher> keys;

    bool open()
    {
        auto opened = Database::open(dir.path());
        if (!opened)
            return false;
        database = std::move(*opened);
        keys = test::TestCipher::open(*database, dir.path());
        return keys != nullptr;
    }
};

class TestKeyCache : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;

    // A value sealed under subject `id`'s key, bound to users/display_name/id.
    static QByteArray sealedFor(FieldCipher &cipher, qint64 id)
    {
        auto key = cipher.subjectKey(id);
        return key ? FieldCipher::seal(*key, u"Subject %1"_s.arg(id), "users", "display_name", id) : QByteArray();
    }
    static Result<QString> openAs(const FieldCipher::Key &key, const QByteArray &sealed, qint64 id)
    {
        return FieldCipher::open(key, sealed, "users", "display_name", id);
    }

private Q_SLOTS:
    void fieldCipherCacheIsBoundedAndStillRight()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        FieldCipher cipher(*keys->keys, 3);
        QList<QByteArray> sealed;
        for (qint64 id = 1; id <= 10; ++id) {
            sealed.append(sealedFor(cipher, id));
            QVERIFY(!sealed.last().isEmpty());
            QVERIFY(cipher.cachedKeyCount() <= 3);
        }
        // Evicted and asked again, in another order: every key still opens only its own subject's value.
        for (qint64 id : {7, 2, 9, 1, 10, 3, 2, 8}) {
            auto key = cipher.subjectKey(id);
            QVERIFY(key);
            auto own = openAs(*key, sealed.at(id - 1), id);
            QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
            QCOMPARE(*own, u"Subject %1"_s.arg(id));
            const qint64 other = id % 10 + 1;
            QVERIFY(!openAs(*key, sealed.at(other - 1), other)); // another subject's key: never opens
            QVERIFY(cipher.cachedKeyCount() <= 3);
        }
    }

    void heldKeyOutlivesEviction()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        FieldCipher cipher(*keys->keys, 1);
        const QByteArray first = sealedFor(cipher, 1);
        auto held = cipher.subjectKey(1);
        QVERIFY(held);
        QVERIFY(!sealedFor(cipher, 2).isEmpty()); // evicts subject 1 from the cache
        QCOMPARE(cipher.cachedKeyCount(), std::size_t(1));
        QCOMPARE(openAs(*held, first, 1).value_or(QString()), u"Subject 1"_s);
    }

    void keyStoreCacheIsBounded()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        Transaction transaction(*start.database); // one commit for all the new keys
        const auto count = static_cast<qint64>(KeyStore::maxCachedKeys) + 20;
        for (qint64 id = 1; id <= count; ++id)
            QVERIFY(keys->keys->subjectKey(id));
        QVERIFY(transaction.commit());
        QCOMPARE(keys->keys->cachedKeyCount(), KeyStore::maxCachedKeys);
        QVERIFY(keys->keys->subjectKey(1)); // evicted, unwrapped again
    }

    void wipedOnRotationAndOnWipe()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        FieldCipher &cipher = *keys->cipher;
        const QByteArray sealed = sealedFor(cipher, 4);
        QVERIFY(cipher.organisationKey(1));
        QVERIFY(cipher.cachedKeyCount() >= 2);
        QVERIFY(keys->keys->cachedKeyCount() >= 2);
        keys->keys->wipeCachedKeys();
        QCOMPARE(cipher.cachedKeyCount(), std::size_t(0));
        QCOMPARE(keys->keys->cachedKeyCount(), std::size_t(0));
        // A rotation hands the key store its new master key: every key unwrapped under the old one goes.
        QVERIFY(cipher.subjectKey(4));
        auto master = MasterKey::load(keys->keys->masterKeyPath());
        QVERIFY(master && *master);
        keys->keys->useMasterKey(std::move(**master));
        QCOMPARE(cipher.cachedKeyCount(), std::size_t(0));
        QCOMPARE(keys->keys->cachedKeyCount(), std::size_t(0));
        auto again = cipher.subjectKey(4); // unwrapped again: the same key
        QVERIFY(again);
        QCOMPARE(openAs(*again, sealed, 4).value_or(QString()), u"Subject 4"_s);
    }

    void erasureRemovesTheSubjectsKey()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        FieldCipher &cipher = *keys->cipher;
        const QByteArray erased = sealedFor(cipher, 5), kept = sealedFor(cipher, 6);
        const std::size_t before = cipher.cachedKeyCount(), storeBefore = keys->keys->cachedKeyCount();
        QVERIFY(keys->keys->destroySubjectKey(5));
        QCOMPARE(cipher.cachedKeyCount(), before - 1);
        QCOMPARE(keys->keys->cachedKeyCount(), storeBefore - 1);
        auto fresh = cipher.subjectKey(5); // a new, unrelated key
        QVERIFY(fresh);
        QVERIFY(!openAs(*fresh, erased, 5));
        auto other = cipher.subjectKey(6);
        QVERIFY(other);
        QCOMPARE(openAs(*other, kept, 6).value_or(QString()), u"Subject 6"_s);
    }

    void aCipherGoneIsNoLongerTold()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        {
            FieldCipher shortLived(*keys->keys, 4);
            QVERIFY(!sealedFor(shortLived, 8).isEmpty());
        } // removed itself from the key store's listeners
        QVERIFY(keys->keys->destroySubjectKey(8));
        keys->keys->wipeCachedKeys();
    }

    void readKeysAskOncePerKeyAndRead()
    {
        Start start;
        QVERIFY(start.open());
        auto &keys = start.keys;
        FieldCipher &cipher = *keys->cipher;
        const QByteArray one = sealedFor(cipher, 1), two = sealedFor(cipher, 2);
        ReadKeys read(cipher);
        for (int row = 0; row < 100; ++row) {
            auto first = read.subject(1), second = read.subject(2), organisation = read.organisation(1);
            QVERIFY(first && second && organisation);
            QCOMPARE(openAs(*first, one, 1).value_or(QString()), u"Subject 1"_s);
            QCOMPARE(openAs(*second, two, 2).value_or(QString()), u"Subject 2"_s);
            QVERIFY(!openAs(*first, two, 2));
            QVERIFY(!openAs(*organisation, one, 1));
        }
        QCOMPARE(read.lookups(), 3);
        QVERIFY(!read.key(KeyStore::Scope::Index, 1)); // the index key seals no fields
    }
};

QTEST_GUILESS_MAIN(TestKeyCache)
#include "tst_keycache.moc"
