#include "widgets/ReadOnlyGate.h"

#include "session/SessionController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLayout>
#include <QScopedValueRollback>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

constexpr auto needsServerProperty = "regiekamerNeedsServer";
constexpr auto lastKnownProperty = "regiekamerLastKnown";

bool explicitlyHidden(const QWidget *widget)
{
    return widget->testAttribute(Qt::WA_WState_ExplicitShowHide) && widget->testAttribute(Qt::WA_WState_Hidden);
}

using Connection = client::SessionController::Connection;

// Offline or reconnecting: read-only until live again. A connect attempt in between changes nothing, and the first
// connect after signing in does not gate (the server answered the sign-in a moment ago).
bool gated(Connection connection, bool before)
{
    switch (connection) {
    case Connection::Offline:
    case Connection::Reconnecting:
        return true;
    case Connection::Live:
    case Connection::SignedOut:
        return false;
    case Connection::Connecting:
        break;
    }
    return before;
}

} // namespace

void markNeedsServer(QWidget *control)
{
    control->setProperty(needsServerProperty, true);
}

void markLastKnown(QWidget *label)
{
    label->setProperty(lastKnownProperty, true);
}

ReadOnlyGate::ReadOnlyGate(client::SessionController *session, QWidget *view)
    : QObject(view)
{
    for (QWidget *control : view->findChildren<QWidget *>()) {
        if (control->property(needsServerProperty).toBool())
            wrap(control);
        if (control->property(lastKnownProperty).toBool())
            m_lastKnown << control;
    }
    connect(session, &client::SessionController::connectionChanged, this,
            [this](Connection connection) { apply(gated(connection, m_readOnly)); });
    apply(gated(session->connection(), false));
}

QString ReadOnlyGate::reason()
{
    return tr("Not available offline");
}

QString ReadOnlyGate::lastKnownReason()
{
    return tr("The last known state: the server cannot be reached right now.");
}

void ReadOnlyGate::wrap(QWidget *control)
{
    QWidget *parent = control->parentWidget();
    auto *wrapper = new QWidget(parent);
    wrapper->setObjectName(control->objectName() + u"Gate"_s);
    wrapper->setSizePolicy(control->sizePolicy());
    QLayoutItem *replaced = parent && parent->layout() ? parent->layout()->replaceWidget(control, wrapper) : nullptr;
    if (!replaced) {
        delete wrapper; // not in a layout: the control itself is switched (its panel's own state is not kept)
        m_wrappers.insert(control, control);
    } else {
        delete replaced;
        auto *layout = new QHBoxLayout(wrapper);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(control);
        wrapper->setVisible(!explicitlyHidden(control));
        m_wrappers.insert(control, wrapper);
    }
    control->installEventFilter(this);
    connect(control, &QObject::destroyed, this, [this, control] {
        m_wrappers.remove(control);
        m_ownToolTips.remove(control);
    });
}

void ReadOnlyGate::apply(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    const QScopedValueRollback applying(m_applying, true);
    for (auto it = m_wrappers.cbegin(); it != m_wrappers.cend(); ++it) {
        QWidget *control = it.key();
        if (it.value())
            it.value()->setEnabled(!readOnly);
        if (readOnly) {
            m_ownToolTips.insert(control, control->toolTip());
            setOfflineToolTip(control);
        } else {
            control->setToolTip(m_ownToolTips.take(control));
        }
    }
    for (QWidget *label : std::as_const(m_lastKnown)) {
        if (!label)
            continue;
        label->setEnabled(!readOnly); // dimmed: it may have changed meanwhile
        label->setToolTip(readOnly ? lastKnownReason() : QString());
    }
}

void ReadOnlyGate::setOfflineToolTip(QWidget *control)
{
    const QScopedValueRollback applying(m_applying, true);
    control->setToolTip(reason());
}

bool ReadOnlyGate::eventFilter(QObject *watched, QEvent *event)
{
    auto *control = qobject_cast<QWidget *>(watched);
    if (!control)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ToolTipChange: // the panel retranslated its own tool tip: keep it for later, show the reason
        if (m_readOnly && !m_applying) {
            m_ownToolTips.insert(control, control->toolTip());
            setOfflineToolTip(control);
        }
        break;
    case QEvent::LanguageChange:
        if (m_readOnly)
            setOfflineToolTip(control);
        break;
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
        if (QWidget *wrapper = m_wrappers.value(control); wrapper && wrapper != control)
            wrapper->setVisible(!explicitlyHidden(control));
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace regiekamer::ui
