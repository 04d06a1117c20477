#include "auth/PasswordHasher.h"

#include <QTest>
#include <QtCrypto>

using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;

private Q_SLOTS:
    void knownAnswerRfc9106()
    {
        const auto ok = PasswordHasher::selfTest();
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
    }

    void hashAndVerify()
    {
        auto hasher = PasswordHasher::create();
        QVERIFY(hasher);
        const QCA::SecureArray password(QByteArray("correct horse battery staple"));
        auto hash = hasher->hash(password);
        QVERIFY(hash);
        QVERIFY(hash->startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s));
        QVERIFY(hasher->verify(password, *hash));
        QVERIFY(!hasher->verify(QCA::SecureArray(QByteArray("correct horse battery stapler")), *hash));
        QVERIFY(!hasher->verify(QCA::SecureArray(QByteArray()), *hash));
        // A fresh salt each time.
        auto again = hasher->hash(password);
        QVERIFY(again);
        QVERIFY(*again != *hash);
        QVERIFY(hasher->verify(password, *again));
    }

    void parametersReadBackFromStoredString()
    {
        auto hasher = PasswordHasher::create();
        QVERIFY(hasher);
        auto hash = hasher->hash(QCA::SecureArray(QByteArray("another long password")));
        QVERIFY(hash);
        const auto parsed = PhcHash::parse(*hash);
        QVERIFY(parsed);
        QCOMPARE(parsed->parameters.memoryKiB, 19456u);
        QCOMPARE(parsed->parameters.iterations, 2u);
        QCOMPARE(parsed->parameters.lanes, 1u);
        QCOMPARE(parsed->salt.size(), 16);
        QCOMPARE(parsed->hash.size(), 32);
        QCOMPARE(parsed->toString(), *hash);
    }

    void verifyUsesStoredParameters()
    {
        // A hash made with stronger parameters verifies with a default hasher: the string decides.
        auto strong = PasswordHasher::create(Argon2Parameters {19456, 3, 1});
        auto standard = PasswordHasher::create();
        QVERIFY(strong && standard);
        const QCA::SecureArray password(QByteArray("parameters travel along"));
        auto hash = strong->hash(password);
        QVERIFY(hash);
        QVERIFY(hash->contains(u"t=3"_s));
        QVERIFY(standard->verify(password, *hash));
    }

    void malformedStringsRejected_data()
    {
        QTest::addColumn<QString>("phc");
        QTest::newRow("empty") << QString();
        QTest::newRow("argon2i")
            << u"$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("version 16")
            << u"$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("missing hash") << u"$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA"_s;
        QTest::newRow("bad base64")
            << u"$argon2id$v=19$m=19456,t=2,p=1$c2Fsd!NhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("padding")
            << u"$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("weak m")
            << u"$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("weak t")
            << u"$argon2id$v=19$m=19456,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("huge m")
            << u"$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;
        QTest::newRow("trailing")
            << u"$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g$"_s;
        QTest::newRow("plain text") << u"hunter2hunter2"_s;
    }

    void malformedStringsRejected()
    {
        QFETCH(QString, phc);
        auto hasher = PasswordHasher::create();
        QVERIFY(hasher);
        QVERIFY(!hasher->verify(QCA::SecureArray(QByteArray("whatever password")), phc));
    }

    void belowMinimumRefused_data()
    {
        QTest::addColumn<quint32>("memory");
        QTest::addColumn<quint32>("iterations");
        QTest::addColumn<quint32>("lanes");
        QTest::newRow("m too small") << 19455u << 2u << 1u;
        QTest::newRow("t too small") << 19456u << 1u << 1u;
        QTest::newRow("p zero") << 19456u << 2u << 0u;
    }

    void belowMinimumRefused()
    {
        QFETCH(quint32, memory);
        QFETCH(quint32, iterations);
        QFETCH(quint32, lanes);
        QVERIFY(!PasswordHasher::create(Argon2Parameters {memory, iterations, lanes}));
    }

    void dummyHashIsValid()
    {
        auto hasher = PasswordHasher::create();
        QVERIFY(hasher);
        QVERIFY(PhcHash::parse(hasher->dummyHash()));
        QVERIFY(!hasher->verify(QCA::SecureArray(QByteArray("")), hasher->dummyHash()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
