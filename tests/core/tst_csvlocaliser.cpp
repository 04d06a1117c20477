// The export for spreadsheets (issue 16): the server's registration CSV becomes what Excel in the person's language
// opens as intended, whatever pieces the download arrives in.
#include "session/CsvLocaliser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using regiekamer::client::CsvLocaliser;

namespace {

const QByteArray serverCsv = "id,fullName,email,phone,registeredAt,approvalState,present,consent.recording\r\n"
                             "7,\"Ama, Mulder\",ama@example.nl,'+31 6 12345678,2026-12-07T09:30:00.000Z,approved,true,"
                             "false\r\n"
                             "8,\"Jan \"\"JJ\"\" Visser\",jan@example.nl,,2026-12-07T10:00:00.000Z,pending,false,true"
                             "\r\n";

// The whole file, fed in pieces of `step` bytes (a multi-byte character or a quote may be split).
QByteArray localisedBytes(const QLocale &locale, int step)
{
    CsvLocaliser localiser(locale);
    QByteArray out;
    for (qsizetype at = 0; at < serverCsv.size(); at += step)
        out += localiser.feed(serverCsv.mid(at, step));
    return out + localiser.finish();
}

// Its lines, after the byte order mark.
QStringList localisedLines(const QLocale &locale)
{
    return QString::fromUtf8(localisedBytes(locale, 1 << 20).mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
}

} // namespace

class TstCsvLocaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dutchSpreadsheet()
    {
        const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
        QVERIFY(localisedBytes(dutch, 1 << 20).startsWith("\xEF\xBB\xBF")); // the mark Excel needs to read UTF-8
        const QStringList lines = localisedLines(dutch);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).count(u';'), 7); // the list separator where the decimal point is a comma
        QVERIFY(!lines.at(0).contains(u"fullName"_s)); // titles, not member names
        const QDateTime registered(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::UTC);
        QVERIFY2(lines.at(1).contains(dutch.toString(registered.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"\"Ama, Mulder\""_s), qPrintable(lines.at(1))); // quoted for both separators
        QVERIFY(lines.at(1).contains(u";'+31 6 12345678;"_s)); // the server's formula guard kept, not doubled
        QVERIFY(lines.at(2).contains(u"\"Jan \"\"JJ\"\" Visser\""_s));
        QVERIFY(!lines.at(1).contains(u"approved"_s) && !lines.at(1).contains(u"true"_s)); // translated values
    }

    void englishKeepsCommas()
    {
        const QStringList lines = localisedLines(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(lines.at(0), u"Number,Name,E-mail,Phone,Registered at,Approval,Present,Consent to recording"_s);
        QVERIFY(lines.at(1).contains(u",Approved,Yes,No"_s));
    }

    // Fed a byte at a time (a quote at the end of a piece, a CR without its LF yet) it writes the same file.
    void piecesMakeTheSameFile()
    {
        const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
        const QByteArray whole = localisedBytes(dutch, 1 << 20);
        for (int step : {1, 2, 3, 7, 64})
            QCOMPARE(localisedBytes(dutch, step), whole);
    }
};

QTEST_GUILESS_MAIN(TstCsvLocaliser)
#include "tst_csvlocaliser.moc"
