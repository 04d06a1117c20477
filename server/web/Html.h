#pragma once

#include <QString>
#include <QStringView>

// Building HTML without injection: text reaches the markup only through escape(), markup only from string literals.
namespace regiekamer::server::web {

// The one escaping function of the web pages: & < > " ' become character references, so the result is safe as
// element text and as a quoted attribute value.
QString escape(QStringView text);

// A fragment of HTML under construction. markup() takes string literals only (the code's own tags); everything
// else goes through text(), which escapes it. There is no way to append an unescaped QString.
class Html
{
public:
    template<qsizetype N> Html &markup(const char (&literal)[N])
    {
        m_out += QLatin1StringView(literal, N - 1);
        return *this;
    }
    Html &text(const QString &value)
    {
        m_out += escape(value);
        return *this;
    }
    Html &number(qint64 value)
    {
        m_out += QString::number(value);
        return *this;
    }
    Html &append(const Html &other)
    {
        m_out += other.m_out;
        return *this;
    }
    // <tag>escaped text</tag>, e.g. element("h1", title); the tag must be a literal.
    template<qsizetype N> Html &element(const char (&tag)[N], const QString &value)
    {
        const QLatin1StringView name(tag, N - 1);
        m_out += u'<';
        m_out += name;
        m_out += u'>';
        text(value);
        m_out += QLatin1StringView("</");
        m_out += name;
        m_out += u'>';
        return *this;
    }
    const QString &toString() const { return m_out; }

private:
    QString m_out;
};

} // namespace regiekamer::server::web
