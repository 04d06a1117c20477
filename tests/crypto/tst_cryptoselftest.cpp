#include "crypto/CryptoKnownAnswers.h"

#include <QTest>
#include <QtCrypto>

using namespace regiekamer::crypto;

Q_DECLARE_METATYPE(regiekamer::crypto::KnownAnswer)

class TestCryptoSelfTest : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;

    static void addVectors()
    {
        QTest::addColumn<KnownAnswer>("vector");
        QTest::addColumn<int>("size");
        QTest::newRow("AES-256-GCM") << KnownAnswer::AesGcm << 80;
        QTest::newRow("HKDF-SHA256") << KnownAnswer::HkdfSha256 << 42;
        QTest::newRow("HMAC-SHA256") << KnownAnswer::HmacSha256 << 32;
        QTest::newRow("Argon2id") << KnownAnswer::Argon2id << 32;
    }

private Q_SLOTS:
    void selfTestPasses()
    {
        const auto ok = selfTest();
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
    }

    void publishedAnswerPasses_data() { addVectors(); }
    void publishedAnswerPasses()
    {
        QFETCH(KnownAnswer, vector);
        QFETCH(int, size);
        QCOMPARE(publishedAnswer(vector).size(), size);
        const auto ok = checkKnownAnswer(vector);
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
        QVERIFY(checkKnownAnswer(vector, publishedAnswer(vector)));
    }

    void everyWrongBitFails_data() { addVectors(); }
    void everyWrongBitFails()
    {
        QFETCH(KnownAnswer, vector);
        const QByteArray published = publishedAnswer(vector);
        for (qsizetype byte = 0; byte < published.size(); byte += 7) {
            for (int bit = 0; bit < 8; bit += 3) {
                QByteArray wrong = published;
                wrong[byte] = static_cast<char>(wrong.at(byte) ^ (1 << bit));
                const auto result = checkKnownAnswer(vector, wrong);
                QVERIFY2(!result, qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(byte).arg(bit)));
                QVERIFY(result.error().message.contains(QStringLiteral("known-answer")));
            }
        }
    }

    void wrongLengthFails_data() { addVectors(); }
    void wrongLengthFails()
    {
        QFETCH(KnownAnswer, vector);
        const QByteArray published = publishedAnswer(vector);
        QVERIFY(!checkKnownAnswer(vector, QByteArray()));
        QVERIFY(!checkKnownAnswer(vector, published.chopped(1)));
        QVERIFY(!checkKnownAnswer(vector, QByteArray(published + '\0')));
    }
};

QTEST_GUILESS_MAIN(TestCryptoSelfTest)
#include "tst_cryptoselftest.moc"
