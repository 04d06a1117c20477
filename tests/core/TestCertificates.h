#pragma once

// Two self-signed certificates (CN=localhost, SANs localhost/127.0.0.1), generated once with openssl for tests.
inline constexpr char testCertificatePem_a[] = "-----BEGIN CERTIFICATE-----\n"
                                               "MIIBmTCCAT+gAwIBAgIUfQuYKmwMEZ2KMBjBGS/sSCRBCwEwCgYIKoZIzj0EAwIw\n"
                                               "FDESMBAGA1UEAwwJbG9jYWxob3N0MB4XDTI2MTEyNjE2MTQxNFoXDTM2MTEyMzE2\n"
                                               "MTQxNFowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
                                               "AQcDQgAEjN2ZQbxUoFxycV7uPpBscnb/UmNgpFYWVvrGyh2zycmhii8R+fVy9FSj\n"
                                               "hY8r2XLhPmtel2zOOQTC/OdERSvH6qNvMG0wHQYDVR0OBBYEFN3XKgkiPYCUOkEV\n"
                                               "M/yBQ0AULpccMB8GA1UdIwQYMBaAFN3XKgkiPYCUOkEVM/yBQ0AULpccMA8GA1Ud\n"
                                               "EwEB/wQFMAMBAf8wGgYDVR0RBBMwEYIJbG9jYWxob3N0hwR/AAABMAoGCCqGSM49\n"
                                               "BAMCA0gAMEUCIQDrYv95/oSY+sCHf9ZwbxAyVQMRalXo7/pSikOfsh1zAQIgB77Y\n"
                                               "8WphBDV5pZG+qWymFcQmcrqM1nsG2khAn17ZXPo=\n"
                                               "-----END CERTIFICATE-----\n";
inline constexpr char testCertificatePem_b[] = "-----BEGIN CERTIFICATE-----\n"
                                               "MIIBmjCCAT+gAwIBAgIUfpWlkvV0woov5YuZRib3bKcauaUwCgYIKoZIzj0EAwIw\n"
                                               "FDESMBAGA1UEAwwJbG9jYWxob3N0MB4XDTI2MTEyNjE2MTQxNVoXDTM2MTEyMzE2\n"
                                               "MTQxNVowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
                                               "AQcDQgAEo67cMd606VcvFQwNAsPKPH7b2G6I3wRgiZFJI8TBZHNAd25/11W+dLcw\n"
                                               "wbVaSBFGvaA9F5gu4q2JzaPK6KWlzaNvMG0wHQYDVR0OBBYEFBqmDn2zsfS/spha\n"
                                               "T+NmOekwEPRLMB8GA1UdIwQYMBaAFBqmDn2zsfS/sphaT+NmOekwEPRLMA8GA1Ud\n"
                                               "EwEB/wQFMAMBAf8wGgYDVR0RBBMwEYIJbG9jYWxob3N0hwR/AAABMAoGCCqGSM49\n"
                                               "BAMCA0kAMEYCIQDmoNzFfR9bQgKpeY7AaPG9rLcUqFrYYRc9uEDgX6uh8gIhANpU\n"
                                               "ylB/26mYicHYQDHpTvi2MjDqYkuImJ8CDoebwJnD\n"
                                               "-----END CERTIFICATE-----\n";
