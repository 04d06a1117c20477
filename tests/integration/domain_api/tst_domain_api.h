#pragma once

#include "DomainFixture.h"

#include <QObject>

class TestDomainApi : public QObject, protected DomainFixture
{
    Q_OBJECT

    // ---- helpers of the longer tests ----
    void addWebinarBodyRows(); // StrictBodyTests.cpp
    void addStateRegistrationAndQuestionBodyRows();
    void registerFormulaViewer(const QString &name); // CsvExportTests.cpp
    void checkExportRows(const QList<QStringList> &rows, const QJsonArray &all, const QString &formulaName);

private Q_SLOTS:
    void initTestCase();

    // ---- ConcurrencyTests.cpp ----
    void concurrentWebinarChanges();
    void concurrentRegistrationChanges();
    void concurrentQuestionChanges();
    void stateTransitions();
    void liveToDraftRefusedForTheDirector();

    // ---- StrictBodyTests.cpp ----
    void badBodiesChangeNothing_data();
    void badBodiesChangeNothing();

    // ---- ListQueryTests.cpp ----
    void pagingOutOfRange_data();
    void pagingOutOfRange();
    void pagingLimitsAccepted();
    void pagesAreDisjointAndComplete_data();
    void pagesAreDisjointAndComplete();
    void searchFindsWhatWasReadFirst();
    void searchTreatsWildcardsLiterally_data();
    void searchTreatsWildcardsLiterally();
    void searchIsCaseInsensitiveBeyondAscii();
    void sortOrders_data();
    void sortOrders();
    void sortOrFilterOnHiddenFieldsRefused_data();
    void sortOrFilterOnHiddenFieldsRefused();
    void filters();

    // ---- CsvExportTests.cpp ----
    void csvExport();

    // ---- AccessTests.cpp ----
    void eventsReachOnlySessionsInScope();
    void removedModeratorLosesAccessOnNextRequest();
    void disabledAccountLosesItsSession();

    void cleanupTestCase();
};
