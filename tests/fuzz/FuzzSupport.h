#pragma once

#include <QtCrypto>

#include <QByteArray>
#include <QCoreApplication>
#include <QStandardPaths>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the Qt application object and QCA, made once before the first input, a check that
// stops the run as a crash (so libFuzzer keeps the input), and the input read as selector bytes plus the rest.
namespace regiekamer::fuzz {

inline void initialise()
{
    static char name[] = "regiekamer-fuzz";
    static char *arguments[] = {name, nullptr};
    static int count = 1;
    // Settings and caches a target touches go to Qt's test locations, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // Never destroyed: at exit, Qt's and QCA's own global objects go in an order of their own, and taking these down
    // first crashed in QtNetwork's clean-up.
    static const auto *application = new QCoreApplication(count, arguments);
    static const auto *crypto = new QCA::Initializer;
    static_cast<void>(application);
    static_cast<void>(crypto);
}

// An invariant of the code under test: broken, the input is a finding.
inline void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)))
    {
    }

    // The next byte (0 once the input is used up).
    quint8 take()
    {
        if (m_at >= m_bytes.size())
            return 0;
        return static_cast<quint8>(m_bytes.at(m_at++));
    }
    // One of `choices`, picked by the next byte.
    template<typename T, std::size_t N> const T &pick(const std::array<T, N> &choices)
    {
        return choices.at(take() % N);
    }
    // The bytes not taken yet, as a copy that owns its memory (ASan sees reads past the input's end).
    QByteArray rest() const { return m_bytes.sliced(m_at); }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

} // namespace regiekamer::fuzz
