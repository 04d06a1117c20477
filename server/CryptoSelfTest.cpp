#include "CryptoSelfTest.h"

#include "CryptoKnownAnswers.h"

namespace regiekamer::server {

Status runCryptoSelfTest()
{
    return crypto::selfTest();
}

} // namespace regiekamer::server
