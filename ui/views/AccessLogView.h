#pragma once

#include "protocol/Roles.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class AccessLogGrouping;
class AccessLogLoader;
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class AccessLogFilterBar;
class ExportController;
class MessageBar;

// The access log ("Toegangslog", objectName "accessLogView") for the roles that may read it: the entries the
// server lets the person see, newest first, with filters (server-side), older pages on demand, live entries over
// the event stream, CSV export with progress, and the chain's verification status. Loads when first shown.
class AccessLogView : public QWidget
{
    Q_OBJECT
public:
    AccessLogView(client::SessionController *session, Role role, QWidget *parent = nullptr);

    static bool availableFor(Role role);
    client::AccessLogLoader *loader() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectSession();
    void open();
    void onSignedOut();
    void showChainStatus();
    void showCount();
    void filterCurrentAttendee();
    void exportEntries();
    void retranslate();

    client::SessionController *m_session;
    client::AccessLogLoader *m_loader;
    MessageBar *m_messages;
    AccessLogFilterBar *m_filters;
    QLabel *m_chain;
    client::AccessLogGrouping *m_grouping;
    QTableView *m_table;
    QCheckBox *m_groupReads;
    QLabel *m_count;
    QPushButton *m_older;
    QPushButton *m_attendee;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    ExportController *m_exporter;
    QString m_chainError;
};

} // namespace regiekamer::ui
