// TOTP (RFC 6238) with QCA's HMAC-SHA1: the test vectors of RFC 6238 appendix B (SHA-1, 8 digits, and their last six
// digits as authenticator apps show them), RFC 4226 appendix D's HOTP values, time steps, and base32 both ways.
#include "crypto/Totp.h"

#include <QTest>
#include <QtCrypto>

using namespace regiekamer::crypto;
using namespace Qt::StringLiterals;

class TestTotp : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    const QCA::SecureArray m_rfcKey {QByteArray("12345678901234567890")};

private Q_SLOTS:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void rfc4226Hotp();
    void stepsAreThirtySeconds();
    void base32RoundTrip();
    void base32RefusesForeignCharacters();
};

void TestTotp::rfc6238Vectors_data()
{
    QTest::addColumn<qint64>("unixTime");
    QTest::addColumn<QString>("eightDigits");
    QTest::newRow("59") << qint64(59) << u"94287082"_s;
    QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
    QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
    QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
    QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
    QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
}

void TestTotp::rfc6238Vectors()
{
    QFETCH(qint64, unixTime);
    QFETCH(QString, eightDigits);
    const qint64 step = totp::stepAt(QDateTime::fromSecsSinceEpoch(unixTime, QTimeZone::UTC));
    QCOMPARE(totp::code(m_rfcKey, step, 8), eightDigits);
    // Six digits: the same truncation modulo 10^6, i.e. the last six digits.
    QCOMPARE(totp::code(m_rfcKey, step), eightDigits.right(6));
}

void TestTotp::rfc4226Hotp()
{
    const QStringList expected {u"755224"_s, u"287082"_s, u"359152"_s, u"969429"_s, u"338314"_s,
                                u"254676"_s, u"287922"_s, u"162583"_s, u"399871"_s, u"520489"_s};
    for (qsizetype counter = 0; counter < expected.size(); ++counter)
        QCOMPARE(totp::code(m_rfcKey, counter), expected.at(counter));
}

void TestTotp::stepsAreThirtySeconds()
{
    QCOMPARE(totp::stepAt(QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC)), 0);
    QCOMPARE(totp::stepAt(QDateTime::fromSecsSinceEpoch(29, QTimeZone::UTC)), 0);
    QCOMPARE(totp::stepAt(QDateTime::fromSecsSinceEpoch(30, QTimeZone::UTC)), 1);
    QCOMPARE(totp::stepAt(QDateTime::fromSecsSinceEpoch(1111111109, QTimeZone::UTC)), 0x23523EC);
}

void TestTotp::base32RoundTrip()
{
    QCOMPARE(totp::base32Encode("12345678901234567890"), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
    QCOMPARE(totp::base32Encode("f"), u"MY"_s); // RFC 4648 §10 without padding
    QCOMPARE(totp::base32Encode("foobar"), u"MZXW6YTBOI"_s);
    const auto decoded = totp::base32Decode(u"gezd gnbv gy3t qojq gezd gnbv gy3t qojq");
    QVERIFY(decoded);
    QCOMPARE(decoded->toByteArray(), QByteArray("12345678901234567890"));
}

void TestTotp::base32RefusesForeignCharacters()
{
    QVERIFY(!totp::base32Decode(u"GEZD1"));
    QVERIFY(!totp::base32Decode(u"GEZD8"));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
