#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

// Marks a control that changes data on the server or needs it (approve, answer, state change, exports …).
// A ReadOnlyGate over its view disables every marked control while the session is not live.
void markNeedsServer(QWidget *control);
// Marks a label that shows live state (a webinar's state, how many are present): while the session is read-only it
// is dimmed and its tool tip says that it is the last known state.
void markLastKnown(QWidget *label);

// While the session is read-only (offline, or reconnecting after the server was lost), the marked controls below a view
// are disabled and their tool tip says why ("Not available offline"); viewing, sorting, filtering and searching stay
// available. Each control is wrapped in a small container that is disabled instead of the control itself, so the panels
// keep switching their own controls on and off as before and get exactly their own state back when the session is live.
class ReadOnlyGate : public QObject
{
    Q_OBJECT
public:
    ReadOnlyGate(client::SessionController *session, QWidget *view);

    static QString reason(); // "Not available offline", translated
    static QString lastKnownReason(); // translated

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wrap(QWidget *control);
    void apply(bool readOnly);
    void setOfflineToolTip(QWidget *control);

    QHash<QWidget *, QPointer<QWidget>> m_wrappers; // control → its container
    QHash<QWidget *, QString> m_ownToolTips; // the panels' tool tips, kept while the reason is shown
    QList<QPointer<QWidget>> m_lastKnown;
    bool m_readOnly = false;
    bool m_applying = false;
};

} // namespace regiekamer::ui
