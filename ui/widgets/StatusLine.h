#pragma once

#include <QLabel>

namespace regiekamer::ui {

// One line under a view that reports the outcome of the last action: the translated success text the action
// announced with expect(), or the server's translated error (403, 404, 409 …, or an unreachable server).
class StatusLine : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    void expect(const QString &successText);
    void succeeded();
    void failed(const QString &message);
    bool lastSucceeded() const;

private:
    void showText(const QString &text, bool success);

    QString m_expected;
    bool m_success = false;
};

} // namespace regiekamer::ui
