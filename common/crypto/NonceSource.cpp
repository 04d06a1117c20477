#include "crypto/NonceSource.h"

#include <openssl/rand.h>

#include <pthread.h>

#include <array>
#include <atomic>
#include <cstring>
#include <mutex>

namespace regiekamer::crypto {

namespace {

// Counts forks in the child, so a child never hands out nonces its parent's batch still holds.
std::atomic<unsigned> &forkGeneration()
{
    static std::atomic<unsigned> generation {0};
    return generation;
}

void registerForkHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { pthread_atfork(nullptr, nullptr, [] { forkGeneration().fetch_add(1); }); });
}

struct Batch
{
    std::array<unsigned char, 768> bytes {};
    std::size_t used = bytes.size();
    unsigned generation = 0;

    bool refill()
    {
        used = bytes.size();
        if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
            return false;
        used = 0;
        generation = forkGeneration().load();
        return true;
    }
};

} // namespace

bool randomNonce(std::span<unsigned char> out)
{
    if (out.size() > 64)
        return RAND_bytes(out.data(), static_cast<int>(out.size())) == 1;
    registerForkHandler();
    thread_local Batch batch;
    const bool stale = batch.generation != forkGeneration().load() || batch.bytes.size() - batch.used < out.size();
    if (stale && !batch.refill())
        return false;
    std::memcpy(out.data(), batch.bytes.data() + batch.used, out.size());
    std::memset(batch.bytes.data() + batch.used, 0, out.size());
    batch.used += out.size();
    return true;
}

} // namespace regiekamer::crypto
