#pragma once

#include <QIODevice>
#include <QString>

namespace regiekamer::server::audit {

class AuditKey;

// The first line of a JSONL export of the access log (regiekamer-admin audit export).
inline constexpr auto exportFormat = "regiekamer-audit-export/2";

struct ExportReport
{
    bool intact = false;
    bool sealsVerified = false; // false without a key: the seals are there and match, but may be forged
    qint64 first = 0; // the export's entries, first to last
    qint64 last = 0;
    qint64 periodFirst = 0; // the entries of the period asked for, within first..last
    qint64 periodLast = 0;
    qint64 entries = 0;
    qint64 seals = 0; // checkpoints and head the entries were checked against
    qint64 badSequence = 0; // where it breaks; 0 when intact
    QString problem; // English, for operators; empty when intact
};

// What the header's own seal ("mac", under the checkpoint key) covers: the export's stretch and period. Without it
// an export cut at a checkpoint, with its header shortened to match, would read as a shorter export that is whole.
QByteArray exportHeaderMessage(qint64 first, qint64 last, qint64 periodFirst, qint64 periodLast);

// Checks an export on its own, without the database. An export is a stretch of the chain bound at both ends to
// seals made with the checkpoint key (AuditSeal.h): its first entry follows the sealed checkpoint in its header (or
// is the first entry of the log), every entry at a multiple of `checkpointInterval` has its sealed checkpoint in
// the header, and its last entry is a checkpoint's or the sealed head's. So a line removed, changed or cut off, with
// every hash after it recomputed, breaks at the next seal; leaving the seals out of the header breaks at the first
// place one is demanded. Given `key` (may be null), every seal's MAC is verified too, the header's own included (so
// its stated end cannot be moved); without it a forger who
// rewrites the seals as well is not caught, which the report says.
ExportReport checkExport(QIODevice &in, const AuditKey *key, qint64 checkpointInterval);

} // namespace regiekamer::server::audit
