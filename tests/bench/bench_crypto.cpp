// Throughput of the crypto facade's AES-256-GCM (crypto::Aead) against `openssl speed` in the same run, and the
// time of one Argon2id derivation. Run by ./bench; figures go to docs/benchmarks.md.
#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/KeyDerivation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QtCrypto>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 measureNs = 2'000'000'000;
const QByteArray context = "registrations/email/123456";

// CPU time of the calling thread. `openssl speed` divides by its user CPU time (unless -elapsed), so on a machine
// shared with other jobs the facade is measured the same way; wall time would count time spent descheduled.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// MB/s (10^6 bytes per CPU second) of `op` on `size`-byte records, run for measureNs of CPU time.
template<typename Op> double throughput(qsizetype size, Op &&op)
{
    const qint64 start = threadCpuNs();
    qint64 records = 0, elapsed = 0;
    while (elapsed < measureNs) {
        for (int i = 0; i < 64; ++i)
            op();
        records += 64;
        elapsed = threadCpuNs() - start;
    }
    return double(records) * double(size) * 1e3 / double(elapsed);
}

// MB/s (per user CPU second) that `openssl speed -evp aes-256-gcm` reports for 4096-byte blocks; 0 if it could
// not run.
double opensslSpeed4k()
{
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"speed"_s, u"-evp"_s, u"aes-256-gcm"_s, u"-bytes"_s, u"4096"_s, u"-seconds"_s, u"3"_s});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
        return 0;
    static const QRegularExpression row(u"^AES-256-GCM\\s+([0-9.]+)k\\s*$"_s, QRegularExpression::MultilineOption);
    const auto match = row.match(QString::fromLocal8Bit(openssl.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1000.0 : 0;
}

double argon2idMilliseconds(const crypto::Argon2Parameters &parameters)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto key =
            crypto::argon2id(QCA::SecureArray(QByteArray("benchmark password")), "0123456789abcdef", parameters, 32);
        runs.push_back(key ? double(timer.nsecsElapsed()) / 1e6 : -1);
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const QCA::SecureArray key = crypto::randomKey(crypto::Aead::keyBytes);
    const crypto::Aead aead(key);
    if (!aead.isValid()) {
        std::fprintf(stderr, "bench-crypto: AES-256-GCM (OpenSSL EVP) is not available\n");
        return 1;
    }
    double seal4k = 0, open4k = 0;
    for (const qsizetype size : {64, 1024, 4096, 16384}) {
        const QByteArray plaintext(size, 'p');
        const QByteArray sealed = aead.seal(plaintext, context);
        const double seal = throughput(size, [&] { (void)aead.seal(plaintext, context); });
        const double open = throughput(size, [&] { (void)aead.open(sealed, context); });
        std::printf("aead-mbps record=%lld seal=%.1f open=%.1f\n", static_cast<long long>(size), seal, open);
        if (size == 4096)
            seal4k = seal, open4k = open;
    }
    const double reference = opensslSpeed4k();
    std::printf("openssl-speed-aes-256-gcm-4096-mbps %.1f\n", reference);
    if (reference > 0) {
        std::printf("facade/openssl 4 KiB: seal %.3f open %.3f (goal >= 0.5)\n", seal4k / reference,
                    open4k / reference);
    }
    std::printf("argon2id-ms m=65536 t=3 p=1: %.0f (median of 3)\n", argon2idMilliseconds({65536, 3, 1}));
    std::printf("argon2id-ms m=19456 t=2 p=1 (OWASP minimum): %.0f (median of 3)\n", argon2idMilliseconds({}));
    return 0;
}
