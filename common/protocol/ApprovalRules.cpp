#include "protocol/ApprovalRules.h"

#include "base/JsonRead.h"
#include "protocol/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue capacityToJson(const std::optional<qint64> &capacity)
{
    return capacity ? QJsonValue(*capacity) : QJsonValue(QJsonValue::Null);
}

Result<QStringList> readStrings(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return fields::badValue(QCoreApplication::translate("Json", "Member \"%1\" must be a list.").arg(key));
    const QJsonArray array = value.toArray();
    if (array.size() > ApprovalRules::maximumEntries)
        return fields::badValue(QCoreApplication::translate("Json", "Member \"%1\" may hold at most %2 entries.")
                                    .arg(key)
                                    .arg(ApprovalRules::maximumEntries));
    QStringList list;
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return fields::badValue(
                QCoreApplication::translate("Json", "Member \"%1\" must be a list of texts.").arg(key));
        list.append(entry.toString());
    }
    return list;
}

Result<std::optional<qint64>> readCapacity(const QJsonObject &object)
{
    if (!object.contains("capacity"_L1))
        return fields::badValue(QCoreApplication::translate("Json", "Member \"%1\" is missing.").arg(u"capacity"_s));
    if (object.value("capacity"_L1).isNull())
        return std::optional<qint64> {};
    auto capacity = json::requireInteger(object, "capacity"_L1);
    if (!capacity)
        return std::unexpected(capacity.error());
    if (*capacity < 1 || *capacity > ApprovalRules::maximumCapacity)
        return fields::badValue(
            QCoreApplication::translate("Json", "The capacity must be 1 to %1, or null for no limit.")
                .arg(ApprovalRules::maximumCapacity));
    return std::optional<qint64> {*capacity};
}

Result<QStringList> normalisedDomains(const QStringList &given)
{
    QStringList domains;
    for (const QString &entry : given) {
        const QString domain = approval::normaliseDomain(entry);
        if (domain.isEmpty())
            return fields::badValue(
                QCoreApplication::translate("Json", "\"%1\" is not a domain name such as example.org.")
                    .arg(entry.left(100)));
        if (!domains.contains(domain))
            domains.append(domain);
    }
    return domains;
}

Result<QStringList> normalisedOrganisations(const QStringList &given)
{
    QStringList organisations, keys;
    for (const QString &entry : given) {
        const QString name = entry.simplified();
        const bool control =
            std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
        if (name.isEmpty() || name.size() > ApprovalRules::maximumOrganisationLength || control)
            return fields::badValue(
                QCoreApplication::translate("Json", "An organisation name must have 1 to %1 characters.")
                    .arg(ApprovalRules::maximumOrganisationLength));
        if (const QString key = approval::organisationKey(name); !keys.contains(key)) {
            keys.append(key);
            organisations.append(name);
        }
    }
    return organisations;
}

} // namespace

QJsonObject ApprovalRules::toJson() const
{
    return {{"webinarId"_L1, webinarId},
            {"domains"_L1, toArray(domains)},
            {"organisations"_L1, toArray(organisations)},
            {"capacity"_L1, capacityToJson(capacity)},
            {"version"_L1, version},
            {"approvedCount"_L1, approvedCount},
            {"waitlistCount"_L1, waitlistCount}};
}

Result<ApprovalRules> ApprovalRules::fromJson(const QJsonObject &object)
{
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto domains = readStrings(object, "domains"_L1);
    auto organisations = readStrings(object, "organisations"_L1);
    auto capacity = readCapacity(object);
    auto version = fields::requireVersion(object);
    auto approved = json::requireInteger(object, "approvedCount"_L1);
    auto waiting = json::requireInteger(object, "waitlistCount"_L1);
    if (const auto error = firstError(webinar, domains, organisations, capacity, version, approved, waiting))
        return std::unexpected(*error);
    return ApprovalRules {*webinar, *domains, *organisations, *capacity, *version, *approved, *waiting};
}

QJsonObject ApprovalRulesUpdate::toJson() const
{
    return {{"domains"_L1, toArray(domains)},
            {"organisations"_L1, toArray(organisations)},
            {"capacity"_L1, capacityToJson(capacity)},
            {"version"_L1, version}};
}

Result<ApprovalRulesUpdate> ApprovalRulesUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"domains"_L1, "organisations"_L1, "capacity"_L1, "version"_L1}); !ok)
        return std::unexpected(ok.error());
    auto domains = readStrings(object, "domains"_L1);
    auto organisations = readStrings(object, "organisations"_L1);
    auto capacity = readCapacity(object);
    auto version = fields::requireVersion(object);
    if (const auto error = firstError(domains, organisations, capacity, version))
        return std::unexpected(*error);
    auto cleanDomains = normalisedDomains(*domains);
    auto cleanOrganisations = normalisedOrganisations(*organisations);
    if (const auto error = firstError(cleanDomains, cleanOrganisations))
        return std::unexpected(*error);
    return ApprovalRulesUpdate {*cleanDomains, *cleanOrganisations, *capacity, *version};
}

namespace approval {

QString normaliseDomain(const QString &domain)
{
    QString name = domain.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return {};
    const QByteArray ace = QUrl::toAce(name, QUrl::IgnoreIDNWhitelist);
    if (ace.isEmpty())
        return {};
    static const QRegularExpression label(u"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"_s);
    const QStringList labels = QString::fromLatin1(ace).split(u'.');
    if (labels.size() < 2)
        return {};
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return {};
    }
    return QString::fromLatin1(ace);
}

QString organisationKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

bool domainMatches(const QString &email, const QStringList &domains)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0 || domains.isEmpty())
        return false;
    const QString domain = normaliseDomain(email.mid(at + 1));
    return !domain.isEmpty() && domains.contains(domain);
}

bool organisationMatches(const QString &company, const QStringList &organisations)
{
    const QString key = organisationKey(company);
    if (key.isEmpty())
        return false;
    return std::any_of(organisations.cbegin(), organisations.cend(),
                       [&key](const QString &name) { return organisationKey(name) == key; });
}

} // namespace approval

} // namespace regiekamer::api
