#pragma once

#include "base/Result.h"
#include "db/Clock.h"

#include <QString>

namespace regiekamer::server {

class Database;
class FieldCipher;
class PasswordHasher;

// --demo: on an empty database, seeds two organisations, six webinars, a few hundred registrations, questions and
// one account per role with a fresh random password, written to DATA_DIR/demo-accounts.txt (0600).
// On a database that already has accounts it seeds nothing and returns the existing file's contents. Everything is
// written through the repositories, so the personal fields are sealed as any other write seals them.
class DemoSeeder
{
public:
    static inline const QString accountsFileName = QStringLiteral("demo-accounts.txt");

    DemoSeeder(Database &database, FieldCipher &cipher, const PasswordHasher &hasher, Clock clock = systemClock());

    // Returns the text of demo-accounts.txt (lines "ROLE EMAIL PASSWORD"), for printing.
    Result<QString> seedIfEmpty(const QString &dataDir);

private:
    Result<QString> seed(const QString &dataDir);
    Status insertOrganisationsAndWebinars(QList<qint64> &organisationIds, QList<qint64> &webinarIds);
    Status insertAccounts(const QList<qint64> &organisationIds, const QList<QString> &hashes, QList<qint64> &userIds);
    Status insertAssignments(const QList<qint64> &webinarIds, const QList<qint64> &userIds);
    Status insertRegistrations(const QList<qint64> &organisationIds, const QList<qint64> &webinarIds,
                               const QList<qint64> &userIds);
    struct QuestionBatch
    {
        qint64 webinarId = 0;
        int organisation = 0; // index into demoData::organisations(): the questions' language
        int count = 0;
    };
    // Questions asked by the given (approved) registrations.
    Status insertQuestions(const QuestionBatch &batch, const QList<qint64> &registrationIds, qint64 directorId);

    Database &m_database;
    FieldCipher &m_cipher;
    const PasswordHasher &m_hasher;
    Clock m_clock;
    QDateTime m_now;
};

} // namespace regiekamer::server
