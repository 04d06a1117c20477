// The domain API of docs/api.md against the real regiekamer-server with its demo data: optimistic concurrency,
// state transitions, strict bodies, paging, search/sort/filter, the CSV export, losing access, and events by scope.
// Every refused change is read back to prove that nothing changed. One login per role (Argon2id is slow on purpose).
//
// The parts: DomainFixture (server, sessions, demo webinars), ConcurrencyTests, StrictBodyTests, ListQueryTests,
// CsvExportTests (with CsvReader) and AccessTests.
#include "tst_domain_api.h"

#include <QTest>

void TestDomainApi::initTestCase()
{
    setUpWorld();
}

void TestDomainApi::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestDomainApi)
