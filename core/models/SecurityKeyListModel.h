#pragma once

#include "protocol/SecurityKey.h"

#include <QAbstractListModel>
#include <QList>

namespace regiekamer::client {

// The signed-in person's security keys (GET /api/v1/me/second-factor/security-keys), one row each: the name it was
// given, with when it was added and last used as its tooltip and accessible description. KeyIdRole: the key's id.
class SecurityKeyListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { KeyIdRole = Qt::UserRole + 1 };

    explicit SecurityKeyListModel(QObject *parent = nullptr);

    void setKeys(const QList<api::SecurityKeyInfo> &keys);
    const api::SecurityKeyInfo *keyAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<api::SecurityKeyInfo> m_keys;
};

} // namespace regiekamer::client
