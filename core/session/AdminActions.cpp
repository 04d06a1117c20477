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

// Reloads what the change touched, whether it succeeded or not (a conflict means the list is stale).
template<typename T> void AdminActions::finish(const Result<T> &result, Affected affected)
{
    if (!result)
        Q_EMIT actionFailed(result.error().message);
    switch (affected) {
    case Affected::Accounts:
        Q_EMIT accountsChanged();
        break;
    case Affected::Organisations:
        reload();
        break;
    case Affected::Webinars:
        Q_EMIT webinarsChanged();
        break;
    }
    if (result)
        Q_EMIT actionSucceeded();
}

qint64 AdminActions::accountVersion(qint64 userId) const
{
    const auto version = m_accounts->versionOf(userId);
    return version.value_or(0);
}

void AdminActions::createAccount(const api::StaffAccountCreate &request)
{
    m_domain.createStaffAccount(request,
                                [this](Result<api::StaffAccount> account) { finish(account, Affected::Accounts); });
}

void AdminActions::changeRole(qint64 userId, Role role, qint64 organisationId)
{
    api::StaffAccountUpdate change;
    change.version = accountVersion(userId);
    change.role = role;
    change.organisationId = organisationId;
    m_domain.updateStaffAccount(userId, change,
                                [this](Result<api::StaffAccount> account) { finish(account, Affected::Accounts); });
}

void AdminActions::setDisabled(qint64 userId, bool disabled)
{
    api::StaffAccountUpdate change;
    change.version = accountVersion(userId);
    change.disabled = disabled;
    m_domain.updateStaffAccount(userId, change,
                                [this](Result<api::StaffAccount> account) { finish(account, Affected::Accounts); });
}

void AdminActions::createOrganisation(const QString &name)
{
    m_domain.createOrganisation(
        {name}, [this](Result<api::Organisation> organisation) { finish(organisation, Affected::Organisations); });
}

void AdminActions::renameOrganisation(qint64 organisationId, const QString &name)
{
    const int row = m_organisations->rowOfId(organisationId);
    const qint64 version = row < 0 ? 0 : m_organisations->rowAt(row).version;
    m_domain.updateOrganisation(organisationId, {name, version}, [this](Result<api::Organisation> organisation) {
        finish(organisation, Affected::Organisations);
    });
}

void AdminActions::createWebinar(const api::WebinarCreate &request)
{
    m_domain.createWebinar(request,
                           [this](Result<api::WebinarDetail> webinar) { finish(webinar, Affected::Webinars); });
}

void AdminActions::editWebinar(qint64 webinarId, const api::WebinarUpdate &change)
{
    m_domain.updateWebinar(webinarId, change,
                           [this](Result<api::WebinarDetail> webinar) { finish(webinar, Affected::Webinars); });
}

void AdminActions::deleteWebinar(qint64 webinarId)
{
    m_domain.deleteWebinar(webinarId, [this](Status deleted) { finish(deleted, Affected::Webinars); });
}

} // namespace regiekamer::client
