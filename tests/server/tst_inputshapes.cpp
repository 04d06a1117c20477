// Patterns that must match a whole value: "$" in a QRegularExpression also matches before a final line feed, so a
// value with a trailing line feed would pass a check written as ^…$ (attack review, issue 13).

#include "auth/PasswordHasher.h"
#include "http/CertificateStore.h"
#include "storage/UserRepository.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestInputShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_qca = std::make_unique<QCA::Initializer>(); }

    // An e-mail address followed by a line feed is not an e-mail address.
    void emailWithTrailingLineFeedIsRefused()
    {
        QVERIFY(UserRepository::validateEmail(u"someone@example.nl"_s));
        QVERIFY(!UserRepository::validateEmail(u"someone@example.nl\n"_s));
    }

    // A stored password hash with a line feed after it is not accepted as the hash.
    void storedHashWithTrailingLineFeedIsRefused()
    {
        auto hasher = PasswordHasher::create({19456, 2, 1});
        QVERIFY(hasher);
        const QCA::SecureArray password(QByteArray("correct horse battery"));
        const auto stored = hasher->hash(password);
        QVERIFY(stored);
        QVERIFY(hasher->verify(password, *stored));
        QVERIFY(!hasher->verify(password, *stored + u'\n'));
    }

    // A listen host with a line feed never reaches the certificate's names (where it could add an entry).
    void hostWithTrailingLineFeedIsNotACertificateName()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const auto identity = certificateStore::loadOrCreate(directory.path(), u"evil.example\n"_s);
        QVERIFY(identity);
        const auto names = identity->chain.first().subjectAlternativeNames();
        QVERIFY(names.contains(QSsl::DnsEntry, u"localhost"_s));
        for (const QString &name : names)
            QVERIFY2(!name.contains(u"evil"_s), qPrintable(name));
    }

private:
    std::unique_ptr<QCA::Initializer> m_qca;
};

QTEST_GUILESS_MAIN(TestInputShapes)
#include "tst_inputshapes.moc"
