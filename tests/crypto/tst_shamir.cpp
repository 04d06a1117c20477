// Shamir's secret sharing over GF(256) (libgfshare): any k of n shares give the secret back, k - 1 give another
// value, and what combine() can tell is wrong (too few, repeated or zero indices, mixed lengths) is refused.
#include "crypto/KeyDerivation.h"
#include "crypto/Shamir.h"

#include <QTest>
#include <QtCrypto>

using namespace regiekamer::crypto;

namespace {

// Every subset of `count` elements of 0..n-1, as index lists.
QList<QList<int>> subsets(int n, int count)
{
    QList<QList<int>> result;
    for (int mask = 0; mask < (1 << n); ++mask) {
        if (__builtin_popcount(static_cast<unsigned>(mask)) != count)
            continue;
        QList<int> members;
        for (int bit = 0; bit < n; ++bit) {
            if (mask & (1 << bit))
                members.append(bit);
        }
        result.append(members);
    }
    return result;
}

QList<QCA::SecureArray> pick(const QList<QCA::SecureArray> &shares, const QList<int> &positions)
{
    QList<QCA::SecureArray> picked;
    for (int position : positions)
        picked.append(shares.at(position));
    return picked;
}

} // namespace

class TestShamir : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;

private Q_SLOTS:
    void sharesAreIndexByteAndSecretLength()
    {
        const QCA::SecureArray secret = randomKey(32);
        auto shares = shamir::split(secret, 2, 3);
        QVERIFY2(shares, qPrintable(shares ? QString() : shares.error().message));
        QCOMPARE(shares->size(), 3);
        for (int position = 0; position < 3; ++position) {
            QCOMPARE(shares->at(position).size(), 33);
            QCOMPARE(static_cast<int>(static_cast<unsigned char>(shares->at(position)[0])), position + 1);
        }
    }

    void anyKSharesGiveTheSecret_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::newRow("2 of 3") << 2 << 3;
        QTest::newRow("3 of 5") << 3 << 5;
        QTest::newRow("5 of 5") << 5 << 5;
        QTest::newRow("2 of 16") << 2 << 16;
    }

    void anyKSharesGiveTheSecret()
    {
        QFETCH(int, k);
        QFETCH(int, n);
        const QCA::SecureArray secret = randomKey(32);
        auto shares = shamir::split(secret, k, n);
        QVERIFY(shares);
        for (const QList<int> &subset : subsets(n, k)) {
            auto combined = shamir::combine(pick(*shares, subset), k);
            QVERIFY(combined);
            QCOMPARE(combined->toByteArray(), secret.toByteArray());
        }
        // More than k shares give it too.
        auto all = shamir::combine(*shares);
        QVERIFY(all);
        QCOMPARE(all->toByteArray(), secret.toByteArray());
    }

    void kMinusOneSharesGiveAnotherValue()
    {
        const QCA::SecureArray secret = randomKey(32);
        auto shares = shamir::split(secret, 3, 5);
        QVERIFY(shares);
        for (const QList<int> &subset : subsets(5, 2)) {
            // Without the threshold, combine() cannot tell: it interpolates a wrong polynomial.
            auto combined = shamir::combine(pick(*shares, subset));
            QVERIFY(combined);
            QVERIFY(combined->toByteArray() != secret.toByteArray());
            // Told the threshold, it refuses.
            QVERIFY(!shamir::combine(pick(*shares, subset), 3));
        }
    }

    void twoSplitsOfOneSecretDoNotMix()
    {
        const QCA::SecureArray secret = randomKey(32);
        auto first = shamir::split(secret, 2, 3);
        auto second = shamir::split(secret, 2, 3);
        QVERIFY(first && second);
        QVERIFY(first->at(0).toByteArray() != second->at(0).toByteArray());
        auto mixed = shamir::combine({first->at(0), second->at(1)});
        QVERIFY(mixed);
        QVERIFY(mixed->toByteArray() != secret.toByteArray());
    }

    void combineRefusesWhatItCanTell()
    {
        auto shares = shamir::split(randomKey(32), 2, 3);
        QVERIFY(shares);
        QVERIFY(!shamir::combine({}));
        QVERIFY(!shamir::combine({shares->at(0)}));
        QVERIFY(!shamir::combine({shares->at(0), shares->at(0)})); // one index twice
        QCA::SecureArray zeroIndex = shares->at(1);
        zeroIndex[0] = 0;
        QVERIFY(!shamir::combine({shares->at(0), zeroIndex}));
        QCA::SecureArray shorter(32, 2);
        QVERIFY(!shamir::combine({shares->at(0), shorter}));
        QCOMPARE(shamir::combine({shares->at(0)}, 2).error().code, QStringLiteral("shamir"));
    }

    void splitRefusesBadParameters()
    {
        const QCA::SecureArray secret = randomKey(32);
        QVERIFY(!shamir::split(secret, 1, 3));
        QVERIFY(!shamir::split(secret, 4, 3));
        QVERIFY(!shamir::split(secret, 2, 17));
        QVERIFY(!shamir::split(QCA::SecureArray(), 2, 3));
    }
};

QTEST_GUILESS_MAIN(TestShamir)
#include "tst_shamir.moc"
