#pragma once

#include <QObject>

namespace regiekamer::ui {

// Every QLabel of the application shows its text as plain text. A label's default (Qt::AutoText) renders text that
// looks like HTML as rich text, so an attendee name, a question or a certificate subject such as
// "<b>Your bank</b>" or "<a href=…>" would be drawn as markup: the trust prompt could be spoofed. Installed on the
// application, it sets Qt::PlainText on each label as it is polished, before it is first shown; none of the
// application's own texts uses markup.
class PlainTextLabels : public QObject
{
    Q_OBJECT

public:
    explicit PlainTextLabels(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace regiekamer::ui
