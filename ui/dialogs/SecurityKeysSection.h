#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace regiekamer::client {
class SecurityKeyListModel;
}

namespace regiekamer::ui {

// The security keys part of the account menu's "Second factor" dialog: the account's keys, the name of a new one and
// "Add security key…", "Remove key…" (the caller asks before removing). Where no key is plugged in, adding says so
// instead of being offered. objectName "securityKeysSection".
class SecurityKeysSection : public QWidget
{
    Q_OBJECT
public:
    explicit SecurityKeysSection(client::SecurityKeyListModel *model, QWidget *parent = nullptr);

    // Whether a key is plugged in (SecurityKeyDevice::present).
    void setKeyPresent(bool present);
    QString newKeyName() const;
    void clearNewKeyName();
    // The selected key's id, or 0.
    qint64 selectedKeyId() const;
    QString selectedKeyName() const;

Q_SIGNALS:
    void addRequested(const QString &name);
    void removeRequested(qint64 keyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    client::SecurityKeyListModel *m_model;
    QLabel *m_title;
    QListView *m_list;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_hint;
    bool m_present = false;
};

} // namespace regiekamer::ui
