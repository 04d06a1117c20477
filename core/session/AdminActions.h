#pragma once

#include "models/OrganisationModel.h"
#include "models/StaffAccountModel.h"
#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "net/PagedLoader.h"

#include <QObject>

namespace regiekamer::client {

// What an administrator changes: staff accounts (create, role, disable), organisations (create, rename) and webinars
// (create, edit, delete). Keeps the organisation list loaded; after each change reloads the affected list. Failures
// arrive translated.
class AdminActions : public QObject
{
    Q_OBJECT
public:
    AdminActions(ApiClient *api, StaffAccountModel *accounts, QObject *parent = nullptr);

    OrganisationModel *organisations();
    void reload();
    void clear();

    void createAccount(const api::StaffAccountCreate &request);
    void changeRole(qint64 userId, Role role, qint64 organisationId);
    void setDisabled(qint64 userId, bool disabled);
    void createOrganisation(const QString &name);
    void renameOrganisation(qint64 organisationId, const QString &name);
    void createWebinar(const api::WebinarCreate &request);
    void editWebinar(qint64 webinarId, const api::WebinarUpdate &change);
    void deleteWebinar(qint64 webinarId);

Q_SIGNALS:
    void accountsChanged(); // the caller reloads the staff accounts
    void webinarsChanged(); // the caller reloads the webinar list
    void actionSucceeded();
    void actionFailed(const QString &message);

private:
    enum class Affected { Accounts, Organisations, Webinars };
    template<typename T> void finish(const Result<T> &result, Affected affected);
    qint64 accountVersion(qint64 userId) const;

    ApiClient *m_api;
    DomainClient m_domain;
    StaffAccountModel *m_accounts;
    OrganisationModel *m_organisations;
    PagedLoader *m_loader;
    QList<api::Organisation> m_pending;
};

} // namespace regiekamer::client
