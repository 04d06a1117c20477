#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class RegistrationFilterModel;
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The registrations and attendance of the open webinar, read-only: free-text search, approval and presence
// filters, sortable columns and a count "N of M shown". The rows stream in page by page.
class RegistrationsPanel : public QWidget
{
    Q_OBJECT
public:
    RegistrationsPanel(client::WebinarWorkspace *workspace, QWidget *parent = nullptr);

    client::RegistrationFilterModel *proxy() const;
    QPushButton *exportButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilterChoices();
    void applyFilters();
    void updateCount();

    client::WebinarWorkspace *m_workspace;
    client::RegistrationFilterModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_search;
    QComboBox *m_approval;
    QComboBox *m_present;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
};

} // namespace regiekamer::ui
