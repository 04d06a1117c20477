#include "session/AdminActions.h"
#include "protocol/ApiPaths.h"

namespace regiekamer::client {

AdminActions::AdminActions(ApiClient *api, StaffAccountModel *accounts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_domain(*api)
    , m_accounts(accounts)
    , m_organisations(new OrganisationModel(this))
    , m_loader(new PagedLoader(this))
{
    connect(m_loader, &PagedLoader::finished, this,
            [this] { m_organisations->mergeRows(std::exchange(m_pending, {})); });
    connect(m_loader, &PagedLoader::failed, this, [this](const Error &error) { Q_EMIT actionFailed(error.message); });
}

OrganisationModel *AdminActions::organisations()
{
    return m_organisations;
}

void AdminActions::reload()
{
    m_pending.clear();
    m_loader->start([this](qint64 offset, qint64 limit, const PagedLoader::Reply &reply) {
        m_api->fetchPage<api::Organisation>(
            QString::fromLatin1(api::path::organisations), {}, offset, limit,
            [this, reply](Result<api::Page<api::Organisation>> page) {
                if (!page) {
                    reply(std::unexpected(page.error()));
                    return;
                }
                const auto count = page->items.size();
                reply(PagedLoader::PageCount {count, page->total,
                                              [this, items = std::move(page->items)] { m_pending.append(items); }});
            });
    });
}

void AdminActions::clear()
{
    m_loader->cancel();
    m_pending.clear();
    m_organisations->clear();
}

template<typename T> void AdminActions::finish(const Result<T> &result, bool accounts)
{
    if (!result) {
        Q_EMIT actionFailed(result.error().message);
        if (accounts)
            Q_EMIT accountsChanged();
        else
            reload();
        return;
    }
    if (accounts)
        Q_EMIT accountsChanged();
    else
        reload();
    Q_EMIT actionSucceeded();
}

qint64 AdminActions::accountVersion(qint64 userId) const
{
    const auto version = m_accounts->versionOf(userId);
    return version.value_or(0);
}

void AdminActions::createAccount(const api::StaffAccountCreate &request)
{
    m_domain.createStaffAccount(request, [this](Result<api::StaffAccount> account) { finish(account, true); });
}

void AdminActions::changeRole(qint64 userId, Role role, qint64 organisationId)
{
    api::StaffAccountUpdate change;
    change.version = accountVersion(userId);
    change.role = role;
    change.organisationId = organisationId;
    m_domain.updateStaffAccount(userId, change, [this](Result<api::StaffAccount> account) { finish(account, true); });
}

void AdminActions::setDisabled(qint64 userId, bool disabled)
{
    api::StaffAccountUpdate change;
    change.version = accountVersion(userId);
    change.disabled = disabled;
    m_domain.updateStaffAccount(userId, change, [this](Result<api::StaffAccount> account) { finish(account, true); });
}

void AdminActions::createOrganisation(const QString &name)
{
    m_domain.createOrganisation({name},
                                [this](Result<api::Organisation> organisation) { finish(organisation, false); });
}

void AdminActions::renameOrganisation(qint64 organisationId, const QString &name)
{
    const int row = m_organisations->rowOfId(organisationId);
    const qint64 version = row < 0 ? 0 : m_organisations->rowAt(row).version;
    m_domain.updateOrganisation(organisationId, {name, version},
                                [this](Result<api::Organisation> organisation) { finish(organisation, false); });
}

} // namespace regiekamer::client
