#include "models/SecurityKeyListModel.h"

#include <QLocale>

namespace regiekamer::client {

SecurityKeyListModel::SecurityKeyListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SecurityKeyListModel::setKeys(const QList<api::SecurityKeyInfo> &keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

const api::SecurityKeyInfo *SecurityKeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int SecurityKeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

QVariant SecurityKeyListModel::data(const QModelIndex &index, int role) const
{
    const api::SecurityKeyInfo *key = keyAt(index.row());
    if (!key || index.column() != 0)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return key->name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString added = tr("Added %1").arg(locale.toString(key->createdAt.toLocalTime(), QLocale::ShortFormat));
        if (!key->lastUsedAt.isValid())
            return tr("%1, never used").arg(added);
        return tr("%1, last used %2").arg(added, locale.toString(key->lastUsedAt.toLocalTime(), QLocale::ShortFormat));
    }
    case KeyIdRole:
        return key->id;
    default:
        return {};
    }
}

} // namespace regiekamer::client
