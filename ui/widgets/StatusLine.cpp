#include "widgets/StatusLine.h"

#include <utility>

namespace regiekamer::ui {

StatusLine::StatusLine(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void StatusLine::expect(const QString &successText)
{
    m_expected = successText;
}

void StatusLine::succeeded()
{
    if (!m_expected.isEmpty())
        showText(std::exchange(m_expected, {}), true);
}

void StatusLine::failed(const QString &message)
{
    m_expected.clear();
    showText(message, false);
}

bool StatusLine::lastSucceeded() const
{
    return m_success;
}

void StatusLine::showText(const QString &text, bool success)
{
    m_success = success;
    setText(text);
    setStyleSheet(success ? QString() : QStringLiteral("color: #b00020;"));
    show();
}

} // namespace regiekamer::ui
