#pragma once

#include <QList>

// The SQL of each schema version (db/Migrations applies them in order). Every table of the server is defined here,
// the access log's and the key store's included, so the lowest layer owns the whole schema.
namespace regiekamer::server::migrations::schema {

// A table rebuilt by SQLite's 12-step procedure (versions 3 and 6).
struct Rebuild
{
    const char *table = nullptr;
    const char *columns = nullptr; // the column definitions of the rebuilt table, in the old order
    const char *copied = nullptr; // the columns copied from the old table
    QList<const char *> indexes;
};

extern const QList<const char *> version1;
extern const QList<const char *> version2;
extern const QList<Rebuild> version3;
extern const QList<const char *> version4;
extern const QList<const char *> version5;
extern const QList<Rebuild> version6;
extern const QList<const char *> version6Revision;
extern const QList<const char *> version7;
extern const QList<const char *> version7Reseal;
extern const QList<const char *> version8;
extern const QList<const char *> version9;
extern const QList<const char *> version10;
extern const QList<const char *> version11;
extern const QList<const char *> version12;
extern const QList<const char *> version13;
extern const QList<Rebuild> versionWaitingList;
extern const QList<const char *> versionWaitingListRules;
extern const QList<const char *> versionStreamKeysAndTimeline;
extern const QList<const char *> versionAttendanceSessions;
extern const QList<const char *> versionQuestionVotesAndMerges;
extern const QList<const char *> versionSecondFactor;
extern const QList<const char *> versionCustodians;
extern const QList<const char *> versionSealAttempts;
extern const QList<const char *> versionSecurityKeys;

} // namespace regiekamer::server::migrations::schema
