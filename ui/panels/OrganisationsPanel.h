#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class StatusLine;
class TableSection;

// Client organisations: create and rename (by the name typed in the field).
class OrganisationsPanel : public QWidget
{
    Q_OBJECT
public:
    OrganisationsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    qint64 selectedId() const;
    void create();
    void rename();
    void onSelected();

    client::SessionController *m_session;
    StatusLine *m_status;
    TableSection *m_table;
    QLineEdit *m_name;
    QPushButton *m_create;
    QPushButton *m_rename;
};

} // namespace regiekamer::ui
