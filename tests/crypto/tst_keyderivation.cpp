#include "crypto/Argon2id.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureCompare.h"

#include <QTest>
#include <QtCrypto>

using namespace regiekamer::crypto;

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(QByteArray(digits));
}

} // namespace

class TestKeyDerivation : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;

private Q_SLOTS:
    void hkdfRfc5869_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QByteArray>("okm");
        QTest::newRow("test case 1")
            << QByteArray(22, '\x0b') << hex("000102030405060708090a0b0c") << hex("f0f1f2f3f4f5f6f7f8f9")
            << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        QTest::newRow("test case 3: empty salt and info")
            << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
            << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    void hkdfRfc5869()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(QByteArray, okm);
        const QCA::SecureArray derived = hkdfSha256(QCA::SecureArray(ikm), salt, info, static_cast<int>(okm.size()));
        QCOMPARE(derived.toByteArray().toHex(), okm.toHex());
    }

    void hkdfSeparatesByInfoAndLength()
    {
        const QCA::SecureArray master = randomKey();
        const auto a = hkdfSha256(master, "salt", "registrations.email", 32).toByteArray();
        const auto b = hkdfSha256(master, "salt", "registrations.phone", 32).toByteArray();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QCOMPARE(hkdfSha256(master, "salt", "registrations.email", 64).toByteArray().left(32), a);
    }

    void hkdfRefusesImpossibleLengths()
    {
        const QCA::SecureArray master = randomKey();
        QVERIFY(hkdfSha256(master, {}, {}, 0).isEmpty());
        QVERIFY(hkdfSha256(master, {}, {}, -1).isEmpty());
        QVERIFY(hkdfSha256(master, {}, {}, 255 * 32 + 1).isEmpty());
        QCOMPARE(hkdfSha256(master, {}, {}, 255 * 32).size(), 255 * 32);
    }

    void hmacRfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("test case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                     << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("test case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                     << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    void hmacRfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, mac);
        QCOMPARE(hmacSha256(QCA::SecureArray(key), message).toHex(), mac.toHex());
    }

    void hmacIsKeyed()
    {
        const QByteArray email = "ada@example.org";
        const auto withA = hmacSha256(randomKey(), email);
        const auto withB = hmacSha256(randomKey(), email);
        QCOMPARE(withA.size(), 32);
        QVERIFY(withA != withB);
        QVERIFY(hmacSha256(QCA::SecureArray(), email).isEmpty());
    }

    void randomKeysDiffer()
    {
        const auto a = randomKey(), b = randomKey();
        QCOMPARE(a.size(), 32);
        QCOMPARE(randomKey(16).size(), 16);
        QVERIFY(a.toByteArray() != b.toByteArray());
        QVERIFY(randomKey(0).isEmpty());
    }

    void constantTimeEqualsCompares()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(constantTimeEquals({}, {}));
        QVERIFY(constantTimeEquals(QByteArray(), QByteArray("")));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "bbc"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(!constantTimeEquals("abc", {}));
        QByteArray zeros(64, '\0'), almost(64, '\0');
        almost[63] = 1;
        QVERIFY(!constantTimeEquals(zeros, almost));
    }

    void argon2idDependsOnEveryInput()
    {
        const QCA::SecureArray password(QByteArray("correct horse"));
        const Argon2Parameters cheap {64, 1, 1};
        const auto base = argon2id(password, "saltsaltsaltsalt", cheap, 32);
        QVERIFY(base);
        QCOMPARE(base->size(), 32);
        const auto otherSalt = argon2id(password, "saltsaltsaltsalT", cheap, 32);
        const auto otherPassword =
            argon2id(QCA::SecureArray(QByteArray("correct horsE")), "saltsaltsaltsalt", cheap, 32);
        const auto otherCost = argon2id(password, "saltsaltsaltsalt", Argon2Parameters {64, 2, 1}, 32);
        QVERIFY(otherSalt && otherPassword && otherCost);
        QVERIFY(base->toByteArray() != otherSalt->toByteArray());
        QVERIFY(base->toByteArray() != otherPassword->toByteArray());
        QVERIFY(base->toByteArray() != otherCost->toByteArray());
        QCOMPARE(argon2id(password, "saltsaltsaltsalt", cheap, 32)->toByteArray(), base->toByteArray());
        QVERIFY(argon2id(QCA::SecureArray(), "saltsaltsaltsalt", cheap, 32));
        QVERIFY(!argon2id(password, "saltsaltsaltsalt", cheap, 0));
        QVERIFY(!argon2id(password, "short", cheap, 32)); // RFC 9106 requires at least 8 bytes of salt
    }
};

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "tst_keyderivation.moc"
