#include "dialogs/SecurityKeysSection.h"

#include "models/SecurityKeyListModel.h"
#include "protocol/SecurityKey.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

SecurityKeysSection::SecurityKeysSection(client::SecurityKeyListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"securityKeysSection"_s);
    m_list->setObjectName(u"securityKeyList"_s);
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4);
    m_name->setObjectName(u"securityKeyNameEdit"_s);
    m_name->setMaxLength(api::securityKey::nameMaximum);
    m_nameLabel->setBuddy(m_name);
    m_title->setBuddy(m_list);
    m_add->setObjectName(u"addSecurityKeyButton"_s);
    m_remove->setObjectName(u"removeSecurityKeyButton"_s);
    for (QPushButton *button : {m_add, m_remove})
        button->setAutoDefault(false);
    m_hint->setObjectName(u"securityKeyHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 2); // nothing jumps when it changes

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT addRequested(newKeyName()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedKeyId())
            Q_EMIT removeRequested(id);
    });
    connect(m_name, &QLineEdit::textChanged, this, &SecurityKeysSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SecurityKeysSection::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityKeysSection::updateButtons);
    retranslate();
    updateButtons();
}

void SecurityKeysSection::setKeyPresent(bool present)
{
    m_present = present;
    retranslate();
    updateButtons();
}

QString SecurityKeysSection::newKeyName() const
{
    return m_name->text().trimmed();
}

void SecurityKeysSection::clearNewKeyName()
{
    m_name->clear();
}

qint64 SecurityKeysSection::selectedKeyId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current)
        ? current.data(client::SecurityKeyListModel::KeyIdRole).toLongLong()
        : 0;
}

QString SecurityKeysSection::selectedKeyName() const
{
    return m_list->currentIndex().data().toString();
}

void SecurityKeysSection::updateButtons()
{
    m_add->setEnabled(m_present && !newKeyName().isEmpty());
    m_remove->setEnabled(selectedKeyId() != 0);
}

void SecurityKeysSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecurityKeysSection::retranslate()
{
    m_title->setText(tr("Security ke&ys:"));
    m_list->setAccessibleName(tr("Security keys of your account"));
    m_nameLabel->setText(tr("Na&me of a new key:"));
    m_name->setAccessibleName(tr("Name of the new security key"));
    m_name->setPlaceholderText(tr("For example: blue key on my key ring"));
    m_add->setText(tr("&Add security key…"));
    m_add->setToolTip(tr("Register a FIDO2 security key as a second factor"));
    m_remove->setText(tr("Remove &key…"));
    m_remove->setToolTip(tr("Remove the selected security key from your account"));
    m_hint->setText(m_present ? tr("Give the key a name, then add it and touch it when asked.")
                              : tr("No security key found. Plug in a security key to add it."));
}

} // namespace regiekamer::ui
