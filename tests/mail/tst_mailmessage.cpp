// The MIME message of a mail (server/mail/MailMessage): parsed back part by part, header injection refused, long
// lines encoded.
#include "SmtpTestServer.h"
#include "mail/MailMessage.h"

#include <QTest>

using namespace regiekamer::server::mail;
using namespace Qt::StringLiterals;

class TestMailMessage : public QObject
{
    Q_OBJECT

    static MailMessage sample()
    {
        return MailMessage {u"regiekamer@example.org"_s,
                            u"jan@example.nl"_s,
                            u"nl"_s,
                            u"Uitnodiging voor café “Ondiep” – één klik"_s,
                            u"Hallo Jan,\n\nKlik op de link. Ça va? 😀\n"_s + QString(300, u'x'),
                            u"<p>Hallo Jan, <b>één</b> klik</p>"_s,
                            QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::UTC),
                            {}};
    }

private Q_SLOTS:
    void structureParsesBack()
    {
        const MailMessage mail = sample();
        auto raw = mail.build();
        QVERIFY(raw);
        QCOMPARE(mimeParts::header(*raw, "From"), "regiekamer@example.org"_ba);
        QCOMPARE(mimeParts::header(*raw, "To"), "jan@example.nl"_ba);
        QCOMPARE(mimeParts::header(*raw, "Content-Language"), "nl"_ba);
        QCOMPARE(mimeParts::header(*raw, "Auto-Submitted"), "auto-generated"_ba);
        QCOMPARE(mimeParts::header(*raw, "MIME-Version"), "1.0"_ba);
        QCOMPARE(mimeParts::header(*raw, "Date"), "07 Dec 2026 09:30:00 +0000"_ba);
        QVERIFY(mimeParts::header(*raw, "Message-ID").endsWith("@example.org>"));
        QVERIFY(mimeParts::header(*raw, "Content-Type").startsWith("multipart/alternative; boundary=\"=_rk_"));
        QCOMPARE(mimeParts::decodeWords(mimeParts::header(*raw, "Subject")), mail.subject);
        QCOMPARE(QString::fromUtf8(mimeParts::body(*raw, "text/plain")), mail.text);
        QCOMPARE(QString::fromUtf8(mimeParts::body(*raw, "text/html")), mail.html);
        QVERIFY(raw->endsWith("--\r\n"));
    }

    void plainSubjectStaysReadable()
    {
        MailMessage mail = sample();
        mail.subject = u"Your invitation"_s;
        auto raw = mail.build();
        QVERIFY(raw);
        QCOMPARE(mimeParts::header(*raw, "Subject"), "Your invitation"_ba);
    }

    void linesAreShortAndEndInCrlf()
    {
        MailMessage mail = sample();
        mail.subject = QString(200, u'é');
        auto raw = mail.build();
        QVERIFY(raw);
        QVERIFY(!raw->contains("\r\r") && !raw->contains("\n\n"));
        for (const QByteArray &line : raw->split('\n')) {
            QVERIFY2(line.size() <= 78 + 1, line.constData());
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
        }
        QCOMPARE(mimeParts::decodeWords(mimeParts::header(*raw, "Subject")), mail.subject);
        for (char byte : *raw)
            QVERIFY(static_cast<unsigned char>(byte) < 0x80);
    }

    void headerInjectionRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const char *field : {"from", "to", "subject"}) {
            const QString base = QString::fromLatin1(field) == "subject"_L1 ? u"Hello"_s : u"a@example.org"_s;
            QTest::addRow("%s CRLF", field) << QString::fromLatin1(field) << base + u"\r\nBcc: evil@example.org"_s;
            QTest::addRow("%s LF", field) << QString::fromLatin1(field) << base + u"\nBcc: evil@example.org"_s;
            QTest::addRow("%s CR", field) << QString::fromLatin1(field) << base + u"\rX: y"_s;
            QTest::addRow("%s NUL", field) << QString::fromLatin1(field) << base + QChar(0) + u"x"_s;
            QTest::addRow("%s TAB", field) << QString::fromLatin1(field) << base + u"\tx"_s;
        }
        QTest::addRow("two addresses") << u"to"_s << u"a@example.org, b@example.org"_s;
        QTest::addRow("display name") << u"to"_s << u"Jan <jan@example.org>"_s;
        QTest::addRow("no domain") << u"from"_s << u"jan@"_s;
    }

    void headerInjectionRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        MailMessage mail = sample();
        (field == "from"_L1 ? mail.from : field == "to"_L1 ? mail.to : mail.subject) = value;
        auto raw = mail.build();
        QVERIFY(!raw);
        QCOMPARE(raw.error().code, u"bad_request"_s);
        QVERIFY(!raw.error().message.contains(u"evil"_s));
    }

    void languageIsNlOrEn()
    {
        MailMessage mail = sample();
        mail.language = u"de"_s;
        QVERIFY(!mail.build());
        mail.language = u"en"_s;
        QVERIFY(mail.build());
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
