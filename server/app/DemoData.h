#pragma once

#include "protocol/Roles.h"
#include "protocol/WebinarState.h"

#include <QList>
#include <QString>

// Fixed, believable demo content for --demo. Pure data; DemoSeeder writes it.
namespace regiekamer::server::demoData {

struct Organisation
{
    const char *name;
    const char *domain;
};

struct Webinar
{
    int organisation; // index into organisations()
    const char *title;
    const char *description;
    WebinarState state;
    qint64 startOffsetMinutes; // relative to the moment of seeding
    int durationMinutes;
    int registrations;
    bool director; // the demo director is assigned
    bool moderator; // the demo moderator is assigned
    bool viewer; // the demo viewer is registered
    bool requiresApproval = true; // a registration waits for the director (false: approved at once)
};

struct Account
{
    Role role;
    const char *email;
    const char *displayName;
    int organisation; // -1: none
};

// The approval rules of one demo webinar (docs/api.md "Approval rules"): approved at once from these domains and
// organisations, full at the number approved when seeded, with the first `waiting` pending registrations on its
// waiting list.
struct ApprovalRules
{
    int webinar; // index into webinars()
    QList<const char *> domains;
    QList<const char *> organisations;
    int waiting;
};

const QList<Organisation> &organisations();
const ApprovalRules &approvalRules();
const QList<Webinar> &webinars();
const QList<Account> &accounts();
// The ingest URL of each webinar's stream key (indexes as webinars()); empty: no key set. The keys themselves are
// random, made at seeding.
const QList<const char *> &ingestUrls();
const QList<const char *> &givenNames();
const QList<const char *> &familyNames();
const QList<const char *> &companies();
const QList<const char *> &jobTitles();
// Questions in the language of the organisation's webinars (0: Dutch, 1: English), and the answer given to some.
const QList<const char *> &questions(int organisation);
const char *answer(int organisation);

} // namespace regiekamer::server::demoData
