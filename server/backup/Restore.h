#pragma once

#include "backup/ObjectChain.h"
#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Point-in-time restore and the check of a whole backup (docs/operations.md "Backups and restore").
namespace regiekamer::server::backup {

struct RestoreOptions
{
    ChainSource source; // workParent is ignored: the work happens next to `destination`
    QString destination; // must not exist, or be an empty directory
    QDateTime at; // invalid: now
    QString installation; // empty: the newest
};

struct RestoreReport
{
    QString installation;
    qint64 snapshotNumber = 0;
    QDateTime snapshotAt;
    qint64 objectsUsed = 0; // the snapshot included
    qint64 changesApplied = 0;
    qint64 lastSequence = 0; // the last change in the database
    QDateTime lastCommit; // and when it was committed (the snapshot's time if none followed)
    QList<int> masterKeyVersions;
    QStringList files; // what the directory holds
};

// Builds the data directory `destination` as it was at `at`: the newest snapshot taken at or before `at`, then
// every change committed up to `at` in order, the files from the last object applied in full (the master key file
// with every version seen). Everything happens in a directory beside `destination` that replaces it in one rename
// only when all went well: a refused restore leaves nothing behind and overwrites nothing.
Result<RestoreReport> restore(const RestoreOptions &options);

struct VerifyOptions
{
    ChainSource source;
    QString installation; // empty: the newest
};

struct VerifyReport
{
    QString installation;
    QStringList otherInstallations;
    qint64 objects = 0; // read and authenticated
    qint64 snapshots = 0;
    qint64 changes = 0;
    qint64 firstNumber = 0;
    qint64 lastNumber = 0;
    QDateTime firstCommit;
    QDateTime lastCommit;
    qint64 lastSequence = 0;
    qint64 trialChanges = 0; // applied onto the newest snapshot
    QStringList problems; // empty: the backup verifies
};

// Decrypts and checks every object of the installation from its oldest snapshot on, and applies the newest
// snapshot's changes to a temporary copy of it. Problems are collected, not stopped at.
VerifyReport verify(const VerifyOptions &options);

} // namespace regiekamer::server::backup
