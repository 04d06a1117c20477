#pragma once

#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "protocol/ApprovalRules.h"

#include <QObject>

namespace regiekamer::client {

// A webinar's approval rules for the director (docs/api.md "Approval rules"): loads them, and saves a change with
// the version they were loaded at. Failures arrive translated; a conflict (someone else saved in between) loads them
// again.
class ApprovalRulesActions : public QObject
{
    Q_OBJECT
public:
    explicit ApprovalRulesActions(ApiClient *api, QObject *parent = nullptr);

    void load(qint64 webinarId);
    void save(qint64 webinarId, const api::ApprovalRulesUpdate &change);

Q_SIGNALS:
    void loaded(const regiekamer::api::ApprovalRules &rules);
    void saved(const regiekamer::api::ApprovalRules &rules);
    void failed(const QString &message);

private:
    QString describe(const Error &error) const;

    DomainClient m_domain;
    quint64 m_request = 0; // answers to older requests are dropped
};

} // namespace regiekamer::client
