#pragma once

#include "panels/AdminPanel.h"

class QLineEdit;
class QPushButton;

namespace regiekamer::ui {

class TableSection;

// Client organisations: create and rename (by the name typed in the field).
class OrganisationsPanel : public AdminPanel
{
    Q_OBJECT
public:
    OrganisationsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

private:
    void retranslate() override;
    qint64 selectedId() const;
    void create();
    void rename();
    void onSelected();

    TableSection *m_table;
    QLineEdit *m_name;
    QPushButton *m_create;
    QPushButton *m_rename;
};

} // namespace regiekamer::ui
