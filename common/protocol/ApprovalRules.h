#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// A webinar's approval rules (docs/api.md "Approval rules"): which registrations are approved at once and how many
// places it has. Domains and organisation names are not personal data, but they say whom a client expects: they go
// into no event and no access log entry.
namespace regiekamer::api {

struct ApprovalRules
{
    static constexpr qsizetype maximumEntries = 200;
    static constexpr qsizetype maximumOrganisationLength = 200;
    static constexpr qint64 maximumCapacity = 1'000'000;

    qint64 webinarId = 0;
    // Registrations whose e-mail domain is exactly one of these (lower case, no subdomains) are approved at once.
    QStringList domains;
    // Registrations whose profile company, normalised (organisationKey), equals one of these are approved at once.
    QStringList organisations;
    // The number of approved registrations the webinar takes; beyond it they wait on the waiting list. None: no limit.
    std::optional<qint64> capacity;
    qint64 version = 1;
    // Read only: how many are approved and waiting now.
    qint64 approvedCount = 0;
    qint64 waitlistCount = 0;

    QJsonObject toJson() const;
    static Result<ApprovalRules> fromJson(const QJsonObject &object);
};

// The change a director sends: every member at once (the rules replace the old ones).
struct ApprovalRulesUpdate
{
    QStringList domains;
    QStringList organisations;
    std::optional<qint64> capacity;
    qint64 version = 0;

    QJsonObject toJson() const;
    // Validated and normalised: domains lower case, organisations trimmed, duplicates removed.
    static Result<ApprovalRulesUpdate> fromJson(const QJsonObject &object);
};

namespace approval {
// "Example.ORG." -> "example.org"; an empty string when it is not a domain name of at least two labels (letters,
// digits and hyphens, IDN as its ASCII form), e.g. "@example.org", "*.example.org", "example", "exa mple.org".
QString normaliseDomain(const QString &domain);
// Trimmed, inner whitespace collapsed, case folded: "  Zorg   Groep BV " and "zorg groep bv" are one organisation.
QString organisationKey(const QString &name);
// The part after the last '@' of the address equals one of `domains` exactly (case-insensitive): "a@example.org"
// matches "example.org"; "a@evil-example.org", "a@example.org.evil.com" and "a@sub.example.org" do not.
bool domainMatches(const QString &email, const QStringList &domains);
bool organisationMatches(const QString &company, const QStringList &organisations);
} // namespace approval

} // namespace regiekamer::api
