#pragma once

#include "protocol/Webinar.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace regiekamer::client {
class OrganisationModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

// A new webinar (client organisation, title, description, start in the person's own time zone and date format,
// length), or the changes to an existing one (the organisation is fixed then: the API does not move webinars).
// Opened non-modally (open()); emits created or edited once the input is complete. objectName "webinarDialog".
class WebinarDialog : public QDialog
{
    Q_OBJECT
public:
    // editing: the webinar to change, or nothing for a new one.
    WebinarDialog(client::OrganisationModel *organisations, const std::optional<api::WebinarSummary> &editing,
                  QWidget *parent = nullptr);

Q_SIGNALS:
    void created(const regiekamer::api::WebinarCreate &request);
    void edited(qint64 webinarId, const regiekamer::api::WebinarUpdate &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(class QFormLayout *form, QWidget *field, const QString &objectName);
    void retranslate();
    void submit();

    std::optional<api::WebinarSummary> m_editing;
    QComboBox *m_organisation;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QDateTimeEdit *m_startsAt;
    QSpinBox *m_duration;
    QList<QLabel *> m_labels;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace regiekamer::ui
